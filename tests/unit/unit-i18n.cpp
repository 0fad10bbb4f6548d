// The message catalogue: PO reading and writing, lookup with English as the fallback,
// placeholders, plural forms, and the checks and merge of a translation.
#include "crossroads/i18n.hpp"
#include "crossroads/utf8.hpp"
#include "crossroads/loader.hpp"
#include "crossroads/url.hpp"
#include "test_util.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <regex>

using namespace crossroads;
using namespace crossroads::i18n;

namespace {

const char* const kGerman = R"po(# German translation
msgid ""
msgstr ""
"Language: de\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#. TRANSLATORS: the tab of the first view
#: shell/app.cpp:10
msgctxt "tab.compare"
msgid "Compare"
msgstr "Vergleichen"

#, python-brace-format
msgctxt "compare.count"
msgid "Showing {shown} of {total} entries."
msgstr ""
"{shown} von {total} "
"Einträgen."

msgctxt "quiz.questions"
msgid "{n} question"
msgid_plural "{n} questions"
msgstr[0] "eine Frage"
msgstr[1] "{n} Fragen"

#, fuzzy
#| msgid "Old English"
msgctxt "quiz.next"
msgid "Next"
msgstr "Weiter"

msgctxt "quiz.check"
msgid "Check"
msgstr ""

#~ msgctxt "gone"
#~ msgid "Gone"
#~ msgstr "Weg"
)po";

// The template the checks and the merge start from: what xgettext makes of the code.
const char* const kTemplate = R"po(
#. TRANSLATORS: new note
msgctxt "tab.compare"
msgid "Compare"
msgstr ""

msgctxt "quiz.next"
msgid "Next question"
msgstr ""

msgctxt "compare.count"
msgid "Showing {shown} of {total} entries."
msgstr ""

msgctxt "quiz.questions"
msgid "{n} question"
msgid_plural "{n} questions"
msgstr[0] ""
msgstr[1] ""

msgctxt "quiz.check"
msgid "Check"
msgstr ""

msgctxt "tab.ladder"
msgid "Ladder"
msgstr ""
)po";

PoFile Parse(const char* text) {
    std::vector<Problem> problems;
    PoFile file = ParsePo(text, problems);
    INFO((problems.empty() ? std::string() : problems[0].path + ": " + problems[0].message));
    REQUIRE(problems.empty());
    return file;
}

Catalogue German() {
    std::vector<Problem> problems;
    Catalogue c = Catalogue::FromPo(Parse(kGerman), problems);
    REQUIRE(problems.empty());
    return c;
}

} // namespace

TEST_CASE("A PO file is read with its header, comments, flags, multi-line and plural strings") {
    const PoFile file = Parse(kGerman);
    CHECK(file.Header("Language") == "de");
    CHECK(file.Header("Plural-Forms") == "nplurals=2; plural=(n != 1);");
    REQUIRE(file.entries.size() == 5); // the obsolete entry is skipped
    const PoEntry& tab = file.entries[0];
    CHECK(tab.context == "tab.compare");
    CHECK(tab.comment == "TRANSLATORS: the tab of the first view");
    CHECK(tab.references == std::vector<std::string>{"shell/app.cpp:10"});
    CHECK(tab.line == 8);
    CHECK(file.entries[1].strings[0] == "{shown} von {total} Einträgen.");
    CHECK(file.entries[1].HasFlag("python-brace-format"));
    CHECK(file.entries[2].id_plural == "{n} questions");
    CHECK(file.entries[2].strings == std::vector<std::string>{"eine Frage", "{n} Fragen"});
    CHECK(file.entries[3].HasFlag("fuzzy"));
    CHECK(file.entries[3].previous_id == "Old English");
    CHECK_FALSE(file.entries[3].Translated());
    CHECK_FALSE(file.entries[4].Translated());
}

