// The app's frame and what every view shares: content and fonts, the top bar, About and
// the messages over the views. The automation hook is in automation.cpp.
//
// [SECTION] Content and fonts
// [SECTION] Frame: top bar, view, About
#include "app.hpp"

#include "crossroads/result_link.hpp"
#include "crossroads/url.hpp"

#include "embedded.hpp"
#include "theme.hpp"

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "crossroads/version.hpp"
#include "crossroads/words.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace crossroads::shell {

// [SECTION] Content and fonts

namespace {

// The language menu's entries, each in its own language (their glyphs must be in the fonts).
std::string LanguageNames() {
    std::string names;
    for (const i18n::Language& l : i18n::Languages())
        if (l.in_menu) names += l.name;
    return names;
}

// Whether the fonts built for `ranges` (pairs of first and last character, 0 at the end)
// hold every character of `text`.
bool GlyphsCover(const ImVector<ImWchar>& ranges, const std::string& text) {
    if (ranges.empty()) return false;
    const char* at = text.c_str();
    const char* end = at + text.size();
    while (at < end) {
        unsigned int c = 0;
        at += ImTextCharFromUtf8(&c, at, end);
        bool found = false;
        for (int i = 0; i + 1 < ranges.Size && ranges[i] != 0; i += 2)
            if (c >= ranges[i] && c <= ranges[i + 1]) {
                found = true;
                break;
            }
        if (!found) return false;
    }
    return true;
}

} // namespace

bool AppLoadContent(AppState& app, std::string_view bytes, std::string name) {
    app.content_bytes.assign(bytes.data(), bytes.size());
    return AppSetContent(app, LoadContent(bytes), std::move(name));
}

bool AppSetContent(AppState& app, LoadResult result, std::string name) {
    const bool ok = result.Ok();
    // New text may need new glyphs: the font atlas is rebuilt on the next frame. An author
    // typing Latin text needs none, and a rebuild on every key would be slow.
    std::string text = name;
    for (const Problem& p : result.problems) text += p.message;
    if (ok) text += AllText(result.content);
    if (!GlyphsCover(app.fonts.ranges, text)) {
        app.fonts.ranges.clear();
        app.fonts.built_scale = 0;
    }
    app.problems = std::move(result.problems);
    app.content_name = std::move(name);
    if (!ok) {
        // Keep nothing half-loaded: the views need the whole model, the problem list explains why not.
        app.content = Content{};
        app.compare = CompareUi{};
        app.ladder = LadderUi{};
        return false;
    }
    app.content = std::move(result.content);
    app.compare = CompareUi{};
    app.ladder = LadderUi{};
    app.quiz = QuizUi{};
    for (const Row& row : app.content.rows) {
        app.compare.shared.push_back(FindSharedItems(row));
        for (const Cell& cell : row.cells)
            app.compare.total_items += row.kind == RowKind::List ? static_cast<int>(cell.items.size()) : 1;
    }
    return true;
}

bool AppHasContent(const AppState& app) { return !app.content.rows.empty(); }

std::string ShownName(const AppState& app, const std::string& name) {
    // TRANSLATORS: the built-in content's name, in messages such as "Author: the default content"
    return name == kDefaultContentName ? app.tr("content.defaultName", "the default content") : name;
}

bool AppLoadDefaultContent(AppState& app) {
    return AppLoadContent(app, std::string_view(reinterpret_cast<const char*>(assets::kDefaultContent), assets::kDefaultContent_size),
                          kDefaultContentName);
}

void AppShowContentIn(AppState& app, std::string_view source, std::optional<std::string_view> translation, std::string name) {
    LoadResult result = translation ? LoadTranslation(source, *translation) : LoadContent(source);
    if (translation && !result.Ok()) {
        // The texts of the source are better than nothing: the learner can go on.
        app.notice = i18n::Format(app.tr("content.translation.problems", "The content's translation into {language} has {n} problem, so the content is shown in its own language; {command} on the file lists it.",
                                         "The content's translation into {language} has {n} problems, so the content is shown in its own language; {command} on the file lists them.",
                                         static_cast<long>(result.ErrorCount())),
                                  {{"language", i18n::FindLanguage(app.language) ? i18n::FindLanguage(app.language)->name : app.language},
                                   {"command", "crossroads --check"}});
        result = LoadContent(source);
        translation.reset();
    }
    const bool had = AppHasContent(app);
    const std::string_view shown = translation ? *translation : source;
    app.content_bytes.assign(shown.data(), shown.size());
    if (AppSetContent(app, std::move(result), std::move(name)) && had) SanitizeSession(app.session, app.content);
}

