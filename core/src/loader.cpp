// Content loader: nlohmann/json's non-throwing parse, then a validating walk that
// records every problem with its JSON path instead of stopping at the first one.
//
// [SECTION] Byte-level checks (size, UTF-8, nesting)
// [SECTION] Reader: typed field access that records problems
// [SECTION] Content walk
#include "crossroads/loader.hpp"

#include "crossroads/ladder.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>
#include <utility>

namespace crossroads {

using json = nlohmann::json;

bool LoadResult::Ok() const { return ErrorCount() == 0; }

std::size_t LoadResult::ErrorCount() const {
    return static_cast<std::size_t>(std::count_if(problems.begin(), problems.end(),
        [](const Problem& p) { return p.severity == Severity::Error; }));
}

std::string FormatProblem(const Problem& problem, std::string_view file) {
    const std::string_view where = problem.path.empty() ? file : std::string_view(problem.path);
    std::string out = where.empty() ? std::string() : std::string(where) + ": ";
    if (problem.severity == Severity::Warning) out += "warning: ";
    return out + problem.message;
}

Problem UnreadableFile(const std::string& reason) {
    return {code::kFileUnreadable, "", reason + ": check the path and permissions", Severity::Error};
}

// [SECTION] Byte-level checks (size, UTF-8, nesting)

bool IsValidUtf8(std::string_view bytes) {
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) { ++i; continue; }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) { extra = 1; cp = c & 0x1Fu; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; cp = c & 0x0Fu; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; cp = c & 0x07u; }
        else return false;
        if (i + static_cast<std::size_t>(extra) >= n) return false;
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        // Reject overlong forms, UTF-16 surrogates and code points past U+10FFFF.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        if (cp > 0x10FFFF) return false;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

namespace {

// Deepest [ / { nesting outside strings. Checked before parsing so that hostile
// input (10,000 nested arrays) costs one linear scan and nothing more.
int MaxNesting(std::string_view bytes, int limit) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char ch : bytes) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (ch == '\\') escaped = true;
            else if (ch == '"') in_string = false;
            continue;
        }
        if (ch == '"') in_string = true;
        else if (ch == '[' || ch == '{') { deepest = std::max(deepest, ++depth); if (deepest > limit) return deepest; }
        else if (ch == ']' || ch == '}') --depth;
    }
    return deepest;
}

const char* TypeName(const json& value) {
    switch (value.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "a list";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "true/false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return "a number";
        default: return "an unsupported value";
    }
}

// [SECTION] Reader: typed field access that records problems

class Reader {
public:
    explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

    void Error(const char* code, std::string path, std::string message) {
        problems_.push_back({code, std::move(path), std::move(message), Severity::Error});
    }
    void Warning(const char* code, std::string path, std::string message) {
        problems_.push_back({code, std::move(path), std::move(message), Severity::Warning});
    }

    static std::string Join(const std::string& path, const char* key) {
        return path.empty() ? std::string(key) : path + "." + key;
    }
    static std::string Index(const std::string& path, std::size_t i) {
        return path + "[" + std::to_string(i) + "]";
    }

    // The object at `path`, or nullptr (recorded) when the value is not an object.
    const json* Object(const json& value, const std::string& path) {
        if (value.is_object()) return &value;
        Error(code::kType, path, std::string("expected an object, found ") + TypeName(value));
        return nullptr;
    }