TEST_CASE("Writing a PO file and reading it again gives the same entries") {
    const PoFile file = Parse(kGerman);
    const PoFile again = Parse(WritePo(file).c_str());
    CHECK(again.header == file.header);
    REQUIRE(again.entries.size() == file.entries.size());
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        CHECK(again.entries[i].context == file.entries[i].context);
        CHECK(again.entries[i].id == file.entries[i].id);
        CHECK(again.entries[i].strings == file.entries[i].strings);
        CHECK(again.entries[i].flags == file.entries[i].flags);
        CHECK(again.entries[i].comment == file.entries[i].comment);
        CHECK(again.entries[i].previous_id == file.entries[i].previous_id);
    }
    PoFile lines;
    lines.entries.push_back({"a", "one\ntwo \"quoted\"\\", "", {"eins\nzwei"}, "", {}, {}, "", 0});
    const std::string written = WritePo(lines);
    CHECK(written.find("msgid \"\"\n\"one\\n\"\n\"two \\\"quoted\\\"\\\\\"\n") != std::string::npos);
    CHECK(Parse(written.c_str()).entries[0].id == lines.entries[0].id);
}

TEST_CASE("A broken PO file names the line of each problem") {
    std::vector<Problem> problems;
    const PoFile file = ParsePo("msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"x\n\nmsgid \"B\"\nmsgstr \"b\" tail\n\nmsgfoo \"c\"\n\nmsgctxt \"d\"\nmsgid \"D\"\nmsgstr \"\\q\"\n", problems);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].path == "line 3");
    CHECK(problems[0].message == "the string has no closing quote");
    CHECK(problems[1].path == "line 6");
    CHECK(problems[1].message == "text after the closing quote");
    CHECK(problems[2].path == "line 8");
    CHECK(problems[2].message == "unknown keyword \"msgfoo\"");
    CHECK(problems[3].path == "line 12");
    CHECK(problems[3].message == "unknown escape \\q");
    CHECK(file.entries.empty());
}

TEST_CASE("A message is looked up by id, with the English as the fallback") {
    const Catalogue de = German();
    const Tr tr(&de);
    CHECK(std::string(tr("tab.compare", "Compare")) == "Vergleichen");
    SECTION("a message the catalogue lacks, or has not translated, or has fuzzy, is English") {
        CHECK(std::string(tr("tab.ladder", "Ladder")) == "Ladder");
        CHECK(std::string(tr("quiz.check", "Check")) == "Check");
        CHECK(std::string(tr("quiz.next", "Next")) == "Next");
    }
    SECTION("a translation of English the code no longer has is not shown") {
        CHECK(std::string(tr("tab.compare", "Compare roles")) == "Compare roles");
    }
    SECTION("no catalogue is English") {
        const Tr english;
        const char* text = "Compare";
        CHECK(english("tab.compare", text) == text);
    }
}

TEST_CASE("Placeholders are filled by name, and a wrong name shows as written") {
    CHECK(Format("Showing {shown} of {total} entries.", {{"shown", "3"}, {"total", "12"}}) == "Showing 3 of 12 entries.");
    CHECK(Format("{total} Einträge, {shown} sichtbar", {{"shown", "3"}, {"total", "12"}}) == "12 Einträge, 3 sichtbar");
    CHECK(Format("{missing} and {{braces}} and {not a name}", {{"shown", "3"}}) == "{missing} and {braces} and {not a name}");
    CHECK(Placeholders("{b} {a} {b} {{c}} { d}") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("A kept message is put in words when shown, in the language of that moment") {
    // Its values are copies: the strings it was made from may be gone by then.
    Message m;
    {
        const std::string shown = "3", total = "12";
        m = Msg("compare.count", "Showing {shown} of {total} entries.", {{"shown", shown}, {"total", total}});
    }
    CHECK(m.English() == "Showing 3 of 12 entries.");
    CHECK(m.In(Tr()) == "Showing 3 of 12 entries.");
    const Catalogue de = German();
    CHECK(m.In(Tr(&de)) == "3 von 12 Einträgen.");
    SECTION("without an id it is its English, never looked up") {
        const Message plain{"", "Compare", {}};
        CHECK(plain.In(Tr(&de)) == "Compare");
    }
    CHECK(Message{}.Empty());
    CHECK_FALSE(m.Empty());
}

TEST_CASE("Plural forms follow the language's rule") {
    const Catalogue de = German();
    const Tr tr(&de);
    CHECK(tr("quiz.questions", "{n} question", "{n} questions", 1) == "eine Frage");
    CHECK(tr("quiz.questions", "{n} question", "{n} questions", 7) == "7 Fragen");
    CHECK(Tr()("quiz.questions", "{n} question", "{n} questions", 1) == "1 question");
    CHECK(Tr()("quiz.questions", "{n} question", "{n} questions", 0) == "0 questions");

    std::vector<Problem> problems;
    const PluralRule polish = PluralRule::Parse("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", problems);
    CHECK(problems.empty());
    CHECK(polish.Count() == 3);
    CHECK(polish.Index(1) == 0);
    CHECK(polish.Index(3) == 1);
    CHECK(polish.Index(5) == 2);
    CHECK(polish.Index(22) == 1);
    CHECK(polish.Index(12) == 2);
    const PluralRule japanese = PluralRule::Parse("nplurals=1; plural=0;", problems);
    CHECK(problems.empty());
    CHECK(japanese.Index(5) == 0);

    SECTION("a rule that cannot be read, or names a form that does not exist, is a problem") {
        PluralRule::Parse("nplurals=2; plural=n !! 1;", problems);
        PluralRule::Parse("nplurals=2; plural=n;", problems);
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].message.find("cannot be read") != std::string::npos);
        CHECK(problems[1].message.find("gives form 2 for 2, but there are 2") != std::string::npos);
    }
}

