// A translated content file against its source: the same file in every respect but its texts.
#include "loader_walk.hpp"

#include "crossroads/i18n.hpp"
#include "crossroads/loader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace crossroads {

namespace {

using json = nlohmann::ordered_json;

bool IsTextKey(std::string_view key) {
    return std::find(format::kTextKeys.begin(), format::kTextKeys.end(), key) != format::kTextKeys.end();
}

std::string Shown(const json& value) {
    std::string text = value.dump();
    return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

using loader_detail::TypeName;

class DriftWalk {
public:
    explicit DriftWalk(std::vector<Problem>& out) : out_(out) {}

    void Walk(const json& source, const json& translation, const std::string& path, std::string_view key) {
        if (source.is_string() && translation.is_string() && IsTextKey(key)) return; // a text: translated
        if (source.type() != translation.type() && !(source.is_number() && translation.is_number())) {
            Drift(path, "translation.kind", "is {found} where the source has {sourceType}", {{"found", TypeName(translation)}, {"sourceType", TypeName(source)}});
            return;
        }
        if (source.is_object()) {
            for (auto it = source.begin(); it != source.end(); ++it) {
                const std::string child = path.empty() ? it.key() : path + "." + it.key();
                const auto found = translation.find(it.key());
                if (found == translation.end()) Drift(child, "translation.missing", "is missing: the source has {value}", {{"value", Shown(it.value())}});
                else Walk(it.value(), *found, child, it.key());
            }
            for (auto it = translation.begin(); it != translation.end(); ++it)
                if (!source.contains(it.key()) && !(path.empty() && it.key() == "language"))
                    Drift(path.empty() ? it.key() : path + "." + it.key(), "translation.extra", "is not in the source");
            return;
        }
        if (source.is_array()) {
            if (source.size() != translation.size())
                Drift(path, "translation.count", "has {count} entries where the source has {sourceCount}",
                      {{"count", std::to_string(translation.size())}, {"sourceCount", std::to_string(source.size())}});
            const std::size_t n = std::min(source.size(), translation.size());
            for (std::size_t i = 0; i < n; ++i) Walk(source[i], translation[i], path + "[" + std::to_string(i) + "]", key);
            return;
        }
        if (source != translation)
            Drift(path, "translation.value", "is {value} where the source has {source}; only texts may differ", {{"value", Shown(translation)}, {"source", Shown(source)}});
    }

private:
    void Drift(const std::string& path, const char* id, const char* english, i18n::Args args = {}) {
        out_.push_back(i18n::MakeProblem(code::kTranslationDrift, path, id, english, args));
    }
    std::vector<Problem>& out_;
};

} // namespace

LoadResult LoadTranslation(std::string_view source_bytes, std::string_view translation_bytes) {
    LoadResult result = LoadContent(translation_bytes);
    const json translation = json::parse(translation_bytes.begin(), translation_bytes.end(), nullptr, false);
    const json source = json::parse(source_bytes.begin(), source_bytes.end(), nullptr, false);
    if (translation.is_discarded()) return result; // LoadContent said why
    if (source.is_discarded() || !LoadContent(source_bytes).Ok()) {
        result.problems.push_back(i18n::MakeProblem(code::kTranslationDrift, "", "translation.sourceErrors", "its source file has errors: check the source first"));
        return result;
    }
    DriftWalk(result.problems).Walk(source, translation, "", "");
    const std::string source_language = source.contains("language") && source["language"].is_string() ? source["language"].get<std::string>() : "en";
    if (result.Ok() && result.content.language == source_language)
        result.problems.push_back(i18n::MakeProblem(code::kLanguage, "language", "translation.sameLanguage",
                                                    "is \"{value}\", the same as its source's: a translation names its own language", {{"value", source_language}}));
    return result;
}

std::string TranslationPath(std::string_view source_path, std::string_view language) {
    const std::size_t slash = source_path.find_last_of("/\\");
    const std::size_t dot = source_path.rfind('.');
    const bool has_extension = dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash);
    const std::string_view stem = has_extension ? source_path.substr(0, dot) : source_path;
    const std::string_view extension = has_extension ? source_path.substr(dot) : std::string_view(".json");
    return std::string(stem) + "." + std::string(language) + std::string(extension);
}

std::string TranslationSourcePath(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    const std::size_t start = slash == std::string_view::npos ? 0 : slash + 1;
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos || dot < start) return {};
    const std::size_t tag_dot = path.rfind('.', dot - 1);
    if (tag_dot == std::string_view::npos || tag_dot < start || dot == 0) return {};
    if (!i18n::IsLanguageTag(path.substr(tag_dot + 1, dot - tag_dot - 1))) return {};
    return std::string(path.substr(0, tag_dot)) + std::string(path.substr(dot));
}

} // namespace crossroads