void AppSetCjkFonts(AppState& app, std::string regular, std::string bold) {
    app.fonts.cjk_regular = std::move(regular);
    app.fonts.cjk_bold = std::move(bold);
    app.fonts.ranges.clear(); // rebuilt with the CJK ranges on the next frame
    app.fonts.built_scale = 0;
}

bool AppNeedsCjkFonts(const AppState& app) {
    if (!app.fonts.cjk_regular.empty()) return false;
    const std::string text = AllText(app.content) + app.catalogue.AllText();
    for (const char* at = text.c_str(); *at;) {
        unsigned int c = 0;
        at += ImTextCharFromUtf8(&c, at, nullptr);
        if (c != 0 && i18n::IsCjk(static_cast<char32_t>(c))) return true;
    }
    return false;
}

bool AppSetLanguage(AppState& app, const std::string& code, std::string_view po) {
    const i18n::Language* language = i18n::FindLanguage(code);
    if (!language) return false;
    std::vector<Problem> problems;
    if (std::string_view(language->code) == "en-XA") app.catalogue = i18n::PseudoCatalogue();
    else if (!language->has_catalogue) app.catalogue = i18n::Catalogue();
    else app.catalogue = i18n::Catalogue::FromPo(i18n::ParsePo(po, problems), problems);
    app.language = language->code;
    if (!problems.empty())
        app.notice = i18n::Format(app.tr("language.problems", "The translation into {language} has {n} problem; English is shown where it could not be read.",
                                         "The translation into {language} has {n} problems; English is shown where it could not be read.",
                                         static_cast<long>(problems.size())),
                                  {{"language", language->name}});
    if (!GlyphsCover(app.fonts.ranges, app.catalogue.AllText())) {
        app.fonts.ranges.clear();
        app.fonts.built_scale = 0;
    }
    return true;
}

bool AppReloadContent(AppState& app, std::string_view bytes, std::string name) {
    if (AppHasContent(app)) {
        LoadResult check = LoadContent(bytes);
        if (!check.Ok()) {
            app.reload_problems = std::move(check.problems);
            app.reload_name = std::move(name);
            return false;
        }
    }
    app.reload_problems.clear();
    const bool ok = AppLoadContent(app, bytes, std::move(name));
    if (ok) SanitizeSession(app.session, app.content); // keep what still exists
    return ok;
}

namespace {
// Symbols the shell itself draws; assets/tools/charset.py puts the same into the font.
constexpr ImWchar kAsciiRange[] = {0x20, 0x7E, 0};
constexpr const char* kShellSymbols = "\u2022\u2013\u2014\u2026\u2192\u2190\u2194\u2191\u2193\u00d7\u2713\u2715\u25b6\u25bc\u2018\u2019\u201c\u201d";
} // namespace

