#include "test_util.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/text_version.hpp"
#include "crossroads/words.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace crossroads;

namespace {

std::size_t Count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("HtmlEscape makes text safe for content and attributes", "[text-version]") {
    CHECK(HtmlEscape("a < b & c > \"d\" 'e'") == "a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39;");
    CHECK(HtmlEscape("") == "");
    CHECK(HtmlEscape("plain") == "plain");
}

TEST_CASE("the comparison is a table with row and column headers, filtered like the canvas", "[text-version]") {
    const Content c = test::DefaultModel();
    Session s;
    const std::string html = TextVersionHtml(i18n::Tr(), c, s);
    CHECK(html.find("<table>") != std::string::npos);
    CHECK(html.find("<caption>") != std::string::npos);
    CHECK(Count(html, "<th scope=\"col\"") == c.roles.size() + 1);
    CHECK(Count(html, "class=\"role-1\"") == 2); // the second role: its name and its column
    CHECK(Count(html, "<th scope=\"row\">") == c.rows.size());
    CHECK(html.find("Showing 71 of 71 entries.") != std::string::npos); // the canvas's own count (tests/web)
    CHECK(html.find("aria-current=\"page\"") != std::string::npos);
    CHECK(html.find("(source: ") != std::string::npos);
    s.compare.differences_only = true;
    const std::string diff = TextVersionHtml(i18n::Tr(), c, s);
    CHECK(Count(diff, "(both roles)") == 0);
    CHECK(diff.find("Showing 65 of 71 entries.") != std::string::npos); // the six shared soft skills hidden
    CHECK(diff.find("id=\"tv-diff\" data-act=\"diff\" checked") != std::string::npos);
    s.compare.filter = "no such text <script>";
    const std::string none = TextVersionHtml(i18n::Tr(), c, s);
    CHECK(none.find("No row matches the filter.") != std::string::npos);
    CHECK(none.find("<script>") == std::string::npos); // the filter text is escaped in the field
}

TEST_CASE("the ladder is nested lists by track, with the route as steps", "[text-version]") {
    const Content c = test::DefaultModel();
    Session s;
    s.view = View::Ladder;
    std::string html = TextVersionHtml(i18n::Tr(), c, s);
    CHECK(html.find("Choose where you are and your target") != std::string::npos);
    for (const LadderNode& n : c.ladder.nodes) CHECK(html.find("<strong>" + HtmlEscape(n.title) + "</strong>") != std::string::npos);
    CHECK(html.find("Management track<ul>") != std::string::npos);
    s.ladder.you = "tl";
    s.ladder.target = "vp";
    html = TextVersionHtml(i18n::Tr(), c, s);
    CHECK(html.find("3 steps from Tech Lead to Vice President of Engineering") != std::string::npos);
    CHECK(html.find("a switch of track from Tech Lead") != std::string::npos);
    CHECK(html.find("<option value=\"tl\" selected>") != std::string::npos);
    CHECK(html.find("(you are here)") != std::string::npos);
    CHECK(html.find("(your target)") != std::string::npos);
}

TEST_CASE("the quizzes are forms: fieldset and legend, radios, checkboxes, move buttons", "[text-version]") {
    const Content c = test::DefaultModel();
    Session s;
    s.view = View::Quiz;
    s.quiz.active = QuizKind::Fit;
    std::string html = TextVersionHtml(i18n::Tr(), c, s);
    CHECK(html.find("<fieldset><legend>" + HtmlEscape(c.quizzes.fit.statements[0].text) + "</legend>") != std::string::npos);
    CHECK(Count(html, "type=\"radio\" name=\"rating\"") == 5);
    CHECK(html.find("id=\"tv-fit-back\" data-act=\"fitBack\" disabled") != std::string::npos);
    CHECK(html.find(">Skip</button>") != std::string::npos);
    SetRating(s.quiz.fit, c.quizzes.fit, c.quizzes.fit.statements[0].id, 4);
    html = TextVersionHtml(i18n::Tr(), c, s);
    CHECK(html.find("value=\"4\" data-act=\"rate\" checked") != std::string::npos);
    CHECK(html.find(">Next</button>") != std::string::npos);

    s.quiz.active = QuizKind::Knowledge;
    StartAttempt(s.quiz.knowledge, c.quizzes.knowledge, 1, 0);
    KnowledgeSession& k = s.quiz.knowledge;
    bool saw_order = false, saw_multiple = false;
    for (std::size_t i = 0; i < k.order.size(); ++i) {
        k.current = static_cast<int>(i);
        const Question& q = *CurrentQuestion(c.quizzes.knowledge, k);
        html = TextVersionHtml(i18n::Tr(), c, s);
        INFO(q.id);
        CHECK(html.find("<legend>" + HtmlEscape(q.prompt) + "</legend>") != std::string::npos);
        if (q.type == QuestionType::Order) {
            saw_order = true;
            CHECK(Count(html, "data-act=\"move\"") == 2 * q.options.size());
            CHECK(html.find("id=\"tv-up-1\" data-act=\"move\" data-from=\"0\" data-to=\"0\"") != std::string::npos);
        } else {
            saw_multiple = saw_multiple || q.type == QuestionType::Multiple;
            CHECK(Count(html, "data-act=\"choose\"") == k.option_order[q.id].size());
            CHECK(Count(html, q.type == QuestionType::Multiple ? "type=\"checkbox\"" : "type=\"radio\"") == k.option_order[q.id].size());
        }
        // Nothing chosen yet: "Check" waits, except for an ordering, which always has an arrangement.
        CHECK((html.find("id=\"tv-check\" data-act=\"check\" disabled") != std::string::npos) == (q.type != QuestionType::Order));
    }
    CHECK(saw_order);
    CHECK(saw_multiple);
    k.current = 0;
    const Question& q0 = *CurrentQuestion(c.quizzes.knowledge, k);
    k.answers[q0.id] = q0.answer;
    k.checked.push_back(q0.id);
    html = TextVersionHtml(i18n::Tr(), c, s);
    CHECK(html.find("<strong>Correct.</strong>") != std::string::npos);
    CHECK(html.find("data-act=\"next\"") != std::string::npos);
    k.finished = true;
    html = TextVersionHtml(i18n::Tr(), c, s);
    CHECK(html.find("<h3 id=\"tv-result\">Not passed yet: ") != std::string::npos);
    CHECK(Count(html, "<li><strong>") == k.order.size()); // one review entry per question
}

TEST_CASE("the text version names the views and tracks with the canvas's words", "[text-version][words]") {
    const Content c = test::DefaultModel();
    Session s;
    const std::string html = TextVersionHtml(i18n::Tr(), c, s);
    for (const View v : {View::Compare, View::Ladder, View::Quiz}) {
        const std::string id = std::string("id=\"tv-view-") + ToString(v) + "\"";
        const std::size_t at = html.find(id);
        REQUIRE(at != std::string::npos);
        // The button's label, as the canvas's tab says it.
        CHECK(html.compare(html.find('>', at) + 1, std::string(ViewName(i18n::Tr(), v)).size(), ViewName(i18n::Tr(), v)) == 0);
    }
    s.view = View::Ladder;
    const std::string ladder = TextVersionHtml(i18n::Tr(), c, s);
    for (const Track t : {Track::Management, Track::Technical}) CHECK(ladder.find(TrackName(i18n::Tr(), t)) != std::string::npos);
}

TEST_CASE("each view and track has its own word", "[words]") {
    CHECK(std::string(ViewName(i18n::Tr(), View::Compare)) == "Compare");
    CHECK(std::string(ViewName(i18n::Tr(), View::Ladder)) == "Ladder");
    CHECK(std::string(ViewName(i18n::Tr(), View::Quiz)) == "Quiz");
    CHECK(std::string(TrackName(i18n::Tr(), Track::Shared)) == "Starting point");
    CHECK(std::string(TrackName(i18n::Tr(), Track::Management)) == "Management track");
    CHECK(std::string(TrackName(i18n::Tr(), Track::Technical)) == "Technical track");
    CHECK(std::string(TrackShortName(i18n::Tr(), Track::Shared)) == "Start");
    CHECK(std::string(TrackShortName(i18n::Tr(), Track::Management)) == "Management");
    CHECK(std::string(TrackShortName(i18n::Tr(), Track::Technical)) == "Technical");
}

TEST_CASE("the verdict words follow the score", "[words]") {
    CHECK(std::string(AnswerVerdict(i18n::Tr(), {1.0, true})) == "Correct");
    CHECK(std::string(AnswerVerdict(i18n::Tr(), {0.5, false})) == "Partly right");
    CHECK(std::string(AnswerVerdict(i18n::Tr(), {0.0, false})) == "Not quite");
    CHECK(std::string(ReviewMark(i18n::Tr(), {1.0, true})) == "Right");
    CHECK(std::string(ReviewMark(i18n::Tr(), {0.5, false})) == "Partly right");
    CHECK(std::string(ReviewMark(i18n::Tr(), {0.0, false})) == "Wrong");
}
