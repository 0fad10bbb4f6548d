// Author mode's edits: each user action as ops with their inverses, ids kept unique and
// references kept pointing at what they pointed at, new items shaped as the format expects.
#include "crossroads/author.hpp"

#include "crossroads/content.hpp"
#include "crossroads/loader.hpp"

#include <algorithm>
#include <utility>

namespace crossroads::author {

namespace {

// Whether `path` has the shape of `pattern`, where "*" stands for any one segment.
bool Matches(const Path& path, std::string_view pattern) {
    const std::vector<std::string> a = SplitPath(path);
    const std::vector<std::string> b = SplitPath(pattern);
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (b[i] != "*" && a[i] != b[i]) return false;
    return true;
}

// "roles.2.name" -> parent "roles.2" and last segment "name".
std::pair<Path, std::string> Split(const Path& path) {
    const std::size_t dot = path.rfind('.');
    if (dot == Path::npos) return {Path(), path};
    return {path.substr(0, dot), path.substr(dot + 1)};
}

// The item's array and index, when `item_path` names an array element; else `error` says so.
bool ItemOf(const Json& doc, const Path& item_path, Path& array_path, std::size_t& index, i18n::Message& error) {
    auto [parent, last] = Split(item_path);
    const Json* array = Find(doc, parent);
    const bool digits = !last.empty() && last.size() <= 9 &&
                        std::all_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!array || !array->is_array() || !digits || std::stoul(last) >= array->size()) {
        error = i18n::Msg("author.error.notItem", "{path} is not an item of a list", {{"path", item_path}});
        return false;
    }
    index = std::stoul(last);
    array_path = parent;
    return true;
}

std::vector<std::string> IdsIn(const Json* array, const char* key = "id") {
    std::vector<std::string> ids;
    if (!array || !array->is_array()) return ids;
    for (const Json& item : *array) {
        if (!item.is_object()) continue;
        auto it = item.find(key);
        if (it != item.end() && it->is_string()) ids.push_back(it->get<std::string>());
    }
    return ids;
}

std::string FirstSection(const Json& doc) {
    const std::vector<std::string> ids = IdsIn(Find(doc, "sections"));
    return ids.empty() ? std::string() : ids.front();
}

// A choice option's id is one letter: the first one its question does not use.
std::string FreeLetter(const Json* options) {
    const std::vector<std::string> used = IdsIn(options);
    for (char c = 'a'; c <= 'z'; ++c)
        if (std::find(used.begin(), used.end(), std::string(1, c)) == used.end()) return std::string(1, c);
    return "a"; // all 26 used: the loader reports the duplicate
}

Json EmptyCell(const Json& row, const std::string& source) {
    const auto kind = row.find("kind");
    if (kind != row.end() && *kind == "range") return Json{{"min", 0}, {"max", 0}, {"source", source}};
    return Json{{"items", Json::array({Json{{"text", ""}, {"source", source}}})}};
}

// Texts emptied, ids made unique: the shape of an item kept for a new one like it.
void Blank(Json& value) {
    if (value.is_string()) value = "";
    else if (value.is_structured())
        for (auto& child : value) Blank(child);
}

Op ReplaceOp(const Path& path, Json before, Json after) {
    Op op;
    op.kind = Op::Kind::Replace;
    op.path = path;
    op.before = std::move(before);
    op.after = std::move(after);
    return op;
}

// A question made into another type: the texts, feedback and source stay; options carry
// over between single and multiple choice; the answer takes the new type's shape.
Json Retyped(const Json& q, const std::string& type) {
    Json out = Json::object();
    for (auto it = q.begin(); it != q.end(); ++it) {
        if (it.key() == "options" || it.key() == "items" || it.key() == "answer" || it.key() == "partialCredit") continue;
        out[it.key()] = it.value();
        if (it.key() == "type") out["type"] = type;
    }
    if (!out.contains("type")) out["type"] = type;
    if (type == "single" || type == "multiple") {
        const auto options = q.find("options");
        Json opts = options != q.end() && options->is_array() && !options->empty()
                        ? *options
                        : Json::array({Json{{"id", "a"}, {"text", ""}}, Json{{"id", "b"}, {"text", ""}}});
        Json answer = Json::array();
        const auto old = q.find("answer");
        if (old != q.end() && old->is_array()) answer = *old;
        if (type == "single" && answer.size() > 1) answer = Json::array({answer.front()});
        if (answer.empty() && opts.front().contains("id")) answer.push_back(opts.front()["id"]);
        out["options"] = std::move(opts);
        out["answer"] = std::move(answer);
    } else if (type == "truefalse") {
        out["answer"] = true;
    } else if (type == "order") {
        out["items"] = Json::array({Json{{"id", "first"}, {"text", ""}}, Json{{"id", "second"}, {"text", ""}}});
    }
    return out;
}

// A comparison row made into the other kind: each role's cell takes the new kind's shape.
Json Rekinded(const Json& row, const std::string& kind, const std::string& source) {
    Json out = row;
    out["kind"] = kind;
    if (kind == "range") {
        if (!out.contains("unit")) out["unit"] = format::kRangeUnits[0];
    } else {
        out.erase("unit");
    }
    if (out.contains("cells") && out["cells"].is_object())
        for (auto& cell : out["cells"]) cell = EmptyCell(out, source);
    return out;
}

} // namespace

