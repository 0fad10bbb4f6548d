// The Quiz view's shared pieces: keys, progress bar, choice rows, buttons and text
// (declared in quiz_view.hpp).
#include "quiz_view.hpp"
#include "app.hpp"
#include "theme.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/result_link.hpp"
#include "crossroads/words.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace crossroads::shell::quiz_view {

QuizKeys ReadKeys(const AppState& app) {
    QuizKeys keys;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return keys;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c >= '1' && c <= '9') keys.digit = c - '0';
    }
    // While an item shows the focus ring, Enter acts on that item instead (keyboard.cpp).
    keys.enter = !app.keyboard.ring &&
                 (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter));
    keys.back = ImGui::IsKeyPressed(ImGuiKey_Backspace);
    return keys;
}

void ProgressBar(const AppState& app, float fraction, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + width, a.y + 6);
    ImGui::GetWindowDrawList()->AddRectFilled(a, b, U32(p.surface_alt), 3);
    ImGui::GetWindowDrawList()->AddRectFilled(a, ImVec2(a.x + width * std::clamp(fraction, 0.0f, 1.0f), b.y), U32(p.accent), 3);
    ImGui::Dummy(ImVec2(width, 10));
}

// A full-width, finger-sized choice row (see quiz_view.hpp).
bool ChoiceRow(AppState& app, const char* id, const std::string& text, bool selected, Mark mark, ImVec4 accent, float width,
               bool enabled, bool outlined) {
    const Palette& p = PaletteFor(app.session.theme);
    const float pad = 14.0f, mark_w = mark == Mark::None ? 0.0f : 30.0f;
    const float text_w = width - pad * 2 - mark_w;
    const ImVec2 text_size = ImGui::CalcTextSize(text.c_str(), nullptr, false, text_w);
    const float h = std::max(kTapHeight, text_size.y + 2 * 12);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    const bool clicked = ImGui::InvisibleButton("##row", ImVec2(width, h)) && enabled;
    ImGui::PopID();
    RecordRect(app, id);
    const bool hovered = ImGui::IsItemHovered() && enabled;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 b(a.x + width, a.y + h);
    const bool framed = selected || outlined;
    dl->AddRectFilled(a, b, U32(framed ? Alpha(accent, 0.12f) : hovered ? p.surface_alt : p.surface), 8);
    dl->AddRect(a, b, U32(framed ? accent : p.border), 8, 0, framed ? 2.0f : 1.0f);
    const ImVec2 c(a.x + pad + 10, a.y + h * 0.5f);
    // A filled mark is recorded too ("<id>.chosen"): tests check which rows show one.
    if (selected && mark != Mark::None) RecordRect(app, (std::string(id) + ".chosen").c_str(), ImVec2(c.x - 9, c.y - 9), ImVec2(c.x + 9, c.y + 9));
    if (mark == Mark::Radio) {
        dl->AddCircle(c, 9, U32(framed ? accent : p.text_muted), 0, 1.6f);
        if (selected) dl->AddCircleFilled(c, 5, U32(accent));
    } else if (mark == Mark::Check) {
        dl->AddRect(ImVec2(c.x - 9, c.y - 9), ImVec2(c.x + 9, c.y + 9), U32(framed ? accent : p.text_muted), 4, 0, 1.6f);
        if (selected) {
            dl->AddRectFilled(ImVec2(c.x - 9, c.y - 9), ImVec2(c.x + 9, c.y + 9), U32(accent), 4);
            dl->AddLine(ImVec2(c.x - 5, c.y), ImVec2(c.x - 1, c.y + 4), U32(p.accent_text), 2.2f);
            dl->AddLine(ImVec2(c.x - 1, c.y + 4), ImVec2(c.x + 6, c.y - 5), U32(p.accent_text), 2.2f);
        }
    }
    dl->AddText(nullptr, 0, ImVec2(a.x + pad + mark_w, a.y + (h - text_size.y) * 0.5f), U32(enabled || framed ? p.text : p.text_muted),
                text.c_str(), nullptr, text_w);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::Dummy(ImVec2(0, 2));
    return clicked;
}

