// cmi5 assignable-unit rules: the launch, the fetch answer, LMS.LaunchData, the statements
// with their order and at-most-once rules in each launch mode, and delivery in order.
#include "crossroads/cmi5.hpp"
#include "crossroads/quiz.hpp"
#include "crossroads/url.hpp"
#include "test_util.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace crossroads;
using namespace crossroads::cmi5;

namespace {

const char* const kQuery =
    "?endpoint=http%3A%2F%2Flrs.example.com%2Fxapi&fetch=http%3A%2F%2Flms.example.com%2Ftoken%3Fk%3D2390289x0"
    "&actor=%7B%22objectType%22%3A%22Agent%22%2C%22account%22%3A%7B%22homePage%22%3A%22http%3A%2F%2Fwww.example.com%22%2C%22name%22%3A%221625378%22%7D%7D"
    "&registration=760e3480-ba55-4991-94b0-01820dbd23a2&activityId=http%3A%2F%2Fwww.example.com%2FLA1%2F001";

Launch TestLaunch() {
    std::string error;
    const auto launch = ParseLaunch(kQuery, error);
    REQUIRE(launch);
    return *launch;
}

LaunchData Data(LaunchMode mode, std::optional<double> mastery = std::nullopt) {
    LaunchData d;
    d.mode = mode;
    d.mastery_score = mastery;
    d.context_template = {{"contextActivities", {{"grouping", Json::array({{{"objectType", "Activity"}, {"id", "https://example.com/au/7"}}})}}},
                          {"extensions", {{kExtensionSessionId, "32e96d95-8e9c-4162-b3ac-66df22d171c5"}}}};
    return d;
}

// A counter's ids: the test can tell each statement's id.
struct Ids {
    int n = 0;
    std::string operator()() {
        const std::string number = std::to_string(++n);
        return "00000000-0000-4000-8000-" + std::string(12 - number.size(), '0') + number;
    }
};

bool HasCategory(const Json& st, const char* id) {
    // Looked up with value(), never a const operator[] on a key that may be missing.
    const Json list = st.value("context", Json::object()).value("contextActivities", Json::object()).value("category", Json::array());
    for (const Json& a : list)
        if (a.is_object() && a.contains("id") && a["id"] == id) return true;
    return false;
}

} // namespace

TEST_CASE("cmi5: the launch address gives the five parameters, and a tampered one says what is wrong", "[cmi5]") {
    const Launch launch = TestLaunch();
    CHECK(launch.endpoint == "http://lrs.example.com/xapi/"); // a base URL: paths join after it
    CHECK(launch.fetch == "http://lms.example.com/token?k=2390289x0");
    CHECK(launch.actor["account"]["name"] == "1625378");
    CHECK(launch.registration == "760e3480-ba55-4991-94b0-01820dbd23a2");
    CHECK(launch.activity_id == "http://www.example.com/LA1/001");
    CHECK(IsLaunchParameter("activityId"));
    CHECK_FALSE(IsLaunchParameter("view"));
    const std::string q = kQuery;
    auto without = [&](const std::string& name) {
        const std::size_t at = q.find(name + "=");
        const std::size_t end = q.find('&', at);
        return q.substr(0, at) + (end == std::string::npos ? "" : q.substr(end + 1));
    };
    const std::pair<std::string, std::string> bad[] = {
        {without("endpoint"), "no \"endpoint\""},
        {without("fetch"), "no \"fetch\""},
        {without("registration"), "no \"registration\""},
        {without("activityId"), "no \"activityId\""},
        {without("actor") + "&actor=%7B%22name%22%3A%22x%22%7D", "not an Agent with an account"},
        {without("actor") + "&actor=not-json", "not an Agent with an account"},
        {without("registration") + "&registration=42", "not a UUID"},
        {without("endpoint") + "&endpoint=javascript%3Aalert(1)", "not an http(s) address"},
    };
    for (const auto& [query, why] : bad) {
        INFO(query);
        std::string error;
        CHECK_FALSE(ParseLaunch(query, error));
        CHECK(error.find(why) != std::string::npos);
    }
}