bool AppEnsureFonts(AppState& app, float pixel_ratio) {
    // Ratios are rounded to quarters so that a window dragged across screens or a
    // browser zoom step rebuilds once, not on every tiny change.
    const float scale = std::clamp(std::round(pixel_ratio * 4.0f) / 4.0f, 1.0f, 4.0f);
    if (app.fonts.built_scale == scale) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    if (app.fonts.ranges.empty()) {
        // Only the glyphs this content and the shell draw: rasterising fewer glyphs is what
        // makes the first frame fast. (The embedded font holds more, see charset.py.)
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(kAsciiRange);
        builder.AddText(kShellSymbols);
        const std::string text = AllText(app.content) + app.content_name + app.catalogue.AllText();
        builder.AddText(text.c_str(), text.c_str() + text.size());
        for (const Problem& p : app.problems) builder.AddText(p.message.c_str());
        builder.BuildRanges(&app.fonts.ranges);
        builder.AddRanges(io.Fonts->GetGlyphRangesDefault()); // basic Latin and Latin-1
        app.fonts.input_ranges.clear();
        builder.BuildRanges(&app.fonts.input_ranges);
        // The CJK characters alone, for the CJK fonts merged in (Latin stays Inter's).
        ImFontGlyphRangesBuilder cjk;
        const std::string all = text + app.catalogue.AllText() + LanguageNames();
        for (const char* at = all.c_str(); *at;) {
            unsigned int c = 0;
            at += ImTextCharFromUtf8(&c, at, nullptr);
            if (c != 0 && i18n::IsCjk(static_cast<char32_t>(c)) && c <= IM_UNICODE_CODEPOINT_MAX) cjk.AddChar(static_cast<ImWchar>(c));
        }
        app.fonts.cjk_ranges.clear();
        cjk.BuildRanges(&app.fonts.cjk_ranges);
    }
    // No oversampling: glyphs are rasterised at the device's own pixel size already, and
    // every extra sample costs time before the first frame.
    auto add = [&](const unsigned char* data, std::size_t size, float px, const ImWchar* ranges) {
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false; // the bytes are static, embedded in the program
        cfg.OversampleH = 1;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = true;
        return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), px * scale, &cfg, ranges);
    };
    // Each Inter font gets the CJK font of its weight merged in, where the text has CJK.
    const bool cjk = !app.fonts.cjk_regular.empty() && app.fonts.cjk_ranges.Size > 1;
    auto merge_cjk = [&](const std::string& data, float px) {
        if (!cjk) return;
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false; // AppState owns the bytes
        cfg.MergeMode = true;
        cfg.OversampleH = 1;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = true;
        io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(data.data()), static_cast<int>(data.size()), px * scale, &cfg, app.fonts.cjk_ranges.Data);
    };
    app.fonts.body = add(assets::kFontRegular, assets::kFontRegular_size, 16.0f, app.fonts.input_ranges.Data);
    merge_cjk(app.fonts.cjk_regular, 16.0f);
    if (!cjk && app.fonts.cjk_ranges.Size > 1) {
        // No Japanese font yet: the built-in glyphs of the language menu's names ("日本語").
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;
        cfg.MergeMode = true;
        cfg.OversampleH = cfg.OversampleV = 1;
        io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(assets::kFontCjkNames), static_cast<int>(assets::kFontCjkNames_size), 16.0f * scale, &cfg,
                                       app.fonts.cjk_ranges.Data);
    }
    app.fonts.strong = add(assets::kFontSemiBold, assets::kFontSemiBold_size, 16.0f, app.fonts.ranges.Data);
    merge_cjk(app.fonts.cjk_bold, 16.0f);
    app.fonts.title = add(assets::kFontSemiBold, assets::kFontSemiBold_size, 20.0f, app.fonts.ranges.Data);
    merge_cjk(app.fonts.cjk_bold, 20.0f);
    // Zoomed ladder cards and the score: their titles and the score line may be any
    // language's, so the same characters as the other sizes.
    app.fonts.large = add(assets::kFontSemiBold, assets::kFontSemiBold_size, 28.0f, app.fonts.ranges.Data);
    merge_cjk(app.fonts.cjk_bold, 28.0f);
    if (!app.fonts.body || !app.fonts.strong || !app.fonts.title || !app.fonts.large) {
        // The embedded font failed to load (should not happen): fall back to ImGui's own
        // (on the desktop; the web build leaves that font out, shell/CMakeLists.txt).
        io.Fonts->Clear();
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * scale;
        app.fonts.body = app.fonts.strong = app.fonts.title = app.fonts.large = io.Fonts->AddFontDefault(&cfg);
    }
    io.Fonts->TexDesiredWidth = 1024;
    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / scale;
    app.fonts.built_scale = scale;
    return true;
}

void AppApplyTheme(AppState& app) {
    ApplyTheme(app.session.theme, app.touch);
    app.applied_theme = app.session.theme;
    app.applied_touch = app.touch;
}

bool AppWantsWheel(const AppState& app, float x, float y) {
    if (app.about_open) return true;
    for (const UiRect& r : app.rects)
        if (r.id == "ladder.canvas" && x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h) return true; // zooms
    return y >= app.topbar_height && app.main_scrollable;
}

void AppQueueWheel(AppState& app, float x, float y, float dx, float dy) {
    // Dear ImGui scrolls a window 5 (across: 2) lines of its font per wheel step.
    const float line = app.fonts.body ? app.fonts.body->FontSize * ImGui::GetIO().FontGlobalScale : 16.0f;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(x, y); // the pointer's place now; SDL's move events come a frame later
    io.AddMouseWheelEvent(-dx / std::trunc(2 * line), -dy / std::trunc(5 * line));
}

