#include "test_util.hpp"

#include "crossroads/quiz.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace crossroads;

namespace {

Content Default() {
    LoadResult r = LoadContent(test::DefaultContent());
    INFO(test::Describe(r));
    REQUIRE(r.Ok());
    return r.content;
}

std::map<std::string, int> AllRated(const FitQuiz& quiz, int (*rate)(const FitStatement&)) {
    std::map<std::string, int> answers;
    for (const FitStatement& s : quiz.statements) answers[s.id] = rate(s);
    return answers;
}

// Answer every question of the attempt with the key.
void AnswerAllCorrectly(KnowledgeSession& session, const KnowledgeQuiz& quiz) {
    for (const Question& q : quiz.questions) {
        if (q.type == QuestionType::Order) session.answers[q.id] = q.answer;
        else
            for (const std::string& id : q.answer) ChooseOption(session, q, id);
        session.checked.push_back(q.id);
    }
}

} // namespace

TEST_CASE("the default quizzes load as the issue asks", "[quiz]") {
    const Content c = Default();
    const FitQuiz& fit = c.quizzes.fit;
    const KnowledgeQuiz& k = c.quizzes.knowledge;
    REQUIRE(fit.present);
    REQUIRE(k.present);
    CHECK(fit.statements.size() >= 10);
    CHECK(fit.statements.size() <= 16);
    CHECK(k.questions.size() >= 10);
    CHECK(k.pass_mark == 70);
    std::set<QuestionType> types;
    for (const Question& q : k.questions) types.insert(q.type);
    CHECK(types.size() == 4); // single, multiple, true/false and ordering
    CHECK(fit.management.node == "em");
    CHECK(fit.technical.node == "tl");
}

TEST_CASE("the self-assessment's lean", "[quiz]") {
    const Content c = Default();
    const FitQuiz& fit = c.quizzes.fit;
    SECTION("agreeing with the management statements leans management") {
        const FitResult r = ComputeFit(fit, AllRated(fit, [](const FitStatement& s) { return s.w_management > s.w_technical ? 5 : 1; }));
        CHECK(r.direction == Lean::Management);
        CHECK(r.lean == Approx(-1.0f));
        CHECK(std::string(LeanStrength(r.lean)) == "strong");
        REQUIRE(r.top.size() == 3);
        for (const auto& t : r.top) CHECK(t.push < 0);
        CHECK_FALSE(r.withheld);
        CHECK(r.answered == r.total);
    }
    SECTION("agreeing with the technical statements leans technical") {
        const FitResult r = ComputeFit(fit, AllRated(fit, [](const FitStatement& s) { return s.w_technical > s.w_management ? 5 : 1; }));
        CHECK(r.direction == Lean::Technical);
        CHECK(r.lean == Approx(1.0f));
        for (const auto& t : r.top) CHECK(t.push > 0);
    }
    SECTION("all the same answer leans neither way (the statements balance)") {
        for (int rating = 1; rating <= 5; ++rating) {
            const FitResult r = ComputeFit(fit, AllRated(fit, rating == 3 ? [](const FitStatement&) { return 3; }
                                                          : rating > 3 ? [](const FitStatement&) { return 5; }
                                                                       : [](const FitStatement&) { return 1; }));
            INFO("rating " << rating);
            CHECK(r.direction == Lean::Balanced);
        }
        CHECK(ComputeFit(fit, AllRated(fit, [](const FitStatement&) { return 3; })).top.empty());
    }
    SECTION("all skipped: withheld, nothing to say") {
        const FitResult r = ComputeFit(fit, {});
        CHECK(r.withheld);
        CHECK(r.answered == 0);
        CHECK(r.lean == 0);
        CHECK(r.top.empty());
    }
    SECTION("below the content's minimum the result is withheld") {
        std::map<std::string, int> few;
        for (int i = 0; i < fit.min_answered - 1; ++i) few[fit.statements[static_cast<std::size_t>(i)].id] = 5;
        CHECK(ComputeFit(fit, few).withheld);
        few[fit.statements[static_cast<std::size_t>(fit.min_answered - 1)].id] = 5;
        CHECK_FALSE(ComputeFit(fit, few).withheld);
    }
}