TEST_CASE("cmi5: the fetch URL's answer is a token or an error the learner can act on", "[cmi5]") {
    CHECK(ParseFetchAnswer(R"({"auth-token":"QWxhZGRpbjpvcGVu"})").token == "QWxhZGRpbjpvcGVu");
    const FetchAnswer used = ParseFetchAnswer(R"({"error-code":"1","error-text":"already returned"})");
    CHECK(used.token.empty());
    CHECK(used.error_code == 1);
    CHECK(FetchProblem(used).find("already been used") != std::string::npos);
    CHECK(FetchProblem(used).find("already returned") != std::string::npos);
    CHECK(ParseFetchAnswer(R"({"error-code":2})").error_code == 2);
    CHECK(ParseFetchAnswer("<html>proxy error</html>").error_code == 3);
    CHECK(ParseFetchAnswer(R"({"error-code":"9"})").error_code == 3);
    CHECK(ParseFetchAnswer(R"({"auth-token":""})").error_code == 3);
}

TEST_CASE("cmi5: LMS.LaunchData and the learner's language preference are read", "[cmi5]") {
    std::string error;
    const auto d = ParseLaunchData(R"({"contextTemplate":{"extensions":{"x":1}},"launchMode":"Browse","masteryScore":0.7,
        "moveOn":"CompletedOrPassed","returnURL":"https://lms.example.com/course"})", error);
    REQUIRE(d);
    CHECK(d->mode == LaunchMode::Browse);
    CHECK(d->mastery_score == Approx(0.7));
    CHECK(d->move_on == "CompletedOrPassed");
    CHECK(d->return_url == "https://lms.example.com/course");
    CHECK_FALSE(ParseLaunchData(R"({"launchMode":"Normal"})", error));
    CHECK(error.find("contextTemplate") != std::string::npos);
    CHECK_FALSE(ParseLaunchData(R"({"contextTemplate":{},"launchMode":"Sometimes"})", error));
    CHECK_FALSE(ParseLaunchData(R"({"contextTemplate":{},"launchMode":"Normal","masteryScore":70})", error));
    CHECK(error.find("0 to 1") != std::string::npos);
    CHECK_FALSE(ParseLaunchData(R"({"contextTemplate":{"contextActivities":"grouping"},"launchMode":"Normal"})", error));
    CHECK(error.find("contextActivities that is not an object") != std::string::npos);
    CHECK(LanguagePreference(R"({"languagePreference":"de-DE, en-US,ja"})") == std::vector<std::string>{"de-DE", "en-US", "ja"});
    CHECK(LanguagePreference("{}").empty());
}

TEST_CASE("cmi5: timestamps, UUIDs and the registration log", "[cmi5]") {
    CHECK(Timestamp(1764605109123.0) == "2025-12-01T16:05:09.123Z");
    CHECK(Timestamp(0) == "1970-01-01T00:00:00.000Z");
    std::array<std::uint8_t, 16> bytes{};
    bytes.fill(0xFF);
    const std::string id = Uuid(bytes);
    CHECK(id == "ffffffff-ffff-4fff-bfff-ffffffffffff");
    bytes.fill(0);
    CHECK(Uuid(bytes) == "00000000-0000-4000-8000-000000000000");
    const RegistrationLog log = RegistrationLogFrom(ToJson({true, false}));
    CHECK(log.completed);
    CHECK_FALSE(log.passed);
    CHECK_FALSE(RegistrationLogFrom(Json("nonsense")).completed);
}