    // Warns about keys the format does not define: likely typos an author wants to know of.
    void CheckKeys(const json& object, const std::string& path, std::initializer_list<const char*> known) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool is_known = std::any_of(known.begin(), known.end(),
                [&](const char* k) { return it.key() == k; });
            if (!is_known) Warning(code::kUnknownKey, Join(path, it.key().c_str()),
                "unknown key \"" + it.key() + "\" is ignored");
        }
    }

    const json* Field(const json& object, const char* key, const std::string& path, bool required) {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required) Error(code::kMissing, Join(path, key), std::string("required key \"") + key + "\" is missing");
            return nullptr;
        }
        return &*it;
    }

    // A required (or optional) non-empty string. Returns false when absent or bad.
    bool String(const json& object, const char* key, const std::string& path, std::string& out, bool required = true) {
        const json* value = Field(object, key, path, required);
        if (!value) return false;
        if (!value->is_string()) {
            Error(code::kType, Join(path, key), std::string("expected a string, found ") + TypeName(*value));
            return false;
        }
        const auto& text = value->get_ref<const std::string&>();
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
            Error(code::kEmpty, Join(path, key), "must not be empty");
            return false;
        }
        out = text;
        return true;
    }

    bool Number(const json& object, const char* key, const std::string& path, double& out) {
        const json* value = Field(object, key, path, true);
        if (!value) return false;
        if (!value->is_number()) {
            Error(code::kType, Join(path, key), std::string("expected a number, found ") + TypeName(*value));
            return false;
        }
        out = value->get<double>();
        if (!std::isfinite(out)) {
            Error(code::kType, Join(path, key), "expected a finite number");
            return false;
        }
        return true;
    }

    bool Integer(const json& object, const char* key, const std::string& path, int& out, long long lo = 0,
                 long long hi = 1000, bool required = true) {
        const json* value = Field(object, key, path, required);
        if (!value) return false;
        if (!value->is_number_integer()) {
            Error(code::kType, Join(path, key), std::string("expected a whole number, found ") + TypeName(*value));
            return false;
        }
        const auto v = value->get<long long>();
        if (v < lo || v > hi) {
            Error(code::kOutOfRange, Join(path, key), "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
            return false;
        }
        out = static_cast<int>(v);
        return true;
    }

    bool Bool(const json& object, const char* key, const std::string& path, bool& out, bool required) {
        const json* value = Field(object, key, path, required);
        if (!value) return false;
        if (!value->is_boolean()) {
            Error(code::kType, Join(path, key), std::string("expected true or false, found ") + TypeName(*value));
            return false;
        }
        out = value->get<bool>();
        return true;
    }

    // A list at `key`; nullptr (recorded) when absent or not a list.
    const json* Array(const json& object, const char* key, const std::string& path, bool required, bool non_empty) {
        const json* value = Field(object, key, path, required);
        if (!value) return nullptr;
        if (!value->is_array()) {
            Error(code::kType, Join(path, key), std::string("expected a list, found ") + TypeName(*value));
            return nullptr;
        }
        if (non_empty && value->empty()) {
            Error(code::kEmpty, Join(path, key), "must not be an empty list");
            return nullptr;
        }
        return value;
    }

    // One of a fixed set of strings; returns its index or -1 (recorded).
    int Enum(const json& object, const char* key, const std::string& path, std::initializer_list<const char*> allowed) {
        std::string text;
        if (!String(object, key, path, text)) return -1;
        int i = 0;
        for (const char* option : allowed) {
            if (text == option) return i;
            ++i;
        }
        std::string list;
        for (const char* option : allowed) list += (list.empty() ? "" : ", ") + std::string(option);
        Error(code::kEnum, Join(path, key), "\"" + text + "\" is not one of: " + list);
        return -1;
    }

private:
    std::vector<Problem>& problems_;
};

// [SECTION] Content walk

class ContentWalk {
public:
    ContentWalk(Content& content, std::vector<Problem>& problems) : c_(content), r_(problems) {}