bool AppAnimating(const AppState& app) { return !app.toast.empty() || app.touch_scroll.speed != 0; }

void ShowToast(AppState& app, std::string text) {
    Announce(app, text);
    app.toast = std::move(text);
    app.toast_until = ImGui::GetTime() + 2.5;
}

void Announce(AppState& app, std::string text) {
    app.announcement = std::move(text);
    ++app.announcement_id;
}

void SameLineIfFits(float width, float gap, float right) {
    const float edge = right >= 0 ? right : ImGui::GetWindowContentRegionMax().x;
    const float end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x; // the last item's right, window coordinates
    // After the last item's rectangle, not its layout width: a tree node's clickable
    // rectangle reaches one item spacing past it, and a button there would lose its left
    // edge's clicks to the header.
    if (end + gap + width <= edge) ImGui::SameLine(end + ImGui::GetScrollX() + gap);
}

void RecordRect(AppState& app, const char* id, ImVec2 min, ImVec2 max) {
    app.rects.push_back({id, min.x, min.y, max.x - min.x, max.y - min.y});
}

void RecordRect(AppState& app, const char* id) {
    RecordRect(app, id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    RegisterFocusStop(app, id); // every recorded interactive item is in the tab order
}

void SourceTooltip(const AppState& app, const std::string& section_id) {
    if (section_id.empty()) return;
    ImGui::TextDisabled("%s", i18n::Format(app.tr("source", "Source: {section}"), {{"section", app.content.SectionHeading(section_id)}}).c_str());
}

// [SECTION] Frame: top bar, view, About

namespace {

// The views, in tab order. Author shows only where author mode was asked for.
constexpr View kViews[] = {View::Compare, View::Ladder, View::Quiz, View::Author};

bool ViewExists(const AppState& app, View view) {
    return view != View::Author || (app.author.enabled && app.author.started);
}

// A pill-shaped tab; returns true when clicked.
bool TabButton(AppState& app, const char* label, const char* id, bool active) {
    const Palette& p = PaletteFor(app.session.theme);
    ImGui::PushStyleColor(ImGuiCol_Button, active ? p.accent : ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, active ? p.accent : ImGui::GetStyleColorVec4(ImGuiCol_ButtonHovered));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, active ? p.accent : ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::PushStyleColor(ImGuiCol_Text, active ? p.accent_text : p.text);
    ImGui::PushStyleColor(ImGuiCol_Border, active ? p.accent : ImVec4(0, 0, 0, 0));
    ImGui::PushFont(app.fonts.strong);
    const bool clicked = ImGui::Button(label);
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    RecordRect(app, id);
    return clicked;
}

// The language menu's button: the language shown now, in itself.
std::string LanguageButtonLabel(const AppState& app) {
    const i18n::Language* language = i18n::FindLanguage(app.language);
    return std::string(language ? language->name : app.language.c_str()) + " \u25bc###language";
}

// The languages offered; a choice is made by the platform, which fetches what it needs
// (AppSetLanguage), so the session and the view stay as they are.
void LanguageMenu(AppState& app, const std::string& label) {
    if (ImGui::Button(label.c_str())) ImGui::OpenPopup("##languages");
    RecordRect(app, "language.open");
    if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("language.tip", "Language"));
    if (!ImGui::BeginPopup("##languages")) return;
    for (const i18n::Language& language : i18n::Languages()) {
        if (!language.in_menu) continue;
        if (ImGui::Selectable(language.name, app.language == language.code)) app.language_requested = language.code;
        const std::string id = std::string("language.") + language.code;
        RecordRect(app, id.c_str());
    }
    ImGui::EndPopup();
}

float DrawTopBar(AppState& app) {
    const Palette& p = PaletteFor(app.session.theme);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = vp->WorkSize.x;
    const float row_h = 56.0f, pad = 14.0f;

    // Measure first: on narrow screens the tabs move to a second row.
    const bool dark = app.session.theme == Theme::Dark;
    // TRANSLATORS: the theme switch's label names the theme it switches to
    const char* theme_label = dark ? app.tr("theme.light", "Light") : app.tr("theme.dark", "Dark");
    const char* about_label = app.tr("about.open", "About");
    const char* exit_label = app.tr("exit", "Exit");
    const std::string language_label = LanguageButtonLabel(app);
    const float title_w = app.fonts.title->CalcTextSizeA(20.0f, FLT_MAX, 0, "Crossroads").x;
    // The tabs' widths; below the first row they fill as many rows as they need.
    std::vector<std::pair<View, float>> tabs;
    if (AppHasContent(app))
        for (View view : kViews)
            if (ViewExists(app, view))
                tabs.emplace_back(view, app.fonts.strong->CalcTextSizeA(16.0f, FLT_MAX, 0, ViewName(app.tr, view)).x + style.FramePadding.x * 2);
    // Which row each tab is on, when the tabs have rows of their own; and their width on
    // the one row they share with the title and the buttons.
    std::vector<int> tab_row(tabs.size(), 0);
    int tab_rows = 1;
    float row_x = 0, tabs_w = 0;
    for (std::size_t i = 0; i < tabs.size(); ++i) {
        tabs_w += tabs[i].second + 6;
        if (row_x > 0 && row_x + 6 + tabs[i].second > width - 2 * pad) {
            ++tab_rows;
            row_x = 0;
        }
        row_x += (row_x > 0 ? 6 : 0) + tabs[i].second;
        tab_row[i] = tab_rows - 1;
    }
    const float about_w = ImGui::CalcTextSize(about_label).x + style.FramePadding.x * 2;
    const float language_w = ImGui::CalcTextSize(language_label.c_str(), nullptr, true).x + style.FramePadding.x * 2 + 8;
    const float theme_w = ImGui::CalcTextSize(theme_label).x + style.FramePadding.x * 2;
    const float exit_w = app.can_exit ? ImGui::CalcTextSize(exit_label).x + style.FramePadding.x * 2 + 8 : 0;
    const float buttons_w = exit_w + language_w + theme_w + 8 + about_w;
    const bool one_row = pad + title_w + 24 + tabs_w + 16 + buttons_w + pad <= width;
    const float subtitle_w = AppHasContent(app) ? ImGui::CalcTextSize(app.content.title.c_str()).x + 12 : 0;
    const bool subtitle = one_row && pad + title_w + subtitle_w + 24 + tabs_w + 16 + buttons_w + pad <= width;
    const float height = one_row ? row_h : row_h + 44.0f * static_cast<float>(tab_rows);
    // On a phone in a long language the buttons may leave no room for the name: it goes
    // (the page's title still says it) rather than sit under them.
    const bool title = pad + title_w + 12 + buttons_w + pad <= width;

    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, p.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, 0));
    ImGui::Begin("##topbar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoFocusOnAppearing);
    const float button_y = (row_h - ImGui::GetFrameHeight()) * 0.5f;

    ImGui::SetCursorPos(ImVec2(pad, (row_h - 20.0f) * 0.5f - 1));
    if (title) {
        ImGui::PushFont(app.fonts.title);
        ImGui::TextUnformatted("Crossroads");
        ImGui::PopFont();
        RecordRect(app, "title");
    }
    if (subtitle) {
        ImGui::SameLine(0, 12);
        ImGui::SetCursorPosY((row_h - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextDisabled("%s", app.content.title.c_str());
    }
    const float tabs_x = one_row ? ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 24 : pad;
    ImGui::SetCursorPos(ImVec2(tabs_x, one_row ? button_y : row_h - 4));
    for (std::size_t i = 0; i < tabs.size(); ++i) {
        const View view = tabs[i].first;
        // Between tabs only: a SameLine() left pending would put the next row's first
        // item on this row's line, whatever SetCursorPos() says. A tab that would pass
        // the right edge starts the next row.
        if (i > 0 && (one_row || tab_row[i] == tab_row[i - 1])) ImGui::SameLine(0, 6);
        else if (i > 0) ImGui::SetCursorPos(ImVec2(pad, row_h - 4 + 44.0f * static_cast<float>(tab_row[i])));
        const std::string id = std::string("tab.") + ToString(view);
        if (TabButton(app, ViewName(app.tr, view), id.c_str(), app.session.view == view)) app.session.view = view;
    }

    // Right side of the first row: Exit (back to the course), theme switch and About.
    ImGui::SetCursorPos(ImVec2(width - pad - buttons_w, button_y));
    if (app.can_exit) {
        if (ImGui::Button(exit_label)) app.exit_requested = true;
        RecordRect(app, "exit");
        if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("exit.tip", "Leave this activity and go back to your course; your progress is kept"));
        ImGui::SameLine(0, 8);
    }
    LanguageMenu(app, language_label);
    ImGui::SameLine(0, 8);
    if (ImGui::Button((std::string(theme_label) + "###theme").c_str())) {
        app.session.theme = dark ? Theme::Light : Theme::Dark; // applied next frame
        app.theme_follows_system = false;                      // a choice made here beats "auto"
    }
    RecordRect(app, "theme.toggle");
    if (TooltipHovered())
        ImGui::SetTooltip("%s", dark ? app.tr("theme.light.tip", "Switch to the light theme") : app.tr("theme.dark.tip", "Switch to the dark theme"));
    ImGui::SameLine(0, 8);
    if (ImGui::Button(about_label)) app.about_open = true;
    RecordRect(app, "about.open");

    ImGui::GetWindowDrawList()->AddLine(ImVec2(vp->WorkPos.x, vp->WorkPos.y + height - 1),
                                        ImVec2(vp->WorkPos.x + width, vp->WorkPos.y + height - 1),
                                        ImGui::GetColorU32(p.border));
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return height;
}

} // namespace