TEST_CASE("lean maths on a small quiz", "[quiz]") {
    FitQuiz quiz;
    quiz.min_answered = 1;
    quiz.statements = {{"m", "", 2, 0, ""}, {"t", "", 0, 2, ""}, {"both", "", 1, 1, ""}};
    SECTION("a tie between two opposite answers is balanced") {
        const FitResult r = ComputeFit(quiz, {{"m", 5}, {"t", 5}});
        CHECK(r.lean == 0);
        CHECK(r.direction == Lean::Balanced);
        CHECK(r.top.size() == 2); // both pushed, equally, either way
        CHECK(r.top[0].statement == "m"); // ties keep the statements' order
    }
    SECTION("a statement weighted equally both ways moves nothing") {
        const FitResult r = ComputeFit(quiz, {{"both", 5}});
        CHECK(r.lean == 0);
        CHECK(r.answered == 1);
    }
    SECTION("disagreeing with a technical statement leans management") {
        const FitResult r = ComputeFit(quiz, {{"t", 1}});
        CHECK(r.lean == Approx(-1.0f));
        CHECK(r.direction == Lean::Management);
        REQUIRE(r.top.size() == 1);
        CHECK(r.top[0].statement == "t");
    }
    SECTION("ratings outside 1-5 are not answers") {
        CHECK(ComputeFit(quiz, {{"m", 0}, {"t", 9}}).answered == 0);
        FitSession session;
        SetRating(session, quiz, "m", 4);
        SetRating(session, quiz, "ghost", 4);
        CHECK(session.answers.size() == 1);
        SetRating(session, quiz, "m", 0);
        CHECK(session.answers.empty());
    }
}

TEST_CASE("scoring questions", "[quiz]") {
    Question single{"q", QuestionType::Single, "", {{"a", ""}, {"b", ""}}, {"b"}, false, "", "", "", ""};
    CHECK(ScoreQuestion(single, {"b"}).correct);
    CHECK(ScoreQuestion(single, {"a"}).points == 0);
    CHECK_FALSE(ScoreQuestion(single, {}).correct);

    Question multi{"m", QuestionType::Multiple, "", {{"a", ""}, {"b", ""}, {"c", ""}, {"d", ""}}, {"a", "c", "d"}, true, "", "", "", ""};
    CHECK(ScoreQuestion(multi, {"d", "c", "a"}).correct); // order does not matter
    CHECK(ScoreQuestion(multi, {"a", "c"}).points == Approx(2.0 / 3));
    CHECK(ScoreQuestion(multi, {"a", "b"}).points == 0);        // one right, one wrong
    CHECK(ScoreQuestion(multi, {"a", "c", "b"}).points == Approx(1.0 / 3));
    CHECK(ScoreQuestion(multi, {"b"}).points == 0);              // never below zero
    multi.partial_credit = false;
    CHECK(ScoreQuestion(multi, {"a", "c"}).points == 0);

    Question order{"o", QuestionType::Order, "", {{"x", ""}, {"y", ""}, {"z", ""}}, {"x", "y", "z"}, false, "", "", "", ""};
    CHECK(ScoreQuestion(order, {"x", "y", "z"}).correct);
    CHECK_FALSE(ScoreQuestion(order, {"y", "x", "z"}).correct);
}

TEST_CASE("attempts: shuffling with a seed", "[quiz]") {
    const Content c = Default();
    const KnowledgeQuiz& quiz = c.quizzes.knowledge;
    KnowledgeSession a, b;
    StartAttempt(a, quiz, 42, 0.0);
    StartAttempt(b, quiz, 42, 0.0);
    SECTION("the same seed gives the same order; another seed another") {
        CHECK(a.order == b.order);
        CHECK(a.option_order == b.option_order);
        KnowledgeSession other;
        StartAttempt(other, quiz, 43, 0.0);
        CHECK(other.order != a.order);
        CHECK(std::set<std::string>(other.order.begin(), other.order.end()) ==
              std::set<std::string>(a.order.begin(), a.order.end()));
    }
    SECTION("the shuffle is fixed across platforms for a seed") {
        Rng rng{1};
        CHECK(Shuffled(5, rng) == std::vector<std::size_t>{3, 4, 2, 0, 1}); // the wasm build runs this too
    }
    SECTION("ordering questions never start solved") {
        for (std::uint32_t seed = 0; seed < 50; ++seed) {
            KnowledgeSession s;
            StartAttempt(s, quiz, seed, 0.0);
            for (const Question& q : quiz.questions)
                if (q.type == QuestionType::Order) CHECK(s.answers[q.id] != q.answer);
        }
    }
}