std::string UniqueId(const Json& doc, const Path& array_path, const std::string& base) {
    const std::vector<std::string> used = IdsIn(Find(doc, array_path));
    auto free = [&](const std::string& id) { return std::find(used.begin(), used.end(), id) == used.end(); };
    if (!base.empty() && free(base)) return base;
    for (int n = 2;; ++n) {
        std::string id = (base.empty() ? std::string("item") : base) + "-" + std::to_string(n);
        if (free(id)) return id;
    }
}

Json NewItem(const Json& doc, const Path& array_path) {
    const std::string source = FirstSection(doc);
    const Json* array = Find(doc, array_path);
    if (!array || !array->is_array()) return nullptr;
    if (array_path == "sections") return Json{{"id", UniqueId(doc, array_path, "section")}, {"heading", ""}};
    if (array_path == "roles")
        return Json{{"id", UniqueId(doc, array_path, "role")}, {"name", ""}, {"short", ""}, {"summary", ""},
                    {"focus", ""}, {"source", source}};
    if (array_path == "comparison") {
        Json row{{"id", UniqueId(doc, array_path, "row")}, {"label", ""}, {"kind", format::kRowKinds[0]}, {"cells", Json::object()}};
        for (const std::string& role : IdsIn(Find(doc, "roles"))) row["cells"][role] = EmptyCell(row, source);
        return row;
    }
    if (Matches(array_path, "comparison.*.cells.*.items") || Matches(array_path, "ladder.nodes.*.requirements"))
        return Json{{"text", ""}, {"source", source}};
    if (array_path == "ladder.nodes")
        return Json{{"id", UniqueId(doc, array_path, "node")}, {"title", ""}, {"track", format::kTracks[0]}, {"level", 1},
                    {"summary", ""}, {"description", ""}, {"requirements", Json::array()}, {"source", source}};
    if (array_path == "ladder.edges") {
        // From the first node to the last one nothing leads to yet: a node just added gets
        // connected by the next edge.
        const std::vector<std::string> nodes = IdsIn(Find(doc, "ladder.nodes"));
        const std::vector<std::string> reached = IdsIn(array, "to");
        const std::string from = nodes.empty() ? std::string() : nodes.front();
        std::string to = nodes.size() > 1 ? nodes[1] : from;
        for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
            if (*it != from && std::find(reached.begin(), reached.end(), *it) == reached.end()) {
                to = *it;
                break;
            }
        return Json{{"from", from}, {"to", to}, {"kind", format::kEdgeKinds[0]}, {"source", source}};
    }
    if (array_path == "quizzes.fit.statements")
        return Json{{"id", UniqueId(doc, array_path, "statement")}, {"text", ""},
                    {"weights", Json{{"management", 1}, {"technical", 0}}}, {"source", source}};
    if (array_path == "quizzes.knowledge.questions") {
        // No "feedback": it is optional, and the app's own words stand in until it is written.
        Json q{{"id", UniqueId(doc, array_path, "question")}, {"type", format::kQuestionTypes[0]}, {"prompt", ""},
               {"explanation", ""}, {"source", source}};
        return Retyped(q, format::kQuestionTypes[0]);
    }
    if (Matches(array_path, "quizzes.knowledge.questions.*.options")) return Json{{"id", FreeLetter(array)}, {"text", ""}};
    if (Matches(array_path, "quizzes.knowledge.questions.*.items"))
        return Json{{"id", UniqueId(doc, array_path, "item")}, {"text", ""}};
    if (array->empty()) return nullptr;
    // An array the format does not name (an author's own addition): a blank copy of its last item.
    Json item = array->back();
    Blank(item);
    if (item.is_object() && item.contains("id")) item["id"] = UniqueId(doc, array_path, "item");
    return item;
}