float PrimaryWidth(const AppState& app, const char* label, float min_w) {
    ImGui::PushFont(app.fonts.strong);
    const float w = std::max(min_w, ImGui::CalcTextSize(label).x + 32);
    ImGui::PopFont();
    return w;
}

float SecondaryWidth(const char* label) { return std::max(100.0f, ImGui::CalcTextSize(label).x + 28); }

void NextInRow(const AppState& app, float next_w) { SameLineIfFits(next_w, 10, app.quiz.wrap_x - ImGui::GetScrollX()); }

bool PrimaryButton(AppState& app, const char* label, const char* id, bool enabled, float min_w) {
    const Palette& p = PaletteFor(app.session.theme);
    if (!enabled) ImGui::BeginDisabled();
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Alpha(p.accent, 0.88f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, Alpha(p.accent, 0.76f));
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
    ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    const float w = PrimaryWidth(app, label, min_w);
    ImGui::PushFont(app.fonts.strong);
    const bool clicked = ImGui::Button(label, ImVec2(w, 44));
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    if (!enabled) ImGui::EndDisabled();
    RecordRect(app, id);
    return clicked && enabled;
}

bool SecondaryButton(AppState& app, const char* label, const char* id, bool enabled) {
    if (!enabled) ImGui::BeginDisabled();
    const bool clicked = ImGui::Button(label, ImVec2(SecondaryWidth(label), 44));
    if (!enabled) ImGui::EndDisabled();
    RecordRect(app, id);
    return clicked && enabled;
}

void Heading(const AppState& app, const char* text) {
    ImGui::PushFont(app.fonts.title);
    ImGui::PushTextWrapPos(app.quiz.wrap_x);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void Muted(const AppState& app, const std::string& text) {
    ImGui::PushTextWrapPos(app.quiz.wrap_x);
    ImGui::TextDisabled("%s", text.c_str());
    ImGui::PopTextWrapPos();
}

void Wrapped(const AppState& app, const std::string& text) {
    ImGui::PushTextWrapPos(app.quiz.wrap_x);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

void ResultLinkBar(AppState& app, bool shared) {
    if (shared) {
        const Palette& p = PaletteFor(app.session.theme);
        ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
        Wrapped(app, app.tr("quiz.shared", "A shared result: how someone answered, shown read-only. Your own answers are kept as they were."));
        ImGui::PopStyleColor();
        RecordRect(app, "quiz.shared");
        // TRANSLATORS: button under a shared result: leave it and go back to your own quiz.
        if (PrimaryButton(app, app.tr("quiz.startOver", "Start over"), "quiz.startOver", true)) {
            app.shared = SharedResultUi{};
            app.quiz.scroll_to_top = true;
            // TRANSLATORS: said to screen readers after leaving a shared result for your own quiz.
            Announce(app, app.tr("quiz.startOver.announce", "Your own quiz"));
        }
        ImGui::Spacing();
        ImGui::Spacing();
        return;
    }
    if (!app.can_link && !app.can_print) return;
    ImGui::Spacing();
    if (app.can_link) {
        if (SecondaryButton(app, app.tr("quiz.copyLink", "Copy link"), "quiz.copyLink")) {
            app.link_to_copy = EncodeResultLink(app.content, app.session.quiz.active, app.session.quiz);
            ShowToast(app, app.tr("quiz.copyLink.toast", "Copied a link to this result (it holds your answers, nothing else)"));
        }
        if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("quiz.copyLink.tip", "A link that reopens this result, to keep or to share"));
        if (app.can_print) NextInRow(app, SecondaryWidth(PrintLabel(app)));
    }
    if (app.can_print && SecondaryButton(app, PrintLabel(app), "quiz.print")) app.print_requested = true;
}

} // namespace crossroads::shell::quiz_view
