// The Quiz view's self-assessment, "Which path fits you?": statements rated 1-5, then
// the lean with the answers that drove it. Rules live in core/quiz; this file draws.
#include "quiz_view.hpp"
#include "app.hpp"
#include "theme.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/words.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace crossroads::shell::quiz_view {

void FitQuestion(AppState& app, float width, const QuizKeys& keys) {
    const FitQuiz& quiz = app.content.quizzes.fit;
    FitSession& s = app.session.quiz.fit;
    const Palette& p = PaletteFor(app.session.theme);
    const int total = static_cast<int>(quiz.statements.size());
    const FitStatement* current = FitCurrent(app);
    if (!current) return;
    const FitStatement& statement = *current;

    // TRANSLATORS: above a statement: {current} is its number, {total} how many there are, {answered} how many are rated so far.
    ImGui::TextDisabled("%s", i18n::Format(app.tr("fit.progress", "Statement {current} of {total}  -  {answered} answered"),
                                           {{"current", std::to_string(s.current + 1)},
                                            {"total", std::to_string(total)},
                                            {"answered", std::to_string(s.answers.size())}})
                                  .c_str());
    ProgressBar(app, static_cast<float>(s.current + 1) / static_cast<float>(total), width);
    ImGui::Spacing();
    Heading(app, statement.text.c_str());
    if (TooltipHovered())
        // TRANSLATORS: where a statement or question comes from; {section} is the heading of a section of the article.
        ImGui::SetTooltip("%s", i18n::Format(app.tr("quiz.source", "Source: {section}"), {{"section", app.content.SectionHeading(statement.source)}}).c_str());
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
        const std::string label = std::to_string(n) + "  " + RatingLabel(app.tr, n);
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
            const ImVec2 ls = ImGui::CalcTextSize(RatingLabel(app.tr, n));
            dl->AddText(app.fonts.title, 20, ImVec2(a.x + (size.x - ns.x) * 0.5f, a.y + 10), ink, number.c_str());
            dl->AddText(ImVec2(a.x + (size.x - ls.x) * 0.5f, a.y + 38), ink, RatingLabel(app.tr, n));
        } else {
            dl->AddText(ImVec2(a.x + 14, a.y + (size.y - ImGui::GetTextLineHeight()) * 0.5f), ink, label.c_str());
        }
        RecordRect(app, id.c_str());
    }
    if (chosen != 0) FitRate(app, chosen);

    ImGui::Spacing();
    ImGui::Spacing();
    // TRANSLATORS: button: to the previous statement or question.
    if (SecondaryButton(app, app.tr("quiz.back", "Back"), "quiz.back", s.current > 0) || (keys.back && s.current > 0)) FitStep(app, -1);
    const bool last = s.current == total - 1;
    const bool answered = s.answers.count(statement.id) > 0;
    const char* next = last ? app.tr("fit.seeResult", "See my result")
                       // TRANSLATORS: button: to the next statement or question.
                       : answered ? app.tr("quiz.next", "Next")
                                  // TRANSLATORS: button: on to the next statement without rating this one.
                                  : app.tr("fit.skip", "Skip");
    NextInRow(app, PrimaryWidth(app, next));
    if (PrimaryButton(app, next, "quiz.next", true) || keys.enter) FitStep(app, +1);
    if (!last && FitCanFinishEarly(app)) {
        // TRANSLATORS: button: see the result now, without rating the remaining statements.
        const char* finish = app.tr("quiz.finish", "Finish now");
        NextInRow(app, SecondaryWidth(finish));
        if (SecondaryButton(app, finish, "quiz.finish")) FitFinish(app);
    }
}