std::vector<Path> References(const Json& doc, const Path& id_path) {
    std::vector<Path> out;
    const Json* id = Find(doc, id_path);
    if (!id || !id->is_string()) return out;
    const std::string value = id->get<std::string>();
    auto [item, key] = Split(id_path);
    if (key != "id") return out;
    if (Matches(item, "sections.*")) {
        // Every "source" anywhere in the document.
        std::vector<std::pair<const Json*, Path>> stack{{&doc, Path()}};
        while (!stack.empty()) {
            auto [at, path] = stack.back();
            stack.pop_back();
            if (at->is_object()) {
                for (auto it = at->begin(); it != at->end(); ++it) {
                    const Path child = JoinPath(path, it.key());
                    if (it.key() == "source" && it->is_string() && *it == value) out.push_back(child);
                    else if (it->is_structured()) stack.emplace_back(&*it, child);
                }
            } else if (at->is_array()) {
                for (std::size_t i = 0; i < at->size(); ++i)
                    if ((*at)[i].is_structured()) stack.emplace_back(&(*at)[i], JoinPath(path, i));
            }
        }
        std::sort(out.begin(), out.end());
    } else if (Matches(item, "roles.*")) {
        if (const Json* rows = Find(doc, "comparison"); rows && rows->is_array())
            for (std::size_t r = 0; r < rows->size(); ++r) {
                const Path cells = JoinPath(JoinPath("comparison", r), "cells");
                const Json* c = Find(doc, cells);
                if (c && c->is_object() && c->contains(value)) out.push_back(JoinPath(cells, value));
            }
    } else if (Matches(item, "ladder.nodes.*")) {
        if (const Json* edges = Find(doc, "ladder.edges"); edges && edges->is_array())
            for (std::size_t e = 0; e < edges->size(); ++e)
                for (const char* end : {"from", "to"}) {
                    const Path p = JoinPath(JoinPath("ladder.edges", e), end);
                    const Json* v = Find(doc, p);
                    if (v && v->is_string() && *v == value) out.push_back(p);
                }
        for (const char* outcome : {"management", "technical", "balanced"}) {
            const Path p = JoinPath(JoinPath("quizzes.fit.outcomes", outcome), "node");
            const Json* v = Find(doc, p);
            if (v && v->is_string() && *v == value) out.push_back(p);
        }
    } else if (Matches(item, "quizzes.knowledge.questions.*.options.*")) {
        const Path answer = JoinPath(Split(Split(item).first).first, "answer");
        if (const Json* a = Find(doc, answer); a && a->is_array())
            for (std::size_t i = 0; i < a->size(); ++i)
                if ((*a)[i].is_string() && (*a)[i] == value) out.push_back(JoinPath(answer, i));
    }
    return out;
}

