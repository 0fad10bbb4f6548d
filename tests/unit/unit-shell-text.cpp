// The shell's text version and live reload (--watch), headless.
#include "shell_test.hpp"

#include "crossroads/watch.hpp"

#include <filesystem>
#include <fstream>

using namespace crossroads;
using namespace crossroads::shell;
using namespace shell_test;

// [SECTION] Text version

TEST_CASE("the text version's actions drive the same session and events as the canvas", "[shell][text-version]") {
    Headless h;
    h.app.session.view = View::Quiz;
    h.app.session.quiz.active = QuizKind::Knowledge;
    std::string error;
    const auto act = [&](nlohmann::ordered_json a) {
        INFO(a.dump());
        REQUIRE(TextVersionAction(h.app, a, error));
    };
    CHECK(TextVersionFor(h.app).find("<legend>") != std::string::npos); // starts the attempt
    const KnowledgeQuiz& quiz = h.app.content.quizzes.knowledge;
    const std::size_t n = quiz.questions.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Question& q = *CurrentQuestion(quiz, h.app.session.quiz.knowledge);
        if (q.type == QuestionType::Order) {
            for (std::size_t t = 0; t < q.answer.size(); ++t) {
                const auto& now = h.app.session.quiz.knowledge.answers[q.id];
                const auto p = static_cast<long>(std::find(now.begin(), now.end(), q.answer[t]) - now.begin());
                act({{"act", "move"}, {"from", p}, {"to", static_cast<long>(t)}});
            }
        } else {
            for (const std::string& id : q.answer) act({{"act", "choose"}, {"value", id}});
        }
        act({{"act", "check"}});
        CHECK(h.app.announcement.rfind("Correct. ", 0) == 0);
        act({{"act", "next"}});
    }
    const std::string html = TextVersionFor(h.app); // the result on screen: "completed"
    CHECK(html.find("Passed: ") != std::string::npos);
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    CHECK(state["quiz"]["knowledge"]["score"]["percent"] == 100);
    CHECK(state["quiz"]["knowledge"]["success"] == true);
    CHECK(state["quiz"]["knowledge"]["bestPercent"] == 100); // at once, not only after a retry
    CHECK(h.app.events_total == static_cast<int>(n) + 1); // as many as by clicks (see above)
    CHECK(h.app.events.back()["type"] == "completed");
    h.Frame(); // the canvas drawing the same result sends nothing more
    h.Frame();
    CHECK(h.app.events_total == static_cast<int>(n) + 1);

    SECTION("bad actions are refused with a reason, and change nothing") {
        const std::string before = EncodeSession(h.app.session);
        for (const char* bad : {R"({"act": "view", "value": "nope"})", R"({"act": 3})", R"([])", R"({"act": "rate", "value": "9"})",
                                R"({"act": "move", "from": "x"})", R"({"act": "you", "value": "ceo"})", R"({"act": "launch"})"}) {
            INFO(bad);
            CHECK_FALSE(TextVersionAction(h.app, nlohmann::ordered_json::parse(bad), error));
            CHECK_FALSE(error.empty());
        }
        CHECK(EncodeSession(h.app.session) == before);
    }
    SECTION("view, filter, toggle and the ladder's choices") {
        act({{"act", "view"}, {"value", "ladder"}});
        act({{"act", "you"}, {"value", "tl"}});
        act({{"act", "target"}, {"value", "vp"}});
        CHECK(TextVersionFor(h.app).find("3 steps from Tech Lead") != std::string::npos);
        act({{"act", "view"}, {"value", "compare"}});
        act({{"act", "diff"}, {"value", "true"}});
        act({{"act", "filter"}, {"value", "budget"}});
        CHECK(h.app.session.compare.differences_only);
        CHECK(h.app.session.compare.filter == "budget");
    }
}

// [SECTION] Live reload (--watch)

