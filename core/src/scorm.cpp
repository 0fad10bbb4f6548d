#include "crossroads/scorm.hpp"

#include "crossroads/quiz.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace crossroads {

std::string ScormTimespan(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) seconds = 0;
    // Work in hundredths so rounding never produces "60" seconds.
    constexpr double kMaxHundredths = ((9999.0 * 60 + 59) * 60 + 59) * 100 + 99;
    const auto total = static_cast<long long>(std::min(std::floor(seconds * 100 + 0.5), kMaxHundredths));
    const long long hours = total / 360000;
    const long long minutes = total / 6000 % 60;
    const long long secs = total / 100 % 60;
    const long long hundredths = total % 100;
    char out[32];
    std::snprintf(out, sizeof out, "%02lld:%02lld:%02lld.%02lld", hours, minutes, secs, hundredths);
    return out;
}

std::string EncodeSuspendData(const Session& session, std::size_t limit) {
    std::string whole = EncodeSession(session);
    if (whole.size() <= limit) return whole;
    // What matters to a course is the quiz progress; the ladder and comparison views are
    // cheap to set up again.
    Session lean = session;
    lean.ladder = LadderSession{};
    lean.compare = CompareSession{};
    std::string without_views = EncodeSession(lean);
    if (without_views.size() <= limit) return without_views;
    Session quizzes;
    quizzes.view = View::Quiz;
    quizzes.quiz = session.quiz;
    std::string quiz_only = EncodeSession(quizzes);
    if (quiz_only.size() <= limit) return quiz_only;
    return {};
}

namespace {
int Rank(const std::string& status) {
    if (status == "passed") return 4;
    if (status == "failed") return 3;
    if (status == "completed") return 2;
    if (status == "incomplete") return 1;
    return 0; // "not attempted", "browsed", empty or unknown
}
} // namespace

ScormReport ScormReportFor(const Content& content, const Session& session, const std::string& lms_status) {
    ScormReport report;
    const KnowledgeQuiz& quiz = content.quizzes.knowledge;
    const KnowledgeSession& k = session.quiz.knowledge;
    // best_percent covers every finished attempt; a session saved by an older version may
    // not count the current one yet.
    int best = k.best_percent;
    if (quiz.present && k.finished) best = std::max(best, ScoreAttempt(quiz, k).percent);
    if (quiz.present && best >= 0) {
        report.has_score = true;
        report.score_raw = std::clamp(best, 0, 100);
        report.lesson_status = best >= quiz.pass_mark ? "passed" : "failed";
    } else if (session.quiz.fit.finished) {
        report.lesson_status = "completed";
    } else {
        report.lesson_status = "incomplete";
    }
    if (Rank(lms_status) > Rank(report.lesson_status)) report.lesson_status = lms_status;
    return report;
}

} // namespace crossroads
