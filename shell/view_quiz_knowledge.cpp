// The Quiz view's knowledge check: four question types, check per question, score, retry
// with a reshuffle, review. Rules live in core/quiz; this file draws.
#include "quiz_view.hpp"
#include "app.hpp"
#include "theme.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/words.hpp"

#include <imgui_internal.h> // ArrowButtonEx: arrow buttons of a given size

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

namespace crossroads::shell::quiz_view {
// [SECTION] Knowledge check: question

const char* TypeHint(const i18n::Tr& tr, QuestionType type) {
    switch (type) {
        case QuestionType::Multiple: return tr("knowledge.hint.multiple", "Choose all that apply.");
        // TRANSLATORS: the hint under a true-or-false question.
        case QuestionType::TrueFalse: return tr("knowledge.hint.trueFalse", "True or false?");
        case QuestionType::Order: return tr("knowledge.hint.order", "Drag the items into order, or use the arrows.");
        case QuestionType::Single: break;
    }
    return tr("knowledge.hint.single", "Choose one answer.");
}

// The ordering list: rows dragged by pointer (or moved with the arrow buttons).
namespace {

// The keyboard's (and anyone's) way to reorder: "up" and "down" beside row i of `count`,
// as tall as the row, a finger-sized target. The focus moves with the item.
void MoveButtons(AppState& app, std::size_t i, std::size_t count, ImVec2 arrow, float gap) {
    ImGui::PushID(static_cast<int>(i));
    const std::string up = "quiz.orderUp." + std::to_string(i + 1), down = "quiz.orderDown." + std::to_string(i + 1);
    if (i == 0) ImGui::BeginDisabled();
    if (ImGui::ArrowButtonEx("##up", ImGuiDir_Up, arrow)) {
        KnowledgeMove(app, i, i - 1);
        // The focus moves with the item, so pressing again keeps moving it up; at the
        // top, where "up" is disabled, it goes to the item's "down".
        app.keyboard.request = i == 1 ? "quiz.orderDown.1" : "quiz.orderUp." + std::to_string(i);
    }
    if (i == 0) ImGui::EndDisabled();
    RecordRect(app, up.c_str());
    ImGui::SameLine(0, gap);
    if (i + 1 == count) ImGui::BeginDisabled();
    if (ImGui::ArrowButtonEx("##down", ImGuiDir_Down, arrow)) {
        KnowledgeMove(app, i, i + 1);
        app.keyboard.request = (i + 2 == count ? "quiz.orderUp." : "quiz.orderDown.") + std::to_string(i + 2);
    }
    if (i + 1 == count) ImGui::EndDisabled();
    RecordRect(app, down.c_str());
    ImGui::PopID();
}

} // namespace

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
            MoveButtons(app, i, items.size(), ImVec2(button_w, row_h), gap);
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
    if (score.correct || score.points <= 0) ImGui::TextColored(colour, "%s", AnswerVerdict(app.tr, score));
    else {
        char percent[16];
        std::snprintf(percent, sizeof percent, "%.0f", score.points * 100);
        // TRANSLATORS: {verdict} is "Partly right"; {percent} is the share of the question's one point earned.
        // xgettext:no-c-format
        ImGui::TextColored(colour, "%s", i18n::Format(app.tr("knowledge.partial", "{verdict} ({percent}% of the point)"),
                                                      {{"verdict", AnswerVerdict(app.tr, score)}, {"percent", percent}})
                                             .c_str());
    }
    ImGui::PopFont();
    RecordRect(app, "quiz.feedback");
    const std::string& fb = score.correct ? q.feedback_correct : q.feedback_incorrect;
    if (!fb.empty()) ImGui::TextUnformatted(fb.c_str());
    if (!score.correct) {
        std::string right;
        for (const std::string& id : q.answer) right += (right.empty() ? "" : AnswerSeparator(q.type)) + OptionText(q, id);
        // TRANSLATORS: after a wrong answer: {answer} is the right answer.
        ImGui::TextUnformatted(i18n::Format(app.tr("knowledge.feedback.answer", "Answer: {answer}"), {{"answer", right}}).c_str());
    }
    ImGui::TextUnformatted(q.explanation.c_str());
    ImGui::TextDisabled("%s", i18n::Format(app.tr("quiz.source", "Source: {section}"), {{"section", app.content.SectionHeading(q.source)}}).c_str());
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

