#include "test_util.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/session.hpp"
#include "crossroads/url.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace crossroads;
using Status = SessionDecode::Status;

namespace {
Content Default() {
    LoadResult r = LoadContent(test::DefaultContent());
    REQUIRE(r.Ok());
    return r.content;
}

Session Busy(const Content& c) {
    Session s;
    s.view = View::Ladder;
    s.theme = Theme::Dark;
    s.compare = {true, "budget"};
    s.ladder.you = "tl";
    s.ladder.target = "vp";
    s.ladder.selected = "em";
    s.ladder.zoom = 1.25f;
    s.ladder.center_x = 120;
    s.ladder.center_y = -40;
    s.ladder.view_set = true;
    s.ladder.moved = {{"cto", 500, 60}};
    s.quiz.active = QuizKind::Knowledge;
    s.quiz.fit.answers = {{c.quizzes.fit.statements[0].id, 5}, {c.quizzes.fit.statements[3].id, 2}};
    s.quiz.fit.current = 4;
    StartAttempt(s.quiz.knowledge, c.quizzes.knowledge, 7, 0);
    const Question* q = CurrentQuestion(c.quizzes.knowledge, s.quiz.knowledge);
    if (q->type != QuestionType::Order) ChooseOption(s.quiz.knowledge, *q, q->options[0].id);
    s.quiz.knowledge.checked.push_back(q->id);
    s.quiz.knowledge.current = 1;
    return s;
}
} // namespace

TEST_CASE("a session survives encoding and decoding", "[session]") {
    const Content c = Default();
    const Session s = Busy(c);
    const std::string text = EncodeSession(s);
    const SessionDecode d = DecodeSession(text);
    REQUIRE(d.status == Status::Ok);
    CHECK(EncodeSession(d.session) == text); // every field came back
    CHECK(d.session.view == View::Ladder);
    CHECK(d.session.ladder.moved.size() == 1);
    CHECK(d.session.ladder.moved[0].x == 500);
    CHECK(d.session.quiz.knowledge.order == s.quiz.knowledge.order);
    CHECK(d.session.quiz.fit.answers == s.quiz.fit.answers);
}

TEST_CASE("broken stored sessions are refused whole, with a reason", "[session]") {
    SECTION("nothing stored") { CHECK(DecodeSession("").status == Status::Empty); }
    SECTION("not JSON") {
        const SessionDecode d = DecodeSession("{\"version\": 1, \"view\": ");
        CHECK(d.status == Status::Corrupt);
        CHECK_FALSE(d.problem.empty());
    }
    SECTION("not an object, no version") {
        CHECK(DecodeSession("[1,2]").status == Status::Corrupt);
        CHECK(DecodeSession("{\"view\": \"quiz\"}").status == Status::Corrupt);
    }
    SECTION("another version") {
        const SessionDecode d = DecodeSession("{\"version\": 99}");
        CHECK(d.status == Status::UnknownVersion);
        CHECK(d.problem.find("99") != std::string::npos);
    }
    SECTION("too large") {
        CHECK(DecodeSession(std::string(kMaxSessionBytes + 1, ' ')).status == Status::TooLarge);
    }
    SECTION("a field of the wrong type names its path, and nothing half-read is kept") {
        nlohmann::ordered_json j = nlohmann::ordered_json::parse(EncodeSession(Busy(Default())));
        j["ladder"]["zoom"] = "big";
        const SessionDecode d = DecodeSession(j.dump());
        CHECK(d.status == Status::Corrupt);
        CHECK(d.problem.find("ladder.zoom") != std::string::npos);
        CHECK(d.session.view == View::Compare); // a fresh session, not a mix
    }
    SECTION("values out of range") {
        CHECK(DecodeSession(R"({"version":1,"quiz":{"fit":{"answers":{"x":9}}}})").status == Status::Corrupt);
        CHECK(DecodeSession(R"({"version":1,"ladder":{"zoom":50}})").status == Status::Corrupt);
        CHECK(DecodeSession(R"({"version":1,"view":"garden"})").status == Status::Corrupt);
        CHECK(DecodeSession(R"({"version":1,"ladder":{"moved":[{"id":"a","x":"1"}]}})").status == Status::Corrupt);
    }
    SECTION("hostile bytes never throw") {
        for (const char* doc : {"\xff\xfe", "{\"version\":1,\"quiz\":{\"knowledge\":{\"answers\":{\"q\":[1]}}}}", "{\"version\":1.5}",
                                "{\"version\":1,\"compare\":[]}", "null", "{\"version\":1,\"quiz\":{\"knowledge\":{\"seed\":-1}}}"})
            CHECK(DecodeSession(doc).status != Status::Ok);
    }
}

