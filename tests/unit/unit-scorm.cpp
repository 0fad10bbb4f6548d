#include "test_util.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/scorm.hpp"
#include "crossroads/session.hpp"

#include <catch2/catch.hpp>

#include <limits>
#include <map>

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

TEST_CASE("SCORM 2004: completion is either quiz finished, success the knowledge check, neither ever lowered", "[scorm]") {
    const Content c = test::DefaultModel();
    Session s;
    Scorm2004Report r = Scorm2004ReportFor(c, s, "", "");
    CHECK(r.completion_status == "incomplete");
    CHECK(r.success_status == "unknown");
    CHECK_FALSE(r.has_score);
    CHECK(r.progress_measure == 0.0);
    // Half the statements answered: half way.
    const std::size_t half = c.quizzes.fit.statements.size() / 2;
    for (std::size_t i = 0; i < half; ++i) s.quiz.fit.answers[c.quizzes.fit.statements[i].id] = 4;
    r = Scorm2004ReportFor(c, s, "", "");
    CHECK(r.progress_measure == Approx(static_cast<double>(half) / static_cast<double>(c.quizzes.fit.statements.size())));
    s.quiz.fit.finished = true;
    r = Scorm2004ReportFor(c, s, "incomplete", "unknown");
    CHECK(r.completion_status == "completed");
    CHECK(r.progress_measure == 1.0);
    // The knowledge check alone completes it too.
    Session knowledge_only;
    knowledge_only.quiz.knowledge = Finished(c.quizzes.knowledge, 1);
    CHECK(Scorm2004ReportFor(c, knowledge_only, "", "").completion_status == "completed");
    // A failed attempt, then a passed one: the score is the best, scaled by 100.
    s.quiz.knowledge = Finished(c.quizzes.knowledge, c.quizzes.knowledge.questions.size());
    r = Scorm2004ReportFor(c, s, "completed", "");
    CHECK(r.success_status == "failed");
    CHECK(r.has_score);
    CHECK(r.score_scaled == 0.0);
    s.quiz.knowledge = Finished(c.quizzes.knowledge, 0);
    r = Scorm2004ReportFor(c, s, "completed", "failed");
    CHECK(r.success_status == "passed");
    CHECK(r.score_raw == 100);
    CHECK(r.score_scaled == 1.0);
    // What the LMS holds is never lowered: a fresh session after a pass keeps it.
    r = Scorm2004ReportFor(c, Session{}, "completed", "passed");
    CHECK(r.completion_status == "completed");
    CHECK(r.success_status == "passed");
    CHECK(r.progress_measure == 1.0);
    // Content without a self-assessment completes with the knowledge check; without any
    // quiz, on launch.
    Content only_knowledge = c;
    only_knowledge.quizzes.fit.present = false;
    CHECK(Scorm2004ReportFor(only_knowledge, Session{}, "", "").completion_status == "incomplete");
    Session passed;
    passed.quiz.knowledge = Finished(c.quizzes.knowledge, 0);
    CHECK(Scorm2004ReportFor(only_knowledge, passed, "", "").completion_status == "completed");
    Content none = only_knowledge;
    none.quizzes.knowledge.present = false;
    CHECK(Scorm2004ReportFor(none, Session{}, "", "").completion_status == "completed");
    CHECK(Scorm2004ReportFor(none, Session{}, "", "").success_status == "unknown");
}

TEST_CASE("SCORM 2004: timestamps and durations", "[scorm]") {
    CHECK(ScormTimestamp(0) == "1970-01-01T00:00:00");
    CHECK(ScormTimestamp(951782400) == "2000-02-29T00:00:00"); // a leap day
    CHECK(ScormTimestamp(1764605109.75) == "2025-12-01T16:05:09");
    CHECK(ScormTimestamp(-5) == "1970-01-01T00:00:00");
    for (const double secs : {0.0, 1.5, 59.99, 61.0, 3723.25, 90061.0}) {
        INFO(secs);
        CHECK(ParseIso8601Duration(Iso8601Duration(secs)) == Approx(secs).margin(0.005));
    }
    CHECK(ParseIso8601Duration("P1D") == 0);
    CHECK(ParseIso8601Duration("PT5X") == 0);
    CHECK(ParseIso8601Duration("PT-5S") == 0);
}

