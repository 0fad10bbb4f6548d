// The shell by keyboard alone: Tab order, Escape, the ladder and the quizzes by keys.
#include "shell_test.hpp"

using namespace crossroads;
using namespace crossroads::shell;
using namespace shell_test;

// [SECTION] Keyboard

TEST_CASE("Tab and Shift+Tab walk every control, Space and Enter act, a click hides the ring", "[shell][keyboard]") {
    Headless h;
    h.Frame();
    h.Frame();
    CHECK(h.app.keyboard.focused.empty());
    h.Press(ImGuiKey_Tab);
    CHECK(h.app.keyboard.focused == "tab.compare"); // the first control of the top bar
    std::vector<std::string> order = {h.app.keyboard.focused};
    for (int k = 0; k < 60; ++k) {
        h.Press(ImGuiKey_Tab);
        if (h.app.keyboard.focused == order.front()) break; // wrapped round
        order.push_back(h.app.keyboard.focused);
    }
    REQUIRE(h.app.keyboard.focused == order.front());
    for (const char* id : {"tab.ladder", "tab.quiz", "theme.toggle", "about.open", "compare.filter", "compare.differencesOnly",
                           "compare.copyMarkdown", "compare.showOnLadder.em"}) {
        INFO(id);
        CHECK(std::count(order.begin(), order.end(), id) == 1);
    }
    h.Press(ImGuiKey_Tab, true);
    CHECK(h.app.keyboard.focused == order.back()); // Shift+Tab from the first wraps to the last

    h.TabTo("compare.differencesOnly");
    h.Press(ImGuiKey_Space);
    CHECK(h.app.session.compare.differences_only);
    h.Press(ImGuiKey_Enter);
    CHECK_FALSE(h.app.session.compare.differences_only);
    CHECK(nlohmann::ordered_json::parse(AppStateJson(h.app))["focus"] == "compare.differencesOnly");

    SECTION("a text field reached by Tab takes typing at once") {
        h.TabTo("compare.filter");
        h.Frame();
        CHECK(ImGui::GetIO().WantTextInput);
        for (char c : std::string("budget")) h.Type(c);
        CHECK(h.app.session.compare.filter == "budget");
        h.Press(ImGuiKey_Tab); // and Tab leaves it for the next control
        CHECK(h.app.keyboard.focused != "compare.filter");
    }
    SECTION("Enter on a tab switches the view") {
        h.TabTo("tab.quiz");
        h.Press(ImGuiKey_Enter);
        CHECK(h.app.session.view == View::Quiz);
    }
    SECTION("a click hides the ring") {
        h.Click("theme.toggle");
        CHECK(h.app.keyboard.focused.empty());
    }
    SECTION("on the web, Tab at either end leaves the canvas instead of wrapping") {
        h.app.keyboard.wrap = false;
        h.TabTo(order.back());
        CHECK(h.app.keyboard.at_last);
        h.Press(ImGuiKey_Tab);
        CHECK(h.app.keyboard.focused == order.back());
        KeyboardCanvasFocus(h.app, CanvasFocus::ByShiftTab); // came back by Shift+Tab: the last control
        h.Frame();
        h.Frame();
        CHECK(h.app.keyboard.focused == order.back());
        KeyboardCanvasFocus(h.app, CanvasFocus::ByTab); // by Tab: the first
        h.Frame();
        h.Frame();
        CHECK(h.app.keyboard.focused == order.front());
        CHECK(h.app.keyboard.at_first);
    }
}

TEST_CASE("Escape closes About, and Tab stays inside it while it is open", "[shell][keyboard]") {
    Headless h;
    h.Frame();
    h.TabTo("about.open");
    h.Press(ImGuiKey_Space);
    h.Frame();
    REQUIRE(h.app.about_open);
    for (int k = 0; k < 3; ++k) {
        h.Press(ImGuiKey_Tab);
        CHECK(h.app.keyboard.focused == "about.close");
    }
    h.Press(ImGuiKey_Escape);
    h.Frame();
    CHECK_FALSE(h.app.about_open);
}

