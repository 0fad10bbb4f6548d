// What a learner does in the quizzes, as actions on the session: the canvas views and the
// text version both call these, so an answer counts, persists and reaches the host page
// the same way whichever of the two it was given in.
#include "app.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/words.hpp"

#include <algorithm>

namespace crossroads::shell {

namespace {
double Now() { return ImGui::GetTime(); }
// The statements' display texts: the interface's words in its language, the content's in its own.
StatementLanguage StatementLanguageOf(const AppState& app) { return {app.tr, app.content.language}; }
} // namespace

// [SECTION] Which path fits you?

const FitStatement* FitCurrent(AppState& app) {
    const FitQuiz& quiz = app.content.quizzes.fit;
    FitSession& s = app.session.quiz.fit;
    if (quiz.statements.empty()) return nullptr;
    s.current = std::clamp(s.current, 0, static_cast<int>(quiz.statements.size()) - 1);
    if (s.started_at < 0) s.started_at = Now();
    return &quiz.statements[static_cast<std::size_t>(s.current)];
}

void FitRate(AppState& app, int rating) {
    const FitStatement* statement = FitCurrent(app);
    if (!statement || rating < 1 || rating > 5) return;
    FitSession& s = app.session.quiz.fit;
    const auto it = s.answers.find(statement->id);
    const bool changed = it == s.answers.end() || it->second != rating;
    SetRating(s, app.content.quizzes.fit, statement->id, rating);
    if (changed) EmitEvent(app, "answered", FitAnsweredStatement(*statement, rating, Now() - s.started_at, StatementLanguageOf(app)));
}

void FitStep(AppState& app, int delta) {
    if (!FitCurrent(app)) return;
    FitSession& s = app.session.quiz.fit;
    const int last = static_cast<int>(app.content.quizzes.fit.statements.size()) - 1;
    if (delta > 0 && s.current == last) s.finished = true;
    else s.current = std::clamp(s.current + delta, 0, last);
}

bool FitCanFinishEarly(const AppState& app) {
    const FitSession& s = app.session.quiz.fit;
    return s.answers.size() >= static_cast<std::size_t>(app.content.quizzes.fit.min_answered);
}

void FitFinish(AppState& app) { app.session.quiz.fit.finished = true; }

void FitReopen(AppState& app) {
    const FitQuiz& quiz = app.content.quizzes.fit;
    FitSession& s = app.session.quiz.fit;
    s.finished = false;
    app.quiz.fit_announced = false; // the next result is news again
    // With too few answers, back at the first statement still unanswered.
    if (ComputeFit(quiz, s.answers).withheld)
        for (std::size_t i = 0; i < quiz.statements.size(); ++i)
            if (!s.answers.count(quiz.statements[i].id)) {
                s.current = static_cast<int>(i);
                break;
            }
}

void FitResultShown(AppState& app) {
    const FitQuiz& quiz = app.content.quizzes.fit;
    FitSession& s = app.session.quiz.fit;
    const FitResult r = ComputeFit(quiz, s.answers);
    if (r.withheld) return;
    if (!s.completed_sent) {
        EmitEvent(app, "completed", FitCompletedStatement(quiz, r, Now() - std::max(s.started_at, 0.0), StatementLanguageOf(app)));
        s.completed_sent = true;
    }
    if (!app.quiz.fit_announced) {
        // TRANSLATORS: said to screen readers when the result shows; {headline} is the result's heading, e.g. "A strong lean toward the technical path".
        Announce(app, i18n::Format(app.tr("fit.result.announce", "{headline}."), {{"headline", FitHeadline(app.tr, r)}}));
        app.quiz.fit_announced = true;
    }
}

// [SECTION] Knowledge check

const Question* KnowledgeCurrent(AppState& app) {
    const KnowledgeQuiz& quiz = app.content.quizzes.knowledge;
    KnowledgeSession& s = app.session.quiz.knowledge;
    if (s.attempt == 0 || s.order.empty()) StartAttempt(s, quiz, app.quiz_seed, Now());
    return CurrentQuestion(quiz, s);
}

void KnowledgeChoose(AppState& app, const std::string& option) {
    const Question* q = KnowledgeCurrent(app);
    if (q && q->type != QuestionType::Order) ChooseOption(app.session.quiz.knowledge, *q, option);
}

void KnowledgeMove(AppState& app, std::size_t from, std::size_t to) {
    const Question* q = KnowledgeCurrent(app);
    if (q && q->type == QuestionType::Order) MoveItem(app.session.quiz.knowledge, *q, from, to);
}

void KnowledgeCheck(AppState& app) {
    const Question* q = KnowledgeCurrent(app);
    KnowledgeSession& s = app.session.quiz.knowledge;
    if (!q || IsChecked(s, q->id) || !HasAnswer(s, *q)) return;
    s.checked.push_back(q->id);
    const QuestionScore score = ScoreQuestion(*q, s.answers[q->id]);
    EmitEvent(app, "answered", AnsweredStatement(*q, s.answers[q->id], score, Now() - s.question_started_at, StatementLanguageOf(app)));
    Announce(app, std::string(AnswerVerdict(app.tr, score)) + ". " +
                      (score.correct ? q->feedback_correct : q->feedback_incorrect));
}

void KnowledgeStep(AppState& app, int delta) {
    if (!KnowledgeCurrent(app)) return;
    KnowledgeSession& s = app.session.quiz.knowledge;
    const int total = static_cast<int>(s.order.size());
    if (delta > 0 && s.current + 1 >= total) {
        FinishAttempt(s, app.content.quizzes.knowledge);
        return;
    }
    s.current = std::clamp(s.current + delta, 0, total - 1);
    s.question_started_at = Now();
}

void KnowledgeResultShown(AppState& app) {
    const KnowledgeQuiz& quiz = app.content.quizzes.knowledge;
    KnowledgeSession& s = app.session.quiz.knowledge;
    const Score score = ScoreAttempt(quiz, s);
    if (!s.completed_sent) {
        EmitEvent(app, "completed", KnowledgeCompletedStatement(quiz, score, Now() - std::max(s.started_at, 0.0), StatementLanguageOf(app)));
        s.completed_sent = true;
    }
    if (app.quiz.announced_attempt != s.attempt) {
        // TRANSLATORS: said to screen readers when the score shows; {score} is e.g. "Passed: 4 of 5 points (80%)", {pass} a percentage.
        Announce(app, i18n::Format(app.tr("knowledge.result.announce", "{score}. The pass mark is {pass}%."),
                                   {{"score", ScoreLine(app.tr, score)}, {"pass", std::to_string(quiz.pass_mark)}}));
        app.quiz.announced_attempt = s.attempt;
    }
}

void KnowledgeRetry(AppState& app) { RetryAttempt(app.session.quiz.knowledge, app.content.quizzes.knowledge, Now()); }

} // namespace crossroads::shell