TEST_CASE("live reload: a rewritten file replaces the content and keeps the session, a broken one is listed over the last good one", "[shell][watch]") {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "crossroads-live-reload.json";
    const auto write = [&](const std::string& text) { std::ofstream(file, std::ios::binary | std::ios::trunc) << text; };
    const std::string original = test::DefaultContent();
    write(original);
    FileWatch watch(file.string());
    Headless h;
    h.app.session.view = View::Ladder;
    h.app.session.ladder.you = "tl";
    h.app.session.ladder.target = "vp";
    h.app.session.compare.differences_only = true;
    h.Frame();
    h.Frame();
    const auto reload_if_changed = [&] {
        if (!watch.Poll()) return false;
        std::ifstream in(file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        AppReloadContent(h.app, bytes, file.string());
        return true;
    };
    CHECK_FALSE(reload_if_changed());

    // The author renames a role: the new name shows, the session stays.
    std::string renamed = original;
    const std::string from = "\"title\": \"Tech Lead\"", to = "\"title\": \"Technical Lead (renamed)\"";
    REQUIRE(renamed.find(from) != std::string::npos);
    renamed.replace(renamed.find(from), from.size(), to);
    write(renamed);
    REQUIRE(reload_if_changed());
    h.Frame();
    h.Frame();
    CHECK(h.app.content.ladder.nodes[h.app.content.NodeIndex("tl")].title == "Technical Lead (renamed)");
    CHECK(h.app.session.ladder.you == "tl");
    CHECK(h.app.session.ladder.target == "vp");
    CHECK(h.app.session.compare.differences_only);
    CHECK(h.app.reload_problems.empty());
    CHECK(nlohmann::ordered_json::parse(AppStateJson(h.app))["ladder"]["route"].size() == 4);

    // A half-typed edit: the last good version stays on screen, the problems above it.
    write(renamed.substr(0, renamed.size() / 2));
    REQUIRE(reload_if_changed());
    h.Frame();
    h.Frame();
    CHECK(h.app.content.ladder.nodes[h.app.content.NodeIndex("tl")].title == "Technical Lead (renamed)");
    REQUIRE_FALSE(h.app.reload_problems.empty());
    CHECK_FALSE(h.app.reload_problems[0].message.empty());
    CHECK(h.app.reload_name == file.string());
    CHECK(h.Rect("reload.problems"));
    CHECK(h.Rect("ladder.canvas")); // the views are still there

    // A valid file again (the original): the problems go and its version shows.
    write(original);
    REQUIRE(reload_if_changed());
    h.Frame();
    CHECK(h.app.reload_problems.empty());
    CHECK_FALSE(h.Rect("reload.problems"));
    CHECK(h.app.content.ladder.nodes[h.app.content.NodeIndex("tl")].title == "Tech Lead");
    std::filesystem::remove(file);
}

TEST_CASE("author mode headless: an id typed is renamed with its references when its field is left, and closing unsaved asks first", "[shell][author]") {
    Headless h;
    h.app.author.enabled = true;
    h.Open(View::Author);
    REQUIRE(h.app.author.started);
    CHECK(h.app.author.name == "the default content");
    CHECK_FALSE(h.app.author.doc.Dirty());
    h.Click("author.node.roles");
    h.Click("author.node.roles.0");
    h.Click("author.field.roles.0.id");
    h.Type('x');
    h.Frames(2);
    // Not renamed while typed: a half-typed id would collide or dangle.
    CHECK(*author::Find(h.app.author.doc.Doc(), "roles.0.id") == "em");
    CHECK(h.app.author.typed_field == "roles.0.id");
    h.Press(ImGuiKey_Enter);
    h.Frames(3);
    CHECK(*author::Find(h.app.author.doc.Doc(), "roles.0.id") == "emx");
    CHECK(author::Find(h.app.author.doc.Doc(), "comparison.0.cells.emx"));
    CHECK(h.app.content.roles[0].id == "emx"); // the preview follows
    CHECK(h.app.author.problems.empty());
    REQUIRE(h.app.author.doc.Dirty());

    // The desktop's window closed with unsaved changes: the question, and each answer.
    h.app.author.quit_asked = true;
    h.Frames(2);
    h.Click("author.quit.cancel");
    CHECK_FALSE(h.app.author.quit_asked);
    CHECK_FALSE(h.app.author.quit_ok);
    h.app.author.quit_asked = true;
    h.Frames(2);
    h.Click("author.quit.save");
    CHECK(h.app.author.save_requested);
    CHECK(h.app.author.quit_after_save);
    CHECK_FALSE(h.app.author.quit_ok);
    h.app.author.quit_asked = true;
    h.Frames(2);
    h.Click("author.quit.discard");
    CHECK(h.app.author.quit_ok);

    // Undo takes the rename back whole.
    h.Open(View::Author);
    AuthorUndo(h.app);
    h.Frames(2);
    CHECK(*author::Find(h.app.author.doc.Doc(), "roles.0.id") == "em");
    CHECK(author::Find(h.app.author.doc.Doc(), "comparison.0.cells.em"));
    CHECK_FALSE(h.app.author.doc.Dirty());
}
