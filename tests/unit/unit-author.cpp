// Author mode's editing model: paths, every edit and its inverse, id renames with their
// references, the template, round trips and the draft codec.
#include "crossroads/author.hpp"
#include "crossroads/check.hpp"
#include "crossroads/loader.hpp"
#include "test_util.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

using namespace crossroads;
using namespace crossroads::author;

namespace {

Json DefaultDoc() {
    std::string error;
    auto doc = ParseDocument(test::DefaultContent(), error);
    REQUIRE(doc);
    return *doc;
}

LoadResult Load(const Json& doc) { return LoadContent(Normalise(doc)); }

// Applies the edit (which must build), checks undo gives back the document before it and
// redo the one after, and returns the document after.
Json ApplyAndCheckInverse(Document& d, std::optional<Edit> edit, const std::string& error) {
    INFO(error);
    REQUIRE(edit);
    const std::string before = d.Text();
    REQUIRE(d.Apply(*edit, false));
    const std::string after = d.Text();
    REQUIRE(after != before);
    REQUIRE(d.Undo());
    CHECK(d.Text() == before);
    REQUIRE(d.Redo());
    CHECK(d.Text() == after);
    return d.Doc();
}

std::vector<std::string> ArrayPaths(const Json& value, const Path& path) {
    std::vector<std::string> out;
    if (value.is_array()) out.push_back(path);
    if (value.is_object())
        for (auto it = value.begin(); it != value.end(); ++it) {
            auto more = ArrayPaths(it.value(), JoinPath(path, it.key()));
            out.insert(out.end(), more.begin(), more.end());
        }
    if (value.is_array())
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto more = ArrayPaths(value[i], JoinPath(path, i));
            out.insert(out.end(), more.begin(), more.end());
        }
    return out;
}

} // namespace

TEST_CASE("author: paths name document values as the field ids do") {
    CHECK(SplitPath("roles.0.name") == std::vector<std::string>{"roles", "0", "name"});
    CHECK(SplitPath("").empty());
    CHECK(JoinPath("", "roles") == "roles");
    CHECK(JoinPath("roles", 2) == "roles.2");
    CHECK(PathOfProblem("roles[1].salary.min") == "roles.1.salary.min");
    CHECK(PathOfProblem("quizzes.knowledge.questions[3].answer[0]") == "quizzes.knowledge.questions.3.answer.0");
    const Json doc = DefaultDoc();
    REQUIRE(Find(doc, "roles.0.name"));
    CHECK(*Find(doc, "roles.0.name") == "Engineering Manager");
    CHECK(Find(doc, "") == &doc);
    CHECK_FALSE(Find(doc, "roles.99.name"));
    CHECK_FALSE(Find(doc, "roles.x"));
    CHECK_FALSE(Find(doc, "roles.0.name.deeper"));
    CHECK_FALSE(Find(doc, "roles.-1"));
    CHECK_FALSE(Find(doc, "roles.99999999999999999999"));
}

TEST_CASE("author: the new-comparison template passes the check as it is") {
    const LoadResult r = Load(NewComparisonTemplate());
    INFO(test::Describe(r));
    CHECK(r.problems.empty());
    CHECK(r.content.roles.size() == 2);
    CHECK(r.content.rows.size() == 1);
    CHECK(r.content.ladder.nodes.size() == 2);
    std::set<QuestionType> types;
    for (const Question& q : r.content.quizzes.knowledge.questions) types.insert(q.type);
    CHECK(types.size() == 4);
    CHECK(r.content.quizzes.fit.statements.size() >= 2);
}

TEST_CASE("author: setting a value, and its inverse") {
    Document d(DefaultDoc());
    std::string error;
    const Json after = ApplyAndCheckInverse(d, SetValue(d.Doc(), "roles.0.name", "People Lead", error), error);
    CHECK(*Find(after, "roles.0.name") == "People Lead");
    CHECK_FALSE(SetValue(d.Doc(), "roles.7.name", "x", error));
    CHECK(error.find("roles.7.name") != std::string::npos);
}