std::vector<std::string> ChoicesFor(const Json& doc, const Path& path) {
    auto list = [](const auto& array) { return std::vector<std::string>(array.begin(), array.end()); };
    const std::string key = Split(path).second;
    if (key == "source") return IdsIn(Find(doc, "sections"));
    if (Matches(path, "comparison.*.kind")) return list(format::kRowKinds);
    if (Matches(path, "comparison.*.unit")) return list(format::kRangeUnits);
    if (Matches(path, "ladder.nodes.*.track")) return list(format::kTracks);
    if (Matches(path, "ladder.edges.*.kind")) return list(format::kEdgeKinds);
    if (Matches(path, "ladder.edges.*.from") || Matches(path, "ladder.edges.*.to") ||
        Matches(path, "quizzes.fit.outcomes.*.node"))
        return IdsIn(Find(doc, "ladder.nodes"));
    if (Matches(path, "quizzes.knowledge.questions.*.type")) return list(format::kQuestionTypes);
    return {};
}

// [SECTION] Edits

std::optional<Edit> SetValue(const Json& doc, const Path& path, Json value, i18n::Message& error) {
    const Json* at = Find(doc, path);
    auto [parent, key] = Split(path);
    Edit edit;
    // TRANSLATORS: an undo step, shown as "Undo: Edit roles.0.name"; {path} is a field of the content file
    edit.label = i18n::Msg("author.step.edit", "Edit {path}", {{"path", path}});
    edit.merge_key = path;
    if (!at) {
        // An optional key the object lacks: the object is replaced by one that has it.
        const Json* object = Find(doc, parent);
        if (path.empty() || !object || !object->is_object()) {
            error = i18n::Msg("author.error.nothingAt", "nothing is at {path}", {{"path", path}});
            return std::nullopt;
        }
        Json after = *object;
        after[key] = std::move(value);
        edit.ops.push_back(ReplaceOp(parent, *object, std::move(after)));
        return edit;
    }
    // A question's type and a row's kind decide the shape of what follows them: the whole
    // question or row is reshaped in the same step.
    if (value.is_string() && key == "type" && Matches(parent, "quizzes.knowledge.questions.*") && *at != value) {
        const Json* q = Find(doc, parent);
        edit.ops.push_back(ReplaceOp(parent, *q, Retyped(*q, value.get<std::string>())));
        return edit;
    }
    if (value.is_string() && key == "kind" && Matches(parent, "comparison.*") && *at != value) {
        const Json* row = Find(doc, parent);
        edit.ops.push_back(ReplaceOp(parent, *row, Rekinded(*row, value.get<std::string>(), FirstSection(doc))));
        return edit;
    }
    edit.ops.push_back(ReplaceOp(path, *at, std::move(value)));
    return edit;
}

std::optional<Edit> InsertItem(const Json& doc, const Path& array_path, std::size_t index, Json value, i18n::Message& error) {
    const Json* array = Find(doc, array_path);
    if (!array || !array->is_array()) {
        error = i18n::Msg("author.error.notList", "{path} is not a list", {{"path", array_path}});
        return std::nullopt;
    }
    if (index > array->size()) index = array->size();
    Edit edit;
    // TRANSLATORS: an undo step; {path} is a list of the content file
    edit.label = i18n::Msg("author.step.addTo", "Add to {path}", {{"path", array_path}});
    Op op;
    op.kind = Op::Kind::Insert;
    op.path = array_path;
    op.from = index;
    op.after = std::move(value);
    edit.ops.push_back(std::move(op));
    return edit;
}

