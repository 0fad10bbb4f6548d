// The content loader's internals, shared by its files: Reader (typed field access that
// records problems) and ContentWalk (the validating walk over each section of the file).
// loader.cpp holds the start and the article, loader_compare.cpp the roles and the
// comparison, loader_ladder.cpp the ladder, loader_quiz.cpp the quizzes.
#pragma once

#include "crossroads/i18n.hpp"
#include "crossroads/loader.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <initializer_list>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace crossroads::loader_detail {

using json = nlohmann::ordered_json;

// The JSON type of a value, as messages name it ("a string", "an object").
const char* TypeName(const json& value);
// The known key within two edits of `key` (the likely intended one), or "" when none is.
std::string ClosestKey(const std::string& key, std::initializer_list<const char*> known);

// [SECTION] Reader: typed field access that records problems

class Reader {
public:
    explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

    // A problem at `path`: its message's id, English with {placeholders}, and their values
    // (i18n::MakeProblem; xgettext takes the id and English from here).
    void Error(const char* code, std::string path, const char* id, const char* english, i18n::Args args = {}) {
        problems_.push_back(i18n::MakeProblem(code, std::move(path), id, english, args));
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
        Error(code::kType, path, "loader.expected.object", "expected an object, found {found}", {{"found", TypeName(value)}});
        return nullptr;
    }

    // Keys the format does not define are errors, as in the schema: a misspelt optional key
    // would otherwise drop what the author wrote without a word.
    void CheckKeys(const json& object, const std::string& path, std::initializer_list<const char*> known) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool is_known = std::any_of(known.begin(), known.end(),
                [&](const char* k) { return it.key() == k; });
            if (is_known) continue;
            const std::string near = ClosestKey(it.key(), known);
            if (near.empty()) Error(code::kUnknownKey, Join(path, it.key().c_str()), "loader.unknownKey", "unknown key \"{key}\"", {{"key", it.key()}});
            else Error(code::kUnknownKey, Join(path, it.key().c_str()), "loader.unknownKey.near", "unknown key \"{key}\" (did you mean \"{near}\"?)", {{"key", it.key()}, {"near", near}});
        }
    }

    const json* Field(const json& object, const char* key, const std::string& path, bool required) {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required) Error(code::kMissing, Join(path, key), "loader.missing", "required key \"{key}\" is missing", {{"key", key}});
            return nullptr;
        }
        return &*it;
    }

    // A required (or optional) non-empty string. Returns false when absent or bad.
    bool String(const json& object, const char* key, const std::string& path, std::string& out, bool required = true) {
        const json* value = Field(object, key, path, required);
        if (!value) return false;
        if (!value->is_string()) {
            Error(code::kType, Join(path, key), "loader.expected.string", "expected a string, found {found}", {{"found", TypeName(*value)}});
            return false;
        }
        const auto& text = value->get_ref<const std::string&>();
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
            Error(code::kEmpty, Join(path, key), "loader.empty", "must not be empty");
            return false;
        }
        out = text;
        return true;
    }

    bool Number(const json& object, const char* key, const std::string& path, double& out) {
        const json* value = Field(object, key, path, true);
        if (!value) return false;
        if (!value->is_number()) {
            Error(code::kType, Join(path, key), "loader.expected.number", "expected a number, found {found}", {{"found", TypeName(*value)}});
            return false;
        }
        out = value->get<double>();
        if (!std::isfinite(out)) {
            Error(code::kType, Join(path, key), "loader.expected.finite", "expected a finite number");
            return false;
        }
        return true;
    }

    // A number without a fraction (70.0 is one), kept as a double.
    bool WholeNumber(const json& object, const char* key, const std::string& path, double& out) {
        if (!Number(object, key, path, out)) return false;
        if (out == std::floor(out)) return true;
        Error(code::kType, Join(path, key), "loader.expected.whole", "expected a whole number, without a fraction");
        return false;
    }

    bool Integer(const json& object, const char* key, const std::string& path, int& out, long long lo = 0,
                 long long hi = 1000, bool required = true) {
        const json* value = Field(object, key, path, required);
        if (!value) return false;
        if (!value->is_number_integer()) {
            Error(code::kType, Join(path, key), "loader.expected.integer", "expected a whole number, found {found}", {{"found", TypeName(*value)}});
            return false;
        }
        const auto v = value->get<long long>();
        if (v < lo || v > hi) {
            Error(code::kOutOfRange, Join(path, key), "loader.between", "must be between {min} and {max}", {{"min", std::to_string(lo)}, {"max", std::to_string(hi)}});
            return false;
        }
        out = static_cast<int>(v);
        return true;
    }

    bool Bool(const json& object, const char* key, const std::string& path, bool& out, bool required) {
        const json* value = Field(object, key, path, required);
        if (!value) return false;
        if (!value->is_boolean()) {
            Error(code::kType, Join(path, key), "loader.expected.bool", "expected true or false, found {found}", {{"found", TypeName(*value)}});
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
            Error(code::kType, Join(path, key), "loader.expected.list", "expected a list, found {found}", {{"found", TypeName(*value)}});
            return nullptr;
        }
        if (non_empty && value->empty()) {
            Error(code::kEmpty, Join(path, key), "loader.emptyList", "must not be an empty list");
            return nullptr;
        }
        return value;
    }

    // Calls each(object, path) (or each(object, path, index)) for every element of `list` that is
    // an object; any other element is recorded as the wrong type and skipped.
    template <typename Each>
    void ForEachObject(const json& list, const std::string& base, Each each) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string path = Index(base, i);
            const json* item = Object(list[i], path);
            if (!item) continue;
            if constexpr (std::is_invocable_v<Each, const json&, const std::string&, std::size_t>) each(*item, path, i);
            else each(*item, path);
        }
    }

    // One of a fixed set of strings; returns its index or -1 (recorded).
    template <std::size_t N>
    int Enum(const json& object, const char* key, const std::string& path, const std::array<const char*, N>& allowed) {
        std::string text;
        if (!String(object, key, path, text)) return -1;
        int i = 0;
        for (const char* option : allowed) {
            if (text == option) return i;
            ++i;
        }
        std::string list;
        for (const char* option : allowed) list += (list.empty() ? "" : ", ") + std::string(option);
        Error(code::kEnum, Join(path, key), "loader.enum", "\"{value}\" is not one of: {allowed}", {{"value", text}, {"allowed", list}});
        return -1;
    }

