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
    i18n::Message error;
    auto doc = ParseDocument(test::DefaultContent(), error);
    REQUIRE(doc);
    return *doc;
}

LoadResult Load(const Json& doc) { return LoadContent(Normalise(doc)); }

// Applies the edit (which must build), checks undo gives back the document before it and
// redo the one after, and returns the document after.
Json ApplyAndCheckInverse(Document& d, std::optional<Edit> edit, const i18n::Message& error) {
    INFO(error.English());
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
    i18n::Message error;
    const Json after = ApplyAndCheckInverse(d, SetValue(d.Doc(), "roles.0.name", "People Lead", error), error);
    CHECK(*Find(after, "roles.0.name") == "People Lead");
    CHECK_FALSE(SetValue(d.Doc(), "roles.7.name", "x", error));
    CHECK(error.English() == "nothing is at roles.7.name");
    CHECK(error.id == "author.error.nothingAt"); // a catalogue message, shown in the interface's language
}

TEST_CASE("author: each undo step is labelled with what it did, as a catalogue message") {
    Document d(DefaultDoc());
    i18n::Message error;
    CHECK(d.UndoLabel().Empty());
    REQUIRE(d.Apply(*SetValue(d.Doc(), "roles.0.name", "People Lead", error)));
    CHECK(d.UndoLabel().English() == "Edit roles.0.name");
    CHECK(d.UndoLabel().id == "author.step.edit");
    const std::string old_id = Find(d.Doc(), "roles.0.id")->get<std::string>();
    REQUIRE(d.Apply(*RenameId(d.Doc(), "roles.0.id", "manager", error)));
    CHECK(d.UndoLabel().English() == "Rename " + old_id + " to manager");
    REQUIRE(d.Apply(*MoveItem(d.Doc(), "comparison.0", 1, error)));
    CHECK(d.UndoLabel().English() == "Move comparison.0");
    REQUIRE(d.Undo());
    CHECK(d.RedoLabel().English() == "Move comparison.0");
    CHECK(d.UndoLabel().English() == "Rename " + old_id + " to manager");
}

TEST_CASE("author: a value set where its optional key is missing adds the key, and undo takes it away") {
    Document d(DefaultDoc());
    i18n::Message error;
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
    i18n::Message error;
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
    i18n::Message error;
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
        i18n::Message error;
        auto edit = AddItem(d.Doc(), path, error);
        INFO(error.English());
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
    i18n::Message error;
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
    i18n::Message error;
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
    i18n::Message error;
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
    i18n::Message error;
    CHECK_FALSE(RenameId(doc, "roles.0.id", "", error));
    CHECK(error.English() == "an id cannot be empty");
    CHECK_FALSE(RenameId(doc, "roles.0.id", "tl", error));
    CHECK(error.English().find("already") != std::string::npos);
    CHECK_FALSE(RenameId(doc, "roles.0.name", "x", error));
}

TEST_CASE("author: changing a question's type or a row's kind reshapes it in one step") {
    Document d(DefaultDoc());
    i18n::Message error;
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
    i18n::Message error;
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
    i18n::Message error;
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
    i18n::Message error;
    CHECK_FALSE(ParseDocument("{\"a\": ", error));
    CHECK(error.English().find("not JSON") != std::string::npos);
    CHECK_FALSE(ParseDocument("[1, 2]", error));
    CHECK(error.English().find("no content object") != std::string::npos);
    CHECK_FALSE(ParseDocument("{\"a\": \"\xff\"}", error));
    CHECK(error.English().find("UTF-8") != std::string::npos);
    CHECK_FALSE(ParseDocument(std::string(kMaxContentBytes + 1, ' '), error));
    CHECK(error.English().find("larger") != std::string::npos);
    // An invalid document still opens, with its problems.
    CHECK(ParseDocument("{\"format\": 3}", error));
}