TEST_CASE("a restored session is fitted to the content", "[session]") {
    const Content c = Default();
    Session s = Busy(c);
    SECTION("ids the content lacks are dropped") {
        s.ladder.you = "wizard";
        s.ladder.moved.push_back({"ghost", 1, 2});
        s.quiz.fit.answers["not-a-statement"] = 3;
        s.quiz.fit.current = 999;
        SanitizeSession(s, c);
        CHECK(s.ladder.you.empty());
        CHECK(s.ladder.target == "vp");
        CHECK(s.ladder.moved.size() == 1);
        CHECK(s.quiz.fit.answers.size() == 2);
        CHECK(s.quiz.fit.current == static_cast<int>(c.quizzes.fit.statements.size()) - 1);
    }
    SECTION("an attempt that matches the questions is kept") {
        const auto order = s.quiz.knowledge.order;
        SanitizeSession(s, c);
        CHECK(s.quiz.knowledge.order == order);
        CHECK(s.quiz.knowledge.attempt == 1);
    }
    SECTION("an attempt from other questions starts over") {
        s.quiz.knowledge.order.pop_back();
        s.quiz.knowledge.best_percent = 80;
        SanitizeSession(s, c);
        CHECK(s.quiz.knowledge.attempt == 0);
        CHECK(s.quiz.knowledge.best_percent == 80);
    }
    SECTION("an answer naming an unknown option starts over") {
        for (const Question& q : c.quizzes.knowledge.questions)
            if (q.type == QuestionType::Single) s.quiz.knowledge.answers[q.id] = {"zz"};
        SanitizeSession(s, c);
        CHECK(s.quiz.knowledge.attempt == 0);
    }
}

TEST_CASE("URL parameters and the fragment", "[url]") {
    const std::string origin = "https://courses.example.org";
    SECTION("every parameter") {
        const UrlParams p = ParseUrlParams("?view=quiz&quiz=knowledge&theme=auto&content=my%20content.json", "", origin);
        CHECK(p.view == View::Quiz);
        CHECK(p.quiz == QuizKind::Knowledge);
        CHECK(p.theme == ThemeSetting::Auto);
        CHECK(p.content == "my content.json");
        CHECK(p.warnings.empty());
    }
    SECTION("the fragment wins over the query") {
        const UrlParams p = ParseUrlParams("?view=quiz", "#view=ladder", origin);
        CHECK(p.view == View::Ladder);
    }
    SECTION("unknown and malformed values are warnings, never errors") {
        const UrlParams p = ParseUrlParams("?view=garden&theme=&colour=red&&=x&quiz", "#%zz", origin);
        CHECK_FALSE(p.view);
        CHECK_FALSE(p.theme);
        CHECK_FALSE(p.quiz);
        CHECK(p.warnings.size() == 6);
    }
    SECTION("content only from this site") {
        CHECK(ParseUrlParams("?content=https://evil.example/x.json", "", origin).content.empty());
        CHECK(ParseUrlParams("?content=//evil.example/x.json", "", origin).content.empty());
        CHECK(ParseUrlParams("?content=javascript:alert(1)", "", origin).content.empty());
        CHECK(ParseUrlParams("?content=https://courses.example.org/c.json", "", origin).content == "https://courses.example.org/c.json");
        CHECK(ParseUrlParams("?content=https://courses.example.org.evil.example/c.json", "", origin).content.empty());
        CHECK(ParseUrlParams("?content=sub/c.json", "", origin).content == "sub/c.json");
        // The refused one is kept, for the page to say which file it refused.
        CHECK(ParseUrlParams("?content=https://evil.example/x.json", "", origin).content_refused == "https://evil.example/x.json");
        CHECK(ParseUrlParams("?content=sub/c.json", "", origin).content_refused.empty());
    }
    SECTION("the fragment mirrors the view") {
        Session s;
        CHECK(FragmentFor(s) == "view=compare");
        s.view = View::Quiz;
        s.quiz.active = QuizKind::Knowledge;
        CHECK(FragmentFor(s) == "view=quiz&quiz=knowledge");
        const UrlParams back = ParseUrlParams("", "#" + FragmentFor(s), origin);
        CHECK(back.view == View::Quiz);
        CHECK(back.quiz == QuizKind::Knowledge);
    }
    SECTION("embedding: embed and parentOrigin") {
        const UrlParams p = ParseUrlParams("?embed=1&parentOrigin=https%3A%2F%2Flms.example.edu", "", origin);
        CHECK(p.embed);
        CHECK(p.parent_origin == "https://lms.example.edu");
        CHECK(ParseUrlParams("?parentOrigin=https://lms.example.edu/course", "", origin).parent_origin.empty());
        CHECK(ParseUrlParams("?parentOrigin=*", "", origin).parent_origin.empty());
        CHECK(ParseUrlParams("?parentOrigin=http://127.0.0.1:8080", "", origin).parent_origin == "http://127.0.0.1:8080");
    }
    SECTION("a seed for the first shuffle") {
        CHECK(ParseUrlParams("?seed=42", "", origin).seed == 42u);
        CHECK_FALSE(ParseUrlParams("?seed=-1", "", origin).seed);
        CHECK_FALSE(ParseUrlParams("?seed=4294967296", "", origin).seed);
        CHECK(ParseUrlParams("?seed=x", "", origin).warnings.size() == 1);
    }
    SECTION("percent decoding") {
        CHECK(PercentDecode("a%20b+c%2") == "a b c%2");
        CHECK(PercentDecode("%E2%80%94") == "\xE2\x80\x94");
    }
}