private:
    std::vector<Problem>& problems_;
};

// [SECTION] Content walk

class ContentWalk {
public:
    ContentWalk(Content& content, std::vector<Problem>& problems) : c_(content), r_(problems) {}

    void Run(const json& root);

private:
    // loader.cpp
    void Article(const json& root);
    void Sections(const json& root);
    // A "source" reference, resolved once all sections are known.
    void Source(const json& object, const std::string& path, std::string& out);
    void ResolveSources();
    bool HasSection(const std::string& id) const;

    // loader_compare.cpp
    void Roles(const json& root);
    void Items(const json& object, const char* key, const std::string& path, std::vector<Item>& out, bool required);
    void RangeValue(const json& object, const std::string& path, Range& out);
    void Comparison(const json& root);
    void Cells(const json& row_json, const std::string& path, Row& row);

    // loader_ladder.cpp
    void LadderGraph(const json& root);
    void GraphChecks();
    bool NodeRef(const json& object, const char* key, const std::string& path, std::string& id, std::size_t& index);
    void Position(const json& node_object, const std::string& path, LadderNode& node);

    // loader_quiz.cpp
    // [SECTION] Quizzes
    void QuizzesPart(const json& root);
    void Outcome(const json& outcomes, const char* key, const std::string& path, FitOutcome& out, bool track);
    void Fit(const json& o);
    // Options or ordering items: a list of {id, text} with unique ids.
    void Options(const json& q, const char* key, const std::string& path, std::vector<Option>& out);
    void Knowledge(const json& o);
    void ChoiceAnswer(const json& q, const std::string& p, Question& question);

    Content& c_;
    Reader r_;
    bool role_ok_ = true; // false once a role failed to load: cell key checks would only add noise
    std::vector<std::pair<std::string, std::string>> pending_sources_; // (section id, path)
    std::vector<std::string> node_paths_, edge_paths_; // JSON paths of the nodes and edges kept
};

} // namespace crossroads::loader_detail