TEST_CASE("author: a value set where its optional key is missing adds the key, and undo takes it away") {
    Document d(DefaultDoc());
    std::string error;
    const Json after = ApplyAndCheckInverse(d, SetValue(d.Doc(), "ladder.nodes.1.position", Json{{"x", 40}, {"y", 160}}, error), error);
    CHECK(*Find(after, "ladder.nodes.1.position.y") == 160);
    const LoadResult r = Load(after);
    REQUIRE(r.Ok());
    CHECK(r.content.ladder.nodes[1].has_position);
    CHECK(r.content.ladder.nodes[1].y == 160);
    CHECK_FALSE(r.content.ladder.nodes[0].has_position);
    d.Undo();
    CHECK_FALSE(Find(d.Doc(), "ladder.nodes.1.position"));
    CHECK_FALSE(SetValue(d.Doc(), "ladder.nodes.99.position", 1, error)); // no such node
}

TEST_CASE("author: typing in one field is one undo step, leaving it starts the next") {
    Document d(DefaultDoc());
    const std::string original = d.Text();
    std::string error;
    for (const char* text : {"P", "Pe", "Peo"}) REQUIRE(d.Apply(*SetValue(d.Doc(), "roles.0.name", text, error)));
    REQUIRE(d.Apply(*SetValue(d.Doc(), "roles.1.name", "Staff", error)));
    d.EndMerge();
    REQUIRE(d.Apply(*SetValue(d.Doc(), "roles.1.name", "Staff Engineer", error)));
    REQUIRE(d.Undo());
    CHECK(*Find(d.Doc(), "roles.1.name") == "Staff");
    REQUIRE(d.Undo());
    CHECK(*Find(d.Doc(), "roles.0.name") == "Peo");
    REQUIRE(d.Undo());
    CHECK(d.Text() == original);
    CHECK_FALSE(d.CanUndo());
}

TEST_CASE("author: adding, removing, duplicating and moving items, and their inverses") {
    Document d(DefaultDoc());
    std::string error;
    SECTION("add") {
        const Json after = ApplyAndCheckInverse(d, AddItem(d.Doc(), "quizzes.fit.statements", error), error);
        const Json& added = (*Find(after, "quizzes.fit.statements")).back();
        CHECK(added["id"] == "statement");
        CHECK(added["text"] == "");
    }
    SECTION("remove") {
        const Json second = *Find(d.Doc(), "sections.1");
        const Json after = ApplyAndCheckInverse(d, RemoveItem(d.Doc(), "sections.0", error), error);
        CHECK(*Find(after, "sections.0") == second);
    }
    SECTION("duplicate keeps ids unique") {
        const Json after = ApplyAndCheckInverse(d, DuplicateItem(d.Doc(), "quizzes.knowledge.questions.0", error), error);
        CHECK(*Find(after, "quizzes.knowledge.questions.1.id") == "em-salary-range-2");
        const Json options = ApplyAndCheckInverse(d, DuplicateItem(d.Doc(), "quizzes.knowledge.questions.0.options.0", error), error);
        CHECK(*Find(options, "quizzes.knowledge.questions.0.options.1.id") == "e"); // a to d are taken
        CHECK_FALSE(DuplicateItem(d.Doc(), "roles.0", error));
    }
    SECTION("move") {
        const Json first = *Find(d.Doc(), "comparison.0");
        const Json after = ApplyAndCheckInverse(d, MoveItem(d.Doc(), "comparison.0", 2, error), error);
        CHECK(*Find(after, "comparison.2") == first);
        CHECK_FALSE(MoveItem(d.Doc(), "comparison.0", 99, error));
        CHECK_FALSE(MoveItem(d.Doc(), "title", 0, error));
    }
    SECTION("insert at an index") {
        const Json after = ApplyAndCheckInverse(d, InsertItem(d.Doc(), "sections", 0, Json{{"id", "new"}, {"heading", "H"}}, error), error);
        CHECK(*Find(after, "sections.0.id") == "new");
    }
}