TEST_CASE("attempts: scoring, the pass mark, retry, locked answers", "[quiz]") {
    const Content c = Default();
    const KnowledgeQuiz& quiz = c.quizzes.knowledge;
    KnowledgeSession a;
    StartAttempt(a, quiz, 42, 0.0);
    SECTION("all right: 100%, success") {
        AnswerAllCorrectly(a, quiz);
        const Score s = ScoreAttempt(quiz, a);
        CHECK(s.raw == s.max);
        CHECK(s.percent == 100);
        CHECK(s.success);
    }
    SECTION("nothing answered: 0%, no success") {
        const Score s = ScoreAttempt(quiz, a);
        CHECK(s.raw == 0);
        CHECK_FALSE(s.success);
    }
    SECTION("the pass mark decides success") {
        KnowledgeQuiz strict = quiz;
        AnswerAllCorrectly(a, quiz);
        a.answers[quiz.questions[0].id] = {"zzz"};
        const int percent = ScoreAttempt(quiz, a).percent;
        strict.pass_mark = percent;
        CHECK(ScoreAttempt(strict, a).success);
        strict.pass_mark = percent + 1;
        CHECK_FALSE(ScoreAttempt(strict, a).success);
    }
    SECTION("retry after a pass: reshuffled, cleared, best kept") {
        AnswerAllCorrectly(a, quiz);
        a.finished = true;
        const auto old_order = a.order;
        RetryAttempt(a, quiz, 10.0);
        CHECK(a.attempt == 2);
        CHECK(a.best_percent == 100);
        CHECK_FALSE(a.finished);
        CHECK(a.checked.empty());
        CHECK(a.order != old_order);
        CHECK(ScoreAttempt(quiz, a).raw == 0);
        CHECK(a.started_at == 10.0);
    }
    SECTION("checked answers are locked") {
        const Question& q = *FindQuestion(quiz, a.order[0]);
        if (q.type != QuestionType::Order) {
            ChooseOption(a, q, q.options[0].id);
            a.checked.push_back(q.id);
            const auto before = a.answers[q.id];
            ChooseOption(a, q, q.options[1].id);
            CHECK(a.answers[q.id] == before);
        }
    }
    SECTION("choosing: single replaces, multiple toggles, unknown options are ignored") {
        for (const Question& q : quiz.questions) {
            if (q.type == QuestionType::Single) {
                ChooseOption(a, q, q.options[0].id);
                ChooseOption(a, q, q.options[1].id);
                CHECK(a.answers[q.id] == std::vector<std::string>{q.options[1].id});
            } else if (q.type == QuestionType::Multiple) {
                ChooseOption(a, q, q.options[0].id);
                ChooseOption(a, q, q.options[1].id);
                ChooseOption(a, q, q.options[0].id);
                CHECK(a.answers[q.id] == std::vector<std::string>{q.options[1].id});
                ChooseOption(a, q, "nope");
                CHECK(a.answers[q.id].size() == 1);
            }
        }
    }
    SECTION("moving ordering items") {
        for (const Question& q : quiz.questions) {
            if (q.type != QuestionType::Order) continue;
            auto items = a.answers[q.id];
            MoveItem(a, q, 0, items.size() - 1);
            CHECK(a.answers[q.id].back() == items.front());
            MoveItem(a, q, 0, 99); // out of range: nothing happens
            CHECK(a.answers[q.id].size() == items.size());
        }
    }
}

