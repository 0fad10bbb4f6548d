// Content loader: nlohmann/json's non-throwing parse, then a validating walk that
// records every problem with its JSON path instead of stopping at the first one. The walk
// over the roles, the ladder and the quizzes is in loader_compare.cpp, loader_ladder.cpp
// and loader_quiz.cpp (see loader_walk.hpp).
//
// [SECTION] Byte-level checks (size, UTF-8, nesting)
// [SECTION] Content walk: the start and the article
#include "crossroads/loader.hpp"

#include "loader_walk.hpp"

#include "crossroads/i18n.hpp"
#include "crossroads/ladder.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>
#include <utility>

namespace crossroads {

using json = nlohmann::ordered_json;

bool LoadResult::Ok() const { return ErrorCount() == 0; }

std::size_t LoadResult::ErrorCount() const {
    return static_cast<std::size_t>(std::count_if(problems.begin(), problems.end(),
        [](const Problem& p) { return p.severity == Severity::Error; }));
}

std::string FormatProblem(const Problem& problem, std::string_view file) { return i18n::FormatProblem(problem, i18n::Tr(), file); }

namespace i18n {

Problem MakeProblem(const char* code, std::string path, const char* id, const char* english, Args args, Severity severity) {
    Message m = Msg(id, english, args);
    std::string message = m.English();
    return {code, std::move(path), std::move(message), severity, std::move(m.id), std::move(m.english), std::move(m.args)};
}

namespace {
// The JSON type names that loader_detail::TypeName puts in messages, in the interface's language.
std::string TypeNameIn(const std::string& english, const Tr& tr) {
    if (english == "an object") return tr("loader.type.object", "an object");
    if (english == "a list") return tr("loader.type.list", "a list");
    if (english == "a string") return tr("loader.type.string", "a string");
    // TRANSLATORS: the JSON type boolean, in "expected a number, found true/false"
    if (english == "true/false") return tr("loader.type.boolean", "true/false");
    if (english == "a number") return tr("loader.type.number", "a number");
    if (english == "an unsupported value") return tr("loader.type.other", "an unsupported value");
    return english; // null
}
} // namespace

std::string ProblemMessage(const Problem& problem, const Tr& tr) {
    if (problem.message_id.empty()) return problem.message;
    Message m{problem.message_id, problem.pattern, problem.args};
    for (auto& [name, value] : m.args)
        if (name == "found" || name == "sourceType") value = TypeNameIn(value, tr);
    return m.In(tr);
}

std::string FormatProblem(const Problem& problem, const Tr& tr, std::string_view file) {
    const std::string_view where = problem.path.empty() ? file : std::string_view(problem.path);
    std::string out = where.empty() ? std::string() : std::string(where) + ": ";
    // TRANSLATORS: before a content file's problem that does not stop it from being shown
    if (problem.severity == Severity::Warning) out += tr("problem.warning", "warning: ");
    return out + ProblemMessage(problem, tr);
}

} // namespace i18n

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

namespace loader_detail {


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

std::string ClosestKey(const std::string& key, std::initializer_list<const char*> known) {
    // Levenshtein distance, one row at a time.
    auto distance = [](const std::string& a, const std::string& b) {
        std::vector<std::size_t> row(b.size() + 1);
        for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
        for (std::size_t i = 1; i <= a.size(); ++i) {
            std::size_t diagonal = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= b.size(); ++j) {
                const std::size_t up = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
                diagonal = up;
            }
        }
        return row[b.size()];
    };
    std::string best;
    std::size_t best_distance = 3; // more than two edits is another word, not a typo
    for (const char* k : known) {
        const std::size_t d = distance(key, k);
        if (d < best_distance) { best_distance = d; best = k; }
    }
    return best;
}

// [SECTION] Content walk: the start and the article

void ContentWalk::Run(const json& root) {
    if (!r_.Object(root, "")) return;
    r_.CheckKeys(root, "", {"$schema", "format", "version", "language", "title", "article", "sections", "roles",
                            "comparison", "ladder", "quizzes"});
    std::string format;
    if (r_.String(root, "format", "", format) && format != "crossroads-content")
        r_.Error(code::kFormat, "format", "loader.format", "expected \"crossroads-content\", found \"{value}\"", {{"value", format}});
    int version = 0;
    if (r_.Integer(root, "version", "", version) && version != kContentVersion)
        r_.Error(code::kFormat, "version", "loader.version", "this Crossroads reads version {supported}, the file is version {version}",
                 {{"supported", std::to_string(kContentVersion)}, {"version", std::to_string(version)}});
    if (r_.String(root, "language", "", c_.language, false) && !i18n::IsLanguageTag(c_.language))
        r_.Error(code::kLanguage, "language", "loader.language", "\"{value}\" is not a language tag (BCP 47) such as en, de, ja or pt-BR", {{"value", c_.language}});
    std::string schema_path; // for editors only; checked so that it matches the schema
    r_.String(root, "$schema", "", schema_path, false);
    r_.String(root, "title", "", c_.title);
    Article(root);
    Sections(root);
    Roles(root);
    Comparison(root);
    LadderGraph(root);
    QuizzesPart(root);
    ResolveSources();
}

void ContentWalk::Article(const json& root) {
    const json* value = r_.Field(root, "article", "", true);
    if (!value || !r_.Object(*value, "article")) return;
    r_.CheckKeys(*value, "article", {"title", "publisher", "note"});
    r_.String(*value, "title", "article", c_.article.title);
    r_.String(*value, "publisher", "article", c_.article.publisher, false);
    r_.String(*value, "note", "article", c_.article.note, false);
}

void ContentWalk::Sections(const json& root) {
    const json* list = r_.Array(root, "sections", "", true, true);
    if (!list) return;
    std::set<std::string> seen;
    r_.ForEachObject(*list, "sections", [&](const json& element, const std::string& path) {
        const json* s = &element;
        r_.CheckKeys(*s, path, {"id", "heading"});
        Section section;
        const bool has_id = r_.String(*s, "id", path, section.id);
        r_.String(*s, "heading", path, section.heading);
        if (has_id && !seen.insert(section.id).second) {
            r_.Error(code::kDuplicateId, Reader::Join(path, "id"), "loader.duplicate.section", "section id \"{id}\" is used twice", {{"id", section.id}});
            return;
        }
        if (has_id) c_.sections.push_back(std::move(section));
    });
}

// A "source" reference, resolved once all sections are known.
void ContentWalk::Source(const json& object, const std::string& path, std::string& out) {
    if (r_.String(object, "source", path, out)) pending_sources_.emplace_back(out, Reader::Join(path, "source"));
}

void ContentWalk::ResolveSources() {
    for (const auto& [id, path] : pending_sources_) {
        if (!HasSection(id))
            r_.Error(code::kUnknownRef, path, "loader.unknown.section", "no section has the id \"{id}\"", {{"id", id}});
    }
}

bool ContentWalk::HasSection(const std::string& id) const {
    return std::any_of(c_.sections.begin(), c_.sections.end(), [&](const Section& s) { return s.id == id; });
}

} // namespace loader_detail