TEST_CASE("author: every list of the format gets a new item the loader accepts the shape of") {
    const Json original = DefaultDoc();
    std::vector<std::string> paths = ArrayPaths(original, "");
    REQUIRE(paths.size() > 20);
    for (const std::string& path : paths) {
        if (path.size() >= 7 && path.compare(path.size() - 7, 7, ".answer") == 0) continue; // chosen with checkboxes, not added
        INFO(path);
        Document d(original);
        std::string error;
        auto edit = AddItem(d.Doc(), path, error);
        INFO(error);
        REQUIRE(edit);
        REQUIRE(d.Apply(*edit));
        const LoadResult r = Load(d.Doc());
        for (const Problem& p : r.problems) {
            INFO(FormatProblem(p));
            // New items have empty texts to fill in (field.empty) and nothing else wrong; a
            // new ladder node also waits for an edge to it.
            const bool expected = p.code == std::string(code::kEmpty) ||
                                  (path == "ladder.nodes" && p.code == std::string(code::kLadderUnreachable));
            CHECK(expected);
        }
    }
}

TEST_CASE("author: a new ladder node and then a new edge connect it to the first node") {
    Document d(DefaultDoc());
    std::string error;
    REQUIRE(d.Apply(*AddItem(d.Doc(), "ladder.nodes", error)));
    REQUIRE(d.Apply(*SetValue(d.Doc(), "ladder.nodes.7.title", "Staff Engineer", error)));
    REQUIRE(d.Apply(*SetValue(d.Doc(), "ladder.nodes.7.description", "Sets technical direction.", error)));
    REQUIRE(d.Apply(*SetValue(d.Doc(), "ladder.nodes.7.summary", "A senior individual contributor", error)));
    CHECK_FALSE(Load(d.Doc()).Ok()); // nothing leads to it yet
    REQUIRE(d.Apply(*AddItem(d.Doc(), "ladder.edges", error)));
    const Json& edge = Find(d.Doc(), "ladder.edges")->back();
    CHECK(edge["from"] == *Find(d.Doc(), "ladder.nodes.0.id"));
    CHECK(edge["to"] == "node");
    const LoadResult r = Load(d.Doc());
    INFO(test::Describe(r));
    CHECK(r.Ok());
}

TEST_CASE("author: a new role gets a cell in every row, and removing it takes them away") {
    Document d(DefaultDoc());
    const std::string original = d.Text();
    std::string error;
    REQUIRE(d.Apply(*AddItem(d.Doc(), "roles", error)));
    const Json& rows = *Find(d.Doc(), "comparison");
    for (const Json& row : rows) CHECK(row["cells"].contains("role"));
    REQUIRE(d.Apply(*RemoveItem(d.Doc(), "roles.2", error)));
    CHECK(d.Text() == original);
    d.Undo();
    // The new role filled in, the first one removed: two roles again, and valid.
    REQUIRE(d.Apply(*RenameId(d.Doc(), "roles.2.id", "staff", error)));
    for (const char* key : {"name", "short", "summary", "focus"})
        REQUIRE(d.Apply(*SetValue(d.Doc(), JoinPath("roles.2", key), "Staff engineer", error)));
    for (const auto& [path, value] : {std::pair<Path, Json>{"comparison.0.cells.staff.items.0.text", "Sets direction"}})
        REQUIRE(d.Apply(*SetValue(d.Doc(), path, value, error)));
    REQUIRE(d.Apply(*RemoveItem(d.Doc(), "roles.0", error)));
    for (const Json& row : *Find(d.Doc(), "comparison")) CHECK_FALSE(row["cells"].contains("em"));
    const LoadResult r = Load(d.Doc());
    for (const Problem& p : r.problems) {
        INFO(FormatProblem(p));
        CHECK(p.path.rfind("comparison", 0) == 0); // only the new role's other cells are left to fill in
    }
    while (d.CanUndo()) d.Undo();
    CHECK(d.Text() == original);
}