TEST_CASE("author: drafts round-trip, and damaged drafts are refused with a reason") {
    Draft draft{"new comparison", Normalise(NewComparisonTemplate()), true, 1764600000123.0};
    const std::string bytes = EncodeDraft(draft);
    const DraftDecode back = DecodeDraft(bytes);
    REQUIRE(back.draft);
    CHECK(back.draft->name == draft.name);
    CHECK(back.draft->text == draft.text);
    CHECK(back.draft->dirty);
    CHECK(back.draft->saved_at == draft.saved_at);
    // A draft stored before drafts had a time still opens, as the oldest.
    const DraftDecode old = DecodeDraft("{\"format\":\"crossroads-draft\",\"version\":1,\"name\":\"a\",\"dirty\":false,\"text\":\"{}\"}");
    REQUIRE(old.draft);
    CHECK(old.draft->saved_at == 0);
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"", "not JSON"},
        {bytes.substr(0, bytes.size() / 2), "not JSON"},
        {"{\"format\":\"crossroads-session\",\"version\":1}", "not a Crossroads draft"},
        {"{\"format\":\"crossroads-draft\",\"version\":2,\"name\":\"\",\"dirty\":true,\"text\":\"\"}", "another version"},
        {"{\"format\":\"crossroads-draft\",\"version\":1,\"name\":1,\"dirty\":true,\"text\":\"\"}", "wrong type"},
        {"{\"format\":\"crossroads-draft\",\"version\":1,\"name\":\"\",\"dirty\":true}", "missing"},
        {"{\"format\":\"crossroads-draft\",\"version\":1,\"name\":\"\",\"dirty\":true,\"text\":\"\",\"x\":0}", "damaged"},
        {"{\"format\":\"crossroads-draft\",\"version\":1,\"name\":\"\",\"dirty\":true,\"text\":\"\",\"savedAt\":\"now\"}", "wrong type"},
        {"{\"format\":\"crossroads-draft\",\"version\":1,\"name\":\"\",\"dirty\":true,\"text\":\"\",\"savedAt\":-1}", "wrong type"},
        {std::string(kMaxDraftBytes + 1, ' '), "larger"},
    };
    for (const auto& [text, why] : bad) {
        INFO(text.substr(0, 80));
        const DraftDecode d = DecodeDraft(text);
        CHECK_FALSE(d.draft);
        CHECK(d.error.English().find(why) != std::string::npos);
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

namespace {

using SchemaJson = nlohmann::ordered_json;

// The schema nodes that describe the value at `path` of `doc`: followed through "$ref",
// "properties", "items", "additionalProperties" and the "then" of every "if" the document's
// object meets (a range row's cells, a multiple-choice question's keys).
std::vector<const SchemaJson*> SchemaAt(const SchemaJson& schema, const Json& doc, const Path& path) {
    auto resolve = [&](const SchemaJson* n) {
        while (n->is_object() && n->contains("$ref")) {
            const std::string ref = (*n)["$ref"].get<std::string>(); // "#/$defs/name"
            n = &schema["$defs"][ref.substr(ref.rfind('/') + 1)];
        }
        return n;
    };
    auto meets = [](const SchemaJson& cond, const Json& value) {
        if (!cond.contains("properties")) return false;
        for (auto it = cond["properties"].begin(); it != cond["properties"].end(); ++it)
            if (!value.is_object() || !value.contains(it.key()) || !it->contains("const") ||
                value[it.key()].dump() != (*it)["const"].dump())
                return false;
        return true;
    };
    // The node itself and the branches of its conditions that the value meets.
    auto expand = [&](const SchemaJson* n, const Json& value) {
        // A "$ref" with siblings ("not" on the balanced outcome) keeps them.
        std::vector<const SchemaJson*> out{resolve(n)};
        if (out.front() != n) out.push_back(n);
        if (out.front()->contains("allOf"))
            for (const SchemaJson& part : (*out.front())["allOf"])
                if (part.contains("if") && meets(part["if"], value)) out.push_back(&part["then"]);
        return out;
    };
    std::vector<const SchemaJson*> nodes = expand(&schema, doc);
    const Json* value = &doc;
    for (const std::string& seg : SplitPath(path)) {
        std::vector<const SchemaJson*> next;
        const Json* child = value->is_array() ? &(*value)[std::stoul(seg)] : &(*value)[seg];
        for (const SchemaJson* n : nodes) {
            const SchemaJson* c = nullptr;
            if (value->is_array() && n->contains("items")) c = &(*n)["items"];
            else if (n->contains("properties") && (*n)["properties"].contains(seg)) c = &(*n)["properties"][seg];
            else if (n->contains("additionalProperties") && (*n)["additionalProperties"].is_object()) c = &(*n)["additionalProperties"];
            if (c)
                for (const SchemaJson* e : expand(c, *child)) next.push_back(e);
        }
        nodes = next;
        value = child;
    }
    return nodes;
}

// What the schema lets the object at `path` leave out: its properties, less the required
// ones and the ones its conditions require or forbid.
std::set<std::string> SchemaOptional(const std::vector<const SchemaJson*>& nodes) {
    std::set<std::string> props, fixed;
    auto add_required = [&](const SchemaJson& n) {
        if (n.contains("required"))
            for (const auto& k : n["required"]) fixed.insert(k.get<std::string>());
    };
    for (const SchemaJson* n : nodes) {
        if (n->contains("properties"))
            for (auto it = (*n)["properties"].begin(); it != (*n)["properties"].end(); ++it) props.insert(it.key());
        add_required(*n);
        if (n->contains("not")) {
            add_required((*n)["not"]);
            if ((*n)["not"].contains("anyOf"))
                for (const auto& alt : (*n)["not"]["anyOf"]) add_required(alt);
        }
    }
    std::set<std::string> out;
    for (const std::string& k : props)
        if (!fixed.count(k) && k != "$schema") out.insert(k); // "$schema" is for editors, not authors
    return out;
}

} // namespace

TEST_CASE("author: the optional keys a form offers are the ones the schema lets an object leave out") {
    const SchemaJson schema = SchemaJson::parse(test::ReadSourceFile("/assets/content/schema.json"));
    for (const Json& doc : {DefaultDoc(), NewComparisonTemplate()}) {
        std::size_t objects = 0;
        std::vector<Path> stack{Path()};
        while (!stack.empty()) {
            const Path path = stack.back();
            stack.pop_back();
            const Json* at = Find(doc, path);
            if (at->is_object()) {
                ++objects;
                INFO(path);
                const std::vector<std::string> keys = OptionalKeys(doc, path);
                CHECK(std::set<std::string>(keys.begin(), keys.end()) == SchemaOptional(SchemaAt(schema, doc, path)));
                for (auto it = at->begin(); it != at->end(); ++it) stack.push_back(JoinPath(path, it.key()));
            } else if (at->is_array()) {
                for (std::size_t i = 0; i < at->size(); ++i) stack.push_back(JoinPath(path, i));
            }
        }
        CHECK(objects > 20);
    }
}

TEST_CASE("author: an optional key added takes the format's shape, and removing it is undone whole") {
    Document d(NewComparisonTemplate());
    i18n::Message error;
    // Every optional key the template lacks, added one by one: the loader finds nothing
    // but texts to fill in.
    std::vector<std::pair<Path, std::string>> added;
    std::vector<Path> stack{Path()};
    while (!stack.empty()) {
        const Path path = stack.back();
        stack.pop_back();
        const Json* at = Find(d.Doc(), path);
        if (at->is_object()) {
            for (const std::string& key : OptionalKeys(d.Doc(), path))
                if (!at->contains(key)) added.emplace_back(path, key);
            for (auto it = at->begin(); it != at->end(); ++it) stack.push_back(JoinPath(path, it.key()));
        } else if (at->is_array()) {
            for (std::size_t i = 0; i < at->size(); ++i) stack.push_back(JoinPath(path, i));
        }
    }
    REQUIRE(added.size() > 5);
    for (const auto& [path, key] : added) {
        INFO(path << " + " << key);
        ApplyAndCheckInverse(d, AddKey(d.Doc(), path, key, nullptr, error), error);
        CHECK(Find(d.Doc(), JoinPath(path, key)));
    }
    for (const Problem& p : Load(d.Doc()).problems) {
        INFO(FormatProblem(p));
        CHECK(p.code == code::kEmpty);
    }
    // A node's experience goes before its "source", and leaving the template as it was.
    const Json& node = *Find(d.Doc(), "ladder.nodes.0");
    std::vector<std::string> order;
    for (auto it = node.begin(); it != node.end(); ++it) order.push_back(it.key());
    CHECK(order.back() == "source");
    // A key already there, or not optional there, is refused with the reason.
    CHECK_FALSE(AddKey(d.Doc(), "roles.0", "focus", nullptr, error));
    CHECK(error.English().find("already has") != std::string::npos);
    CHECK_FALSE(AddKey(d.Doc(), "roles.0", "name", nullptr, error));
    CHECK(error.English().find("not an optional key") != std::string::npos);
    CHECK_FALSE(RemoveKey(d.Doc(), "roles.0.name", error));
    // A value given is the one added (the shell's colour picker).
    const std::string before = d.Text();
    ApplyAndCheckInverse(d, RemoveKey(d.Doc(), "roles.0.colour", error), error);
    ApplyAndCheckInverse(d, AddKey(d.Doc(), "roles.0", "colour", "#0b7a75", error), error);
    CHECK(*Find(d.Doc(), "roles.0.colour") == "#0b7a75");
    CHECK(d.Undo());
    CHECK(d.Undo());
    CHECK(d.Text() == before);
    // partialCredit belongs to multiple-choice questions only.
    const Json* questions = Find(d.Doc(), "quizzes.knowledge.questions");
    for (std::size_t i = 0; i < questions->size(); ++i) {
        const std::vector<std::string> keys = OptionalKeys(d.Doc(), JoinPath("quizzes.knowledge.questions", i));
        CHECK((std::find(keys.begin(), keys.end(), "partialCredit") != keys.end()) == ((*questions)[i]["type"] == "multiple"));
    }
}

TEST_CASE("author: a document without quizzes gets both back from the template, pointing into itself") {
    Json doc = NewComparisonTemplate();
    doc.erase("quizzes");
    (*Find(doc, "sections.0"))["id"] = "mine";
    for (const char* path : {"roles.0.source", "roles.1.source"}) *Find(doc, path) = "mine";
    Document d(doc);
    i18n::Message error;
    REQUIRE(d.Apply(*AddKey(d.Doc(), "", "quizzes", nullptr, error)));
    const Json* quizzes = Find(d.Doc(), "quizzes");
    REQUIRE(quizzes);
    CHECK(quizzes->contains("fit"));
    CHECK(quizzes->contains("knowledge"));
    // Every source in the added part is the document's own section, and no outcome names a
    // node of the template.
    CHECK(quizzes->dump().find("\"source\":\"mine\"") != std::string::npos);
    for (const char* outcome : {"management", "technical", "balanced"})
        CHECK_FALSE(Find(d.Doc(), std::string("quizzes.fit.outcomes.") + outcome + ".node"));
}

TEST_CASE("author: each tab keeps its own draft, opening its own after a reload, else the one stored last") {
    CHECK(DraftKey("t1") == std::string(kDraftStorageKey) + ":t1");
    CHECK(IsDraftKey(DraftKey("t1")));
    CHECK(IsDraftKey(kDraftStorageKey)); // the single key of before
    CHECK_FALSE(IsDraftKey(std::string(kDraftStorageKey) + ":backup"));
    CHECK_FALSE(IsDraftKey(DraftKey("t1") + ":backup"));
    CHECK_FALSE(IsDraftKey("crossroads:session:v1"));
    CHECK_FALSE(IsDraftKey(std::string(kDraftStorageKey) + ":"));
    auto stored = [](const std::string& key, double at, bool damaged = false) {
        return StoredDraft{key, damaged ? DecodeDraft("{") : DecodeDraft(EncodeDraft({key, "{}", true, at}))};
    };
    const std::vector<StoredDraft> drafts = {stored(kDraftStorageKey, 0), stored(DraftKey("a"), 300), stored(DraftKey("b"), 500),
                                             stored(DraftKey("c"), 900, true)};
    CHECK(PickDraft(drafts, DraftKey("a")) == std::optional<std::size_t>(1)); // a reload: its own, though older
    CHECK(PickDraft(drafts, DraftKey("new")) == std::optional<std::size_t>(2)); // a new tab: the last stored
    CHECK(PickDraft(drafts, "") == std::optional<std::size_t>(2));
    CHECK(PickDraft(drafts, DraftKey("c")) == std::optional<std::size_t>(2)); // its own is damaged
    CHECK(PickDraft({stored(kDraftStorageKey, 0)}, DraftKey("x")) == std::optional<std::size_t>(0));
    CHECK_FALSE(PickDraft({stored(DraftKey("c"), 900, true)}, DraftKey("c")));
    CHECK_FALSE(PickDraft({}, DraftKey("c")));
}