    void Run(const json& root) {
        if (!r_.Object(root, "")) return;
        r_.CheckKeys(root, "", {"$schema", "format", "version", "title", "article", "sections", "roles",
                                "comparison", "ladder", "quizzes"});
        std::string format;
        if (r_.String(root, "format", "", format) && format != "crossroads-content")
            r_.Error(code::kFormat, "format", "expected \"crossroads-content\", found \"" + format + "\"");
        int version = 0;
        if (r_.Integer(root, "version", "", version) && version != kContentVersion)
            r_.Error(code::kFormat, "version", "this Crossroads reads version " + std::to_string(kContentVersion) +
                                                   ", the file is version " + std::to_string(version));
        r_.String(root, "title", "", c_.title);
        Article(root);
        Sections(root);
        Roles(root);
        Comparison(root);
        LadderGraph(root);
        QuizzesPart(root);
        ResolveSources();
    }

private:
    void Article(const json& root) {
        const json* value = r_.Field(root, "article", "", true);
        if (!value || !r_.Object(*value, "article")) return;
        r_.CheckKeys(*value, "article", {"title", "publisher", "note"});
        r_.String(*value, "title", "article", c_.article.title);
        r_.String(*value, "publisher", "article", c_.article.publisher, false);
        r_.String(*value, "note", "article", c_.article.note, false);
    }