TEST_CASE("author: a rename carries every reference along, and undoes byte for byte") {
    Document d(DefaultDoc());
    const std::string original = d.Text();
    std::string error;
    SECTION("a section's id in every source") {
        const std::vector<Path> refs = References(d.Doc(), "sections.0.id");
        REQUIRE(refs.size() >= 2);
        ApplyAndCheckInverse(d, RenameId(d.Doc(), "sections.0.id", "glance", error), error);
        for (const Path& ref : refs) CHECK(*Find(d.Doc(), ref) == "glance");
        CHECK(References(d.Doc(), "sections.0.id").size() == refs.size());
    }
    SECTION("a role's id in the rows' cells, in place") {
        const std::vector<Path> refs = References(d.Doc(), "roles.0.id");
        CHECK(refs.size() == Find(d.Doc(), "comparison")->size());
        ApplyAndCheckInverse(d, RenameId(d.Doc(), "roles.0.id", "manager", error), error);
        CHECK(Find(d.Doc(), "comparison.0.cells")->begin().key() == "manager");
    }
    SECTION("a node's id in the edges and the outcomes") {
        ApplyAndCheckInverse(d, RenameId(d.Doc(), "ladder.nodes.1.id", "eng-manager", error), error);
        CHECK(*Find(d.Doc(), "quizzes.fit.outcomes.management.node") == "eng-manager");
        bool in_edges = false;
        for (const Json& e : *Find(d.Doc(), "ladder.edges")) in_edges |= e["from"] == "eng-manager" || e["to"] == "eng-manager";
        CHECK(in_edges);
    }
    SECTION("an option's id in its question's answer") {
        ApplyAndCheckInverse(d, RenameId(d.Doc(), "quizzes.knowledge.questions.0.options.1.id", "z", error), error);
        CHECK(*Find(d.Doc(), "quizzes.knowledge.questions.0.answer.0") == "z");
    }
    CHECK(Load(d.Doc()).Ok());
    while (d.CanUndo()) d.Undo();
    CHECK(d.Text() == original);
}

TEST_CASE("author: a rename to an empty or taken id is refused") {
    const Json doc = DefaultDoc();
    std::string error;
    CHECK_FALSE(RenameId(doc, "roles.0.id", "", error));
    CHECK(error == "an id cannot be empty");
    CHECK_FALSE(RenameId(doc, "roles.0.id", "tl", error));
    CHECK(error.find("already") != std::string::npos);
    CHECK_FALSE(RenameId(doc, "roles.0.name", "x", error));
}

TEST_CASE("author: changing a question's type or a row's kind reshapes it in one step") {
    Document d(DefaultDoc());
    std::string error;
    const Json after = ApplyAndCheckInverse(d, SetValue(d.Doc(), "quizzes.knowledge.questions.0.type", "truefalse", error), error);
    const Json& q = *Find(after, "quizzes.knowledge.questions.0");
    CHECK(q["answer"] == true);
    CHECK_FALSE(q.contains("options"));
    CHECK(q["prompt"] == *Find(DefaultDoc(), "quizzes.knowledge.questions.0.prompt"));
    CHECK(Load(after).Ok());
    d.Undo();
    const Json multi = ApplyAndCheckInverse(d, SetValue(d.Doc(), "quizzes.knowledge.questions.0.type", "multiple", error), error);
    CHECK(Load(multi).Ok());
    d.Undo();
    const Json range = ApplyAndCheckInverse(d, SetValue(d.Doc(), "comparison.0.kind", "range", error), error);
    CHECK(*Find(range, "comparison.0.unit") == "years");
    CHECK(Find(range, "comparison.0.cells.em.min"));
}