TEST_CASE("the ladder by keys: select along steps, move, zoom, set you and target", "[shell][keyboard][ladder]") {
    Headless h;
    h.Open(View::Ladder);
    h.TabTo("ladder.canvas");
    LadderSession& s = h.app.session.ladder;
    h.Press(ImGuiKey_UpArrow); // nothing selected yet: the first role
    REQUIRE_FALSE(s.selected.empty());
    const std::string first = s.selected;
    h.Press(ImGuiKey_UpArrow);
    CHECK(s.selected != first); // one step up the ladder
    CHECK(h.app.keyboard.focused == "ladder.canvas"); // the arrows are the ladder's, not focus moves
    h.Type('h');
    CHECK(s.you == s.selected);
    const std::string you = s.you;
    for (int k = 0; k < 3; ++k) h.Press(ImGuiKey_UpArrow);
    h.Type('t');
    CHECK(s.target == s.selected);
    CHECK(s.target != you);
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    CHECK(state["ladder"]["route"].size() >= 2);
    CHECK(state["ladder"]["route"].front() == you);

    const auto x_of = [&](const std::string& id) {
        const auto now = nlohmann::ordered_json::parse(AppStateJson(h.app)); // kept alive through the loop
        for (const auto& n : now["ladder"]["nodes"])
            if (n["id"] == id) return n["x"].get<float>();
        return -1.0f;
    };
    const float x = x_of(s.selected);
    h.Press(ImGuiKey_RightArrow, true); // Shift+Right: one grid step
    CHECK(x_of(s.selected) == Approx(x + 20).margin(20.01)); // snapped to the grid
    CHECK(IsMoved(s, s.selected));
    const float zoom = s.zoom;
    h.Type('+');
    CHECK(s.zoom > zoom);
    const float cx = s.center_x;
    h.Press(ImGuiKey_RightArrow, false, true); // Ctrl+Right pans
    CHECK(s.center_x > cx);
    h.Press(ImGuiKey_Escape);
    CHECK(s.selected.empty());
}

TEST_CASE("the knowledge check by keyboard alone: ordering with the move buttons, a pass", "[shell][keyboard][quiz]") {
    Headless h;
    h.app.session.view = View::Quiz;
    h.Frame();
    h.TabTo("quiz.knowledge");
    h.Press(ImGuiKey_Enter);
    h.Frame();
    const std::size_t n = h.app.content.quizzes.knowledge.questions.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto k = nlohmann::ordered_json::parse(AppStateJson(h.app))["quiz"]["knowledge"];
        const Question* q = FindQuestion(h.app.content.quizzes.knowledge, k["questionId"].get<std::string>());
        REQUIRE(q);
        if (q->type == QuestionType::Order) {
            for (std::size_t target = 0; target < q->answer.size(); ++target) {
                for (int guard = 0; guard < 10; ++guard) {
                    const auto& now = h.app.session.quiz.knowledge.answers[q->id];
                    const auto pos = static_cast<std::size_t>(std::find(now.begin(), now.end(), q->answer[target]) - now.begin());
                    if (pos == target) break;
                    const std::string up = "quiz.orderUp." + std::to_string(pos + 1);
                    if (h.app.keyboard.focused != up) h.TabTo(up);
                    h.Press(ImGuiKey_Space);
                    // The focus moved with the item.
                    CHECK(h.app.keyboard.focused == (pos == 1 ? "quiz.orderDown.1" : "quiz.orderUp." + std::to_string(pos)));
                }
            }
        } else {
            const auto options = k["options"].get<std::vector<std::string>>();
            for (const std::string& id : q->answer) {
                h.TabTo("quiz.option." + std::to_string(std::find(options.begin(), options.end(), id) - options.begin() + 1));
                h.Press(ImGuiKey_Space);
            }
        }
        h.TabTo("quiz.check");
        h.Press(ImGuiKey_Enter);
        h.TabTo("quiz.next");
        h.Press(ImGuiKey_Enter);
    }
    h.Frame();
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    CHECK(state["quiz"]["knowledge"]["finished"] == true);
    CHECK(state["quiz"]["knowledge"]["success"] == true);
    CHECK(state["quiz"]["knowledge"]["score"]["percent"] == 100);
}



