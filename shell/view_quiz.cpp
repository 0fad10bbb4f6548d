// The Quiz view: "Which path fits you?" (statements rated 1-5, a lean with the answers
// that drove it) and the knowledge check (four question types, check per question,
// score, retry with a reshuffle, review). Rules live in core/quiz; this file draws.
//
// [SECTION] Shared pieces
// [SECTION] Self-assessment
// [SECTION] Knowledge check: question
// [SECTION] Knowledge check: result and review
// [SECTION] View and state
#include "app.hpp"
#include "theme.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/words.hpp"

#include <imgui_internal.h> // ArrowButtonEx: arrow buttons of a given size

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace crossroads::shell {

namespace {

// Between the options of an answer: an arrow for an order, else a semicolon.
const char* AnswerSeparator(QuestionType type) { return type == QuestionType::Order ? " \u2192 " : "; "; }

constexpr float kColumn = 820.0f;   // the quiz reads best as one column
constexpr float kTapHeight = 48.0f; // finger-sized targets (WCAG asks 44 px)


// [SECTION] Shared pieces

// Keys typed while the quiz is shown and no text field has focus: '1'..'9' pick, Enter
// goes on, Backspace goes back. Digits are read from the typed characters, so they follow
// the keyboard layout (on some, a digit needs Shift).
struct QuizKeys {
    int digit = 0;
    bool enter = false;
    bool back = false;
};

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

// A full-width, finger-sized choice row. `mark` draws a radio dot, a check box, or nothing;
// it is filled only when `selected` (the learner's choice). `outlined` frames the row in
// `accent` without filling the mark (the right answer the learner did not pick).
enum class Mark { Radio, Check, None };
bool ChoiceRow(AppState& app, const char* id, const std::string& text, bool selected, Mark mark, ImVec4 accent, float width,
               bool enabled, bool outlined = false) {
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

bool PrimaryButton(AppState& app, const char* label, const char* id, bool enabled, float min_w = 120) {
    const Palette& p = PaletteFor(app.session.theme);
    if (!enabled) ImGui::BeginDisabled();
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Alpha(p.accent, 0.88f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, Alpha(p.accent, 0.76f));
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
    ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    ImGui::PushFont(app.fonts.strong);
    const float w = std::max(min_w, ImGui::CalcTextSize(label).x + 32);
    const bool clicked = ImGui::Button(label, ImVec2(w, 44));
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    if (!enabled) ImGui::EndDisabled();
    RecordRect(app, id);
    return clicked && enabled;
}

bool SecondaryButton(AppState& app, const char* label, const char* id, bool enabled = true) {
    if (!enabled) ImGui::BeginDisabled();
    const bool clicked = ImGui::Button(label, ImVec2(std::max(100.0f, ImGui::CalcTextSize(label).x + 28), 44));
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

// [SECTION] Self-assessment

void FitQuestion(AppState& app, float width, const QuizKeys& keys) {
    const FitQuiz& quiz = app.content.quizzes.fit;
    FitSession& s = app.session.quiz.fit;
    const Palette& p = PaletteFor(app.session.theme);
    const int total = static_cast<int>(quiz.statements.size());
    const FitStatement* current = FitCurrent(app);
    if (!current) return;
    const FitStatement& statement = *current;

    ImGui::TextDisabled("Statement %d of %d  -  %zu answered", s.current + 1, total, s.answers.size());
    ProgressBar(app, static_cast<float>(s.current + 1) / static_cast<float>(total), width);
    ImGui::Spacing();
    Heading(app, statement.text.c_str());
    if (TooltipHovered()) ImGui::SetTooltip("Source: %s", app.content.SectionHeading(statement.source).c_str());
    ImGui::Spacing();

    const auto it = s.answers.find(statement.id);
    const int rating = it == s.answers.end() ? 0 : it->second;
    int chosen = keys.digit >= 1 && keys.digit <= 5 ? keys.digit : 0;
    // Wide: five buttons in a row. Narrow: one per line, full width.
    const bool row = width >= 560;
    const float gap = 8;
    const float w = row ? (width - gap * 4) / 5 : width;
    for (int n = 1; n <= 5; ++n) {
        const std::string id = "quiz.scale." + std::to_string(n);
        if (row && n > 1) ImGui::SameLine(0, gap);
        const std::string label = std::to_string(n) + "  " + RatingLabel(n);
        const bool selected = rating == n;
        const ImVec2 a = ImGui::GetCursorScreenPos();
        const ImVec2 size(w, row ? 68.0f : kTapHeight);
        ImGui::PushID(n);
        if (ImGui::InvisibleButton("##scale", size)) chosen = n;
        ImGui::PopID();
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 b(a.x + size.x, a.y + size.y);
        dl->AddRectFilled(a, b, U32(selected ? p.accent : hovered ? p.surface_alt : p.surface), 8);
        dl->AddRect(a, b, U32(selected ? p.accent : p.border), 8);
        const ImU32 ink = U32(selected ? p.accent_text : p.text);
        const std::string number = std::to_string(n);
        if (row) {
            // The number large above its label, both centred.
            const ImVec2 ns = app.fonts.title->CalcTextSizeA(20, FLT_MAX, 0, number.c_str());
            const ImVec2 ls = ImGui::CalcTextSize(RatingLabel(n));
            dl->AddText(app.fonts.title, 20, ImVec2(a.x + (size.x - ns.x) * 0.5f, a.y + 10), ink, number.c_str());
            dl->AddText(ImVec2(a.x + (size.x - ls.x) * 0.5f, a.y + 38), ink, RatingLabel(n));
        } else {
            dl->AddText(ImVec2(a.x + 14, a.y + (size.y - ImGui::GetTextLineHeight()) * 0.5f), ink, label.c_str());
        }
        RecordRect(app, id.c_str());
    }
    if (chosen != 0) FitRate(app, chosen);

    ImGui::Spacing();
    ImGui::Spacing();
    if (SecondaryButton(app, "Back", "quiz.back", s.current > 0) || (keys.back && s.current > 0)) FitStep(app, -1);
    ImGui::SameLine(0, 10);
    const bool last = s.current == total - 1;
    const bool answered = s.answers.count(statement.id) > 0;
    const char* next = last ? "See my result" : answered ? "Next" : "Skip";
    if (PrimaryButton(app, next, "quiz.next", true) || keys.enter) FitStep(app, +1);
    ImGui::SameLine(0, 10);
    if (!last && FitCanFinishEarly(app)) {
        if (SecondaryButton(app, "Finish now", "quiz.finish")) FitFinish(app);
    }
}

void LeanBar(const AppState& app, const FitResult& r, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float h = 14, y = a.y + 26;
    const float x0 = a.x, x1 = a.x + width;
    dl->AddText(ImVec2(x0, a.y), U32(p.management), "Management");
    const char* right = "Technical";
    dl->AddText(ImVec2(x1 - ImGui::CalcTextSize(right).x, a.y), U32(p.technical), right);
    // A gradient from one track's colour to the other's, the marker at the lean.
    dl->AddRectFilledMultiColor(ImVec2(x0, y), ImVec2(x1, y + h), U32(p.management), U32(p.technical), U32(p.technical), U32(p.management));
    const float mid = (x0 + x1) * 0.5f;
    dl->AddLine(ImVec2(mid, y - 4), ImVec2(mid, y + h + 4), U32(p.text_muted), 1.5f);
    const float mx = mid + r.lean * (x1 - x0) * 0.5f;
    dl->AddCircleFilled(ImVec2(mx, y + h * 0.5f), 11, U32(p.surface));
    dl->AddCircle(ImVec2(mx, y + h * 0.5f), 11, U32(p.text), 0, 3.0f);
    ImGui::Dummy(ImVec2(width, 26 + h + 12));
}

void FitResultView(AppState& app, float width) {
    const FitQuiz& quiz = app.content.quizzes.fit;
    FitSession& s = app.session.quiz.fit;
    const Palette& p = PaletteFor(app.session.theme);
    const FitResult r = ComputeFit(quiz, s.answers);
    if (r.withheld) {
        Heading(app, "Not enough answers yet");
        Wrapped(app, "You answered " + std::to_string(r.answered) + " of " + std::to_string(r.total) + " statements. Answer at least " +
                std::to_string(quiz.min_answered) + " to see which path your answers lean toward.");
        RecordRect(app, "quiz.withheld");
        ImGui::Spacing();
        if (PrimaryButton(app, "Back to the statements", "quiz.back", true)) FitReopen(app);
        return;
    }
    FitResultShown(app);
    const FitOutcome& outcome = r.direction == Lean::Management ? quiz.management
                                : r.direction == Lean::Technical ? quiz.technical
                                                                 : quiz.balanced;
    Heading(app, FitHeadline(r).c_str());
    RecordRect(app, "quiz.result");
    ImGui::TextDisabled("Based on %d of %d statements.", r.answered, r.total);
    ImGui::Spacing();
    LeanBar(app, r, width);

    if (!r.top.empty()) {
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextUnformatted(r.direction == Lean::Balanced ? "The answers that pulled hardest" : "What moved it most");
        ImGui::PopFont();
        int line = 0;
        for (const FitContribution& c : r.top) {
            ++line;
            const auto st = std::find_if(quiz.statements.begin(), quiz.statements.end(), [&](const FitStatement& x) { return x.id == c.statement; });
            if (st == quiz.statements.end()) continue;
            const int rating = s.answers[c.statement];
            ImGui::Bullet();
            ImGui::PushTextWrapPos(app.quiz.wrap_x);
            if (r.direction == Lean::Balanced) {
                // Balanced: the strong answers pulled both ways, so each says which.
                ImGui::Text("\"%s\" - you said: %s (toward %s)", st->text.c_str(), RatingLabel(rating),
                            c.push < 0 ? "management" : "the technical path");
                // Recorded by the way it pulled ("quiz.pull.management.1"), for tests.
                const std::string pull = std::string("quiz.pull.") + (c.push < 0 ? "management." : "technical.") + std::to_string(line);
                RecordRect(app, pull.c_str(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            } else {
                ImGui::Text("\"%s\" - you said: %s", st->text.c_str(), RatingLabel(rating));
            }
            ImGui::PopTextWrapPos();
        }
        ImGui::Spacing();
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.surface);
    const std::string title = outcome.title.empty() ? std::string("Both paths are open") : outcome.title;
    ImGui::PushFont(app.fonts.strong);
    ImGui::TextColored(r.direction == Lean::Management ? p.management : r.direction == Lean::Technical ? p.technical : p.text, "%s",
                       title.c_str());
    ImGui::PopFont();
    ImGui::PopStyleColor();
    if (!outcome.text.empty()) {
        Wrapped(app, outcome.text);
        if (TooltipHovered()) ImGui::SetTooltip("Source: %s", app.content.SectionHeading(outcome.source).c_str());
        ImGui::TextDisabled("Source: %s", app.content.SectionHeading(outcome.source).c_str());
    } else {
        Wrapped(app, "Your answers do not point clearly one way. Compare both roles, and look at where each leads on the ladder.");
    }
    ImGui::Spacing();
    if (!outcome.node.empty() && app.content.NodeIndex(outcome.node) != Content::npos) {
        if (PrimaryButton(app, "Show this path on the ladder", "quiz.showOnLadder", true)) ShowOnLadder(app, outcome.node);
        ImGui::SameLine(0, 10);
    }
    if (SecondaryButton(app, "Change answers", "quiz.back")) FitReopen(app);
    ImGui::SameLine(0, 10);
    if (SecondaryButton(app, "Start over", "quiz.retry")) s = FitSession{};
}

// [SECTION] Knowledge check: question

const char* TypeHint(QuestionType type) {
    switch (type) {
        case QuestionType::Multiple: return "Choose all that apply.";
        case QuestionType::TrueFalse: return "True or false?";
        case QuestionType::Order: return "Drag the items into order, or use the arrows.";
        case QuestionType::Single: break;
    }
    return "Choose one answer.";
}

// The ordering list: rows dragged by pointer (or moved with the arrow buttons).
void OrderList(AppState& app, const Question& q, float width, bool locked) {
    KnowledgeSession& s = app.session.quiz.knowledge;
    const Palette& p = PaletteFor(app.session.theme);
    std::vector<std::string>& items = s.answers[q.id];
    const float row_h = kTapHeight, gap = 6, button_w = 44;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    QuizUi& ui = app.quiz;
    const float mouse_y = ImGui::GetIO().MousePos.y;
    // Where a dragged row would land: the slot under the pointer.
    int target = -1;
    if (ui.drag_item >= 0) target = std::clamp(static_cast<int>((mouse_y - ui.drag_grab_y - origin.y + row_h * 0.5f) / (row_h + gap)), 0,
                                               static_cast<int>(items.size()) - 1);
    const float list_w = width - (locked ? 0 : 2 * (button_w + gap));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const float y = origin.y + static_cast<float>(i) * (row_h + gap);
        ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
        const std::string id = "quiz.order." + std::to_string(i + 1);
        ImGui::PushID(static_cast<int>(i));
        // The row is for the pointer; the keyboard uses the move buttons beside it (WCAG 2.5.7).
        ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
        ImGui::InvisibleButton("##item", ImVec2(list_w, row_h));
        ImGui::PopItemFlag();
        ImGui::PopID();
        RecordRect(app, id.c_str());
        if (!locked && ImGui::IsItemActivated()) {
            ClaimDrag(app); // a finger here reorders, it does not scroll the page
            ui.drag_item = static_cast<int>(i);
            ui.drag_grab_y = ImGui::GetIO().MouseClickedPos[ImGuiMouseButton_Left].y - y; // grabbed where pressed
        }
        if (!locked && ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
        const bool dragged = ui.drag_item == static_cast<int>(i);
        const float draw_y = dragged ? mouse_y - ui.drag_grab_y : y;
        const ImVec2 a(origin.x, draw_y), b(origin.x + list_w, draw_y + row_h);
        const bool right_place = locked && i < q.answer.size() && items[i] == q.answer[i];
        const ImVec4 edge = locked ? (right_place ? p.shared : p.error) : dragged ? p.accent : p.border;
        ImDrawList* target_dl = dragged ? ImGui::GetForegroundDrawList() : dl;
        target_dl->AddRectFilled(a, b, U32(dragged ? p.surface_alt : p.surface), 8);
        target_dl->AddRect(a, b, U32(edge), 8, 0, dragged || locked ? 2.0f : 1.0f);
        const std::string label = std::to_string(i + 1) + ".  " + OptionText(q, items[i]);
        target_dl->AddText(ImVec2(a.x + 14, a.y + (row_h - ImGui::GetTextLineHeight()) * 0.5f), U32(p.text), label.c_str());
        if (!locked) {
            // Grip dots: this row can be dragged.
            for (int k = 0; k < 3; ++k)
                target_dl->AddRectFilled(ImVec2(b.x - 26, a.y + row_h * 0.5f - 7 + 6 * static_cast<float>(k)),
                                         ImVec2(b.x - 12, a.y + row_h * 0.5f - 5 + 6 * static_cast<float>(k)), U32(p.text_muted), 1);
            ImGui::SetCursorScreenPos(ImVec2(origin.x + list_w + gap, y));
            ImGui::PushID(static_cast<int>(i));
            const std::string up = "quiz.orderUp." + std::to_string(i + 1), down = "quiz.orderDown." + std::to_string(i + 1);
            if (i == 0) ImGui::BeginDisabled();
            const ImVec2 arrow(button_w, row_h); // as tall as the row: a finger-sized target
            if (ImGui::ArrowButtonEx("##up", ImGuiDir_Up, arrow)) {
                KnowledgeMove(app, i, i - 1);
                // The focus moves with the item, so pressing again keeps moving it up; at the
                // top, where "up" is disabled, it goes to the item's "down".
                app.keyboard.request = i == 1 ? "quiz.orderDown.1" : "quiz.orderUp." + std::to_string(i);
            }
            if (i == 0) ImGui::EndDisabled();
            RecordRect(app, up.c_str());
            ImGui::SameLine(0, gap);
            if (i + 1 == items.size()) ImGui::BeginDisabled();
            if (ImGui::ArrowButtonEx("##down", ImGuiDir_Down, arrow)) {
                KnowledgeMove(app, i, i + 1);
                app.keyboard.request = (i + 2 == items.size() ? "quiz.orderUp." : "quiz.orderDown.") + std::to_string(i + 2);
            }
            if (i + 1 == items.size()) ImGui::EndDisabled();
            RecordRect(app, down.c_str());
            ImGui::PopID();
        }
    }
    if (ui.drag_item >= 0) {
        if (target >= 0) {
            const float ty = origin.y + static_cast<float>(target) * (row_h + gap) - gap * 0.5f;
            dl->AddLine(ImVec2(origin.x, ty), ImVec2(origin.x + list_w, ty), U32(p.accent), 2.0f);
        }
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            KnowledgeMove(app, static_cast<std::size_t>(ui.drag_item), static_cast<std::size_t>(std::max(target, 0)));
            ui.drag_item = -1;
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + static_cast<float>(items.size()) * (row_h + gap)));
    ImGui::Dummy(ImVec2(width, 0));
}

void Feedback(AppState& app, const Question& q, const QuestionScore& score, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    const ImVec4 colour = score.correct ? p.shared : score.points > 0 ? p.technical : p.error;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::Indent(16);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 32);
    ImGui::PushFont(app.fonts.strong);
    if (score.correct || score.points <= 0) ImGui::TextColored(colour, "%s", AnswerVerdict(score));
    else ImGui::TextColored(colour, "%s (%.0f%% of the point)", AnswerVerdict(score), score.points * 100);
    ImGui::PopFont();
    RecordRect(app, "quiz.feedback");
    const std::string& fb = score.correct ? q.feedback_correct : q.feedback_incorrect;
    if (!fb.empty()) ImGui::TextUnformatted(fb.c_str());
    if (!score.correct) {
        std::string right;
        for (const std::string& id : q.answer) right += (right.empty() ? "" : AnswerSeparator(q.type)) + OptionText(q, id);
        ImGui::Text("Answer: %s", right.c_str());
    }
    ImGui::TextUnformatted(q.explanation.c_str());
    ImGui::TextDisabled("Source: %s", app.content.SectionHeading(q.source).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::Unindent(16);
    const ImVec2 b(a.x + width, ImGui::GetItemRectMax().y + 4);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(a, b, U32(Alpha(colour, 0.10f)), 8);
    dl->AddRectFilled(a, ImVec2(a.x + 4, b.y), U32(colour), 8, ImDrawFlags_RoundCornersLeft);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(a.x, b.y + 10));
}

void KnowledgeQuestion(AppState& app, float width, const QuizKeys& keys) {
    const KnowledgeQuiz& quiz = app.content.quizzes.knowledge;
    KnowledgeSession& s = app.session.quiz.knowledge;
    const Palette& p = PaletteFor(app.session.theme);
    const Question* qp = CurrentQuestion(quiz, s);
    if (!qp) {
        FinishAttempt(s, quiz);
        return;
    }
    const Question& q = *qp;
    const int total = static_cast<int>(s.order.size());
    const bool checked = IsChecked(s, q.id);

    ImGui::TextDisabled("Question %d of %d", s.current + 1, total);
    ProgressBar(app, static_cast<float>(s.current + (checked ? 1 : 0)) / static_cast<float>(total), width);
    ImGui::Spacing();
    Heading(app, q.prompt.c_str());
    ImGui::TextDisabled("%s", TypeHint(q.type));
    ImGui::Spacing();

    const std::vector<std::string>& shown = s.option_order[q.id];
    if (q.type == QuestionType::Order) {
        OrderList(app, q, width, checked);
    } else {
        const std::vector<std::string>& chosen = s.answers[q.id];
        const Mark mark = q.type == QuestionType::Multiple ? Mark::Check : Mark::Radio;
        for (std::size_t n = 0; n < shown.size(); ++n) {
            const std::string& option = shown[n];
            const bool selected = std::find(chosen.begin(), chosen.end(), option) != chosen.end();
            const bool in_key = std::find(q.answer.begin(), q.answer.end(), option) != q.answer.end();
            // After the check: the right options green, a wrong pick red.
            const ImVec4 accent = !checked ? p.accent : in_key ? p.shared : p.error;
            const std::string id = "quiz.option." + std::to_string(n + 1);
            // The learner's pick keeps its filled mark; a right answer not picked is framed
            // with an empty mark, so the two never look alike.
            const std::string text = OptionText(q, option) + (checked && selected && !in_key ? "   (your answer)" : "") +
                                     (checked && in_key ? "   (right answer)" : "");
            if (ChoiceRow(app, id.c_str(), text, selected, mark, accent, width, !checked, checked && in_key)) KnowledgeChoose(app, option);
        }
        if (!checked && keys.digit >= 1 && static_cast<std::size_t>(keys.digit) <= shown.size())
            KnowledgeChoose(app, shown[static_cast<std::size_t>(keys.digit - 1)]);
    }
    ImGui::Spacing();
    if (checked) Feedback(app, q, ScoreQuestion(q, s.answers[q.id]), width);

    if (SecondaryButton(app, "Back", "quiz.back", s.current > 0) || (keys.back && s.current > 0)) {
        KnowledgeStep(app, -1);
        app.quiz.scroll_to_top = true;
        return;
    }
    ImGui::SameLine(0, 10);
    const bool can_check = !checked && HasAnswer(s, q);
    if (!checked) {
        if (PrimaryButton(app, "Check", "quiz.check", can_check) || (keys.enter && can_check)) {
            KnowledgeCheck(app);
            app.quiz.scroll_to_actions = true;
        }
    } else {
        const bool last = s.current + 1 >= total;
        if (PrimaryButton(app, last ? "See my score" : "Next", "quiz.next", true) || keys.enter) {
            KnowledgeStep(app, +1);
            app.quiz.scroll_to_top = true;
        }
    }
    // A frame after the check the feedback is laid out: bring it and these buttons into view.
    if (app.quiz.scroll_to_actions && checked) {
        ImGui::SetScrollHereY(1.0f);
        app.quiz.scroll_to_actions = false;
    }
}

// [SECTION] Knowledge check: result and review

void KnowledgeResult(AppState& app, float width) {
    const KnowledgeQuiz& quiz = app.content.quizzes.knowledge;
    KnowledgeSession& s = app.session.quiz.knowledge;
    const Palette& p = PaletteFor(app.session.theme);
    const Score score = ScoreAttempt(quiz, s);
    KnowledgeResultShown(app);
    ImGui::PushFont(app.fonts.large);
    ImGui::TextColored(score.success ? p.shared : p.error, "%s", ScoreLine(score).c_str());
    ImGui::PopFont();
    RecordRect(app, "quiz.score");
    ImGui::TextDisabled("The pass mark is %d%%. Attempt %d%s.", quiz.pass_mark, s.attempt,
                        s.attempt > 1 ? (", best so far: " + std::to_string(s.best_percent) + "%").c_str() : "");
    ImGui::Spacing();
    if (PrimaryButton(app, "Try again (reshuffled)", "quiz.retry", true)) {
        KnowledgeRetry(app);
        app.quiz.scroll_to_top = true;
        return;
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    Heading(app, "Review");
    for (std::size_t i = 0; i < s.order.size(); ++i) {
        const Question* q = FindQuestion(quiz, s.order[i]);
        if (!q) continue;
        const auto it = s.answers.find(q->id);
        const std::vector<std::string> given = it == s.answers.end() ? std::vector<std::string>{} : it->second;
        const QuestionScore qs = ScoreQuestion(*q, given);
        ImGui::Spacing();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextColored(qs.correct ? p.shared : qs.points > 0 ? p.technical : p.error, "%s", ReviewMark(qs));
        ImGui::SameLine();
        ImGui::Text("%zu. %s", i + 1, q->prompt.c_str());
        ImGui::PopFont();
        const std::string review_id = "quiz.review." + std::to_string(i + 1);
        RecordRect(app, review_id.c_str());
        std::string yours, right;
        const char* sep = AnswerSeparator(q->type);
        for (const std::string& id : given) yours += (yours.empty() ? "" : sep) + OptionText(*q, id);
        for (const std::string& id : q->answer) right += (right.empty() ? "" : sep) + OptionText(*q, id);
        ImGui::Text("Your answer: %s", yours.empty() ? "(none)" : yours.c_str());
        if (!qs.correct) ImGui::Text("Right answer: %s", right.c_str());
        ImGui::TextDisabled("%s", q->explanation.c_str());
        ImGui::PopTextWrapPos();
    }
}

// [SECTION] View and state

void QuizPicker(AppState& app, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    const Quizzes& quizzes = app.content.quizzes;
    QuizSession& s = app.session.quiz;
    struct Entry {
        QuizKind kind;
        const char* id;
        const std::string* title;
        const char* blurb;
    };
    std::vector<Entry> entries;
    if (quizzes.fit.present) entries.push_back({QuizKind::Fit, "quiz.fit", &quizzes.fit.title, "Rate statements; see which path you lean toward."});
    if (quizzes.knowledge.present)
        entries.push_back({QuizKind::Knowledge, "quiz.knowledge", &quizzes.knowledge.title, "Questions on what the article says; a score at the end."});
    const bool row = width >= 560;
    const float gap = 12, w = row ? (width - gap) / 2 : width;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        if (row && i > 0) ImGui::SameLine(0, gap);
        const bool active = s.active == e.kind;
        const ImVec2 a = ImGui::GetCursorScreenPos();
        const float h = 70;
        if (ImGui::InvisibleButton(e.id, ImVec2(w, h))) s.active = e.kind;
        RecordRect(app, e.id);
        const bool hovered = ImGui::IsItemHovered();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 b(a.x + w, a.y + h);
        dl->AddRectFilled(a, b, U32(active ? Alpha(p.accent, 0.10f) : hovered ? p.surface_alt : p.surface), 10);
        dl->AddRect(a, b, U32(active ? p.accent : p.border), 10, 0, active ? 2.0f : 1.0f);
        dl->AddText(app.fonts.strong, 16, ImVec2(a.x + 16, a.y + 14), U32(active ? p.accent : p.text), e.title->c_str());
        dl->AddText(app.fonts.body, 16, ImVec2(a.x + 16, a.y + 38), U32(p.text_muted), e.blurb, nullptr, w - 32);
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    if (s.active == QuizKind::Fit && !quizzes.fit.present) s.active = QuizKind::Knowledge;
    if (s.active == QuizKind::Knowledge && !quizzes.knowledge.present) s.active = QuizKind::Fit;
}

} // namespace

void DrawQuizView(AppState& app) {
    const Quizzes& quizzes = app.content.quizzes;
    if (!quizzes.fit.present && !quizzes.knowledge.present) {
        ImGui::TextDisabled("This content has no quizzes.");
        return;
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, kColumn);
    const float margin = std::floor((avail - width) * 0.5f);
    if (margin > 0) ImGui::Indent(margin);
    app.quiz.wrap_x = ImGui::GetCursorPosX() + width;
    QuizPicker(app, width);
    ImGui::Spacing();
    ImGui::Spacing();
    const QuizKeys keys = ReadKeys(app);
    QuizSession& s = app.session.quiz;
    // A keyboard user who opens the quiz or a new question starts in it, not on the control
    // that brought them there (Enter there would act again).
    if (app.keyboard.ring && (!app.quiz.shown || app.quiz.scroll_to_top)) app.quiz.focus_question = true;
    if (app.quiz.scroll_to_top) {
        ImGui::SetScrollY(0);
        app.quiz.scroll_to_top = false;
    }
    if (s.active == QuizKind::Fit) {
        // The intro stays while the first statement is shown, so nothing jumps when it is answered.
        if (!quizzes.fit.intro.empty() && s.fit.current == 0 && !s.fit.finished) Muted(app, quizzes.fit.intro);
        if (s.fit.finished) FitResultView(app, width);
        else FitQuestion(app, width, keys);
    } else {
        KnowledgeSession& k = s.knowledge;
        KnowledgeCurrent(app); // starts the first attempt
        if (!quizzes.knowledge.intro.empty() && k.current == 0 && k.checked.empty()) Muted(app, quizzes.knowledge.intro);
        if (k.finished) KnowledgeResult(app, width);
        else KnowledgeQuestion(app, width, keys);
    }
    ImGui::Dummy(ImVec2(0, 16));
    if (margin > 0) ImGui::Unindent(margin);
    if (app.quiz.focus_question) {
        app.quiz.focus_question = false;
        for (const FocusStop& stop : app.keyboard.stops) {
            if (stop.name.rfind("quiz.scale.", 0) == 0 || stop.name.rfind("quiz.option.", 0) == 0 || stop.name.rfind("quiz.orderDown.", 0) == 0) {
                app.keyboard.request = stop.name;
                break;
            }
        }
    }
}

nlohmann::json QuizStateJson(const AppState& app) {
    const Quizzes& quizzes = app.content.quizzes;
    const QuizSession& s = app.session.quiz;
    nlohmann::json out = {{"active", ToString(s.active)}};
    if (quizzes.fit.present) {
        const FitResult r = ComputeFit(quizzes.fit, s.fit.answers);
        const auto current = static_cast<std::size_t>(std::clamp(s.fit.current, 0, static_cast<int>(quizzes.fit.statements.size()) - 1));
        nlohmann::json top = nlohmann::json::array();
        for (const FitContribution& c : r.top) top.push_back(c.statement);
        out["fit"] = {
            {"current", s.fit.current},
            {"total", quizzes.fit.statements.size()},
            {"statementId", quizzes.fit.statements[current].id},
            {"answers", s.fit.answers},
            {"finished", s.fit.finished},
            {"result",
             {{"answered", r.answered}, {"withheld", r.withheld}, {"lean", r.lean}, {"direction", ToString(r.direction)},
              {"strength", LeanStrength(r.lean)}, {"top", top}}},
        };
    }
    if (quizzes.knowledge.present) {
        const KnowledgeSession& k = s.knowledge;
        const Score score = ScoreAttempt(quizzes.knowledge, k);
        const Question* q = CurrentQuestion(quizzes.knowledge, k);
        nlohmann::json shown = nlohmann::json::array(), arrangement = nlohmann::json::array();
        if (q) {
            const auto it = k.option_order.find(q->id);
            if (it != k.option_order.end()) shown = it->second;
            const auto a = k.answers.find(q->id);
            if (a != k.answers.end()) arrangement = a->second;
        }
        out["knowledge"] = {
            {"attempt", k.attempt},
            {"seed", k.seed},
            {"current", k.current},
            {"total", k.order.size()},
            {"order", k.order},
            {"questionId", q ? q->id : ""},
            {"type", q ? ToString(q->type) : ""},
            {"options", shown},
            {"answer", arrangement},
            {"answers", k.answers},
            {"checked", k.checked},
            {"finished", k.finished},
            {"passMark", quizzes.knowledge.pass_mark},
            {"score", {{"raw", score.raw}, {"min", score.min}, {"max", score.max}, {"scaled", score.scaled}, {"percent", score.percent}}},
            {"success", score.success},
            {"bestPercent", k.best_percent},
        };
    }
    return out;
}

} // namespace crossroads::shell