TEST_CASE("author: load, edit, save and load give the same document, and undo all gives the original") {
    const std::string bytes = test::DefaultContent();
    Document d(DefaultDoc());
    std::string error;
    REQUIRE(d.Apply(*SetValue(d.Doc(), "title", "Manager or lead?", error)));
    REQUIRE(d.Apply(*AddItem(d.Doc(), "sections", error)));
    REQUIRE(d.Apply(*RenameId(d.Doc(), "ladder.nodes.0.id", "you", error)));
    REQUIRE(d.Apply(*MoveItem(d.Doc(), "roles.1", 0, error)));
    const std::string saved = d.Text();
    auto reloaded = ParseDocument(saved, error);
    REQUIRE(reloaded);
    CHECK(Normalise(*reloaded) == saved);
    CHECK(*reloaded == d.Doc());
    while (d.CanUndo()) REQUIRE(d.Undo());
    CHECK(d.Text() == Normalise(*ParseDocument(bytes, error)));
    // Keys keep the author's order: the file starts as it did.
    CHECK(d.Text().rfind("{\n  \"$schema\"", 0) == 0);
}

TEST_CASE("author: unsaved changes follow saves, undo and redo") {
    Document d(DefaultDoc());
    std::string error;
    CHECK_FALSE(d.Dirty());
    REQUIRE(d.Apply(*SetValue(d.Doc(), "title", "A", error)));
    CHECK(d.Dirty());
    d.MarkSaved();
    CHECK_FALSE(d.Dirty());
    // An edit right after a save is a new step, so undo returns to the saved state.
    REQUIRE(d.Apply(*SetValue(d.Doc(), "title", "AB", error)));
    CHECK(d.Dirty());
    REQUIRE(d.Undo());
    CHECK_FALSE(d.Dirty());
    REQUIRE(d.Undo());
    CHECK(d.Dirty());
    REQUIRE(d.Redo());
    CHECK_FALSE(d.Dirty());
    REQUIRE(d.Undo());
    REQUIRE(d.Apply(*SetValue(d.Doc(), "title", "C", error))); // a new branch: the saved state is gone
    CHECK(d.Dirty());
    while (d.CanUndo()) d.Undo();
    CHECK(d.Dirty());
}

TEST_CASE("author: an edit that fails part-way leaves the document as it was") {
    Document d(DefaultDoc());
    const std::string before = d.Text();
    Edit edit;
    Op good;
    good.kind = Op::Kind::Replace;
    good.path = "title";
    good.before = *Find(d.Doc(), "title");
    good.after = "changed";
    Op bad = good;
    bad.path = "nowhere.at.all";
    edit.ops = {good, bad};
    CHECK_FALSE(d.Apply(edit));
    CHECK(d.Text() == before);
    CHECK_FALSE(d.CanUndo());
}

TEST_CASE("author: fields with fixed choices offer the values the loader accepts") {
    const Json doc = DefaultDoc();
    CHECK(ChoicesFor(doc, "comparison.0.kind") == std::vector<std::string>{"list", "range"});
    CHECK(ChoicesFor(doc, "ladder.nodes.0.track").size() == 3);
    CHECK(ChoicesFor(doc, "quizzes.knowledge.questions.2.type").size() == 4);
    CHECK(ChoicesFor(doc, "roles.0.source").size() == Find(doc, "sections")->size());
    CHECK(ChoicesFor(doc, "ladder.edges.0.to").size() == Find(doc, "ladder.nodes")->size());
    CHECK(ChoicesFor(doc, "roles.0.name").empty());
    // The schema's enums are the same lists.
    const nlohmann::ordered_json schema = nlohmann::ordered_json::parse(test::ReadSourceFile("/assets/content/schema.json"));
    std::set<std::vector<std::string>> enums;
    std::vector<const nlohmann::ordered_json*> stack{&schema};
    while (!stack.empty()) {
        const nlohmann::ordered_json* at = stack.back();
        stack.pop_back();
        if (at->is_object() && at->contains("enum") && (*at)["enum"].is_array())
            enums.insert((*at)["enum"].get<std::vector<std::string>>());
        if (at->is_structured())
            for (const auto& child : *at) stack.push_back(&child);
    }
    CHECK(enums.count(ChoicesFor(doc, "comparison.0.kind")) == 1);
    CHECK(enums.count(ChoicesFor(doc, "comparison.1.unit")) == 1);
    CHECK(enums.count(ChoicesFor(doc, "ladder.nodes.0.track")) == 1);
    CHECK(enums.count(ChoicesFor(doc, "ladder.edges.0.kind")) == 1);
    CHECK(enums.count(ChoicesFor(doc, "quizzes.knowledge.questions.0.type")) == 1);
}