TEST_CASE("A translation is checked against the template: missing, stale, fuzzy, unused, placeholders") {
    const PoFile templ = Parse(kTemplate);
    CHECK(CheckTemplate(templ).empty());
    const auto problems = CheckTranslation(templ, Parse(R"po(msgid ""
msgstr ""
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgctxt "tab.compare"
msgid "Compare"
msgstr "Vergleichen"

msgctxt "compare.count"
msgid "Showing {shown} of {total} entries."
msgstr "{shown} von {totl} Einträgen."

msgctxt "quiz.questions"
msgid "{n} question"
msgid_plural "{n} questions"
msgstr[0] "eine Frage"
msgstr[1] "{n} Fragen"

msgctxt "quiz.next"
msgid "Next"
msgstr "Weiter"

#, fuzzy
msgctxt "quiz.check"
msgid "Check"
msgstr "Prüfen"

msgctxt "gone"
msgid "Gone"
msgstr "Weg"
)po"), "de.po");
    REQUIRE(problems.size() == 5);
    CHECK(problems[0].path == "de.po:1");
    CHECK(problems[0].code == "strings.missing");
    CHECK(problems[0].message == "'tab.ladder' is not translated (English: \"Ladder\")");
    CHECK(problems[1].path == "de.po:9");
    CHECK(problems[1].code == "strings.placeholders");
    CHECK(problems[1].message == "'compare.count' has the placeholders {shown}, {totl} where the English has {shown}, {total}");
    CHECK(problems[2].path == "de.po:19");
    CHECK(problems[2].code == "strings.stale");
    CHECK(problems[3].code == "strings.fuzzy");
    CHECK(problems[4].code == "strings.unused");
    CHECK(problems[4].severity == Severity::Warning);
}

TEST_CASE("The template allows one English text per id") {
    const auto problems = CheckTemplate(Parse("#: shell/a.cpp:3\nmsgctxt \"x\"\nmsgid \"One\"\nmsgstr \"\"\n\n#: shell/b.cpp:9\nmsgctxt \"x\"\nmsgid \"Two\"\nmsgstr \"\"\n"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "shell/b.cpp:9");
    CHECK(problems[0].message == "the id 'x' has two English texts: \"One\" and \"Two\"");
}

TEST_CASE("Merging keeps what still fits, marks changed English fuzzy, adds new messages and drops old ones") {
    const PoFile templ = Parse(kTemplate);
    const PoFile merged = Merge(templ, Parse(R"po(msgid ""
msgstr ""
"Language: ja\n"
"Plural-Forms: nplurals=1; plural=0;\n"

#. old note
msgctxt "tab.compare"
msgid "Compare"
msgstr "比較"

msgctxt "quiz.next"
msgid "Next"
msgstr "次へ"

msgctxt "gone"
msgid "Gone"
msgstr "消えた"
)po"));
    CHECK(merged.Header("Language") == "ja");
    REQUIRE(merged.entries.size() == 6);
    CHECK(merged.entries[0].strings[0] == "比較");
    CHECK(merged.entries[0].comment == "TRANSLATORS: new note");
    CHECK(merged.entries[0].Translated());
    CHECK(merged.entries[1].strings[0] == "次へ");
    CHECK(merged.entries[1].HasFlag("fuzzy"));
    CHECK(merged.entries[1].previous_id == "Next");
    CHECK(merged.entries[2].strings == std::vector<std::string>{""});
    CHECK(merged.entries[2].HasFlag("python-brace-format"));
    CHECK(merged.entries[3].strings.size() == 1); // Japanese has one plural form
    CHECK(merged.entries[5].context == "tab.ladder");
    CHECK(CheckTranslation(templ, merged, "ja.po").size() == 5); // a fuzzy and four untranslated
}

// [SECTION] Languages and translated content

TEST_CASE("Language tags are checked and matched to the languages offered") {
    CHECK(IsLanguageTag("en"));
    CHECK(IsLanguageTag("de-AT"));
    CHECK(IsLanguageTag("zh-Hant-TW"));
    CHECK_FALSE(IsLanguageTag(""));
    CHECK_FALSE(IsLanguageTag("english"));
    CHECK_FALSE(IsLanguageTag("de_DE"));
    CHECK_FALSE(IsLanguageTag("de-"));
    CHECK(std::string(FindLanguage("EN-xa")->code) == "en-XA");
    CHECK(std::string(FindLanguage("en-GB")->code) == "en");
    CHECK(FindLanguage("tlh") == nullptr);
    CHECK(std::string(ChooseLanguage({"tlh", "en-US"}).code) == "en");
    CHECK(std::string(ChooseLanguage({}).code) == "en");
    for (const Language& l : Languages()) CHECK(IsLanguageTag(l.code));
}

TEST_CASE("The pseudo-language is longer, accented and bracketed, and keeps its placeholders") {
    const std::string english = "Showing {shown} of {total} entries.";
    const std::string pseudo = Pseudo(english);
    CHECK(pseudo.front() == '[');
    CHECK(pseudo.back() == ']');
    CHECK(pseudo.find("{shown}") != std::string::npos);
    CHECK(pseudo.find("{total}") != std::string::npos);
    CHECK(pseudo.find("Sh\u00f3w\u00ed\u00f1g") != std::string::npos);
    auto characters = [](const std::string& s) {
        return std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    };
    CHECK(characters(pseudo) >= characters(english) * 14 / 10);
    const Catalogue xa = PseudoCatalogue();
    const Tr tr(&xa);
    const char* first = tr("compare.count", english.c_str());
    CHECK(std::string(first) == pseudo);
    CHECK(tr("compare.count", english.c_str()) == first); // made once, then the same text
    CHECK(tr("quiz.questions", "{n} question", "{n} questions", 3).find("3 q\u00fa\u00e9st\u00ed\u00f3\u00f1s") != std::string::npos);
}

TEST_CASE("A translation's path is its source's with the language before the extension") {
    CHECK(TranslationPath("content/em-vs-tl.json", "de") == "content/em-vs-tl.de.json");
    CHECK(TranslationPath("notes", "ja") == "notes.ja.json");
    CHECK(TranslationSourcePath("content/em-vs-tl.de.json") == "content/em-vs-tl.json");
    CHECK(TranslationSourcePath("a.b/em-vs-tl.json").empty());
    CHECK(TranslationSourcePath("em-vs-tl-short.json").empty());
}

TEST_CASE("The shipped translations of the default content differ from it only in their texts") {
    const std::string source = test::ReadSourceFile("/assets/content/em-vs-tl.json");
    for (const char* language : {"de", "ja"}) {
        INFO(language);
        const LoadResult result = LoadTranslation(source, test::ReadSourceFile(std::string("/assets/content/em-vs-tl.") + language + ".json"));
        for (const Problem& p : result.problems) INFO(FormatProblem(p));
        CHECK(result.problems.empty());
        CHECK(result.content.language == language);
    }
}

TEST_CASE("Every number in the English content's texts appears unchanged in each translation's") {
    using json = nlohmann::ordered_json;
    const json english = json::parse(test::ReadSourceFile("/assets/content/em-vs-tl.json"));
    const std::regex number(R"(\d[\d,.]*\d|\d)");
    for (const char* language : {"de", "ja"}) {
        const json translated = json::parse(test::ReadSourceFile(std::string("/assets/content/em-vs-tl.") + language + ".json"));
        int texts = 0;
        std::function<void(const json&, const json&, const std::string&)> walk = [&](const json& a, const json& b, const std::string& path) {
            if (a.is_object()) {
                for (auto it = a.begin(); it != a.end(); ++it) walk(it.value(), b.at(it.key()), path + "." + it.key());
            } else if (a.is_array()) {
                for (std::size_t i = 0; i < a.size(); ++i) walk(a[i], b.at(i), path + "[" + std::to_string(i) + "]");
            } else if (a.is_string() && a != b) {
                ++texts;
                const std::string from = a.get<std::string>(), to = b.get<std::string>();
                for (auto it = std::sregex_iterator(from.begin(), from.end(), number); it != std::sregex_iterator(); ++it) {
                    INFO(language << " " << path << ": \"" << to << "\" lacks " << it->str());
                    CHECK(to.find(it->str()) != std::string::npos);
                }
            }
        };
        walk(english, translated, "");
        CHECK(texts > 200); // the walk really compared the texts
    }
}

TEST_CASE("A translation that drifts from its source is refused at the path that differs") {
    const std::string source = test::ReadSourceFile("/assets/content/em-vs-tl.json");
    std::string german = test::ReadSourceFile("/assets/content/em-vs-tl.de.json");
    auto replace = [](std::string text, const std::string& from, const std::string& to) {
        const std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        return text.replace(at, from.size(), to);
    };
    SECTION("a salary figure changed") {
        const LoadResult r = LoadTranslation(source, replace(german, "\"min\": 132479", "\"min\": 132000"));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == code::kTranslationDrift);
        CHECK(r.problems[0].path.substr(r.problems[0].path.size() - 4) == ".min");
        CHECK(r.problems[0].message == "is 132000 where the source has 132479; only texts may differ");
    }
    SECTION("an id renamed, and the answer key") {
        const LoadResult r = LoadTranslation(source, replace(replace(german, "\"id\": \"em-salary-range\"", "\"id\": \"gehalt\""), "\"passMark\": 70", "\"passMark\": 60"));
        REQUIRE(r.problems.size() == 2);
        CHECK(r.problems[0].path == "quizzes.knowledge.passMark");
        CHECK(r.problems[1].path == "quizzes.knowledge.questions[0].id");
    }
    SECTION("the same language as the source") {
        const LoadResult r = LoadTranslation(source, replace(german, "\"language\": \"de\"", "\"language\": \"en\""));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == code::kLanguage);
    }
    SECTION("not a language tag") {
        const LoadResult r = LoadContent(replace(german, "\"language\": \"de\"", "\"language\": \"German\""));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].path == "language");
    }
}