#include "crossroads/host.hpp"

TEST_CASE("commands from the host page", "[host]") {
    using Kind = HostCommand::Kind;
    const HostCommand v = ParseHostCommand(R"({"type":"setView","view":"quiz","quiz":"knowledge"})");
    CHECK(v.kind == Kind::SetView);
    CHECK(v.view == View::Quiz);
    CHECK(v.has_quiz);
    CHECK(v.quiz == QuizKind::Knowledge);
    CHECK(ParseHostCommand(R"({"type":"reset"})").kind == Kind::Reset);
    CHECK(ParseHostCommand(R"({"type":"getState"})").kind == Kind::GetState);
    for (const char* bad : {"", "[]", "{\"type\":5}", "{\"type\":\"launch\"}", "{\"type\":\"setView\"}",
                            "{\"type\":\"setView\",\"view\":\"garden\"}", "{\"type\":\"setView\",\"view\":\"quiz\",\"quiz\":1}", "\xff"}) {
        const HostCommand c = ParseHostCommand(bad);
        CHECK(c.kind == Kind::Invalid);
        CHECK_FALSE(c.error.empty());
    }
    const auto event = nlohmann::ordered_json::parse(HostEvent("viewChanged", {{"view", "ladder"}}));
    CHECK(event["source"] == "crossroads");
    CHECK(event["type"] == "viewChanged");
    CHECK(event["view"] == "ladder");
    Session s;
    s.view = View::Quiz;
    s.quiz.fit.answers["x"] = 3;
    s.ladder.you = "em";
    ResetProgress(s);
    CHECK(s.view == View::Quiz);
    CHECK(s.quiz.fit.answers.empty());
    CHECK(s.ladder.you.empty());
}

TEST_CASE("two tabs: each keeps the other's changes and its own view", "[session][tabs]") {
    // Both tabs start from what was stored.
    Session start;
    start.view = View::Compare;
    const std::string stored0 = EncodeSession(start);
    Session a = start, b = start;
    std::string base_a = SessionSeenFrom(stored0, a), base_b = SessionSeenFrom(stored0, b);
    // Tab A turns on "differences only" and saves.
    a.compare.differences_only = true;
    const Session a_saved = MergeSessions(base_a, a, stored0);
    CHECK(a_saved.compare.differences_only);
    const std::string stored1 = EncodeSession(a_saved);
    base_a = SessionSeenFrom(stored1, a_saved);
    // Tab B, which knew nothing of it, changes view and filters, then saves: A's change stays.
    b.view = View::Ladder;
    b.compare.filter = "budget";
    const Session b_saved = MergeSessions(base_b, b, stored1);
    CHECK(b_saved.compare.differences_only);  // A's change, kept
    CHECK(b_saved.compare.filter == "budget"); // B's own
    CHECK(b_saved.view == View::Ladder);       // B shows its own view
    const std::string stored2 = EncodeSession(b_saved);
    base_b = SessionSeenFrom(stored2, b_saved);
    // Tab A hears of it (the storage event): it takes B's filter, keeps its own view.
    const Session a_now = MergeSessions(base_a, a_saved, stored2);
    CHECK(a_now.compare.filter == "budget");
    CHECK(a_now.compare.differences_only);
    CHECK(a_now.view == View::Compare);
    // Seen from A, the stored session is what A now has: nothing of its own left to write,
    // so the tabs do not write back and forth.
    CHECK(SessionSeenFrom(stored2, a_now) == EncodeSession(a_now));
}

TEST_CASE("two tabs: a change of one's own wins over the other's of the same field", "[session][tabs]") {
    Session a;
    const std::string stored0 = EncodeSession(a);
    Session theirs = a;
    theirs.theme = Theme::Dark;
    theirs.ladder.you = "tl";
    a.ladder.you = "em"; // changed here too, not yet saved
    const Session merged = MergeSessions(stored0, a, EncodeSession(theirs));
    CHECK(merged.ladder.you == "em");     // mine
    CHECK(merged.theme == Theme::Dark);   // theirs, untouched here
}

TEST_CASE("two tabs: a quiz is taken whole, and an unreadable store never costs mine", "[session][tabs]") {
    Session a;
    a.quiz.fit.answers = {{"s1", 3}};
    const std::string stored0 = EncodeSession(a);
    Session theirs = a;
    theirs.quiz.fit.answers = {{"s1", 3}, {"s2", 5}}; // the other tab rated the second statement
    a.quiz.knowledge.attempt = 2;         // this one started a knowledge-check attempt
    const Session merged = MergeSessions(stored0, a, EncodeSession(theirs));
    CHECK(merged.quiz.fit.answers.size() == 2);
    CHECK(merged.quiz.knowledge.attempt == 2);
    const Session kept = MergeSessions(stored0, a, "{not json");
    CHECK(EncodeSession(kept) == EncodeSession(a));
    CHECK(SessionSeenFrom("{not json", a) == EncodeSession(a));
}

TEST_CASE("the storage key carries the session's version", "[session]") {
    const std::string key = kSessionStorageKey;
    CHECK(key == "crossroads:session:v" + std::to_string(kSessionVersion));
}