TEST_CASE("cmi5: a Normal session sends initialized first, each judgement once, terminated last", "[cmi5]") {
    Ids ids;
    AuSession s(TestLaunch(), Data(LaunchMode::Normal, 0.7), {});
    CHECK_FALSE(s.Completed(ids(), 1000, 1)); // nothing before initialized
    const auto init = s.Initialized(ids(), 1000);
    REQUIRE(init);
    CHECK_FALSE(s.Initialized(ids(), 1001)); // once
    CHECK((*init)["verb"]["id"] == "http://adlnet.gov/expapi/verbs/initialized");
    CHECK((*init)["verb"]["display"] == Json{{"en-US", "initialized"}}); // English until the interface's language is set
    CHECK((*init)["object"]["id"] == "http://www.example.com/LA1/001");
    CHECK((*init)["actor"] == TestLaunch().actor);
    CHECK((*init)["context"]["registration"] == "760e3480-ba55-4991-94b0-01820dbd23a2");
    CHECK((*init)["context"]["extensions"][kExtensionSessionId] == "32e96d95-8e9c-4162-b3ac-66df22d171c5");
    CHECK((*init)["context"]["contextActivities"]["grouping"][0]["id"] == "https://example.com/au/7"); // the template kept
    CHECK(HasCategory(*init, kCategoryCmi5));
    CHECK_FALSE(HasCategory(*init, kCategoryMoveOn));
    CHECK_FALSE(init->contains("result"));

    const auto completed = s.Completed(ids(), 2000, 61.5);
    REQUIRE(completed);
    CHECK((*completed)["result"] == Json{{"completion", true}, {"duration", "PT1M1.5S"}});
    CHECK(HasCategory(*completed, kCategoryMoveOn));
    CHECK_FALSE(s.Completed(ids(), 2001, 1)); // once per registration

    // An answer: a cmi5 allowed statement, on the template, without the cmi5 category.
    const Content c = test::DefaultModel();
    const Question& q = c.quizzes.knowledge.questions[0];
    const auto answered = s.Allowed(ids(), 2500, AnsweredStatement(q, q.answer, ScoreQuestion(q, q.answer), 4, {}));
    REQUIRE(answered);
    CHECK((*answered)["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    CHECK((*answered)["object"]["id"] == "http://www.example.com/LA1/001/test/knowledge/question/" + q.id);
    CHECK((*answered)["object"]["definition"]["interactionType"].is_string());
    CHECK((*answered)["result"]["success"] == true);
    CHECK_FALSE(HasCategory(*answered, kCategoryCmi5));
    CHECK((*answered)["context"]["extensions"][kExtensionSessionId] == "32e96d95-8e9c-4162-b3ac-66df22d171c5");

    // Judged against the LMS's mastery score, not the content's pass mark.
    const auto failed = s.Judged(ids(), 3000, 30, 0.65, true);
    REQUIRE(failed);
    CHECK((*failed)["verb"]["id"] == "http://adlnet.gov/expapi/verbs/failed");
    CHECK((*failed)["result"]["success"] == false);
    CHECK((*failed)["result"]["score"]["scaled"] == 0.65);
    CHECK_FALSE((*failed)["result"].contains("completion"));
    CHECK((*failed)["context"]["extensions"][kExtensionMasteryScore] == 0.7);
    CHECK(HasCategory(*failed, kCategoryMoveOn));
    CHECK_FALSE(s.Judged(ids(), 3100, 30, 1.0, true)); // one judgement per session

    const auto term = s.Terminated(ids(), 4000, 300);
    REQUIRE(term);
    CHECK((*term)["result"]["duration"] == "PT5M");
    CHECK_FALSE(HasCategory(*term, kCategoryMoveOn));
    CHECK_FALSE(s.Terminated(ids(), 4001, 300)); // once
    CHECK_FALSE(s.Allowed(ids(), 4002, AnsweredStatement(q, q.answer, ScoreQuestion(q, q.answer), 4, {}))); // nothing after it
    CHECK_FALSE(s.Judged(ids(), 4003, 1, 1.0, true));

    // Every statement had its own id and a UTC timestamp.
    std::set<std::string> seen;
    for (const Json* st : {&*init, &*completed, &*answered, &*failed, &*term}) {
        CHECK(seen.insert((*st)["id"].get<std::string>()).second);
        CHECK((*st)["timestamp"].get<std::string>().back() == 'Z');
    }
}

TEST_CASE("cmi5: across sessions of one registration, completed and passed go once and nothing follows a pass", "[cmi5]") {
    Ids ids;
    AuSession first(TestLaunch(), Data(LaunchMode::Normal), {});
    REQUIRE(first.Initialized(ids(), 0));
    REQUIRE(first.Judged(ids(), 1, 1, 0.9, true)); // no mastery score: the content's pass mark decides
    CHECK_FALSE(first.Judged(ids(), 2, 1, 0.9, true));
    const RegistrationLog kept = RegistrationLogFrom(ToJson(first.Log()));
    CHECK(kept.passed);
    AuSession second(TestLaunch(), Data(LaunchMode::Normal), kept);
    REQUIRE(second.Initialized(ids(), 10));
    CHECK_FALSE(second.Judged(ids(), 11, 1, 0.2, false)); // no failed after a passed
    CHECK_FALSE(second.Judged(ids(), 12, 1, 1.0, true));  // and no second passed
    REQUIRE(second.Completed(ids(), 13, 1));
    // A failed may come again in a later session, until a pass.
    AuSession a(TestLaunch(), Data(LaunchMode::Normal), {});
    REQUIRE(a.Initialized(ids(), 0));
    REQUIRE(a.Judged(ids(), 1, 1, 0.1, false));
    AuSession b(TestLaunch(), Data(LaunchMode::Normal), a.Log());
    REQUIRE(b.Initialized(ids(), 2));
    const auto retry = b.Judged(ids(), 3, 1, 0.1, false);
    REQUIRE(retry);
    CHECK((*retry)["verb"]["id"] == "http://adlnet.gov/expapi/verbs/failed");
}

TEST_CASE("cmi5: Browse and Review send only initialized and terminated", "[cmi5]") {
    const Content c = test::DefaultModel();
    const Question& q = c.quizzes.knowledge.questions[0];
    for (const LaunchMode mode : {LaunchMode::Browse, LaunchMode::Review}) {
        Ids ids;
        AuSession s(TestLaunch(), Data(mode, 0.5), {});
        CHECK(s.Initialized(ids(), 0));
        CHECK_FALSE(s.Completed(ids(), 1, 1));
        CHECK_FALSE(s.Judged(ids(), 2, 1, 1.0, true));
        CHECK_FALSE(s.Allowed(ids(), 3, AnsweredStatement(q, q.answer, ScoreQuestion(q, q.answer), 4, {})));
        CHECK(s.Terminated(ids(), 4, 4));
        CHECK_FALSE(s.Log().completed);
        CHECK_FALSE(s.Log().passed);
    }
}

TEST_CASE("cmi5: the outbox delivers in order, keeps a refused statement at the head, and never sends one twice", "[cmi5]") {
    Outbox box;
    for (int i = 1; i <= 3; ++i) box.Add(Json{{"id", std::to_string(i)}});
    const Json* head = box.Next(0);
    REQUIRE(head);
    CHECK((*head)["id"] == "1");
    CHECK_FALSE(box.Next(0)); // one in flight at a time
    box.Answered(0, 0);      // no answer: the LRS cannot be reached
    CHECK_FALSE(box.Next(500)); // waits a second before trying again
    head = box.Next(1000);
    REQUIRE(head);
    CHECK((*head)["id"] == "1"); // the same statement, the same id
    box.Answered(503, 1000);
    CHECK_FALSE(box.Next(2500)); // the wait doubles
    REQUIRE(box.Next(3000));
    CHECK_FALSE(box.Answered(409, 3000)); // the LRS has it already (an earlier try got through): done, not resent
    head = box.Next(3000);
    REQUIRE(head);
    CHECK((*head)["id"] == "2");
    box.Answered(204, 3001);
    // Kept across a reload, and restored in order.
    Outbox again;
    again.Restore(box.Pending());
    REQUIRE(again.Size() == 1);
    CHECK((*again.Next(0))["id"] == "3");
    CHECK_FALSE(again.Answered(200, 1));
    CHECK(again.Empty());
    // A statement the LRS refuses as invalid is dropped (said to the caller), so it does not
    // hold back the ones after it.
    Outbox strict;
    strict.Add(Json{{"id", "bad"}});
    strict.Add(Json{{"id", "good"}});
    REQUIRE(strict.Next(0));
    CHECK(strict.Answered(400, 0));
    const Json* after = strict.Next(0);
    REQUIRE(after);
    CHECK((*after)["id"] == "good");
    // Waits are capped at a minute.
    Outbox slow;
    slow.Add(Json{{"id", "x"}});
    double now = 0;
    for (int i = 0; i < 12; ++i) {
        while (!slow.Next(now)) now += 100;
        slow.Answered(500, now);
    }
    const double before = now;
    while (!slow.Next(now)) now += 100;
    CHECK(now - before <= 60000.0);
}

TEST_CASE("cmi5: the app's events become the cmi5 statements they mean", "[cmi5]") {
    const Content c = test::DefaultModel();
    const Question& q = c.quizzes.knowledge.questions[0];
    Ids ids;
    AuSession s(TestLaunch(), Data(LaunchMode::Normal), {});
    REQUIRE(s.Initialized(ids(), 0));
    const auto answer = s.ForEvent("answered", AnsweredStatement(q, q.answer, ScoreQuestion(q, q.answer), 2, {}), ids(), 1, 1);
    REQUIRE(answer);
    CHECK((*answer)["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    // The self-assessment finished: completed.
    std::map<std::string, int> ratings;
    for (const FitStatement& st : c.quizzes.fit.statements) ratings[st.id] = 4;
    const auto fit = s.ForEvent("completed", FitCompletedStatement(c.quizzes.fit, ComputeFit(c.quizzes.fit, ratings), 90, {}), ids(), 2, 90);
    REQUIRE(fit);
    CHECK((*fit)["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed");
    // The knowledge check finished: judged by its own scaled score and success (no mastery score here).
    Score score;
    score.scaled = 0.5;
    score.max = 6;
    score.raw = 3;
    score.success = false;
    const auto judged = s.ForEvent("completed", KnowledgeCompletedStatement(c.quizzes.knowledge, score, 40, {}), ids(), 3, 100);
    REQUIRE(judged);
    CHECK((*judged)["verb"]["id"] == "http://adlnet.gov/expapi/verbs/failed");
    CHECK((*judged)["result"]["score"]["scaled"] == 0.5);
    CHECK((*judged)["result"]["duration"] == "PT1M40S"); // the session's time, not the attempt's
    // Anything else means nothing here.
    CHECK_FALSE(s.ForEvent("viewChanged", Json::object(), ids(), 4, 1));
    CHECK_FALSE(s.ForEvent("completed", Json{{"object", {{"id", "urn:other"}}}}, ids(), 4, 1));
    CHECK_FALSE(s.ForEvent("completed", Json{{"object", {{"id", ActivityId("knowledge")}}}, {"result", "x"}}, ids(), 4, 1));
    CHECK_FALSE(s.ForEvent("answered", Json("nonsense"), ids(), 4, 1));
}

TEST_CASE("cmi5: the LRS's addresses carry the launch's learner, activity and registration, encoded", "[cmi5]") {
    const Launch launch = TestLaunch();
    CHECK(StatementUrl(launch, "a b") == "http://lrs.example.com/xapi/statements?statementId=a%20b");
    CHECK(StatementsUrl(launch) == "http://lrs.example.com/xapi/statements");
    const std::string state = StateUrl(launch, kLaunchDataStateId);
    CHECK(state.rfind("http://lrs.example.com/xapi/activities/state?stateId=LMS.LaunchData&activityId=http%3A%2F%2Fwww.example.com%2FLA1%2F001&agent=", 0) == 0);
    CHECK(state.find("&registration=760e3480-ba55-4991-94b0-01820dbd23a2") != std::string::npos);
    // The agent decodes back to the launch's actor.
    for (const auto& [name, value] : QueryPairs(state.substr(state.find('?'))))
        if (name == "agent") CHECK(Json::parse(value) == launch.actor);
    CHECK(PreferencesUrl(launch).find("agents/profile?profileId=cmi5LearnerPreferences&agent=%7B") != std::string::npos);
    const Json headers = RequestHeaders("dG9rZW4=");
    CHECK(headers["Authorization"] == "Basic dG9rZW4=");
    CHECK(headers["X-Experience-API-Version"] == "1.0.3");
    CHECK(PercentEncode("a-Z_0.~!*'()") == "a-Z_0.~!*'()");
    CHECK(PercentEncode(std::string("\0/é", 4)) == "%00%2F%C3%A9");
    CHECK(PercentDecode(PercentEncode("{\"x\": [1, \"ü\"]}&=?#")) == "{\"x\": [1, \"ü\"]}&=?#");
}

TEST_CASE("cmi5: the progress document reads back, and anything else is refused", "[cmi5]") {
    const Progress p{"v1;something", {true, false}};
    const auto back = ParseProgress(ProgressDocument(p));
    REQUIRE(back);
    CHECK(back->session == p.session);
    CHECK(back->log.completed);
    CHECK_FALSE(back->log.passed);
    CHECK_FALSE(ParseProgress(""));
    CHECK_FALSE(ParseProgress("[]"));
    CHECK_FALSE(ParseProgress(R"({"session":3,"log":{}})"));
    CHECK_FALSE(ParseProgress(R"({"session":"x"})"));
}

TEST_CASE("cmi5: members of the wrong type from the LMS or storage are refused or ignored, never thrown on", "[cmi5]") {
    std::string error;
    CHECK_FALSE(ParseLaunchData(R"({"contextTemplate":{},"launchMode":3})", error));
    CHECK(error.find("launchMode") != std::string::npos);
    const RegistrationLog log = RegistrationLogFrom(Json{{"completed", "yes"}, {"passed", 1}});
    CHECK_FALSE(log.completed);
    CHECK_FALSE(log.passed);
    Outbox box;
    box.Restore(Json::array({Json{{"id", 7}}, Json{{"id", "ok"}}, Json("x")}));
    REQUIRE(box.Size() == 1);
    CHECK((*box.Next(0))["id"] == "ok");
    // A template whose category holds an activity with a numeric id: the cmi5 category still added.
    LaunchData d = Data(LaunchMode::Normal);
    d.context_template["contextActivities"]["category"] = Json::array({Json{{"id", 5}}});
    Ids ids;
    AuSession s(TestLaunch(), d, {});
    const auto init = s.Initialized(ids(), 0);
    REQUIRE(init);
    CHECK(HasCategory(*init, kCategoryCmi5));
}

TEST_CASE("cmi5: the verbs are displayed in English and the interface's language", "[cmi5][i18n]") {
    std::vector<Problem> problems;
    const i18n::Catalogue japanese = i18n::Catalogue::FromPo(i18n::ParsePo(test::ReadSourceFile("/assets/i18n/ja.po"), problems), problems);
    REQUIRE(problems.empty());
    Ids ids;
    AuSession s(TestLaunch(), Data(LaunchMode::Normal, 0.7), {});
    s.SetInterface(i18n::Tr(&japanese));
    const auto init = s.Initialized(ids(), 1000);
    REQUIRE(init);
    const Json& display = (*init)["verb"]["display"];
    CHECK(display["en-US"] == "initialized");
    REQUIRE(display.contains("ja"));
    CHECK(display["ja"] != "initialized");
    const auto ended = s.Terminated(ids(), 2000, 1);
    REQUIRE(ended);
    CHECK((*ended)["verb"]["display"].contains("ja"));
}