TEST_CASE("Japanese lines may break between any two CJK characters, but not before closing punctuation or after an opening bracket") {
    CHECK(IsCjk(U'\u65e5'));
    CHECK(IsCjk(U'\u3042'));
    CHECK(IsCjk(U'\u30c6'));
    CHECK(IsCjk(U'\u3002'));
    CHECK(IsCjk(U'\uff08'));
    CHECK_FALSE(IsCjk(U'a'));
    CHECK_FALSE(IsCjk(U'\u00e9'));
    CHECK(LineBreakAllowed(U'\u65e5', U'\u672c'));   // 日|本
    CHECK(LineBreakAllowed(U'\u3059', U'\u30c6'));   // す|テ
    CHECK(LineBreakAllowed(U'5', U'\u5e74'));        // 5|年
    CHECK(LineBreakAllowed(U'\u306f', U'T'));        // は|TL
    CHECK_FALSE(LineBreakAllowed(U'a', U'b'));       // Latin: only at spaces
    CHECK_FALSE(LineBreakAllowed(U'a', U' '));
    CHECK_FALSE(LineBreakAllowed(U'\u3059', U'\u3002')); // す|。
    CHECK_FALSE(LineBreakAllowed(U'\u3059', U'\u3001')); // す|、
    CHECK_FALSE(LineBreakAllowed(U'\u3067', U'\u300d')); // で|」
    CHECK_FALSE(LineBreakAllowed(U'\u30de', U'\u30fc')); // マ|ー
    CHECK_FALSE(LineBreakAllowed(U'\u30c1', U'\u30c3')); // チ|ッ
    CHECK_FALSE(LineBreakAllowed(U'\u300c', U'\u30c6')); // 「|テ
    CHECK_FALSE(LineBreakAllowed(U'\uff08', U'T'));      // （|T
    CHECK(LineBreakAllowed(U'\u3002', U'\u30c6'));       // 。|テ
}