std::optional<Edit> AddItem(const Json& doc, const Path& array_path, i18n::Message& error) {
    Json item = NewItem(doc, array_path);
    if (item.is_null()) {
        error = i18n::Msg("author.error.noNewItem", "there is no new item to add to {path}", {{"path", array_path}});
        return std::nullopt;
    }
    const Json* array = Find(doc, array_path);
    auto edit = InsertItem(doc, array_path, array->size(), std::move(item), error);
    // A new role gets a cell in every comparison row, so the rows say what to fill in.
    if (edit && array_path == "roles") {
        const std::string role = edit->ops.front().after["id"].get<std::string>();
        const std::string source = FirstSection(doc);
        if (const Json* rows = Find(doc, "comparison"); rows && rows->is_array())
            for (std::size_t r = 0; r < rows->size(); ++r) {
                const Path cells = JoinPath(JoinPath("comparison", r), "cells");
                const Json* c = Find(doc, cells);
                if (!c || !c->is_object()) continue;
                Json after = *c;
                after[role] = EmptyCell((*rows)[r], source);
                edit->ops.push_back(ReplaceOp(cells, *c, std::move(after)));
            }
    }
    return edit;
}

std::optional<Edit> RemoveItem(const Json& doc, const Path& item_path, i18n::Message& error) {
    Path array_path;
    std::size_t index = 0;
    if (!ItemOf(doc, item_path, array_path, index, error)) return std::nullopt;
    Edit edit;
    // TRANSLATORS: an undo step; {path} is an item or a key of the content file
    edit.label = i18n::Msg("author.step.remove", "Remove {path}", {{"path", item_path}});
    // A removed role takes its cells in the comparison rows with it.
    if (array_path == "roles") {
        const Path id_path = JoinPath(item_path, "id");
        for (const Path& ref : References(doc, id_path)) {
            const Path cells = Split(ref).first;
            const Json* c = Find(doc, cells);
            Json after = *c;
            after.erase(Split(ref).second);
            edit.ops.push_back(ReplaceOp(cells, *c, std::move(after)));
        }
    }
    Op op;
    op.kind = Op::Kind::Erase;
    op.path = array_path;
    op.from = index;
    op.before = *Find(doc, item_path);
    edit.ops.push_back(std::move(op));
    return edit;
}

std::optional<Edit> DuplicateItem(const Json& doc, const Path& item_path, i18n::Message& error) {
    Path array_path;
    std::size_t index = 0;
    if (!ItemOf(doc, item_path, array_path, index, error)) return std::nullopt;
    if (array_path == "roles") {
        error = i18n::Msg("author.error.duplicateRole", "a role cannot be duplicated: add a new one, which gets a cell in every row");
        return std::nullopt;
    }
    Json copy = *Find(doc, item_path);
    if (copy.is_object() && copy.contains("id") && copy["id"].is_string()) {
        const bool letter = Matches(array_path, "quizzes.knowledge.questions.*.options");
        copy["id"] = letter ? FreeLetter(Find(doc, array_path)) : UniqueId(doc, array_path, copy["id"].get<std::string>());
    }
    auto edit = InsertItem(doc, array_path, index + 1, std::move(copy), error);
    // TRANSLATORS: an undo step; {path} is an item of the content file
    if (edit) edit->label = i18n::Msg("author.step.duplicate", "Duplicate {path}", {{"path", item_path}});
    return edit;
}

std::optional<Edit> MoveItem(const Json& doc, const Path& item_path, std::size_t to, i18n::Message& error) {
    Path array_path;
    std::size_t index = 0;
    if (!ItemOf(doc, item_path, array_path, index, error)) return std::nullopt;
    if (to >= Find(doc, array_path)->size() || to == index) {
        error = i18n::Msg("author.error.cannotMove", "the item cannot move there");
        return std::nullopt;
    }
    Edit edit;
    // TRANSLATORS: an undo step; {path} is an item of the content file
    edit.label = i18n::Msg("author.step.move", "Move {path}", {{"path", item_path}});
    Op op;
    op.kind = Op::Kind::Move;
    op.path = array_path;
    op.from = index;
    op.to = to;
    edit.ops.push_back(std::move(op));
    return edit;
}