TEST_CASE("xAPI-shaped statements", "[quiz]") {
    const Content c = Default();
    const KnowledgeQuiz& quiz = c.quizzes.knowledge;
    SECTION("ISO 8601 durations") {
        CHECK(Iso8601Duration(0) == "PT0S");
        CHECK(Iso8601Duration(-3) == "PT0S");
        CHECK(Iso8601Duration(12.5) == "PT12.5S");
        CHECK(Iso8601Duration(75) == "PT1M15S");
        CHECK(Iso8601Duration(3723.25) == "PT1H2M3.25S");
        CHECK(Iso8601Duration(3600) == "PT1H");
    }
    SECTION("answered") {
        const Question& q = quiz.questions[0];
        const auto s = AnsweredStatement(q, q.answer, ScoreQuestion(q, q.answer), 4.2, {});
        CHECK(s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
        CHECK(s["object"]["id"] == "urn:crossroads:quiz:knowledge:question:" + q.id);
        CHECK(s["result"]["score"]["scaled"] == 1.0);
        CHECK(s["result"]["success"] == true);
        CHECK(s["result"]["completion"] == true);
        CHECK(s["result"]["duration"] == "PT4.2S");
        CHECK_FALSE(s.contains("actor")); // the host fills it in
    }
    SECTION("completed") {
        KnowledgeSession session;
        StartAttempt(session, quiz, 1, 0);
        AnswerAllCorrectly(session, quiz);
        const auto s = KnowledgeCompletedStatement(quiz, ScoreAttempt(quiz, session), 95, {});
        CHECK(s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed");
        CHECK(s["result"]["score"]["raw"] == static_cast<double>(quiz.questions.size()));
        CHECK(s["result"]["score"]["min"] == 0.0);
        CHECK(s["result"]["score"]["max"] == static_cast<double>(quiz.questions.size()));
        CHECK(s["result"]["score"]["scaled"] == 1.0);
        CHECK(s["result"]["success"] == true);
        CHECK(s["result"]["duration"] == "PT1M35S");
    }
    SECTION("self-assessment completed carries the lean as a scaled score") {
        FitResult r;
        r.lean = -0.5f;
        r.direction = Lean::Management;
        const auto s = FitCompletedStatement(c.quizzes.fit, r, 30, {});
        CHECK(s["result"]["score"]["scaled"] == -0.5);
        CHECK(s["result"]["score"]["raw"] == -50.0);
        CHECK(s["result"]["response"] == "management");
        const auto a = FitAnsweredStatement(c.quizzes.fit.statements[0], 4, 2, {});
        CHECK(a["object"]["definition"]["interactionType"] == "likert");
        CHECK(a["result"]["response"] == "4");
        // The statement's scale uses the same labels as the screens.
        const auto& scale = a["object"]["definition"]["scale"];
        REQUIRE(scale.size() == 5);
        CHECK(scale[2]["description"]["en-US"] == RatingLabel(i18n::Tr(), 3));
    }
}

TEST_CASE("the quiz wording shared by the canvas, the text version and host events", "[quiz]") {
    CHECK(std::string(RatingLabel(i18n::Tr(), 1)) == "Strongly disagree");
    CHECK(std::string(RatingLabel(i18n::Tr(), 3)) == "Neutral");
    CHECK(std::string(RatingLabel(i18n::Tr(), 5)) == "Strongly agree");
    CHECK(std::string(RatingLabel(i18n::Tr(), 0)).empty());
    CHECK(std::string(RatingLabel(i18n::Tr(), 6)).empty());

    FitResult r;
    CHECK(FitHeadline(i18n::Tr(), r) == "Your answers lean neither way");
    r.direction = Lean::Technical;
    r.lean = 0.5f;
    CHECK(FitHeadline(i18n::Tr(), r) == "A moderate lean toward the technical path");
    r.direction = Lean::Management;
    r.lean = -0.9f;
    CHECK(FitHeadline(i18n::Tr(), r) == "A strong lean toward the management path");

    Score score;
    score.raw = 4.0 + 2.0 / 3;
    score.max = 6;
    score.percent = 77;
    score.success = true;
    CHECK(ScoreLine(i18n::Tr(), score) == "Passed: 4.67 of 6 points (77%)");
    score.success = false;
    score.raw = 1;
    score.percent = 16;
    CHECK(ScoreLine(i18n::Tr(), score) == "Not passed yet: 1 of 6 points (16%)");

    const Question q{"q", QuestionType::Single, "", {{"a", "Alpha"}, {"b", "Beta"}}, {"b"}, false, "", "", "", ""};
    CHECK(OptionText(q, "b") == "Beta");
    CHECK(OptionText(q, "zz") == "zz"); // an unknown id (from an old session) still shows something
}

TEST_CASE("the loader checks quiz content", "[quiz][loader]") {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(test::DefaultContent());
    auto& questions = j["quizzes"]["knowledge"]["questions"];
    std::size_t single = 0, order = 0;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        if (questions[i]["type"] == "single" && single == 0) single = i;
        if (questions[i]["type"] == "order") order = i;
    }
    const std::string sp = "quizzes.knowledge.questions[" + std::to_string(single) + "]";
    SECTION("an answer key that points at no option") {
        questions[single]["answer"] = {"z"};
        CHECK(test::HasProblem(LoadContent(j.dump()), code::kUnknownRef, sp + ".answer[0]"));
    }
    SECTION("two answers for a single-choice question") {
        questions[single]["answer"] = {"a", "b"};
        CHECK(test::HasProblem(LoadContent(j.dump()), code::kAnswerCount, sp + ".answer"));
    }
    SECTION("weights missing, and weights that lean nowhere") {
        j["quizzes"]["fit"]["statements"][0].erase("weights");
        j["quizzes"]["fit"]["statements"][1]["weights"] = {{"management", 0}, {"technical", 0}};
        const LoadResult r = LoadContent(j.dump());
        CHECK(test::HasProblem(r, code::kMissing, "quizzes.fit.statements[0].weights"));
        CHECK(test::HasProblem(r, code::kWeightsZero, "quizzes.fit.statements[1].weights"));
    }
    SECTION("a pass mark outside 0-100") {
        j["quizzes"]["knowledge"]["passMark"] = 120;
        CHECK(test::HasProblem(LoadContent(j.dump()), code::kOutOfRange, "quizzes.knowledge.passMark"));
    }
    SECTION("a pass mark that is not a whole percentage, as the schema's integer") {
        j["quizzes"]["knowledge"]["passMark"] = 70.5;
        CHECK(test::HasProblem(LoadContent(j.dump()), code::kType, "quizzes.knowledge.passMark"));
        j["quizzes"]["knowledge"]["passMark"] = 80.0; // a whole number written with a point is one
        const LoadResult r = LoadContent(j.dump());
        REQUIRE(r.Ok());
        CHECK(r.content.quizzes.knowledge.pass_mark == 80);
    }
    SECTION("an ordering question with one item") {
        questions[order]["items"] = nlohmann::ordered_json::array({questions[order]["items"][0]}); // not {x}: that copies x on some compilers
        CHECK(test::HasProblem(LoadContent(j.dump()), code::kTooFew,
                               "quizzes.knowledge.questions[" + std::to_string(order) + "].items"));
    }
    SECTION("an outcome that names no ladder node") {
        j["quizzes"]["fit"]["outcomes"]["technical"]["node"] = "wizard";
        CHECK(test::HasProblem(LoadContent(j.dump()), code::kUnknownRef, "quizzes.fit.outcomes.technical.node"));
    }
    SECTION("more answers required than statements exist") {
        j["quizzes"]["fit"]["minAnswered"] = 99;
        CHECK(test::HasProblem(LoadContent(j.dump()), code::kOutOfRange, "quizzes.fit.minAnswered"));
    }
}

TEST_CASE("Statements' display texts: the interface's words in English and its language, the content's in the content's", "[quiz][i18n]") {
    std::vector<Problem> problems;
    const i18n::Catalogue german = i18n::Catalogue::FromPo(i18n::ParsePo(test::ReadSourceFile("/assets/i18n/de.po"), problems), problems);
    REQUIRE(problems.empty());
    const LoadResult translated = LoadTranslation(test::DefaultContent(), test::ReadSourceFile("/assets/content/em-vs-tl.de.json"));
    REQUIRE(translated.Ok());
    const Content& c = translated.content;
    const StatementLanguage language{i18n::Tr(&german), c.language};
    const Question& q = c.quizzes.knowledge.questions[0];
    const auto s = AnsweredStatement(q, q.answer, ScoreQuestion(q, q.answer), 3, language);
    CHECK(s["verb"]["display"] == nlohmann::ordered_json{{"en-US", "answered"}, {"de", "beantwortet"}});
    CHECK(s["object"]["definition"]["name"] == nlohmann::ordered_json{{"de", q.prompt}});
    CHECK(s["object"]["definition"]["choices"][0]["description"] == nlohmann::ordered_json{{"de", q.options[0].text}});
    const auto a = FitAnsweredStatement(c.quizzes.fit.statements[0], 4, 2, language);
    CHECK(a["object"]["definition"]["scale"][0]["description"] ==
          nlohmann::ordered_json{{"en-US", RatingLabel(i18n::Tr(), 1)}, {"de", RatingLabel(i18n::Tr(&german), 1)}});
    CHECK(std::string(RatingLabel(i18n::Tr(), 1)) != RatingLabel(i18n::Tr(&german), 1));
    CHECK(KnowledgeCompletedStatement(c.quizzes.knowledge, Score{}, 5, language)["object"]["definition"]["name"] ==
          nlohmann::ordered_json{{"de", c.quizzes.knowledge.title}});
    // English: "en-US" alone for the interface's words, the content's own tag for its texts.
    const auto english = AnsweredStatement(q, q.answer, ScoreQuestion(q, q.answer), 3, {});
    CHECK(english["verb"]["display"] == nlohmann::ordered_json{{"en-US", "answered"}});
    CHECK(english["object"]["definition"]["name"].contains("en"));
    // Every verb the app sends has its translation.
    for (const char* verb : {"answered", "completed", "passed", "failed", "initialized", "terminated"}) {
        INFO(verb);
        CHECK(XapiVerb(verb, i18n::Tr(&german))["display"].size() == 2);
    }
}
