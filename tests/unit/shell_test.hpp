// What the shell's headless tests share: the driver with Catch2 checks, and answering the
// quizzes as a user would.
#pragma once

#include "headless.hpp"
#include "test_util.hpp"

#include "app.hpp"
#include "crossroads/quiz.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace shell_test {

using namespace crossroads;
using namespace crossroads::shell;


// One ImGui context per test, destroyed at the end; the shared driver with Catch2 checks.
struct Headless : test::Headless {
    explicit Headless(float width = 1280, float height = 800) : test::Headless(width, height) {
        REQUIRE(Load(test::DefaultContent(), "the default content"));
    }
    void Type(char c) { test::Headless::Type(std::string(1, c)); }
    // Tab until the ring is on `name`, as a keyboard user would; fails after 80 presses.
    void TabTo(const std::string& name) {
        INFO("tabbing to " << name);
        for (int k = 0; k < 80 && app.keyboard.focused != name; ++k) Press(ImGuiKey_Tab);
        REQUIRE(app.keyboard.focused == name);
    }
    void Click(const std::string& id) {
        INFO("clicking " << id);
        REQUIRE(test::Headless::Click(id));
    }
};

inline const nlohmann::ordered_json* FindNode(const nlohmann::ordered_json& state, const std::string& id) {
    for (const auto& n : state["ladder"]["nodes"])
        if (n["id"] == id) return &n;
    return nullptr;
}

// Answers the question on screen with the content's key, by clicking as a user would.
inline void AnswerCurrentCorrectly(Headless& h) {
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    const auto& k = state["quiz"]["knowledge"];
    const Question* q = FindQuestion(h.app.content.quizzes.knowledge, k["questionId"].get<std::string>());
    REQUIRE(q);
    if (q->type == QuestionType::Order) {
        // Bubble each item into place with the arrow buttons.
        for (std::size_t target = 0; target < q->answer.size(); ++target) {
            for (;;) {
                const auto& now = h.app.session.quiz.knowledge.answers[q->id];
                const auto pos = static_cast<std::size_t>(std::find(now.begin(), now.end(), q->answer[target]) - now.begin());
                if (pos == target) break;
                h.Click("quiz.orderUp." + std::to_string(pos + 1));
            }
        }
    } else {
        const auto options = k["options"].get<std::vector<std::string>>();
        for (const std::string& id : q->answer) {
            const auto n = std::find(options.begin(), options.end(), id) - options.begin();
            h.Click("quiz.option." + std::to_string(n + 1));
        }
    }
    h.Click("quiz.check");
    h.Click("quiz.next");
}

// Opens the knowledge check, answers questions correctly (counted in `skipped`) until one
// of `type` is on screen, then picks a wrong option of it and checks the answer. Gives the
// question, its options in the order shown, and the 0-based place of the wrong one picked.
struct WrongChoice {
    const Question* question = nullptr;
    std::vector<std::string> options;
    std::size_t wrong = 0;
    int skipped = 0;
};
inline WrongChoice AnswerWrongly(Headless& h, QuestionType type) {
    h.Open(View::Quiz, QuizKind::Knowledge);
    WrongChoice out;
    for (; out.skipped < 20; ++out.skipped) {
        const auto k = nlohmann::ordered_json::parse(AppStateJson(h.app))["quiz"]["knowledge"];
        const Question* q = FindQuestion(h.app.content.quizzes.knowledge, k["questionId"].get<std::string>());
        REQUIRE(q);
        if (q->type != type) {
            AnswerCurrentCorrectly(h);
            continue;
        }
        out.question = q;
        out.options = k["options"].get<std::vector<std::string>>();
        out.wrong = static_cast<std::size_t>(
            std::find_if(out.options.begin(), out.options.end(), [&](const std::string& o) { return o != q->answer[0]; }) - out.options.begin());
        break;
    }
    REQUIRE(out.question);
    h.Click("quiz.option." + std::to_string(out.wrong + 1));
    h.Click("quiz.check");
    return out;
}

} // namespace shell_test
