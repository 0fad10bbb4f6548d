// The web page's own texts (crossroads/page_texts.hpp): the English written in the page
// is core's, and i18n/page.json holds every other language.
#include "test_util.hpp"

#include "crossroads/page_texts.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <map>
#include <set>
#include <string>

using namespace crossroads;

namespace {

using Found = std::multimap<std::string, std::string>; // id -> English as the file writes it

// Whitespace runs as one space, no space at the ends; the entities index.html uses decoded.
std::string Normalise(std::string text) {
    for (const auto& [entity, character] : {std::pair<std::string, std::string>{"&hellip;", "\u2026"}, {"&amp;", "&"}, {"&quot;", "\""}}) {
        for (std::size_t at; (at = text.find(entity)) != std::string::npos;) text.replace(at, entity.size(), character);
    }
    std::string out;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Every t('id', 'English' + '...') call of a script: the id and the English, literals joined.
Found ScriptTexts(const std::string& js) {
    Found found;
    for (std::size_t at = 0; (at = js.find("t(", at)) != std::string::npos; at += 2) {
        if (at > 0 && (std::isalnum(static_cast<unsigned char>(js[at - 1])) || js[at - 1] == '_' || js[at - 1] == '.')) continue;
        std::size_t i = at + 2;
        auto literal = [&](std::string& out) {
            while (i < js.size() && std::isspace(static_cast<unsigned char>(js[i]))) ++i;
            if (i >= js.size() || (js[i] != '\'' && js[i] != '"')) return false;
            const char quote = js[i++];
            for (; i < js.size() && js[i] != quote; ++i) {
                if (js[i] == '\\' && i + 1 < js.size()) {
                    ++i;
                    out += js[i] == 'n' ? '\n' : js[i];
                } else {
                    out += js[i];
                }
            }
            ++i;
            return true;
        };
        std::string id, english;
        if (!literal(id) || id.rfind("page.", 0) != 0) continue;
        while (i < js.size() && std::isspace(static_cast<unsigned char>(js[i]))) ++i;
        if (js[i] != ',') continue;
        ++i;
        while (literal(english)) {
            while (i < js.size() && std::isspace(static_cast<unsigned char>(js[i]))) ++i;
            if (js[i] != '+') break;
            ++i;
        }
        found.emplace(id, english);
    }
    return found;
}

// index.html's data-i18n elements (their text) and data-i18n-label ones (their aria-label).
Found HtmlTexts(const std::string& html) {
    Found found;
    for (const char* attribute : {"data-i18n=\"", "data-i18n-label=\""}) {
        const bool label = std::string(attribute).find("label") != std::string::npos;
        for (std::size_t at = 0; (at = html.find(attribute, at)) != std::string::npos; ++at) {
            const std::size_t start = at + std::string(attribute).size();
            const std::string id = html.substr(start, html.find('"', start) - start);
            const std::size_t tag_start = html.rfind('<', at), tag_end = html.find('>', at);
            if (label) {
                const std::string tag = html.substr(tag_start, tag_end - tag_start);
                const std::size_t value = tag.find("aria-label=\"") + 12;
                found.emplace(id, Normalise(tag.substr(value, tag.find('"', value) - value)));
            } else {
                found.emplace(id, Normalise(html.substr(tag_end + 1, html.find('<', tag_end) - tag_end - 1)));
            }
        }
    }
    return found;
}

} // namespace

TEST_CASE("The English written in the page (index.html, boot.js, bridge.js) is core's, and every page text is used", "[page]") {
    const nlohmann::ordered_json english = PageTexts(i18n::Tr());
    Found found = HtmlTexts(test::ReadSourceFile("/web/index.html"));
    for (const char* script : {"/web/boot.js", "/web/bridge.js"}) {
        const Found more = ScriptTexts(test::ReadSourceFile(script));
        found.insert(more.begin(), more.end());
    }
    REQUIRE(found.size() >= english.size());
    std::set<std::string> used;
    for (const auto& [id, text] : found) {
        INFO(id);
        REQUIRE(english.contains(id));
        CHECK(text == english[id].get<std::string>());
        used.insert(id);
    }
    for (const auto& [id, text] : english.items()) {
        INFO(id << " is not in the page");
        CHECK(used.count(id) == 1);
    }
}

TEST_CASE("i18n/page.json: the page's texts in every language but English, from the catalogues", "[page]") {
    const std::vector<i18n::NamedText> catalogues = {{"de.po", test::ReadSourceFile("/assets/i18n/de.po")},
                                                     {"ja.po", test::ReadSourceFile("/assets/i18n/ja.po")}};
    std::vector<Problem> problems;
    const nlohmann::ordered_json file = PageTextsFile(catalogues, problems);
    CHECK(problems.empty());
    std::vector<std::string> languages;
    for (const auto& [code, texts] : file.items()) languages.push_back(code);
    CHECK(languages == std::vector<std::string>{"de", "ja", "en-XA"});
    const nlohmann::ordered_json english = PageTexts(i18n::Tr());
    for (const auto& [code, texts] : file.items()) {
        REQUIRE(texts.size() == english.size());
        for (const auto& [id, text] : english.items()) {
            INFO(code << " " << id);
            CHECK(texts[id] != text); // translated: none left in English
        }
    }
    CHECK(file["de"]["page.retry"] == "Erneut versuchen");
    CHECK(file["en-XA"]["page.problems.text"].get<std::string>().find("{name}") != std::string::npos);
    // A language whose file is missing is a problem, and is left out.
    problems.clear();
    const nlohmann::ordered_json partial = PageTextsFile({catalogues[0]}, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "ja.po");
    CHECK_FALSE(partial.contains("ja"));
}

TEST_CASE("A content file's problems in the interface's language: the message, its values and the type names in it", "[i18n][loader]") {
    std::vector<Problem> problems;
    const i18n::Catalogue german = i18n::Catalogue::FromPo(i18n::ParsePo(test::ReadSourceFile("/assets/i18n/de.po"), problems), problems);
    const i18n::Catalogue japanese = i18n::Catalogue::FromPo(i18n::ParsePo(test::ReadSourceFile("/assets/i18n/ja.po"), problems), problems);
    REQUIRE(problems.empty());
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(test::DefaultContent());
    doc["roles"][0]["name"] = 42;
    doc["roles"][1]["id"] = doc["roles"][0]["id"];
    doc["colour"] = "blue";
    const LoadResult r = LoadContent(doc.dump());
    REQUIRE(test::HasProblem(r, code::kType, "roles[0].name"));
    for (const Problem& p : r.problems) {
        INFO(p.path << ": " << p.message);
        // English: the message as the CLI prints it.
        CHECK(i18n::ProblemMessage(p, i18n::Tr()) == p.message);
        CHECK(i18n::FormatProblem(p, i18n::Tr()) == FormatProblem(p));
        // Every message of the loader is a catalogue message, translated.
        CHECK_FALSE(p.message_id.empty());
        CHECK(i18n::ProblemMessage(p, i18n::Tr(&german)) != p.message);
    }
    const auto message = [&](const char* path, const i18n::Catalogue& c) {
        for (const Problem& p : r.problems)
            if (p.path == path) return i18n::FormatProblem(p, i18n::Tr(&c));
        return std::string();
    };
    CHECK(message("roles[0].name", german) == "roles[0].name: erwartet wurde ein Text, gefunden wurde eine Zahl");
    CHECK(message("roles[0].name", japanese) == "roles[0].name: 文字列のはずが、数値になっています");
    CHECK(message("colour", german) == "colour: unbekannter Schlüssel \"colour\"");
    // A translation's drift too, with the source's value in it.
    nlohmann::ordered_json translated = nlohmann::ordered_json::parse(test::ReadSourceFile("/assets/content/em-vs-tl.de.json"));
    translated["quizzes"]["knowledge"]["passMark"] = 50;
    const LoadResult drift = LoadTranslation(test::DefaultContent(), translated.dump());
    REQUIRE(drift.problems.size() == 1);
    CHECK(i18n::FormatProblem(drift.problems[0], i18n::Tr(&german)) ==
          "quizzes.knowledge.passMark: ist 50, wo die Quelle 70 hat; nur Texte dürfen sich unterscheiden");
    // A problem made without an id (the desktop's unreadable file) keeps its English.
    const Problem unreadable = UnreadableFile("no such file");
    CHECK(i18n::ProblemMessage(unreadable, i18n::Tr(&german)) == unreadable.message);
}
