// The message catalogue: PO reading and writing, lookup with English as the fallback,
// placeholders, plural forms, and the checks and merge of a translation.
#include "crossroads/i18n.hpp"

#include <catch2/catch.hpp>

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
    const PoFile templ = Parse(R"po(
msgctxt "tab.compare"
msgid "Compare"
msgstr ""

msgctxt "compare.count"
msgid "Showing {shown} of {total} entries."
msgstr ""

msgctxt "quiz.questions"
msgid "{n} question"
msgid_plural "{n} questions"
msgstr[0] ""
msgstr[1] ""

msgctxt "quiz.next"
msgid "Next question"
msgstr ""

msgctxt "quiz.check"
msgid "Check"
msgstr ""

msgctxt "tab.ladder"
msgid "Ladder"
msgstr ""
)po");
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
    const PoFile templ = Parse(R"po(
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
)po");
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
    REQUIRE(merged.entries.size() == 4);
    CHECK(merged.entries[0].strings[0] == "比較");
    CHECK(merged.entries[0].comment == "TRANSLATORS: new note");
    CHECK(merged.entries[0].Translated());
    CHECK(merged.entries[1].strings[0] == "次へ");
    CHECK(merged.entries[1].HasFlag("fuzzy"));
    CHECK(merged.entries[1].previous_id == "Next");
    CHECK(merged.entries[2].strings == std::vector<std::string>{""});
    CHECK(merged.entries[2].HasFlag("python-brace-format"));
    CHECK(merged.entries[3].strings.size() == 1); // Japanese has one plural form
    CHECK(CheckTranslation(templ, merged, "ja.po").size() == 3); // a fuzzy and two untranslated
}
