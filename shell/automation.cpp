// The automation hook's side of the app (window.crossroads on the web, the headless tests
// natively): what the user sees as JSON, the rectangles of named controls, and the events
// a host page receives.
#include "app.hpp"

#include <cstdio>

#include <algorithm>
#include <cmath>

#include <imgui_internal.h> // ImTextCharFromUtf8
#include <nlohmann/json.hpp>

namespace crossroads::shell {

void EmitEvent(AppState& app, const char* type, nlohmann::ordered_json statement) {
    // Bounded: a host page that never drains them must not grow the app's memory.
    if (app.events.size() >= 256) app.events.erase(app.events.begin());
    app.events.push_back({{"type", type}, {"statement", std::move(statement)}});
    ++app.events_total;
}

namespace {
// The characters of every text the app can show now (the content, the interface's messages,
// the language menu) that a font it draws them with lacks, as "U+XXXX": each would be drawn
// as a missing-glyph box.
nlohmann::ordered_json MissingGlyphs(const AppState& app) {
    nlohmann::ordered_json missing = nlohmann::ordered_json::array();
    if (!app.fonts.body || !app.fonts.strong || !app.fonts.title || !app.fonts.large) return missing;
    std::vector<unsigned int> seen;
    // Texts drawn in every font, and the menu's language names, drawn in the body font only.
    auto check = [&](const std::string& text, bool all_fonts) {
        for (const char* at = text.c_str(); *at;) {
            unsigned int c = 0;
            at += ImTextCharFromUtf8(&c, at, nullptr);
            if (c < 0x20 || c > IM_UNICODE_CODEPOINT_MAX || std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
            seen.push_back(c);
            const auto glyph = static_cast<ImWchar>(c);
            const bool found = app.fonts.body->FindGlyphNoFallback(glyph) &&
                               (!all_fonts || (app.fonts.strong->FindGlyphNoFallback(glyph) && app.fonts.title->FindGlyphNoFallback(glyph) &&
                                               app.fonts.large->FindGlyphNoFallback(glyph)));
            if (found) continue;
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", c);
            missing.push_back(code);
        }
    };
    check(AllText(app.content) + app.catalogue.AllText(), true);
    for (const i18n::Language& l : i18n::Languages())
        if (l.in_menu) check(l.name, false);
    return missing;
}

// The windows of the last frame whose content ran past their right edge without a
// horizontal scrollbar to reach it: a label or a control there is cut off. Dear ImGui
// grows a window's CursorMaxPos by every item it places, text or control alike.
nlohmann::ordered_json Overflowing() {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return out;
    for (const ImGuiWindow* w : g->Windows) {
        if (!w->WasActive || w->Hidden || w->ScrollbarX || (w->Flags & ImGuiWindowFlags_AlwaysAutoResize)) continue;
        const float over = w->DC.CursorMaxPos.x - w->WorkRect.Max.x;
        if (over > 1.0f) out.push_back({{"window", w->Name}, {"by", std::round(over)}});
    }
    return out;
}
} // namespace

std::string AppStateJson(const AppState& app) {
    nlohmann::ordered_json state = SessionToJson(app.session);
    state["compare"]["visibleRows"] = app.compare.visible_rows;
    state["compare"]["visibleItems"] = app.compare.visible_items;
    state["compare"]["totalItems"] = app.compare.total_items;
    state["compare"]["stacked"] = app.compare.stacked;
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < app.ladder.boxes.size() && i < app.content.ladder.nodes.size(); ++i)
        nodes.push_back({{"id", app.content.ladder.nodes[i].id}, {"x", app.ladder.boxes[i].center.x},
                         {"y", app.ladder.boxes[i].center.y}, {"moved", IsMoved(app.session.ladder, app.content.ladder.nodes[i].id)}});
    state["ladder"]["nodes"] = nodes;
    nlohmann::ordered_json route = nlohmann::ordered_json::array();
    for (std::size_t n : app.ladder.route_nodes) route.push_back(app.content.ladder.nodes[n].id);
    state["ladder"]["route"] = route;
    state["quiz"] = QuizStateJson(app);
    state["events"] = app.events_total;
    state["aboutOpen"] = app.about_open;
    state["focus"] = app.keyboard.focused; // the item with the visible focus ring, or ""
    state["announcement"] = app.announcement;
    state["pixelRatio"] = app.fonts.built_scale;
    state["touch"] = app.touch;
    // The text field being edited: its id, value, selection and composing range (UTF-8
    // byte offsets; the composing range [-1, -1] when nothing is being composed).
    const TextEditUi& t = app.text_edit;
    state["text"] = {{"field", t.field}, {"value", t.field.empty() ? "" : t.value},
                     {"selection", {t.sel_start, t.sel_end}}, {"composing", {t.compose_start, t.compose_end}}};
    state["embed"] = app.embed;
    state["language"] = app.language;
    state["contentLanguage"] = app.content.language;
    state["missingGlyphs"] = MissingGlyphs(app);
    state["overflow"] = Overflowing();
    state["notice"] = app.notice;
    state["toast"] = app.toast;
    state["themeFollowsSystem"] = app.theme_follows_system;
    state["frame"] = app.frame_count;
    state["wheelToPage"] = app.wheel_to_page;
    state["touchScroll"] = {{"scrolling", app.touch_scroll.scrolling}, {"speed", app.touch_scroll.speed}};
    state["tooltip"] = app.tooltip_shown;
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const Problem& problem : app.problems)
        problems.push_back({{"code", problem.code}, {"path", problem.path}, {"message", problem.message},
                            {"severity", problem.severity == Severity::Error ? "error" : "warning"}});
    if (app.author.enabled) state["author"] = AuthorStateJson(app);
    state["content"] = {{"ok", AppHasContent(app)}, {"name", app.content_name}, {"problems", problems}};
    return state.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string AppRectsJson(const AppState& app) {
    nlohmann::ordered_json rects = nlohmann::ordered_json::object();
    for (const UiRect& r : app.rects) rects[r.id] = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
    return rects.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace crossroads::shell