std::string VersionsText(const std::vector<VersionLine>& versions) {
    std::string text;
    for (const VersionLine& line : versions) text += line.name + " " + line.version + "\n";
    return text;
}

void DrawAbout(AppState& app) {
    // The popup's id stays the same in every language; its title is translated.
    const std::string title = std::string(app.tr("about.title", "About Crossroads")) + "###about";
    if (app.about_open && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, vp->WorkSize.x - 24), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20, 18));
    bool open = true;
    if (ImGui::BeginPopupModal(title.c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                                              ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextUnformatted(app.tr("about.intro", "Crossroads helps you choose between two paths: Engineering Manager and Tech Lead."));
        ImGui::PopFont();
        ImGui::Spacing();
        if (AppHasContent(app)) {
            ImGui::TextDisabled("%s", app.tr("about.article", "Source article"));
            ImGui::TextUnformatted(app.content.article.title.c_str());
            if (!app.content.article.publisher.empty())
                ImGui::TextUnformatted(i18n::Format(app.tr("about.publisher", "Published by {publisher}"), {{"publisher", app.content.article.publisher}}).c_str());
            if (!app.content.article.note.empty()) {
                ImGui::Spacing();
                ImGui::TextDisabled("%s", app.tr("about.figures", "About the figures"));
                ImGui::TextUnformatted(app.content.article.note.c_str());
            }
            ImGui::Spacing();
            ImGui::TextDisabled("%s", app.tr("about.content", "Content"));
            ImGui::Text("%s (%s)", app.content.title.c_str(), ShownName(app, app.content_name).c_str());
        }
        ImGui::Spacing();
        ImGui::TextDisabled("%s", app.tr("about.version", "Version"));
        if (app.versions.empty()) ImGui::Text("Crossroads %s", kVersion);
        for (const VersionLine& line : app.versions) ImGui::Text("%s %s", line.name.c_str(), line.version.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        if (ImGui::Button(app.tr("about.close", "Close")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            app.about_open = false;
            ImGui::CloseCurrentPopup();
        }
        RecordRect(app, "about.close");
        ImGui::EndPopup();
    }
    if (!open) app.about_open = false;
    ImGui::PopStyleVar();
}

void DrawProblems(AppState& app) {
    const Palette& p = PaletteFor(app.session.theme);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushFont(app.fonts.title);
    ImGui::TextColored(p.error, "%s", app.tr("problems.title", "This content cannot be shown"));
    ImGui::PopFont();
    const auto count = static_cast<long>(app.problems.size());
    ImGui::TextUnformatted(i18n::Format(app.tr("problems.count", "{name} has {n} problem. Fix it and load it again; the line names the place in the file.",
                                               "{name} has {n} problems. Fix them and load it again; each line names the place in the file.", count),
                                        {{"name", ShownName(app, app.content_name)}}).c_str());
    ImGui::Spacing();
    for (const Problem& problem : app.problems) {
        const bool error = problem.severity == Severity::Error;
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextColored(error ? p.error : p.text_muted, "%s", error ? app.tr("problems.error", "Error") : app.tr("problems.warning", "Warning"));
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::TextUnformatted(i18n::FormatProblem(problem, app.tr).c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("[%s]", problem.code.c_str());
    }
    ImGui::PopTextWrapPos();
}

namespace {

void DrawNotice(AppState& app) {
    const Palette& p = PaletteFor(app.session.theme);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const char* dismiss = app.tr("notice.close", "Dismiss");
    const float dismiss_w = ImGui::CalcTextSize(dismiss).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w - dismiss_w - 24);
    ImGui::SetCursorScreenPos(ImVec2(a.x + 12, a.y + 8));
    ImGui::TextUnformatted(app.notice.c_str());
    ImGui::PopTextWrapPos();
    const float text_bottom = ImGui::GetItemRectMax().y;
    ImGui::SetCursorScreenPos(ImVec2(a.x + w - dismiss_w - 6, a.y + 4));
    if (ImGui::Button(dismiss)) app.notice.clear();
    RecordRect(app, "notice.close");
    const ImVec2 b(a.x + w, std::max(text_bottom + 8, ImGui::GetItemRectMax().y + 4));
    ImGui::GetWindowDrawList()->AddRect(a, b, ImGui::GetColorU32(p.technical), 6);
    RecordRect(app, "notice", a, b);
    ImGui::SetCursorScreenPos(ImVec2(a.x, b.y + 12));
}

// The author's saved file is invalid (--watch): what is wrong, above the last good version.
void DrawReloadProblems(AppState& app) {
    const Palette& p = PaletteFor(app.session.theme);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorScreenPos(ImVec2(a.x + 12, a.y + 8));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w - 24);
    ImGui::TextColored(p.error, "%s",
                       i18n::Format(app.tr("reload.problems", "{name} has {n} problem. The app shows the last good version until it is fixed:",
                                           "{name} has {n} problems. The app shows the last good version until it is fixed:",
                                           static_cast<long>(app.reload_problems.size())),
                                    {{"name", app.reload_name}}).c_str());
    const std::size_t shown = std::min<std::size_t>(app.reload_problems.size(), 8);
    for (std::size_t i = 0; i < shown; ++i) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 12);
        ImGui::TextUnformatted(i18n::FormatProblem(app.reload_problems[i], app.tr).c_str());
    }
    if (shown < app.reload_problems.size())
        ImGui::TextDisabled("%s", i18n::Format(app.tr("reload.more", "... and {n} more ({command} shows them all)", "... and {n} more ({command} shows them all)",
                                                      static_cast<long>(app.reload_problems.size() - shown)),
                                               {{"command", "crossroads --check"}}).c_str());
    ImGui::PopTextWrapPos();
    const ImVec2 b(a.x + w, ImGui::GetItemRectMax().y + 8);
    ImGui::GetWindowDrawList()->AddRect(a, b, ImGui::GetColorU32(p.error), 6, 0, 1.5f);
    RecordRect(app, "reload.problems", a, b);
    ImGui::SetCursorScreenPos(ImVec2(a.x, b.y + 12));
}