    // TRANSLATORS: above a question: {current} is its number, {total} how many there are.
    ImGui::TextDisabled("%s", i18n::Format(app.tr("knowledge.progress", "Question {current} of {total}"),
                                           {{"current", std::to_string(s.current + 1)}, {"total", std::to_string(total)}})
                                  .c_str());
    ProgressBar(app, static_cast<float>(s.current + (checked ? 1 : 0)) / static_cast<float>(total), width);
    ImGui::Spacing();
    Heading(app, q.prompt.c_str());
    ImGui::TextDisabled("%s", TypeHint(app.tr, q.type));
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
            std::string text = OptionText(q, option);
            // TRANSLATORS: a checked question's option the learner picked that is wrong; {option} is the option's text.
            if (checked && selected && !in_key) text = i18n::Format(app.tr("knowledge.option.yours", "{option}   (your answer)"), {{"option", text}});
            // TRANSLATORS: a checked question's option that is right; {option} is the option's text.
            if (checked && in_key) text = i18n::Format(app.tr("knowledge.option.right", "{option}   (right answer)"), {{"option", text}});
            if (ChoiceRow(app, id.c_str(), text, selected, mark, accent, width, !checked, checked && in_key)) KnowledgeChoose(app, option);
        }
        if (!checked && keys.digit >= 1 && static_cast<std::size_t>(keys.digit) <= shown.size())
            KnowledgeChoose(app, shown[static_cast<std::size_t>(keys.digit - 1)]);
    }
    ImGui::Spacing();
    if (checked) Feedback(app, q, ScoreQuestion(q, s.answers[q.id]), width);

    if (SecondaryButton(app, app.tr("quiz.back", "Back"), "quiz.back", s.current > 0) || (keys.back && s.current > 0)) {
        KnowledgeStep(app, -1);
        app.quiz.scroll_to_top = true;
        return;
    }
    const bool can_check = !checked && HasAnswer(s, q);
    if (!checked) {
        // TRANSLATORS: button (a verb): check the answer given to this question.
        const char* check = app.tr("quiz.check", "Check");
        NextInRow(app, PrimaryWidth(app, check));
        if (PrimaryButton(app, check, "quiz.check", can_check) || (keys.enter && can_check)) {
            KnowledgeCheck(app);
            app.quiz.scroll_to_actions = true;
        }
    } else {
        const bool last = s.current + 1 >= total;
        const char* next = last ? app.tr("knowledge.seeScore", "See my score") : app.tr("quiz.next", "Next");
        NextInRow(app, PrimaryWidth(app, next));
        if (PrimaryButton(app, next, "quiz.next", true) || keys.enter) {
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

void KnowledgeResult(AppState& app, float width, KnowledgeSession& s, bool shared) {
    const KnowledgeQuiz& quiz = app.content.quizzes.knowledge;
    const Palette& p = PaletteFor(app.session.theme);
    const Score score = ScoreAttempt(quiz, s);
    if (shared) ResultLinkBar(app, true);
    else KnowledgeResultShown(app);
    ImGui::PushFont(app.fonts.large);
    ImGui::TextColored(score.success ? p.shared : p.error, "%s", ScoreLine(app.tr, score).c_str());
    ImGui::PopFont();
    RecordRect(app, "quiz.score");
    // TRANSLATORS: under a shared score: {pass} is the percentage needed to pass.
    if (shared) ImGui::TextDisabled("%s", i18n::Format(app.tr("knowledge.passMark", "The pass mark is {pass}%."), {{"pass", std::to_string(quiz.pass_mark)}}).c_str());
    else
        ImGui::TextDisabled(
            "%s", i18n::Format(s.attempt > 1
                                   // TRANSLATORS: under the score: {pass} is the percentage needed to pass, {attempt} the attempt's number, {best} the best percentage so far.
                                   ? app.tr("knowledge.passMark.attemptBest", "The pass mark is {pass}%. Attempt {attempt}, best so far: {best}%.")
                                   // TRANSLATORS: under the score of a first attempt: {pass} is the percentage needed to pass, {attempt} the attempt's number.
                                   : app.tr("knowledge.passMark.attempt", "The pass mark is {pass}%. Attempt {attempt}."),
                               {{"pass", std::to_string(quiz.pass_mark)}, {"attempt", std::to_string(s.attempt)}, {"best", std::to_string(s.best_percent)}})
                      .c_str());
    ImGui::Spacing();
    if (!shared) {
        if (PrimaryButton(app, app.tr("knowledge.retry", "Try again (reshuffled)"), "quiz.retry", true)) {
            KnowledgeRetry(app);
            app.quiz.scroll_to_top = true;
            return;
        }
        ResultLinkBar(app, false);
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    // TRANSLATORS: heading (a noun) over the questions of a finished attempt with their answers.
    Heading(app, app.tr("knowledge.review", "Review"));
    for (std::size_t i = 0; i < s.order.size(); ++i) {
        const Question* q = FindQuestion(quiz, s.order[i]);
        if (!q) continue;
        const auto it = s.answers.find(q->id);
        const std::vector<std::string> given = it == s.answers.end() ? std::vector<std::string>{} : it->second;
        const QuestionScore qs = ScoreQuestion(*q, given);
        ImGui::Spacing();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextColored(qs.correct ? p.shared : qs.points > 0 ? p.technical : p.error, "%s", ReviewMark(app.tr, qs));
        ImGui::SameLine();
        ImGui::Text("%zu. %s", i + 1, q->prompt.c_str());
        ImGui::PopFont();
        const std::string review_id = "quiz.review." + std::to_string(i + 1);
        RecordRect(app, review_id.c_str());
        std::string yours, right;
        const char* sep = AnswerSeparator(q->type);
        for (const std::string& id : given) yours += (yours.empty() ? "" : sep) + OptionText(*q, id);
        for (const std::string& id : q->answer) right += (right.empty() ? "" : sep) + OptionText(*q, id);
        // TRANSLATORS: in the review, for an answer not given.
        const std::string answer = yours.empty() ? std::string(app.tr("knowledge.review.none", "(none)")) : yours;
        ImGui::TextUnformatted(i18n::Format(shared
                                                // TRANSLATORS: in the review of a shared result: {answer} is the answer that was given.
                                                ? app.tr("knowledge.review.given", "Answer given: {answer}")
                                                // TRANSLATORS: in the review: {answer} is the learner's answer.
                                                : app.tr("knowledge.review.yours", "Your answer: {answer}"),
                                            {{"answer", answer}})
                                   .c_str());
        // TRANSLATORS: in the review: {answer} is the right answer.
        if (!qs.correct) ImGui::TextUnformatted(i18n::Format(app.tr("knowledge.review.right", "Right answer: {answer}"), {{"answer", right}}).c_str());
        ImGui::TextDisabled("%s", q->explanation.c_str());
        ImGui::PopTextWrapPos();
    }
}

} // namespace crossroads::shell::quiz_view