    void Sections(const json& root) {
        const json* list = r_.Array(root, "sections", "", true, true);
        if (!list) return;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = Reader::Index("sections", i);
            const json* s = r_.Object((*list)[i], path);
            if (!s) continue;
            r_.CheckKeys(*s, path, {"id", "heading"});
            Section section;
            const bool has_id = r_.String(*s, "id", path, section.id);
            r_.String(*s, "heading", path, section.heading);
            if (has_id && !seen.insert(section.id).second) {
                r_.Error(code::kDuplicateId, Reader::Join(path, "id"), "section id \"" + section.id + "\" is used twice");
                continue;
            }
            if (has_id) c_.sections.push_back(std::move(section));
        }
    }

    // A "source" reference, resolved once all sections are known.
    void Source(const json& object, const std::string& path, std::string& out) {
        if (r_.String(object, "source", path, out)) pending_sources_.emplace_back(out, Reader::Join(path, "source"));
    }

    void ResolveSources() {
        for (const auto& [id, path] : pending_sources_) {
            if (!HasSection(id))
                r_.Error(code::kUnknownRef, path, "no section has the id \"" + id + "\"");
        }
    }

    bool HasSection(const std::string& id) const {
        return std::any_of(c_.sections.begin(), c_.sections.end(), [&](const Section& s) { return s.id == id; });
    }

    void Roles(const json& root) {
        const json* list = r_.Array(root, "roles", "", true, false);
        if (!list) return;
        if (list->size() < 2) r_.Error(code::kEmpty, "roles", "at least two roles are needed to compare");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = Reader::Index("roles", i);
            const json* o = r_.Object((*list)[i], path);
            if (!o) { role_ok_ = false; continue; }
            r_.CheckKeys(*o, path, {"id", "name", "short", "summary", "focus", "source"});
            Role role;
            const bool has_id = r_.String(*o, "id", path, role.id);
            r_.String(*o, "name", path, role.name);
            r_.String(*o, "short", path, role.short_name);
            r_.String(*o, "summary", path, role.summary);
            r_.String(*o, "focus", path, role.focus, false);
            Source(*o, path, role.source);
            if (!has_id) { role_ok_ = false; continue; }
            if (!seen.insert(role.id).second) {
                r_.Error(code::kDuplicateId, Reader::Join(path, "id"), "role id \"" + role.id + "\" is used twice");
                role_ok_ = false;
                continue;
            }
            c_.roles.push_back(std::move(role));
        }
    }

    void Items(const json& object, const char* key, const std::string& path, std::vector<Item>& out, bool required) {
        const json* list = r_.Array(object, key, path, required, false);
        if (!list) return;
        const std::string base = Reader::Join(path, key);
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string item_path = Reader::Index(base, i);
            const json* o = r_.Object((*list)[i], item_path);
            if (!o) continue;
            r_.CheckKeys(*o, item_path, {"text", "source"});
            Item item;
            r_.String(*o, "text", item_path, item.text);
            Source(*o, item_path, item.source);
            out.push_back(std::move(item));
        }
    }

    void RangeValue(const json& object, const std::string& path, Range& out) {
        r_.CheckKeys(object, path, {"min", "max", "note", "source"});
        const bool has_min = r_.Number(object, "min", path, out.min);
        const bool has_max = r_.Number(object, "max", path, out.max);
        r_.String(object, "note", path, out.note, false);
        Source(object, path, out.source);
        if (has_min && out.min < 0) r_.Error(code::kRangeNegative, Reader::Join(path, "min"), "must not be negative");
        if (has_max && out.max < 0) r_.Error(code::kRangeNegative, Reader::Join(path, "max"), "must not be negative");
        if (has_min && has_max && out.min > out.max)
            r_.Error(code::kRangeInverted, Reader::Join(path, "min"), "min is greater than max");
    }

    void Comparison(const json& root) {
        const json* list = r_.Array(root, "comparison", "", true, true);
        if (!list) return;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = Reader::Index("comparison", i);
            const json* o = r_.Object((*list)[i], path);
            if (!o) continue;
            r_.CheckKeys(*o, path, {"id", "label", "kind", "unit", "cells"});
            Row row;
            const bool has_id = r_.String(*o, "id", path, row.id);
            if (has_id && !seen.insert(row.id).second)
                r_.Error(code::kDuplicateId, Reader::Join(path, "id"), "row id \"" + row.id + "\" is used twice");
            r_.String(*o, "label", path, row.label);
            const int kind = r_.Enum(*o, "kind", path, {"list", "range"});
            if (kind < 0) continue;
            row.kind = kind == 0 ? RowKind::List : RowKind::Range;
            if (row.kind == RowKind::Range) {
                const int unit = r_.Enum(*o, "unit", path, {"usd", "years"});
                row.unit = unit == 0 ? Unit::Usd : unit == 1 ? Unit::Years : Unit::None;
            } else if (o->contains("unit")) {
                r_.Warning(code::kUnknownKey, Reader::Join(path, "unit"), "\"unit\" applies to range rows only and is ignored");
            }
            Cells(*o, path, row);
            c_.rows.push_back(std::move(row));
        }
    }

    void Cells(const json& row_json, const std::string& path, Row& row) {
        const json* cells = r_.Field(row_json, "cells", path, true);
        const std::string cells_path = Reader::Join(path, "cells");
        if (!cells || !r_.Object(*cells, cells_path)) return;
        row.cells.resize(c_.roles.size());
        for (auto it = cells->begin(); it != cells->end(); ++it) {
            if (c_.RoleIndex(it.key()) == Content::npos && role_ok_)
                r_.Error(code::kUnknownRef, Reader::Join(cells_path, it.key().c_str()),
                         "no role has the id \"" + it.key() + "\"");
        }
        for (std::size_t r = 0; r < c_.roles.size(); ++r) {
            const std::string& role_id = c_.roles[r].id;
            const std::string cell_path = Reader::Join(cells_path, role_id.c_str());
            const json* cell = r_.Field(*cells, role_id.c_str(), cells_path, true);
            if (!cell || !r_.Object(*cell, cell_path)) continue;
            if (row.kind == RowKind::List) {
                r_.CheckKeys(*cell, cell_path, {"items"});
                Items(*cell, "items", cell_path, row.cells[r].items, true);
            } else {
                RangeValue(*cell, cell_path, row.cells[r].range);
            }
        }
    }

    void LadderGraph(const json& root) {
        const json* ladder = r_.Field(root, "ladder", "", false);
        if (!ladder || !r_.Object(*ladder, "ladder")) return;
        r_.CheckKeys(*ladder, "ladder", {"nodes", "edges"});
        std::set<std::string> seen;
        if (const json* nodes = r_.Array(*ladder, "nodes", "ladder", true, true)) {
            for (std::size_t i = 0; i < nodes->size(); ++i) {
                const std::string path = Reader::Index("ladder.nodes", i);
                const json* o = r_.Object((*nodes)[i], path);
                if (!o) continue;
                r_.CheckKeys(*o, path, {"id", "title", "track", "level", "summary", "description", "requirements",
                                        "experience", "salary", "source"});
                LadderNode node;
                const bool has_id = r_.String(*o, "id", path, node.id);
                r_.String(*o, "title", path, node.title);
                const int track = r_.Enum(*o, "track", path, {"shared", "management", "technical"});
                node.track = track == 1 ? Track::Management : track == 2 ? Track::Technical : Track::Shared;
                r_.Integer(*o, "level", path, node.level);
                r_.String(*o, "summary", path, node.summary, false);
                r_.String(*o, "description", path, node.description);
                Items(*o, "requirements", path, node.requirements, false);
                if (const json* e = r_.Field(*o, "experience", path, false); e && r_.Object(*e, Reader::Join(path, "experience"))) {
                    node.has_experience = true;
                    RangeValue(*e, Reader::Join(path, "experience"), node.experience);
                }
                if (const json* s = r_.Field(*o, "salary", path, false); s && r_.Object(*s, Reader::Join(path, "salary"))) {
                    node.has_salary = true;
                    RangeValue(*s, Reader::Join(path, "salary"), node.salary);
                }
                Source(*o, path, node.source);
                if (!has_id) continue;
                if (!seen.insert(node.id).second) {
                    r_.Error(code::kDuplicateId, Reader::Join(path, "id"), "node id \"" + node.id + "\" is used twice");
                    continue;
                }
                c_.ladder.nodes.push_back(std::move(node));
                node_paths_.push_back(path);
            }
        }
        const json* edges = r_.Array(*ladder, "edges", "ladder", true, false);
        if (!edges) return;
        for (std::size_t i = 0; i < edges->size(); ++i) {
            const std::string path = Reader::Index("ladder.edges", i);
            const json* o = r_.Object((*edges)[i], path);
            if (!o) continue;
            r_.CheckKeys(*o, path, {"from", "to", "kind", "source"});
            LadderEdge edge;
            std::string from, to;
            const bool from_ok = NodeRef(*o, "from", path, from, edge.from);
            const bool to_ok = NodeRef(*o, "to", path, to, edge.to); // checked even when "from" failed
            const bool ends_ok = from_ok && to_ok;
            const int kind = r_.Enum(*o, "kind", path, {"promotion", "switch"});
            edge.kind = kind == 1 ? EdgeKind::Switch : EdgeKind::Promotion;
            Source(*o, path, edge.source);
            if (ends_ok && kind >= 0) {
                c_.ladder.edges.push_back(std::move(edge));
                edge_paths_.push_back(path);
            }
        }
        GraphChecks();
    }

    void GraphChecks() {
        const Ladder& ladder = c_.ladder;
        if (ladder.nodes.empty()) return;
        const std::size_t cycle = FindPromotionCycle(ladder);
        if (cycle != Content::npos) {
            const LadderEdge& e = ladder.edges[cycle];
            r_.Error(code::kLadderCycle, edge_paths_[cycle],
                     "promotions go round in a circle: from \"" + ladder.nodes[e.to].id + "\" they lead back to \"" +
                         ladder.nodes[e.from].id + "\"");
        }
        const bool has_start = std::any_of(ladder.nodes.begin(), ladder.nodes.end(), [](const LadderNode& n) { return n.level == 0; });
        if (!has_start) {
            r_.Error(code::kLadderNoStart, "ladder.nodes", "no node has level 0, so the ladder has no starting role");
            return;
        }
        for (std::size_t i : UnreachableNodes(ladder))
            r_.Error(code::kLadderUnreachable, node_paths_[i],
                     "no edge leads to \"" + ladder.nodes[i].id + "\" from a starting role (level 0)");
    }

    // [SECTION] Quizzes

    void QuizzesPart(const json& root) {
        const json* q = r_.Field(root, "quizzes", "", false);
        if (!q || !r_.Object(*q, "quizzes")) return;
        r_.CheckKeys(*q, "quizzes", {"fit", "knowledge"});
        if (const json* fit = r_.Field(*q, "fit", "quizzes", false); fit && r_.Object(*fit, "quizzes.fit")) Fit(*fit);
        if (const json* k = r_.Field(*q, "knowledge", "quizzes", false); k && r_.Object(*k, "quizzes.knowledge")) Knowledge(*k);
    }

    void Outcome(const json& outcomes, const char* key, const std::string& path, FitOutcome& out, bool required) {
        const json* o = r_.Field(outcomes, key, path, required);
        const std::string p = Reader::Join(path, key);
        if (!o || !r_.Object(*o, p)) return;
        r_.CheckKeys(*o, p, {"title", "node", "text", "source"});
        r_.String(*o, "title", p, out.title);
        if (r_.String(*o, "node", p, out.node, false) && c_.NodeIndex(out.node) == Content::npos)
            r_.Error(code::kUnknownRef, Reader::Join(p, "node"), "no ladder node has the id \"" + out.node + "\"");
        r_.String(*o, "text", p, out.text);
        Source(*o, p, out.source);
    }

    void Fit(const json& o) {
        const std::string path = "quizzes.fit";
        FitQuiz& fit = c_.quizzes.fit;
        fit.present = true;
        r_.CheckKeys(o, path, {"title", "intro", "minAnswered", "statements", "outcomes"});
        r_.String(o, "title", path, fit.title);
        r_.String(o, "intro", path, fit.intro, false);
        const bool has_min = r_.Integer(o, "minAnswered", path, fit.min_answered, 1, 1000, false);
        std::set<std::string> seen;
        if (const json* list = r_.Array(o, "statements", path, true, true)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string p = Reader::Index(path + ".statements", i);
                const json* st = r_.Object((*list)[i], p);
                if (!st) continue;
                r_.CheckKeys(*st, p, {"id", "text", "weights", "source"});
                FitStatement statement;
                const bool has_id = r_.String(*st, "id", p, statement.id);
                if (has_id && !seen.insert(statement.id).second)
                    r_.Error(code::kDuplicateId, Reader::Join(p, "id"), "statement id \"" + statement.id + "\" is used twice");
                r_.String(*st, "text", p, statement.text);
                const json* w = r_.Field(*st, "weights", p, true);
                const std::string wp = Reader::Join(p, "weights");
                if (w && r_.Object(*w, wp)) {
                    r_.CheckKeys(*w, wp, {"management", "technical"});
                    const bool m = r_.Integer(*w, "management", wp, statement.w_management, 0, 3);
                    const bool t = r_.Integer(*w, "technical", wp, statement.w_technical, 0, 3);
                    if (m && t && statement.w_management == 0 && statement.w_technical == 0)
                        r_.Error(code::kWeightsZero, wp, "a statement must lean toward at least one track (a weight above 0)");
                }
                Source(*st, p, statement.source);
                fit.statements.push_back(std::move(statement));
            }
        }
        if (has_min && !fit.statements.empty() && static_cast<std::size_t>(fit.min_answered) > fit.statements.size())
            r_.Error(code::kOutOfRange, path + ".minAnswered", "asks for more answers than there are statements");
        const json* outcomes = r_.Field(o, "outcomes", path, true);
        if (outcomes && r_.Object(*outcomes, path + ".outcomes")) {
            r_.CheckKeys(*outcomes, path + ".outcomes", {"management", "technical", "balanced"});
            Outcome(*outcomes, "management", path + ".outcomes", fit.management, true);
            Outcome(*outcomes, "technical", path + ".outcomes", fit.technical, true);
            Outcome(*outcomes, "balanced", path + ".outcomes", fit.balanced, false);
        }
    }

    // Options or ordering items: a list of {id, text} with unique ids.
    void Options(const json& q, const char* key, const std::string& path, std::vector<Option>& out) {
        const json* list = r_.Array(q, key, path, true, false);
        if (!list) return;
        const std::string base = Reader::Join(path, key);
        if (list->size() < 2) r_.Error(code::kTooFew, base, std::string("needs at least two ") + (std::string(key) == "items" ? "items to put in order" : "options"));
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string p = Reader::Index(base, i);
            const json* o = r_.Object((*list)[i], p);
            if (!o) continue;
            r_.CheckKeys(*o, p, {"id", "text"});
            Option option;
            const bool has_id = r_.String(*o, "id", p, option.id);
            r_.String(*o, "text", p, option.text);
            if (has_id && !seen.insert(option.id).second) {
                r_.Error(code::kDuplicateId, Reader::Join(p, "id"), "\"" + option.id + "\" is used twice");
                continue;
            }
            if (has_id) out.push_back(std::move(option));
        }
    }

    void Knowledge(const json& o) {
        const std::string path = "quizzes.knowledge";
        KnowledgeQuiz& quiz = c_.quizzes.knowledge;
        quiz.present = true;
        r_.CheckKeys(o, path, {"title", "intro", "passMark", "questions"});
        r_.String(o, "title", path, quiz.title);
        r_.String(o, "intro", path, quiz.intro, false);
        if (o.contains("passMark")) {
            double mark = 0;
            if (r_.Number(o, "passMark", path, mark)) {
                // A whole number, as the schema says ("integer": 70.0 is one too).
                if (mark != std::floor(mark)) r_.Error(code::kType, path + ".passMark", "a pass mark is a whole percentage, such as 70");
                else if (mark < 0 || mark > 100) r_.Error(code::kOutOfRange, path + ".passMark", "a pass mark is a percentage from 0 to 100");
                else quiz.pass_mark = static_cast<int>(mark);
            }
        }
        const json* list = r_.Array(o, "questions", path, true, true);
        if (!list) return;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string p = Reader::Index(path + ".questions", i);
            const json* q = r_.Object((*list)[i], p);
            if (!q) continue;
            r_.CheckKeys(*q, p, {"id", "type", "prompt", "options", "items", "answer", "partialCredit", "feedback",
                                 "explanation", "source"});
            Question question;
            const bool has_id = r_.String(*q, "id", p, question.id);
            if (has_id && !seen.insert(question.id).second)
                r_.Error(code::kDuplicateId, Reader::Join(p, "id"), "question id \"" + question.id + "\" is used twice");
            const int type = r_.Enum(*q, "type", p, {"single", "multiple", "truefalse", "order"});
            r_.String(*q, "prompt", p, question.prompt);
            r_.String(*q, "explanation", p, question.explanation);
            Source(*q, p, question.source);
            if (const json* fb = r_.Field(*q, "feedback", p, false); fb && r_.Object(*fb, Reader::Join(p, "feedback"))) {
                r_.CheckKeys(*fb, Reader::Join(p, "feedback"), {"correct", "incorrect"});
                r_.String(*fb, "correct", Reader::Join(p, "feedback"), question.feedback_correct, false);
                r_.String(*fb, "incorrect", Reader::Join(p, "feedback"), question.feedback_incorrect, false);
            }
            if (type < 0) continue;
            question.type = static_cast<QuestionType>(type);
            switch (question.type) {
                case QuestionType::Single:
                case QuestionType::Multiple: ChoiceAnswer(*q, p, question); break;
                case QuestionType::TrueFalse: {
                    bool truth = false;
                    if (r_.Bool(*q, "answer", p, truth, true)) question.answer = {truth ? "true" : "false"};
                    question.options = {{"true", "True"}, {"false", "False"}};
                    break;
                }
                case QuestionType::Order:
                    Options(*q, "items", p, question.options);
                    for (const Option& item : question.options) question.answer.push_back(item.id);
                    break;
            }
            quiz.questions.push_back(std::move(question));
        }
    }

    void ChoiceAnswer(const json& q, const std::string& p, Question& question) {
        Options(q, "options", p, question.options);
        r_.Bool(q, "partialCredit", p, question.partial_credit, false);
        const json* answer = r_.Array(q, "answer", p, true, true);
        if (!answer) return;
        for (std::size_t k = 0; k < answer->size(); ++k) {
            const std::string ap = Reader::Index(Reader::Join(p, "answer"), k);
            const json& a = (*answer)[k];
            if (!a.is_string()) {
                r_.Error(code::kType, ap, std::string("expected an option id, found ") + TypeName(a));
                continue;
            }
            const auto& id = a.get_ref<const std::string&>();
            const bool known = std::any_of(question.options.begin(), question.options.end(), [&](const Option& o) { return o.id == id; });
            if (!known) r_.Error(code::kUnknownRef, ap, "the answer \"" + id + "\" is not one of the options");
            else question.answer.push_back(id);
        }
        if (question.type == QuestionType::Single && answer->size() > 1)
            r_.Error(code::kAnswerCount, Reader::Join(p, "answer"), "a single-choice question has exactly one right answer");
    }

    bool NodeRef(const json& object, const char* key, const std::string& path, std::string& id, std::size_t& index) {
        if (!r_.String(object, key, path, id)) return false;
        index = c_.NodeIndex(id);
        if (index != Content::npos) return true;
        r_.Error(code::kUnknownRef, Reader::Join(path, key), "no ladder node has the id \"" + id + "\"");
        return false;
    }

    Content& c_;
    Reader r_;
    bool role_ok_ = true; // false once a role failed to load: cell key checks would only add noise
    std::vector<std::pair<std::string, std::string>> pending_sources_; // (section id, path)
    std::vector<std::string> node_paths_, edge_paths_; // JSON paths of the nodes and edges kept
};

} // namespace

