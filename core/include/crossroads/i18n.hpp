// Languages: the interface's message catalogue (GNU gettext PO files) and the rules that
// go with it: reading and writing PO, looking a message up with English as the fallback,
// named placeholders, plural forms, and the checks of a translation against the template.
//
// A message is identified by its context (msgctxt), e.g. "compare.filter.hint"; its msgid
// is the English text, which stays in the code, so English needs no catalogue. xgettext
// extracts the calls `tr("id", "English")` and `trn("id", "one", "other", n)` with the
// comment above them that starts "TRANSLATORS:".
#pragma once

#include "crossroads/loader.hpp"

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crossroads::i18n {

// One entry of a PO file.
struct PoEntry {
    std::string context;                 // msgctxt: the message's id
    std::string id;                      // msgid: the English text
    std::string id_plural;               // msgid_plural; empty for a message without plurals
    std::vector<std::string> strings;    // msgstr, or msgstr[0..n-1] for plurals
    std::string comment;                 // "#." lines: the note for translators
    std::vector<std::string> references; // "#:" lines: where the code uses it
    std::vector<std::string> flags;      // "#," e.g. fuzzy, python-brace-format
    std::string previous_id;             // "#| msgid": the English it was translated from
    int line = 0;                        // where the entry starts, 1-based

    bool HasFlag(std::string_view flag) const;
    // Translated and not marked fuzzy: the translation is used.
    bool Translated() const;
};

struct PoFile {
    std::vector<PoEntry> entries; // without the header entry
    // The header's fields in their order: {"Language", "de"}, {"Plural-Forms", "..."}.
    std::vector<std::pair<std::string, std::string>> header;
    std::string Header(std::string_view key) const; // empty when absent
};

// Parses a PO file. Problems name the line ("line 12: ..."); entries that could not be read
// are left out. Obsolete entries ("#~") are skipped.
PoFile ParsePo(std::string_view text, std::vector<Problem>& problems);
// Writes a PO file with its header first; long lines are not wrapped.
std::string WritePo(const PoFile& file);

// A gettext Plural-Forms expression, e.g. "nplurals=2; plural=(n != 1);". Evaluated for a
// count, it gives the index of the msgstr to use.
class PluralRule {
public:
    PluralRule() = default; // English: one form for 1, another for everything else
    // Parses the header value; an expression it cannot read is a problem, and English's
    // rule is kept.
    static PluralRule Parse(std::string_view header_value, std::vector<Problem>& problems);
    int Count() const { return count_; }
    int Index(long n) const;

private:
    int count_ = 2;
    std::string expression_ = "n != 1";
};

// The translations of one language, looked up by id. An entry is used only while its
// English is the code's: when the English changes, the English shows until the translator
// has looked again.
class Catalogue {
public:
    Catalogue() = default;
    static Catalogue FromPo(const PoFile& file, std::vector<Problem>& problems);

    const std::string& Language() const { return language_; }
    // The translation of `english` under `context`, or nullptr.
    const std::string* Find(std::string_view context, std::string_view english) const;
    const std::string* FindPlural(std::string_view context, std::string_view one, long n) const;
    std::size_t Size() const { return entries_.size(); }
    bool IsPseudo() const { return pseudo_; }
    // Every character its translations can show, for building the fonts' glyph ranges.
    std::string AllText() const;

private:
    friend Catalogue PseudoCatalogue();
    bool pseudo_ = false;
    // The pseudo-language's messages, made as they are asked for; pointers into a map
    // stay valid as it grows.
    mutable std::map<std::string, std::string, std::less<>> pseudo_made_;
    struct Entry {
        std::string english;
        std::vector<std::string> strings;
    };
    std::string language_;
    PluralRule plural_;
    std::map<std::string, Entry, std::less<>> entries_;
};

// What the views call: a message in the chosen language, or the English passed in.
// No catalogue = English. The returned pointer lives as long as the catalogue.
class Tr {
public:
    Tr() = default;
    explicit Tr(const Catalogue* catalogue) : catalogue_(catalogue) {}
    const char* operator()(const char* context, const char* english) const;
    // One of two English forms for a count (the catalogue may have more forms), with
    // "{n}" in it replaced by the count.
    std::string operator()(const char* context, const char* one, const char* other, long n) const;
    const Catalogue* catalogue() const { return catalogue_; }

private:
    const Catalogue* catalogue_ = nullptr;
};

// A placeholder's name and value. The values are views: a call's temporaries live until
// the call ends, but a list kept in a variable must name strings that outlive it.
struct Arg {
    std::string_view name;
    std::string_view value;
};
using Args = std::initializer_list<Arg>;
// Replaces "{name}" in `pattern` with its value from `args`. "{{" and "}}" are literal
// braces; an unknown name stays as it is written, so a wrong one shows up on screen.
std::string Format(std::string_view pattern, Args args);
std::string Format(std::string_view pattern, const std::vector<Arg>& args); // values made at run time
// The placeholder names of a pattern, sorted and without repeats.
std::vector<std::string> Placeholders(std::string_view pattern);

// A message kept as its id, its English and its values, to be put in words when it is
// shown, in the interface's language of that moment: an undo step's label or an author
// error outlives a language switch. xgettext reads the calls of Msg.
struct Message {
    std::string id;      // the catalogue's context; empty: `english` is shown as it is
    std::string english; // with {placeholders}
    std::vector<std::pair<std::string, std::string>> args = {};
    std::string English() const;
    std::string In(const Tr& tr) const;
    bool Empty() const { return english.empty(); }
};
Message Msg(const char* id, const char* english, Args args = {});

// A translation checked against the template that the code's messages make: problems with
// the path "<file>:<line>". Errors: a message not translated (or fuzzy), one whose English
// has changed since, one the code no longer has, placeholders that differ, an id with two
// English texts in the template.
std::vector<Problem> CheckTranslation(const PoFile& templ, const PoFile& translation, std::string_view file_name);
// The template's own consistency: one English text per id.
std::vector<Problem> CheckTemplate(const PoFile& templ);

// A translation brought up to date with the template, as msgmerge would: messages kept
// where the English is the same, marked fuzzy (with the previous English) where it changed,
// added empty where new; the code's comments and references replace the old ones; messages
// the code no longer has are dropped. Placeholder messages get the python-brace-format flag
// so that `msgfmt --check` compares their placeholders too.
PoFile Merge(const PoFile& templ, const PoFile& translation);

// The interface's languages. English is the code's own; en-XA is the pseudo-language
// (every message longer, accented and bracketed, made from the English) that tests use to
// find clipped labels. Every other one has a catalogue, assets/i18n/<code>.po.
struct Language {
    const char* code;       // BCP 47
    const char* name;       // in the language itself, for the language menu
    bool has_catalogue;
    bool in_menu;           // offered in the language menu (en-XA is for tests)
};
const std::vector<Language>& Languages();
// The language for a BCP 47 tag: exact ("en-XA"), else by its primary subtag ("de-AT" is
// de), case-insensitive; nullptr when none fits.
const Language* FindLanguage(std::string_view tag);
// "en, de, ja or en-XA", for messages.
std::string LanguageList();
// A comma-separated list of language tags ("de-DE, en-US,ja": navigator.languages joined,
// cmi5's languagePreference, SCORM's learner preference) as a list, spaces trimmed and
// empty items left out. The tags are not checked here: ChooseLanguage skips unknown ones.
std::vector<std::string> SplitLanguages(std::string_view list);
// The first of the tags (most preferred first) that a language fits; English when none.
const Language& ChooseLanguage(const std::vector<std::string>& preferred);

// A well-formed BCP 47 language tag: a primary subtag of 2-3 letters, then subtags of
// 1-8 letters or digits, joined by "-" ("en", "de-AT", "zh-Hant-TW", "en-XA").
bool IsLanguageTag(std::string_view tag);

// Line breaking for text without spaces (Japanese, Chinese): a CJK character (ideographs,
// kana, CJK punctuation, full-width forms) and the rule for where a line may break between
// two characters. Between two non-CJK characters: never (Latin breaks at spaces, which
// Dear ImGui handles). Next to a CJK character: anywhere, but not before a closing bracket,
// small kana, a prolonged sound mark or punctuation that may not start a line (、。」 and
// the like), and not after an opening bracket (「（ and the like): kinsoku shori, JIS X 4051.
bool IsCjk(char32_t c);
bool LineBreakAllowed(char32_t before, char32_t after);

// The language a page starts in, the first that fits of: the URL's lang=, the one the
// learner chose in the menu before (remembered by the browser), the LMS's learner preference
// (SCORM's cmi.*_preference.language, cmi5's languagePreference), the browser's languages;
// else English.
const Language& StartLanguage(std::string_view url, std::string_view remembered, const std::vector<std::string>& lms,
                              const std::vector<std::string>& browser);

// The pseudo-language's form of an English message: accented letters, about 40% longer,
// in brackets; {placeholders} and "\n" kept.
std::string Pseudo(std::string_view english);
// A catalogue that translates every message to Pseudo(English), made on demand.
Catalogue PseudoCatalogue();

struct NamedText {
    std::string name; // a file name, "de.po"
    std::string text;
};
// `crossroads --strings check`: the template's problems and each translation's against
// it, and a translation named for no language, or a language without its translation.
std::vector<Problem> CheckCatalogues(std::string_view templ, const std::vector<NamedText>& translations);
// `crossroads --strings export`: crossroads.pot and each translation merged with it.
std::vector<NamedText> ExportCatalogues(std::string_view templ, const std::vector<NamedText>& translations, std::string_view version);

// [SECTION] Problems in the interface's language

// A problem whose message is a catalogue message: `english` with its placeholders filled in
// is its `message`; the id, the English and the values are kept for ProblemMessage.
// (xgettext reads the calls of MakeProblem, and of the loader's Error and Drift, that
// have the id and the English as literals.)
Problem MakeProblem(const char* code, std::string path, const char* id, const char* english, Args args = {},
                    Severity severity = Severity::Error);
// A problem's message in the interface's language; its English `message` when it is not a
// catalogue message. The JSON type names that fill {found} and {sourceType} ("a string",
// loader_detail::TypeName) are translated too: those two names are kept for them.
std::string ProblemMessage(const Problem& problem, const Tr& tr);
// FormatProblem's "path: message" in the interface's language (`file` where it has no path).
std::string FormatProblem(const Problem& problem, const Tr& tr, std::string_view file = {});

} // namespace crossroads::i18n