TEST_CASE("The start language: the URL, then the remembered choice, the LMS, the browser, English") {
    CHECK(std::string(StartLanguage("ja", "de", {"de"}, {"de-DE"}).code) == "ja");
    CHECK(std::string(StartLanguage("", "de", {"ja"}, {"ja"}).code) == "de");
    CHECK(std::string(StartLanguage("", "", {"fr-FR", "ja-JP"}, {"de"}).code) == "ja");
    CHECK(std::string(StartLanguage("", "", {}, {"fr-CA", "de-AT", "en"}).code) == "de");
    CHECK(std::string(StartLanguage("", "", {}, {"fr"}).code) == "en");
    CHECK(std::string(StartLanguage("", "tlh", {}, {}).code) == "en"); // a remembered value no longer offered
}

TEST_CASE("A list of language tags from the browser or an LMS: split at commas, spaces trimmed, empty items dropped") {
    CHECK(SplitLanguages("de-DE, en-US,ja") == std::vector<std::string>{"de-DE", "en-US", "ja"});
    CHECK(SplitLanguages(" ja ,, ") == std::vector<std::string>{"ja"});
    CHECK(SplitLanguages("").empty());
    // SCORM 1.2 leaves the value free: a name that is no tag is kept here and skipped by the choice.
    CHECK(std::string(ChooseLanguage(SplitLanguages("German, de")).code) == "de");
}