TEST_CASE("author: opening a file that is not content says why") {
    std::string error;
    CHECK_FALSE(ParseDocument("{\"a\": ", error));
    CHECK(error.find("not JSON") != std::string::npos);
    CHECK_FALSE(ParseDocument("[1, 2]", error));
    CHECK(error.find("no content object") != std::string::npos);
    CHECK_FALSE(ParseDocument("{\"a\": \"\xff\"}", error));
    CHECK(error.find("UTF-8") != std::string::npos);
    CHECK_FALSE(ParseDocument(std::string(kMaxContentBytes + 1, ' '), error));
    CHECK(error.find("larger") != std::string::npos);
    // An invalid document still opens, with its problems.
    CHECK(ParseDocument("{\"format\": 3}", error));
}

TEST_CASE("author: drafts round-trip, and damaged drafts are refused with a reason") {
    Draft draft{"new comparison", Normalise(NewComparisonTemplate()), true};
    const std::string bytes = EncodeDraft(draft);
    const DraftDecode back = DecodeDraft(bytes);
    REQUIRE(back.draft);
    CHECK(back.draft->name == draft.name);
    CHECK(back.draft->text == draft.text);
    CHECK(back.draft->dirty);
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"", "not JSON"},
        {bytes.substr(0, bytes.size() / 2), "not JSON"},
        {"{\"format\":\"crossroads-session\",\"version\":1}", "not a Crossroads draft"},
        {"{\"format\":\"crossroads-draft\",\"version\":2,\"name\":\"\",\"dirty\":true,\"text\":\"\"}", "another version"},
        {"{\"format\":\"crossroads-draft\",\"version\":1,\"name\":1,\"dirty\":true,\"text\":\"\"}", "wrong type"},
        {"{\"format\":\"crossroads-draft\",\"version\":1,\"name\":\"\",\"dirty\":true}", "missing"},
        {"{\"format\":\"crossroads-draft\",\"version\":1,\"name\":\"\",\"dirty\":true,\"text\":\"\",\"x\":0}", "damaged"},
        {std::string(kMaxDraftBytes + 1, ' '), "larger"},
    };
    for (const auto& [text, why] : bad) {
        INFO(text.substr(0, 80));
        const DraftDecode d = DecodeDraft(text);
        CHECK_FALSE(d.draft);
        CHECK(d.error.find(why) != std::string::npos);
    }
}

TEST_CASE("author: saving keeps the previous file as FILE~ and never leaves half a file") {
    const std::string dir = CROSSROADS_BINARY_DIR;
    const std::string path = dir + "/author-save-test.json";
    std::remove(path.c_str());
    std::remove((path + "~").c_str());
    std::string error;
    REQUIRE(SaveFile(path, "first\n", error));
    std::string read_error;
    CHECK(ReadWholeFile(path, read_error) == std::optional<std::string>("first\n"));
    CHECK_FALSE(ReadWholeFile(path + "~", read_error)); // nothing was there before
    REQUIRE(SaveFile(path, "second\n", error));
    CHECK(ReadWholeFile(path, read_error) == std::optional<std::string>("second\n"));
    CHECK(ReadWholeFile(path + "~", read_error) == std::optional<std::string>("first\n"));
    CHECK_FALSE(ReadWholeFile(path + ".crossroads-saving", read_error));
    // A folder that does not exist: refused, with the reason.
    CHECK_FALSE(SaveFile(dir + "/missing/c.json", "x", error));
    CHECK(error.find("cannot write") != std::string::npos);
}