void DrawToast(AppState& app) {
    if (app.toast.empty()) return;
    if (ImGui::GetTime() > app.toast_until) {
        app.toast.clear();
        return;
    }
    const Palette& p = PaletteFor(app.session.theme);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 ts = ImGui::CalcTextSize(app.toast.c_str());
    const ImVec2 a(vp->WorkPos.x + (vp->WorkSize.x - ts.x) * 0.5f - 16, vp->WorkPos.y + vp->WorkSize.y - ts.y - 40);
    const ImVec2 b(a.x + ts.x + 32, a.y + ts.y + 20);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(a, b, ImGui::GetColorU32(p.text), 8);
    dl->AddText(ImVec2(a.x + 16, a.y + 10), ImGui::GetColorU32(p.background), app.toast.c_str());
    RecordRect(app, "toast", a, b);
}

} // namespace

bool AppOpenResultLink(AppState& app, const std::string& value) {
    const ResultLinkRead r = DecodeResultLink(app.tr, app.content, value);
    app.session.view = View::Quiz;
    if (r.status != ResultLinkStatus::Ok) {
        app.shared = SharedResultUi{};
        app.notice = r.message;
        QuizKind kind = QuizKind::Fit;
        if (ParseQuizKind(value.substr(0, value.find(':')), kind)) app.session.quiz.active = kind;
        return false;
    }
    app.shared.active = true;
    app.shared.kind = r.kind;
    app.shared.link = value;
    app.shared.fit = r.fit;
    app.shared.knowledge = r.knowledge;
    app.session.quiz.active = r.kind;
    return true;
}