TEST_CASE("lang= in the URL names a language offered, or is ignored with a warning") {
    CHECK(ParseUrlParams("?lang=de-AT", "", "https://a.example").language == "de");
    CHECK(ParseUrlParams("?lang=de", "#lang=ja", "https://a.example").language == "ja"); // the fragment wins
    const UrlParams bad = ParseUrlParams("?lang=xx", "", "https://a.example");
    CHECK(bad.language.empty());
    REQUIRE(bad.warnings.size() == 1);
    CHECK(bad.warnings[0] == "ignored URL parameter \"lang\": use " + LanguageList());
}

TEST_CASE("UTF-8 text is cut between whole characters") {
    const std::string text = "a\u00e9\u65e5\U0001F600z"; // 1, 2, 3, 4 and 1 bytes
    CHECK(utf8::PrefixBytes(text, 0) == 0);
    CHECK(utf8::PrefixBytes(text, 2) == 3);
    CHECK(utf8::PrefixBytes(text, 4) == 10);
    CHECK(utf8::PrefixBytes(text, 99) == text.size());
    CHECK(utf8::Boundary(text, 2) == 1);  // inside é
    CHECK(utf8::Boundary(text, 5) == 3);  // inside 日
    CHECK(utf8::Boundary(text, 6) == 6);  // a start
    CHECK(utf8::Boundary(text, 99) == text.size());
    CHECK(utf8::Previous(text, text.size()) == 10);
    CHECK(utf8::Previous(text, 10) == 6);
    CHECK(utf8::Previous(text, 8) == 3); // from inside the emoji: the character before it
    CHECK(utf8::Previous(text, 1) == 0);
    CHECK(utf8::Previous(text, 0) == 0);
}