std::optional<Edit> RenameId(const Json& doc, const Path& id_path, const std::string& new_id, i18n::Message& error) {
    const Json* id = Find(doc, id_path);
    auto [item, key] = Split(id_path);
    if (!id || !id->is_string() || key != "id") {
        error = i18n::Msg("author.error.notId", "{path} is not an id", {{"path", id_path}});
        return std::nullopt;
    }
    const std::string old_id = id->get<std::string>();
    if (new_id.empty()) {
        error = i18n::Msg("author.error.emptyId", "an id cannot be empty");
        return std::nullopt;
    }
    if (new_id == old_id) {
        error = i18n::Msg("author.error.sameId", "the id is unchanged");
        return std::nullopt;
    }
    const Path array_path = Split(item).first;
    const std::vector<std::string> ids = IdsIn(Find(doc, array_path));
    if (std::find(ids.begin(), ids.end(), new_id) != ids.end()) {
        error = i18n::Msg("author.error.idTaken", "\"{id}\" is already the id of another item here", {{"id", new_id}});
        return std::nullopt;
    }
    Edit edit;
    // TRANSLATORS: an undo step; {old} and {new} are ids
    edit.label = i18n::Msg("author.step.rename", "Rename {old} to {new}", {{"old", old_id}, {"new", new_id}});
    // References move only when the old id named this item alone: with a duplicate, they
    // may mean the other one.
    const bool unique = std::count(ids.begin(), ids.end(), old_id) == 1;
    if (unique) {
        for (const Path& ref : References(doc, id_path)) {
            auto [parent, last] = Split(ref);
            if (Matches(item, "roles.*")) {
                Op op;
                op.kind = Op::Kind::RenameKey;
                op.path = parent;
                op.key_before = old_id;
                op.key_after = new_id;
                edit.ops.push_back(std::move(op));
            } else {
                edit.ops.push_back(ReplaceOp(ref, old_id, new_id));
            }
        }
    }
    edit.ops.push_back(ReplaceOp(id_path, old_id, new_id));
    return edit;
}

// [SECTION] Optional keys

std::vector<std::string> OptionalKeys(const Json& doc, const Path& path) {
    const Json* at = Find(doc, path);
    if (!at || !at->is_object()) return {};
    if (path.empty()) return {"language", "quizzes"};
    if (path == "article") return {"publisher", "note"};
    if (Matches(path, "roles.*")) return {"focus", "colour"};
    if (Matches(path, "comparison.*.cells.*") && at->contains("min")) return {"note"};
    if (Matches(path, "ladder.nodes.*")) return {"summary", "requirements", "experience", "salary", "position"};
    if (Matches(path, "ladder.nodes.*.experience")) return {"note"};
    if (path == "quizzes") return {"fit", "knowledge"};
    if (path == "quizzes.fit") return {"intro", "minAnswered"};
    if (path == "quizzes.fit.outcomes.management" || path == "quizzes.fit.outcomes.technical") return {"node"};
    if (path == "quizzes.knowledge") return {"intro", "passMark"};
    if (Matches(path, "quizzes.knowledge.questions.*")) {
        const auto type = at->find("type");
        if (type != at->end() && *type == "multiple") return {"partialCredit", "feedback"};
        return {"feedback"};
    }
    if (Matches(path, "quizzes.knowledge.questions.*.feedback")) return {"correct", "incorrect"};
    return {};
}

namespace {

// Every "source" in `value` made the document's first section, and the fit outcomes' nodes
// dropped: a part taken from the template must point into this document, not the template.
void Rehome(Json& value, const std::string& source) {
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            if (it.key() == "source" && it->is_string()) *it = source;
            else Rehome(*it, source);
        if (value.contains("management") && value.contains("balanced"))
            for (auto& outcome : value) if (outcome.is_object()) outcome.erase("node");
    } else if (value.is_array()) {
        for (auto& child : value) Rehome(child, source);
    }
}

