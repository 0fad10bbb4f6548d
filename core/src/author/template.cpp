// "New comparison": the smallest document that shows every part of the format and passes
// --check as it is, with texts that say what to write in their place.
#include "crossroads/author.hpp"

#include "crossroads/loader.hpp"

namespace crossroads::author {

Json NewComparisonTemplate() {
    Json doc = Json::object();
    doc["format"] = "crossroads-content";
    doc["version"] = kContentVersion;
    doc["title"] = "First role or second role?";
    doc["article"] = Json{{"title", "The article or course text this comparison rests on"},
                          {"publisher", "Who published it"}};
    doc["sections"] = Json::array({
        Json{{"id", "overview"}, {"heading", "The heading of the article's first section"}},
        Json{{"id", "career-path"}, {"heading", "The heading of a section on career paths"}},
    });
    doc["roles"] = Json::array({
        Json{{"id", "first"}, {"name", "First role"}, {"short", "R1"},
             {"summary", "What the first role is for, in one sentence."},
             {"focus", "What it spends its time on"}, {"source", "overview"}},
        Json{{"id", "second"}, {"name", "Second role"}, {"short", "R2"},
             {"summary", "What the second role is for, in one sentence."},
             {"focus", "What it spends its time on"}, {"source", "overview"}},
    });
    auto item = [](const char* text) { return Json{{"items", Json::array({Json{{"text", text}, {"source", "overview"}}})}}; };
    doc["comparison"] = Json::array({
        Json{{"id", "responsibilities"}, {"label", "Responsibilities"}, {"kind", "list"},
             {"cells", Json{{"first", item("A duty of the first role")}, {"second", item("A duty of the second role")}}}},
    });
    doc["ladder"] = Json{
        {"nodes", Json::array({
            Json{{"id", "start"}, {"title", "Where the learner starts"}, {"track", "shared"}, {"level", 0},
                 {"summary", "The role before the choice"}, {"description", "What the learner does today."},
                 {"requirements", Json::array()}, {"source", "career-path"}},
            Json{{"id", "first"}, {"title", "First role"}, {"track", "management"}, {"level", 1},
                 {"summary", "The first role, one step up"}, {"description", "What this step asks for."},
                 {"requirements", Json::array({Json{{"text", "A skill this step needs"}, {"source", "career-path"}}})},
                 {"source", "career-path"}},
        })},
        {"edges", Json::array({Json{{"from", "start"}, {"to", "first"}, {"kind", "promotion"}, {"source", "career-path"}}})},
    };
    auto statement = [](const char* id, const char* text, int management, int technical) {
        return Json{{"id", id}, {"text", text}, {"weights", Json{{"management", management}, {"technical", technical}}},
                    {"source", "overview"}};
    };
    auto outcome = [](const char* title, const char* text) {
        return Json{{"title", title}, {"text", text}, {"source", "career-path"}};
    };
    Json management = outcome("The first role", "Why the answers point to the first role.");
    management["node"] = "first";
    doc["quizzes"] = Json{
        {"fit", Json{
            {"title", "Which role fits you?"},
            {"intro", "Rate each statement from 1 (strongly disagree) to 5 (strongly agree)."},
            {"minAnswered", 2},
            {"statements", Json::array({statement("likes-first", "A statement that leans to the first role.", 2, 0),
                                        statement("likes-second", "A statement that leans to the second role.", 0, 2)})},
            {"outcomes", Json{{"management", management},
                              {"technical", outcome("The second role", "Why the answers point to the second role.")},
                              {"balanced", outcome("Both roles", "Why either role could suit.")}}},
        }},
        {"knowledge", Json{
            {"title", "Knowledge check"},
            {"passMark", 70},
            {"questions", Json::array({
                Json{{"id", "single-example"}, {"type", "single"}, {"prompt", "A question with one right answer?"},
                     {"options", Json::array({Json{{"id", "a"}, {"text", "The right answer"}},
                                              Json{{"id", "b"}, {"text", "A wrong answer"}}})},
                     {"answer", Json::array({"a"})},
                     {"explanation", "Why the right answer is right."}, {"source", "overview"}},
                Json{{"id", "multiple-example"}, {"type", "multiple"}, {"prompt", "A question with several right answers?"},
                     {"options", Json::array({Json{{"id", "a"}, {"text", "A right answer"}},
                                              Json{{"id", "b"}, {"text", "Another right answer"}},
                                              Json{{"id", "c"}, {"text", "A wrong answer"}}})},
                     {"answer", Json::array({"a", "b"})},
                     {"explanation", "Why those answers are right."}, {"source", "overview"}},
                Json{{"id", "truefalse-example"}, {"type", "truefalse"}, {"prompt", "A statement that is true."},
                     {"answer", true}, {"explanation", "Why it is true."}, {"source", "overview"}},
                Json{{"id", "order-example"}, {"type", "order"}, {"prompt", "Put the steps in order."},
                     {"items", Json::array({Json{{"id", "step-one"}, {"text", "The first step"}},
                                            Json{{"id", "step-two"}, {"text", "The second step"}}})},
                     {"explanation", "Why this is the order."}, {"source", "career-path"}},
            })},
        }},
    };
    return doc;
}

} // namespace crossroads::author
