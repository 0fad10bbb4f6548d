// The Quiz view's parts shared by its files: view_quiz.cpp (the picker, the view and its
// state), view_quiz_fit.cpp (the self-assessment) and view_quiz_knowledge.cpp (the
// knowledge check). Internal to the shell.
#pragma once

#include "app.hpp"

#include <string>

namespace crossroads::shell::quiz_view {

constexpr float kColumn = 820.0f;   // the quiz reads best as one column
constexpr float kTapHeight = 48.0f; // finger-sized targets (WCAG asks 44 px)

// Between the options of an answer: an arrow for an order, else a semicolon.
inline const char* AnswerSeparator(QuestionType type) { return type == QuestionType::Order ? " \u2192 " : "; "; }

// Keys typed while the quiz is shown and no text field has focus: '1'..'9' pick, Enter
// goes on, Backspace goes back. Digits are read from the typed characters, so they follow
// the keyboard layout (on some, a digit needs Shift).
struct QuizKeys {
    int digit = 0;
    bool enter = false;
    bool back = false;
};
QuizKeys ReadKeys(const AppState& app);

void ProgressBar(const AppState& app, float fraction, float width);
// A full-width, finger-sized choice row. `mark` draws a radio dot, a check box, or nothing;
// it is filled only when `selected` (the learner's choice). `outlined` frames the row in
// `accent` without filling the mark (the right answer the learner did not pick).
enum class Mark { Radio, Check, None };
bool ChoiceRow(AppState& app, const char* id, const std::string& text, bool selected, Mark mark, ImVec4 accent, float width,
               bool enabled, bool outlined = false);
// The buttons' widths for a label (the buttons below use them), and the next button of a
// row placed beside the last item if it fits before the column's edge, else on a new line:
// a longer language's row of buttons wraps instead of running out of sight.
float PrimaryWidth(const AppState& app, const char* label, float min_w = 120);
float SecondaryWidth(const char* label);
void NextInRow(const AppState& app, float next_w);
bool PrimaryButton(AppState& app, const char* label, const char* id, bool enabled, float min_w = 120);
bool SecondaryButton(AppState& app, const char* label, const char* id, bool enabled = true);
void Heading(const AppState& app, const char* text);
void Muted(const AppState& app, const std::string& text);
void Wrapped(const AppState& app, const std::string& text);

// The self-assessment (view_quiz_fit.cpp): the current statement, or the result.
void FitQuestion(AppState& app, float width, const QuizKeys& keys);
// `s` is the learner's own, or a shared result's (then read-only: no changes, no reports).
void FitResultView(AppState& app, float width, FitSession& s, bool shared);
// The knowledge check (view_quiz_knowledge.cpp): the current question, or the result and review.
void KnowledgeQuestion(AppState& app, float width, const QuizKeys& keys);
void KnowledgeResult(AppState& app, float width, KnowledgeSession& s, bool shared);
// Under a result: "Copy link" to the learner's own result, where the platform has links;
// for a shared one, what it is and "Start over".
void ResultLinkBar(AppState& app, bool shared);

} // namespace crossroads::shell::quiz_view
