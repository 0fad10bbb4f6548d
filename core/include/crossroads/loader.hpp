// Loading and validating a content file. Every problem is returned as a value with a
// stable code and the JSON path it concerns; nothing throws past this API.
#pragma once

#include "crossroads/content.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crossroads {

enum class Severity { Error, Warning };

// Stable problem codes; tests and the UI rely on these strings, never on messages.
namespace code {
inline constexpr const char* kJsonSyntax = "json.syntax";       // not JSON (or truncated)
inline constexpr const char* kJsonUtf8 = "json.utf8";           // bytes are not UTF-8
inline constexpr const char* kJsonTooLarge = "json.too_large";  // over kMaxContentBytes
inline constexpr const char* kJsonTooDeep = "json.too_deep";    // nesting over kMaxContentDepth
inline constexpr const char* kFormat = "format";                // wrong "format" / "version"
inline constexpr const char* kMissing = "field.missing";        // a required key is absent
inline constexpr const char* kType = "field.type";              // a value of the wrong type
inline constexpr const char* kEmpty = "field.empty";            // an empty string or list
inline constexpr const char* kEnum = "field.enum";              // a value outside its allowed set
inline constexpr const char* kUnknownKey = "field.unknown";     // a key the format does not know
inline constexpr const char* kDuplicateId = "id.duplicate";     // two things share an id
inline constexpr const char* kUnknownRef = "ref.unknown";       // a reference points nowhere
inline constexpr const char* kCellMissing = "cell.missing";     // a comparison row lacks a role's cell
inline constexpr const char* kRangeInverted = "range.inverted"; // min > max
inline constexpr const char* kRangeNegative = "range.negative"; // a negative year or salary
inline constexpr const char* kOutOfRange = "field.range";     // a number outside its allowed range
inline constexpr const char* kTooFew = "list.too_short";        // a list with too few entries
inline constexpr const char* kAnswerCount = "quiz.answer_count"; // a single-choice question with more than one answer
inline constexpr const char* kWeightsZero = "quiz.weights_zero"; // a statement that leans toward no track
inline constexpr const char* kLadderCycle = "ladder.cycle";     // promotions that lead back to where they started
inline constexpr const char* kLadderUnreachable = "ladder.unreachable"; // a node no edge reaches from a start
inline constexpr const char* kLadderNoStart = "ladder.no_start"; // no node at level 0
inline constexpr const char* kFileUnreadable = "file.unreadable"; // the content file cannot be read (desktop)
inline constexpr const char* kLanguage = "language";             // "language" is not a BCP 47 tag
inline constexpr const char* kTranslationDrift = "translation.drift"; // a translation differs from its source beyond the texts
// Every code above, for checks that the README's table lists exactly these.
inline constexpr const char* kAll[] = {kJsonSyntax, kJsonUtf8, kJsonTooLarge, kJsonTooDeep, kFormat, kMissing, kType,
    kEmpty, kEnum, kUnknownKey, kDuplicateId, kUnknownRef, kCellMissing, kRangeInverted, kRangeNegative, kOutOfRange, kTooFew,
    kAnswerCount, kWeightsZero, kLadderCycle, kLadderUnreachable, kLadderNoStart, kFileUnreadable, kLanguage, kTranslationDrift};
} // namespace code

// The values the format allows for its fixed-choice fields (the loader checks them; the
// author's forms offer them; the schema's enums are tested against them).
namespace format {
// The keys whose string values are texts a translation rewrites; every other value of a
// translation is its source's.
inline constexpr std::array<const char*, 15> kTextKeys{"title", "heading", "name", "short", "summary", "focus", "label", "text",
    "note", "description", "intro", "prompt", "correct", "incorrect", "explanation"};
inline constexpr std::array<const char*, 2> kRowKinds{"list", "range"};
inline constexpr std::array<const char*, 2> kRangeUnits{"years", "usd"};
inline constexpr std::array<const char*, 3> kTracks{"shared", "management", "technical"};
inline constexpr std::array<const char*, 2> kEdgeKinds{"promotion", "switch"};
inline constexpr std::array<const char*, 4> kQuestionTypes{"single", "multiple", "truefalse", "order"};
} // namespace format

inline constexpr std::size_t kMaxContentBytes = 4u * 1024u * 1024u;
inline constexpr int kMaxContentDepth = 64;
inline constexpr int kContentVersion = 1;

struct Problem {
    std::string code;
    std::string path; // JSON path such as roles[1].salary.min; empty for the whole file
    std::string message; // in English, for the CLI, the logs and the tests
    Severity severity = Severity::Error;
    // The message as a catalogue message (i18n::MakeProblem), to show it in the interface's
    // language (i18n::ProblemMessage): its id, its English with {placeholders}, their values.
    std::string message_id = {};
    std::string pattern = {};
    std::vector<std::pair<std::string, std::string>> args = {};
};

struct LoadResult {
    Content content;               // meaningful only when Ok()
    std::vector<Problem> problems; // errors and warnings, in document order
    bool Ok() const;               // true when no problem is an error
    std::size_t ErrorCount() const;
};

// Parses and validates a content file. Never throws, never aborts, whatever the bytes.
LoadResult LoadContent(std::string_view bytes);

// A translation of a content file (the same file with other texts and its own "language"):
// loaded as any content file, and then compared with its source, walking both in step. Only
// the texts (the keys of format::kTextKeys) may differ; an id, a number, a range, an answer
// key, a source or an entry missing or added is a "translation.drift" error at its path.
LoadResult LoadTranslation(std::string_view source_bytes, std::string_view translation_bytes);
// Where the translation of a content file into `language` is: "dir/name.json" ->
// "dir/name.de.json". The English source is the file itself.
std::string TranslationPath(std::string_view source_path, std::string_view language);
// The other way: "dir/name.de.json" -> "dir/name.json"; empty when the name has no
// language tag before its extension.
std::string TranslationSourcePath(std::string_view path);

// "path: message", for lists and the CLI. A problem of the whole file (no path) is "message",
// or "file: message" when `file` is given; a warning's message starts with "warning: ".
std::string FormatProblem(const Problem& problem, std::string_view file = {});

// The problem of a content file that cannot be read at all (`reason`: why, from the OS).
Problem UnreadableFile(const std::string& reason);

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);

} // namespace crossroads