LoadResult LoadContent(std::string_view bytes) {
    LoadResult result;
    auto fail = [&](const char* c, std::string message) {
        result.problems.push_back({c, "", std::move(message), Severity::Error});
        return result;
    };
    if (bytes.size() > kMaxContentBytes)
        return fail(code::kJsonTooLarge, "the file is " + std::to_string(bytes.size() / 1024) +
                                             " KB; content files may be at most " +
                                             std::to_string(kMaxContentBytes / 1024 / 1024) + " MB");
    if (!IsValidUtf8(bytes)) return fail(code::kJsonUtf8, "the file is not UTF-8 text; save it as UTF-8");
    if (MaxNesting(bytes, kMaxContentDepth) > kMaxContentDepth)
        return fail(code::kJsonTooDeep, "lists and objects are nested more than " +
                                            std::to_string(kMaxContentDepth) + " levels deep");
    const json root = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (root.is_discarded()) {
        // Re-run with a SAX handler that records where parsing stopped, without exceptions.
        struct ErrorAt : nlohmann::json_sax<json> {
            std::size_t position = 0;
            std::string token;
            bool null() override { return true; }
            bool boolean(bool) override { return true; }
            bool number_integer(number_integer_t) override { return true; }
            bool number_unsigned(number_unsigned_t) override { return true; }
            bool number_float(number_float_t, const string_t&) override { return true; }
            bool string(string_t&) override { return true; }
            bool binary(binary_t&) override { return true; }
            bool start_object(std::size_t) override { return true; }
            bool key(string_t&) override { return true; }
            bool end_object() override { return true; }
            bool start_array(std::size_t) override { return true; }
            bool end_array() override { return true; }
            bool parse_error(std::size_t pos, const std::string& last_token, const nlohmann::detail::exception&) override {
                position = pos;
                token = last_token;
                return false;
            }
        } sax;
        json::sax_parse(bytes.begin(), bytes.end(), &sax, nlohmann::detail::input_format_t::json, true);
        // Line and column of the byte where the parser gave up.
        std::size_t line = 1, column = 1;
        const std::size_t stop = std::min(sax.position > 0 ? sax.position - 1 : 0, bytes.size());
        for (std::size_t i = 0; i < stop; ++i) {
            if (bytes[i] == '\n') { ++line; column = 1; } else { ++column; }
        }
        const bool at_end = sax.position >= bytes.size();
        return fail(code::kJsonSyntax, std::string("not valid JSON: ") +
                                           (at_end ? "the file ends too early (truncated?)" : "unexpected text") +
                                           " at line " + std::to_string(line) + ", column " + std::to_string(column));
    }
    ContentWalk(result.content, result.problems).Run(root);
    if (!result.Ok()) result.content = Content{};
    return result;
}

} // namespace crossroads