using loader_detail::ContentWalk;
using loader_detail::MaxNesting;


LoadResult LoadContent(std::string_view bytes) {
    LoadResult result;
    loader_detail::Reader file(result.problems);
    if (bytes.size() > kMaxContentBytes) {
        file.Error(code::kJsonTooLarge, "", "loader.tooLarge", "the file is {size} KB; content files may be at most {max} MB",
                   {{"size", std::to_string(bytes.size() / 1024)}, {"max", std::to_string(kMaxContentBytes / 1024 / 1024)}});
        return result;
    }
    if (!IsValidUtf8(bytes)) {
        file.Error(code::kJsonUtf8, "", "loader.notUtf8", "the file is not UTF-8 text; save it as UTF-8");
        return result;
    }
    if (MaxNesting(bytes, kMaxContentDepth) > kMaxContentDepth) {
        file.Error(code::kJsonTooDeep, "", "loader.tooDeep", "lists and objects are nested more than {max} levels deep",
                   {{"max", std::to_string(kMaxContentDepth)}});
        return result;
    }
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
        const std::string at_line = std::to_string(line), at_column = std::to_string(column);
        if (sax.position >= bytes.size())
            file.Error(code::kJsonSyntax, "", "loader.syntax.end", "not valid JSON: the file ends too early (truncated?) at line {line}, column {column}",
                       {{"line", at_line}, {"column", at_column}});
        else
            file.Error(code::kJsonSyntax, "", "loader.syntax", "not valid JSON: unexpected text at line {line}, column {column}",
                       {{"line", at_line}, {"column", at_column}});
        return result;
    }
    ContentWalk(result.content, result.problems).Run(root);
    if (!result.Ok()) result.content = Content{};
    return result;
}

} // namespace crossroads