const char* PrintLabel(const AppState& app) { return app.tr("print", "Print / Save as PDF"); }

void PrintButton(AppState& app, const char* id) {
    if (!app.can_print) return;
    if (ImGui::Button(PrintLabel(app))) app.print_requested = true;
    RecordRect(app, id);
    if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("print.tip", "Print this view as a clean document, or save it as a PDF"));
}

std::string AppFragment(const AppState& app) {
    return app.shared.active ? "result=" + app.shared.link : FragmentFor(app.session);
}

void AppFrame(AppState& app) {
    app.rects.clear();
    // A result link waits for its content (a content= file may still be downloading).
    if (!app.result_pending.empty() && AppHasContent(app) && app.content_pending.empty()) {
        AppOpenResultLink(app, app.result_pending);
        app.result_pending.clear();
    }
    ++app.frame_count;
    KeyboardBeginFrame(app);
    TouchBeginFrame(app);
    // The theme changes only here, between frames: changed mid-frame, a PopStyleColor()
    // would restore the old theme's colour over the new one.
    if (app.theme_follows_system) app.session.theme = app.system_dark ? Theme::Dark : Theme::Light;
    if (app.applied_theme != app.session.theme || app.applied_touch != app.touch) AppApplyTheme(app);
    // An id typed in a view left is renamed before the document is checked and previewed.
    if (app.session.view != View::Author && !app.author.typed_field.empty()) AuthorCommitTyped(app);
    AuthorSync(app);
    if (AppHasContent(app)) UpdateLadderModel(app);
    if (!ViewExists(app, app.session.view)) app.session.view = View::Compare;

    const float bar = DrawTopBar(app);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + bar));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, std::max(vp->WorkSize.y - bar, 1.0f)));
    const float pad = vp->WorkSize.x < 600 ? 10.0f : 20.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, 16));
    ImGui::Begin("##main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    ImGui::PopStyleVar();
    app.topbar_height = bar;
    if (!app.notice.empty()) DrawNotice(app);
    if (!app.reload_problems.empty() && app.session.view != View::Author) DrawReloadProblems(app);
    if (!app.content_pending.empty()) {
        ImGui::TextDisabled("%s", i18n::Format(app.tr("content.loading", "Loading the content from {name} ..."), {{"name", app.content_pending}}).c_str());
    } else if (!AppHasContent(app)) {
        DrawProblems(app);
    } else {
        switch (app.session.view) {
            case View::Ladder: DrawLadderView(app); break;
            case View::Quiz: DrawQuizView(app); break;
            case View::Compare: DrawCompareView(app); break;
            case View::Author: DrawAuthorView(app); break;
        }
    }
    app.main_scrollable = ImGui::GetScrollMaxY() > 0;
    app.quiz.shown = AppHasContent(app) && app.content_pending.empty() && app.session.view == View::Quiz;
    ImGui::End();
    DrawAbout(app);
    DrawAuthorQuit(app);
    DrawToast(app);
    TouchEndFrame(app);
    KeyboardEndFrame(app);
    TextEditEndFrame(app);
    app.tooltip_shown = AnyTooltipShown();
    // A view change is announced (not the first view: the page's title says that one).
    std::string view = ViewName(app.tr, app.session.view);
    if (app.session.view == View::Quiz)
        view = app.session.quiz.active == QuizKind::Knowledge ? app.tr("announce.view.knowledge", "Quiz: knowledge check")
                                                              : app.tr("announce.view.fit", "Quiz: which path fits you?");
    view = i18n::Format(app.tr("announce.view", "{view} view"), {{"view", view}});
    if (!app.announced_view.empty() && view != app.announced_view) Announce(app, view);
    app.announced_view = view;
}

} // namespace crossroads::shell
