// Result links: the answers of a finished quiz in a URL fragment, read back exactly, and
// a clear refusal of links that are damaged, outdated or for a quiz the content lacks.
#include "test_util.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/result_link.hpp"

#include <catch2/catch.hpp>

using namespace crossroads;

namespace {

// A finished knowledge check: the first option of each question (a mix of right and
// wrong), the order questions reversed, one question left unanswered.
KnowledgeSession Answered(const KnowledgeQuiz& quiz) {
    KnowledgeSession k;
    StartAttempt(k, quiz, 7, 0);
    for (std::size_t i = 1; i < quiz.questions.size(); ++i) {
        const Question& q = quiz.questions[i];
        std::vector<std::string> given;
        for (const Option& o : q.options) given.push_back(o.id);
        if (q.type == QuestionType::Order) std::reverse(given.begin(), given.end());
        else if (q.type == QuestionType::Multiple) given.resize(2);
        else given.resize(1);
        k.answers[q.id] = given;
        k.checked.push_back(q.id);
    }
    FinishAttempt(k, quiz);
    return k;
}

} // namespace

TEST_CASE("a result link reopens the same result, and holds nothing but answers", "[quiz][link]") {
    const Content c = test::DefaultModel();
    QuizSession quiz;
    SECTION("the self-assessment") {
        int n = 0;
        for (const FitStatement& s : c.quizzes.fit.statements)
            if (++n % 4 != 0) quiz.fit.answers[s.id] = 1 + n % 5; // every fourth left out
        quiz.fit.finished = true;
        const std::string link = EncodeResultLink(c, QuizKind::Fit, quiz);
        CHECK(link.rfind("fit:", 0) == 0);
        const ResultLinkRead r = DecodeResultLink(i18n::Tr(), c, link);
        REQUIRE(r.status == ResultLinkStatus::Ok);
        CHECK(r.kind == QuizKind::Fit);
        CHECK(r.fit.answers == quiz.fit.answers);
        CHECK(r.fit.finished);
        CHECK(ComputeFit(c.quizzes.fit, r.fit.answers).lean == ComputeFit(c.quizzes.fit, quiz.fit.answers).lean);
        CHECK(r.fit.completed_sent); // never reported as the reader's own
    }
    SECTION("the knowledge check") {
        quiz.knowledge = Answered(c.quizzes.knowledge);
        const std::string link = EncodeResultLink(c, QuizKind::Knowledge, quiz);
        CHECK(link.rfind("knowledge:", 0) == 0);
        const ResultLinkRead r = DecodeResultLink(i18n::Tr(), c, link);
        REQUIRE(r.status == ResultLinkStatus::Ok);
        CHECK(r.knowledge.answers == quiz.knowledge.answers);
        CHECK(r.knowledge.finished);
        CHECK(r.knowledge.checked.size() == c.quizzes.knowledge.questions.size());
        const Score a = ScoreAttempt(c.quizzes.knowledge, quiz.knowledge), b = ScoreAttempt(c.quizzes.knowledge, r.knowledge);
        CHECK(a.raw == b.raw);
        CHECK(a.percent == b.percent);
        CHECK(r.knowledge.best_percent == b.percent);
        // Letters, digits and the separators only: nothing to escape in a URL, nothing personal.
        for (const char ch : link) CHECK((std::isalnum(static_cast<unsigned char>(ch)) || ch == ':' || ch == '.' || ch == '-' || ch == '_'));
    }
    SECTION("an unfinished quiz has no link") {
        CHECK(EncodeResultLink(c, QuizKind::Fit, quiz).empty());
        CHECK(EncodeResultLink(c, QuizKind::Knowledge, quiz).empty());
    }
}

TEST_CASE("a tampered, outdated or foreign result link is refused with a message", "[quiz][link]") {
    const Content c = test::DefaultModel();
    QuizSession quiz;
    for (const FitStatement& s : c.quizzes.fit.statements) quiz.fit.answers[s.id] = 4;
    quiz.fit.finished = true;
    const std::string good = EncodeResultLink(c, QuizKind::Fit, quiz);
    quiz.knowledge = Answered(c.quizzes.knowledge);
    const std::string knowledge = EncodeResultLink(c, QuizKind::Knowledge, quiz);
    const auto status = [&](const std::string& link) {
        const ResultLinkRead r = DecodeResultLink(i18n::Tr(), c, link);
        if (r.status != ResultLinkStatus::Ok) CHECK_FALSE(r.message.empty());
        return r.status;
    };
    REQUIRE(status(good) == ResultLinkStatus::Ok);
    std::string edited = good;
    edited[good.find('.') + 1] = edited[good.find('.') + 1] == '4' ? '5' : '4'; // an answer changed by hand
    CHECK(status(edited) == ResultLinkStatus::Damaged);
    CHECK(status(good.substr(0, good.size() - 1)) == ResultLinkStatus::Damaged);
    CHECK(status("") == ResultLinkStatus::Damaged);
    CHECK(status("fit") == ResultLinkStatus::Damaged);
    CHECK(status("career:00000000.1.0000") == ResultLinkStatus::Damaged);
    CHECK(status(knowledge.substr(0, knowledge.rfind('-'))) == ResultLinkStatus::Damaged);

    SECTION("a quiz changed since the link was made") {
        Content changed = c;
        changed.quizzes.fit.statements[0].w_management += 1;
        CHECK(DecodeResultLink(i18n::Tr(), changed, good).status == ResultLinkStatus::Outdated);
        changed = c;
        changed.quizzes.knowledge.questions[0].answer = {changed.quizzes.knowledge.questions[0].options.back().id};
        CHECK(DecodeResultLink(i18n::Tr(), changed, knowledge).status == ResultLinkStatus::Outdated);
    }
    SECTION("content without that quiz") {
        Content none = c;
        none.quizzes.fit.present = false;
        CHECK(DecodeResultLink(i18n::Tr(), none, good).status == ResultLinkStatus::NoQuiz);
    }
}