Json NewKeyValue(const Json& doc, const Path& path, const std::string& key) {
    const std::string source = FirstSection(doc);
    if (key == "quizzes" || key == "fit" || key == "knowledge") {
        // A whole quiz is the template's, its texts kept as examples to rewrite.
        Json part = NewComparisonTemplate()["quizzes"];
        if (key != "quizzes") part = part[key];
        Rehome(part, source);
        return part;
    }
    if (key == "requirements") return Json::array({Json{{"text", ""}, {"source", source}}});
    if (key == "experience" || key == "salary") return Json{{"min", 0}, {"max", 0}, {"source", source}};
    if (key == "position") return Json{{"x", 0}, {"y", 0}};
    if (key == "minAnswered") return FitQuiz().min_answered;
    if (key == "passMark") return KnowledgeQuiz().pass_mark;
    if (key == "partialCredit") return true; // absent means off: it is added to turn it on
    if (key == "feedback") return Json{{"correct", ""}, {"incorrect", ""}};
    if (key == "colour") return "#808080";
    if (key == "language") return "en";
    if (key == "node") {
        // The first node of the outcome's own track.
        const std::string track = Split(path).second;
        const Json* nodes = Find(doc, "ladder.nodes");
        std::string first;
        if (nodes && nodes->is_array())
            for (const Json& n : *nodes) {
                if (!n.is_object() || !n.contains("id") || !n["id"].is_string()) continue;
                if (first.empty()) first = n["id"].get<std::string>();
                if (n.contains("track") && n["track"] == track) return n["id"];
            }
        return first;
    }
    return "";
}

} // namespace

std::optional<Edit> AddKey(const Json& doc, const Path& path, const std::string& key, Json value, i18n::Message& error) {
    const std::vector<std::string> keys = OptionalKeys(doc, path);
    const Json* object = Find(doc, path);
    if (std::find(keys.begin(), keys.end(), key) == keys.end() || !object) {
        error = path.empty() ? i18n::Msg("author.error.notOptionalTop", "\"{key}\" is not an optional key of the file", {{"key", key}})
                             : i18n::Msg("author.error.notOptional", "\"{key}\" is not an optional key of {path}", {{"key", key}, {"path", path}});
        return std::nullopt;
    }
    if (object->contains(key)) {
        error = path.empty() ? i18n::Msg("author.error.hasKeyTop", "the file already has \"{key}\"", {{"key", key}})
                             : i18n::Msg("author.error.hasKey", "{path} already has \"{key}\"", {{"key", key}, {"path", path}});
        return std::nullopt;
    }
    if (value.is_null()) value = NewKeyValue(doc, path, key);
    // Before "source", which the format's objects end with; else last.
    Json after = Json::object();
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it.key() == "source") after[key] = value;
        after[it.key()] = it.value();
    }
    if (!after.contains(key)) after[key] = std::move(value);
    Edit edit;
    // TRANSLATORS: an undo step; {path} is an optional key of the content file
    edit.label = i18n::Msg("author.step.add", "Add {path}", {{"path", JoinPath(path, key)}});
    edit.ops.push_back(ReplaceOp(path, *object, std::move(after)));
    return edit;
}

std::optional<Edit> RemoveKey(const Json& doc, const Path& path, i18n::Message& error) {
    auto [parent, key] = Split(path);
    const std::vector<std::string> keys = OptionalKeys(doc, parent);
    const Json* object = Find(doc, parent);
    if (std::find(keys.begin(), keys.end(), key) == keys.end() || !object || !object->contains(key)) {
        error = i18n::Msg("author.error.notRemovable", "{path} is not an optional key that can be removed", {{"path", path}});
        return std::nullopt;
    }
    Json after = *object;
    after.erase(key);
    Edit edit;
    edit.label = i18n::Msg("author.step.remove", "Remove {path}", {{"path", path}});
    edit.ops.push_back(ReplaceOp(parent, *object, std::move(after)));
    return edit;
}

} // namespace crossroads::author
