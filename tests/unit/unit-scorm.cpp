#include "test_util.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/scorm.hpp"
#include "crossroads/session.hpp"

#include <catch2/catch.hpp>

#include <limits>

using namespace crossroads;

namespace {

// A finished attempt with every answer right, or with the first `wrong` questions wrong.
KnowledgeSession Finished(const KnowledgeQuiz& quiz, std::size_t wrong) {
    KnowledgeSession k;
    StartAttempt(k, quiz, 7, 0.0);
    for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
        const Question& q = quiz.questions[i];
        if (i < wrong) k.answers[q.id] = {"no-such-option"};
        else if (q.type == QuestionType::Order) k.answers[q.id] = q.answer;
        else
            for (const std::string& id : q.answer) ChooseOption(k, q, id);
        k.checked.push_back(q.id);
    }
    k.finished = true;
    return k;
}

} // namespace

TEST_CASE("SCORM session time is a CMITimespan", "[scorm]") {
    CHECK(ScormTimespan(0) == "00:00:00.00");
    CHECK(ScormTimespan(75.456) == "00:01:15.46");
    CHECK(ScormTimespan(59.996) == "00:01:00.00"); // rounding carries, never "60" seconds
    CHECK(ScormTimespan(3600 * 27 + 5) == "27:00:05.00");
    CHECK(ScormTimespan(3600.0 * 12345) == "9999:59:59.99"); // capped at four hour digits
    CHECK(ScormTimespan(-3) == "00:00:00.00");
    CHECK(ScormTimespan(std::numeric_limits<double>::quiet_NaN()) == "00:00:00.00");
}

TEST_CASE("suspend data fits in 4,096 characters and reads back", "[scorm]") {
    const Content c = test::DefaultModel();
    Session s;
    s.view = View::Quiz;
    s.quiz.active = QuizKind::Knowledge;
    StartAttempt(s.quiz.knowledge, c.quizzes.knowledge, 11, 0.0);
    s.quiz.knowledge.answers[s.quiz.knowledge.order[0]] = {"x"};
    s.quiz.fit.answers = {{c.quizzes.fit.statements[0].id, 4}};

    SECTION("an ordinary session goes in whole") {
        const std::string data = EncodeSuspendData(s);
        CHECK(data == EncodeSession(s));
        CHECK(data.size() <= kScormSuspendLimit);
    }
    SECTION("too long: the views' state goes first, the quiz progress stays") {
        s.compare.filter = std::string(3000, 'f');
        for (int i = 0; i < 40; ++i) s.ladder.moved.push_back({"node-" + std::to_string(i), 1.5f * static_cast<float>(i), 2.5f * static_cast<float>(i)});
        REQUIRE(EncodeSession(s).size() > kScormSuspendLimit);
        const std::string data = EncodeSuspendData(s);
        REQUIRE_FALSE(data.empty());
        CHECK(data.size() <= kScormSuspendLimit);
        const SessionDecode back = DecodeSession(data);
        REQUIRE(back.status == SessionDecode::Status::Ok);
        CHECK(back.session.quiz.knowledge.order == s.quiz.knowledge.order);
        CHECK(back.session.quiz.knowledge.answers == s.quiz.knowledge.answers);
        CHECK(back.session.quiz.fit.answers == s.quiz.fit.answers);
        CHECK(back.session.ladder.moved.empty());
        CHECK(back.session.compare.filter.empty());
        CHECK(back.session.view == View::Quiz);
    }
    SECTION("a tighter limit keeps only the quizzes, and nothing when they do not fit") {
        s.ladder.you = "tl";
        const std::size_t quiz_only = EncodeSuspendData(s, 0).size(); // 0: nothing fits
        CHECK(quiz_only == 0);
        Session quizzes;
        quizzes.view = View::Quiz;
        quizzes.quiz = s.quiz;
        const std::string expected = EncodeSession(quizzes);
        CHECK(EncodeSuspendData(s, expected.size()) == expected);
        CHECK(EncodeSuspendData(s, expected.size() - 1).empty());
    }
}

TEST_CASE("what the LMS is told", "[scorm]") {
    const Content c = test::DefaultModel();
    const KnowledgeQuiz& quiz = c.quizzes.knowledge;
    Session s;

    SECTION("nothing done yet: incomplete, no score") {
        const ScormReport r = ScormReportFor(c, s, "not attempted");
        CHECK(r.lesson_status == "incomplete");
        CHECK_FALSE(r.has_score);
    }
    SECTION("the self-assessment finished: completed") {
        s.quiz.fit.finished = true;
        CHECK(ScormReportFor(c, s, "incomplete").lesson_status == "completed");
    }
    SECTION("the knowledge check passed: passed with the percentage") {
        s.quiz.knowledge = Finished(quiz, 0);
        const ScormReport r = ScormReportFor(c, s, "incomplete");
        CHECK(r.lesson_status == "passed");
        REQUIRE(r.has_score);
        CHECK(r.score_raw == 100);
        CHECK(r.score_min == 0);
        CHECK(r.score_max == 100);
    }
    SECTION("below the pass mark: failed, with the score") {
        s.quiz.knowledge = Finished(quiz, 6); // 6 of 12 wrong
        const int percent = ScoreAttempt(quiz, s.quiz.knowledge).percent;
        REQUIRE(percent < quiz.pass_mark);
        const ScormReport r = ScormReportFor(c, s, "incomplete");
        CHECK(r.lesson_status == "failed");
        CHECK(r.score_raw == percent);
    }
    SECTION("a worse retry does not take a pass back; the best attempt is the score") {
        s.quiz.knowledge = Finished(quiz, 0);
        RetryAttempt(s.quiz.knowledge, quiz, 5.0); // best 100 kept, new attempt empty
        s.quiz.knowledge.finished = true;         // finished with nothing right
        const ScormReport r = ScormReportFor(c, s, "passed");
        CHECK(r.lesson_status == "passed");
        CHECK(r.score_raw == 100);
    }
    SECTION("a failed check can still become passed") {
        s.quiz.knowledge = Finished(quiz, 0);
        CHECK(ScormReportFor(c, s, "failed").lesson_status == "passed");
    }
    SECTION("the status the LMS holds is never lowered") {
        s.quiz.fit.finished = true;
        CHECK(ScormReportFor(c, s, "passed").lesson_status == "passed");
        CHECK(ScormReportFor(c, s, "failed").lesson_status == "failed");
        Session fresh;
        CHECK(ScormReportFor(c, fresh, "completed").lesson_status == "completed");
    }
    SECTION("content without a knowledge check reports no score") {
        Content no_quiz = c;
        no_quiz.quizzes.knowledge.present = false;
        s.quiz.knowledge.best_percent = 90;
        s.quiz.fit.finished = true;
        const ScormReport r = ScormReportFor(no_quiz, s, "");
        CHECK_FALSE(r.has_score);
        CHECK(r.lesson_status == "completed");
    }
}