TEST_CASE("the quiz by keys: the focus starts in the question, and digits answer wherever the focus is", "[shell][quiz][keyboard]") {
    Headless h;
    h.TabTo("tab.quiz");
    h.Press(ImGuiKey_Enter);
    REQUIRE(h.app.session.view == View::Quiz);
    h.Frame();
    h.Frame();
    INFO("focus: " << h.app.keyboard.focused);
    CHECK(h.app.keyboard.focused.rfind("quiz.", 0) == 0); // in the quiz, not on the top bar's tab
    const std::string first = h.app.content.quizzes.fit.statements.front().id;
    h.Type('4');
    h.Frame();
    CHECK(h.app.session.quiz.fit.answers[first] == 4);
    // Enter acts on what has the focus: here a quiz control, never the top bar's tab.
    h.Press(ImGuiKey_Enter);
    CHECK(h.app.session.view == View::Quiz);
}

TEST_CASE("an external text input (the web's <input>) edits the field being edited, and the field reports back", "[shell][keyboard][text]") {
    Headless h;
    h.app.text_edit.external = true;
    h.Open(View::Compare);
    CHECK(h.app.text_edit.field.empty());
    h.Click("compare.filter");
    REQUIRE(h.app.text_edit.field == "compare.filter");
    CHECK(h.app.text_edit.label == "Filter rows and items, e.g. budget");
    CHECK(h.app.text_edit.rect.w > 100);
    SECTION("value, selection and composition follow the input; a late edit after the end goes nowhere") {
        // "a " then an IME composing 日本 (UTF-8: 6 bytes from byte 2).
        AppTextInput(h.app, "a \xe6\x97\xa5\xe6\x9c\xac", 8, 8, 2, 8);
        h.Frame();
        CHECK(h.app.session.compare.filter == "a \xe6\x97\xa5\xe6\x9c\xac");
        CHECK(h.app.text_edit.compose_start == 2);
        CHECK(h.app.text_edit.compose_end == 8);
        CHECK(h.app.text_edit.sel_start == 8);
        // Offsets inside a character are moved back to its start, never split it.
        AppTextInput(h.app, "a \xe6\x97\xa5\xe6\x9c\xac", 0, 4, -1, -1);
        h.Frame();
        CHECK(h.app.text_edit.sel_start == 0);
        CHECK(h.app.text_edit.sel_end == 2);
        CHECK(h.app.text_edit.compose_start == -1);
        AppTextKey(h.app, TextKey::Enter);
        h.Frames(3);
        CHECK(h.app.text_edit.field.empty());
        AppTextInput(h.app, "lost", 4, 4, -1, -1);
        h.Frames(2);
        CHECK(h.app.session.compare.filter == "a \xe6\x97\xa5\xe6\x9c\xac");
    }
    SECTION("Escape puts back the text the edit began with") {
        AppTextInput(h.app, "budget", 6, 6, -1, -1);
        h.Frame();
        CHECK(h.app.session.compare.filter == "budget");
        AppTextKey(h.app, TextKey::Escape);
        h.Frames(3);
        CHECK(h.app.session.compare.filter.empty());
        CHECK(h.app.text_edit.field.empty());
    }
    SECTION("Tab moves on to the next control; Release (the input lost the focus) ends the editing") {
        AppTextKey(h.app, TextKey::Tab);
        h.Frames(3);
        CHECK(h.app.text_edit.field.empty());
        CHECK(h.app.keyboard.focused == "compare.differencesOnly");
        h.Click("compare.filter");
        REQUIRE(h.app.text_edit.field == "compare.filter");
        AppTextKey(h.app, TextKey::Release);
        h.Frames(2);
        CHECK(h.app.text_edit.field.empty());
    }
    SECTION("leaving the view ends the editing") {
        h.Click("tab.ladder");
        h.Frames(2);
        CHECK(h.app.text_edit.field.empty());
    }
}