TEST_CASE("each answer is an interaction in the version's own formats", "[scorm]") {
    const Content c = test::DefaultModel();
    auto values = [](const std::vector<ScormValue>& v) {
        std::map<std::string, std::string> out;
        for (const ScormValue& e : v) out[e.element] = e.value;
        return out;
    };
    const double when = 1764605109.0; // 2025-12-01T16:05:09Z
    for (const Question& q : c.quizzes.knowledge.questions) {
        INFO(q.id);
        const std::vector<std::string> right = q.answer;
        const nlohmann::ordered_json st = AnsweredStatement(q, right, ScoreQuestion(q, right), 12.5, {});
        const auto v4 = values(ScormInteraction(st, 3, ScormVersion::V2004, when));
        const auto v1 = values(ScormInteraction(st, 3, ScormVersion::V12, when));
        CHECK(v4.at("cmi.interactions.3.id") == ActivityId("knowledge", q.id));
        CHECK(v4.at("cmi.interactions.3.result") == "correct");
        CHECK(v4.at("cmi.interactions.3.weighting") == "1");
        CHECK(v4.at("cmi.interactions.3.latency") == "PT12.5S");
        CHECK(v1.at("cmi.interactions.3.latency") == "00:00:12.50");
        CHECK(v4.at("cmi.interactions.3.timestamp") == "2025-12-01T16:05:09");
        CHECK(v1.at("cmi.interactions.3.time") == "16:05:09");
        CHECK(v4.at("cmi.interactions.3.description") == "{lang=en}" + q.prompt.substr(0, 250)); // the content's language
        CHECK(v1.count("cmi.interactions.3.description") == 0); // not in 1.2
        CHECK(v4.at("cmi.interactions.3.learner_response") == v4.at("cmi.interactions.3.correct_responses.0.pattern"));
        CHECK(v1.at("cmi.interactions.3.student_response") == v1.at("cmi.interactions.3.correct_responses.0.pattern"));
        switch (q.type) {
            case QuestionType::TrueFalse:
                CHECK(v4.at("cmi.interactions.3.type") == "true-false");
                CHECK(v4.at("cmi.interactions.3.learner_response") == right[0]);
                CHECK(v1.at("cmi.interactions.3.student_response") == (right[0] == "true" ? "t" : "f"));
                break;
            case QuestionType::Order:
                CHECK(v4.at("cmi.interactions.3.type") == "sequencing");
                CHECK(v4.at("cmi.interactions.3.learner_response").find("[,]") != std::string::npos);
                CHECK(v1.at("cmi.interactions.3.student_response").find("[,]") == std::string::npos);
                CHECK(v1.at("cmi.interactions.3.student_response").find(',') != std::string::npos);
                break;
            default: CHECK(v4.at("cmi.interactions.3.type") == "choice"); break;
        }
        // A wrong answer: "incorrect" in 2004, "wrong" in 1.2.
        const std::vector<std::string> wrong{"zz"};
        const nlohmann::ordered_json bad = AnsweredStatement(q, wrong, ScoreQuestion(q, wrong), 1, {});
        CHECK(values(ScormInteraction(bad, 0, ScormVersion::V2004, when)).at("cmi.interactions.0.result") == "incorrect");
        CHECK(values(ScormInteraction(bad, 0, ScormVersion::V12, when)).at("cmi.interactions.0.result") == "wrong");
    }
    // A prompt in Japanese: its language in the delimiter, cut at 250 characters, not bytes.
    {
        Question long_prompt = c.quizzes.knowledge.questions[0];
        long_prompt.prompt.clear();
        for (int i = 0; i < 300; ++i) long_prompt.prompt += "\u5f79"; // 役, three bytes in UTF-8
        const StatementLanguage japanese{i18n::Tr(), "ja"};
        const auto v = values(ScormInteraction(AnsweredStatement(long_prompt, long_prompt.answer, ScoreQuestion(long_prompt, long_prompt.answer), 1, japanese),
                                               0, ScormVersion::V2004, when));
        CHECK(v.at("cmi.interactions.0.description") == "{lang=ja}" + long_prompt.prompt.substr(0, 250 * 3));
    }
    // A self-assessment statement: likert, its rating the response, no right answer.
    const auto like = values(ScormInteraction(FitAnsweredStatement(c.quizzes.fit.statements[0], 4, 3, {}), 0, ScormVersion::V2004, when));
    CHECK(like.at("cmi.interactions.0.type") == "likert");
    CHECK(like.at("cmi.interactions.0.learner_response") == "4");
    CHECK(like.at("cmi.interactions.0.result") == "neutral");
    CHECK(like.count("cmi.interactions.0.correct_responses.0.pattern") == 0);
    CHECK(like.count("cmi.interactions.0.weighting") == 0);
    // Anything else is not an interaction.
    CHECK(ScormInteraction(KnowledgeCompletedStatement(c.quizzes.knowledge, Score{}, 5, {}), 0, ScormVersion::V2004, when).empty());
    CHECK(ScormInteraction(nlohmann::ordered_json::object(), 0, ScormVersion::V12, when).empty());
}