void LeanBar(const AppState& app, const FitResult& r, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float h = 14, y = a.y + 26;
    const float x0 = a.x, x1 = a.x + width;
    // TRANSLATORS: label at the left end of the lean bar, the management track's side; keep it short.
    dl->AddText(ImVec2(x0, a.y), U32(p.management), app.tr("fit.lean.management", "Management"));
    // TRANSLATORS: label at the right end of the lean bar, the technical track's side; keep it short.
    const char* right = app.tr("fit.lean.technical", "Technical");
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

void FitResultView(AppState& app, float width, FitSession& s, bool shared) {
    const FitQuiz& quiz = app.content.quizzes.fit;
    const Palette& p = PaletteFor(app.session.theme);
    const FitResult r = ComputeFit(quiz, s.answers);
    if (shared) ResultLinkBar(app, true);
    if (r.withheld) {
        Heading(app, app.tr("quiz.withheld.title", "Not enough answers yet"));
        // TRANSLATORS: {answered} statements rated of {n} in all; {min} is how many must be rated to see a result.
        Wrapped(app, i18n::Format(app.tr("quiz.withheld",
                                         "You answered {answered} of {n} statement. Answer at least {min} to see which path your answers lean toward.",
                                         "You answered {answered} of {n} statements. Answer at least {min} to see which path your answers lean toward.",
                                         r.total),
                                  {{"answered", std::to_string(r.answered)}, {"min", std::to_string(quiz.min_answered)}}));
        RecordRect(app, "quiz.withheld");
        ImGui::Spacing();
        if (!shared && PrimaryButton(app, app.tr("fit.backToStatements", "Back to the statements"), "quiz.back", true)) FitReopen(app);
        return;
    }
    if (!shared) FitResultShown(app);
    const FitOutcome& outcome = r.direction == Lean::Management ? quiz.management
                                : r.direction == Lean::Technical ? quiz.technical
                                                                 : quiz.balanced;
    Heading(app, FitHeadline(app.tr, r).c_str());
    RecordRect(app, "quiz.result");
    // TRANSLATORS: under the result: {answered} statements rated of {n} in all.
    ImGui::TextDisabled("%s", i18n::Format(app.tr("fit.basedOn", "Based on {answered} of {n} statement.", "Based on {answered} of {n} statements.", r.total),
                                           {{"answered", std::to_string(r.answered)}})
                                  .c_str());
    ImGui::Spacing();
    LeanBar(app, r, width);

    if (!r.top.empty()) {
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextUnformatted(r.direction == Lean::Balanced ? app.tr("fit.top.balanced", "The answers that pulled hardest")
                                                             // TRANSLATORS: heading over the answers that moved the result most ("it" is the result).
                                                             : app.tr("fit.top", "What moved it most"));
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
                const char* pattern =
                    // TRANSLATORS: a shared result's answer that pulled toward management; {statement} is the statement, {rating} the answer, e.g. "Agree".
                    shared && c.push < 0 ? app.tr("fit.top.shared.towardManagement", "\"{statement}\" - answered: {rating} (toward management)")
                    // TRANSLATORS: a shared result's answer that pulled toward the technical path; {statement} is the statement, {rating} the answer.
                    : shared ? app.tr("fit.top.shared.towardTechnical", "\"{statement}\" - answered: {rating} (toward the technical path)")
                    // TRANSLATORS: your answer that pulled toward management; {statement} is the statement, {rating} your answer, e.g. "Agree".
                    : c.push < 0 ? app.tr("fit.top.yours.towardManagement", "\"{statement}\" - you said: {rating} (toward management)")
                    // TRANSLATORS: your answer that pulled toward the technical path; {statement} is the statement, {rating} your answer.
                    : app.tr("fit.top.yours.towardTechnical", "\"{statement}\" - you said: {rating} (toward the technical path)");
                ImGui::TextUnformatted(i18n::Format(pattern, {{"statement", st->text}, {"rating", RatingLabel(app.tr, rating)}}).c_str());
                // Recorded by the way it pulled ("quiz.pull.management.1"), for tests.
                const std::string pull = std::string("quiz.pull.") + (c.push < 0 ? "management." : "technical.") + std::to_string(line);
                RecordRect(app, pull.c_str(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            } else {
                const char* pattern =
                    // TRANSLATORS: an answer of a shared result that moved it; {statement} is the statement, {rating} the answer, e.g. "Agree".
                    shared ? app.tr("fit.top.shared", "\"{statement}\" - answered: {rating}")
                    // TRANSLATORS: one of your answers that moved the result; {statement} is the statement, {rating} your answer, e.g. "Agree".
                           : app.tr("fit.top.yours", "\"{statement}\" - you said: {rating}");
                ImGui::TextUnformatted(i18n::Format(pattern, {{"statement", st->text}, {"rating", RatingLabel(app.tr, rating)}}).c_str());
            }
            ImGui::PopTextWrapPos();
        }
        ImGui::Spacing();
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.surface);
    const std::string title = outcome.title.empty() ? std::string(app.tr("fit.outcome.title", "Both paths are open")) : outcome.title;
    ImGui::PushFont(app.fonts.strong);
    ImGui::TextColored(r.direction == Lean::Management ? p.management : r.direction == Lean::Technical ? p.technical : p.text, "%s",
                       title.c_str());
    ImGui::PopFont();
    ImGui::PopStyleColor();
    if (!outcome.text.empty()) {
        Wrapped(app, outcome.text);
        const std::string source = i18n::Format(app.tr("quiz.source", "Source: {section}"), {{"section", app.content.SectionHeading(outcome.source)}});
        if (TooltipHovered()) ImGui::SetTooltip("%s", source.c_str());
        ImGui::TextDisabled("%s", source.c_str());
    } else {
        Wrapped(app, app.tr("fit.outcome.text", "Your answers do not point clearly one way. Compare both roles, and look at where each leads on the ladder."));
    }
    ImGui::Spacing();
    const bool ladder_button = !outcome.node.empty() && app.content.NodeIndex(outcome.node) != Content::npos;
    if (ladder_button) {
        if (PrimaryButton(app, app.tr("quiz.showOnLadder", "Show this path on the ladder"), "quiz.showOnLadder", true)) ShowOnLadder(app, outcome.node);
    }
    if (shared) return;
    const char* change = app.tr("fit.changeAnswers", "Change answers");
    // TRANSLATORS: button under your self-assessment result: clear all your ratings and begin again.
    const char* start_over = app.tr("fit.startOver", "Start over");
    if (ladder_button) NextInRow(app, SecondaryWidth(change));
    if (SecondaryButton(app, change, "quiz.back")) FitReopen(app);
    NextInRow(app, SecondaryWidth(start_over));
    if (SecondaryButton(app, start_over, "quiz.retry")) s = FitSession{};
    ResultLinkBar(app, false);
}

} // namespace crossroads::shell::quiz_view
