// Author mode's editing model: the content document being edited, edits with their inverses
// (undo and redo), id renames that carry their references along, the "new comparison"
// template and the draft codec. Validation is the loader's (LoadContent on the document's
// text), run by the caller after each edit. Nothing here throws: the web build has no
// exceptions, so every path is checked before it is followed.
#pragma once

#include "crossroads/i18n.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossroads::author {

// The document keeps the author's key order, so a saved file differs from the opened one
// only where it was edited.
using Json = nlohmann::ordered_json;

// A place in the document as the field names show it: keys and array indexes joined by dots,
// "roles.0.name", "quizzes.knowledge.questions.3.options". "" is the whole document.
using Path = std::string;

std::vector<std::string> SplitPath(std::string_view path);
Path JoinPath(const Path& parent, std::string_view key);
Path JoinPath(const Path& parent, std::size_t index);
// The loader's problem paths ("roles[1].salary.min") as document paths ("roles.1.salary.min").
Path PathOfProblem(std::string_view problem_path);

// The value at `path`, or nullptr when there is none.
const Json* Find(const Json& doc, std::string_view path);
Json* Find(Json& doc, std::string_view path);

// One reversible change. `path` names the value replaced, or the array or object changed.
struct Op {
    enum class Kind { Replace, Insert, Erase, Move, RenameKey };
    Kind kind = Kind::Replace;
    Path path;
    Json before;              // Replace: the old value; Erase: the removed item
    Json after;               // Replace: the new value; Insert: the added item
    std::size_t from = 0;     // Insert/Erase: the index; Move: from
    std::size_t to = 0;       // Move: to
    std::string key_before;   // RenameKey: the object's key before and after
    std::string key_after;
};

// What one user action did: one or more ops, undone together.
struct Edit {
    i18n::Message label;      // what it did, for the Undo button's tooltip ("Edit roles.0.name")
    std::vector<Op> ops;
    // Consecutive edits with the same non-empty key merge into one undo step (typing in one field).
    std::string merge_key;
};

// Applies an op or its inverse. False (the document unchanged) when it no longer fits.
bool ApplyOp(Json& doc, const Op& op);
bool RevertOp(Json& doc, const Op& op);

// [SECTION] Building edits. Each returns nullopt with `error` saying why when it cannot apply.

// The value at `path` becomes `value` (merges with the previous edit of the same field).
std::optional<Edit> SetValue(const Json& doc, const Path& path, Json value, i18n::Message& error);
// `value` inserted at `index` of the array at `array_path` (index = size appends).
std::optional<Edit> InsertItem(const Json& doc, const Path& array_path, std::size_t index, Json value, i18n::Message& error);
// A new item for the array at `array_path`, added at its end: a copy of its shape with empty
// texts and a fresh unique id (NewItem).
std::optional<Edit> AddItem(const Json& doc, const Path& array_path, i18n::Message& error);
std::optional<Edit> RemoveItem(const Json& doc, const Path& item_path, i18n::Message& error);
// A copy of the item after it, with a fresh unique id.
std::optional<Edit> DuplicateItem(const Json& doc, const Path& item_path, i18n::Message& error);
// The item moved to position `to` of its array.
std::optional<Edit> MoveItem(const Json& doc, const Path& item_path, std::size_t to, i18n::Message& error);
// The id at `id_path` ("sections.2.id") becomes `new_id`, and every reference to it follows:
// a section's id in every "source", a role's id in every comparison row's cells, a ladder
// node's id in the edges and the self-assessment's outcomes, an option's id in its
// question's answer. Refused when `new_id` is empty or already names another item there.
std::optional<Edit> RenameId(const Json& doc, const Path& id_path, const std::string& new_id, i18n::Message& error);

// The optional keys of the object at `path`, in the format's order: the ones a form offers
// to add when missing and to remove when present (an article's "publisher", a role's
// "focus" and "colour", a node's "experience", a question's "feedback"; "partialCredit" only
// on a multiple-choice question). Empty where the object has none or is not the format's.
std::vector<std::string> OptionalKeys(const Json& doc, const Path& path);
// The optional `key` added to the object at `path`, before its "source" (or last): `value`,
// or when that is null a value shaped as the format expects (texts empty, numbers at the
// loader's defaults, a "source" of the first section).
std::optional<Edit> AddKey(const Json& doc, const Path& path, const std::string& key, Json value, i18n::Message& error);
// The optional key at `path` removed (Undo brings it back).
std::optional<Edit> RemoveKey(const Json& doc, const Path& path, i18n::Message& error);

// A fresh item for the array at `array_path`, shaped like the items the format expects
// there: texts empty, a unique id where items have ids, numbers and choices at their first
// valid values. Null when the path is not an array of the format.
Json NewItem(const Json& doc, const Path& array_path);
// `base` (or base-2, base-3, ...) so that no item of the array at `array_path` has it as id.
std::string UniqueId(const Json& doc, const Path& array_path, const std::string& base);

// Where an id field's value is referenced: the paths of every reference (for the UI's
// "used in N places" and for RenameId).
std::vector<Path> References(const Json& doc, const Path& id_path);

// The choices a field offers, where the format fixes them (a row's "kind", a node's
// "track", a question's "type", a "source"'s section ids, an edge's node ids): empty for a
// free field. The loader checks the same values.
std::vector<std::string> ChoicesFor(const Json& doc, const Path& path);

// [SECTION] The history

class Document {
public:
    Document() = default;
    explicit Document(Json doc);

    const Json& Doc() const { return doc_; }
    // Applies and records the edit. `merge`: fold it into the previous step when both have
    // the same merge key (typing in one field is one undo step).
    bool Apply(Edit edit, bool merge = true);
    bool Undo();
    bool Redo();
    bool CanUndo() const { return done_ > 0; }
    bool CanRedo() const { return done_ < steps_.size(); }
    const i18n::Message& UndoLabel() const;
    const i18n::Message& RedoLabel() const;
    // A later edit starts a new undo step even with the same merge key (a field was left).
    void EndMerge() { merge_open_ = false; }
    // Unsaved changes: the document differs from what was last saved (or opened).
    bool Dirty() const { return !saved_ || *saved_ != done_; }
    void MarkSaved() { saved_ = done_; }
    void MarkUnsaved() { saved_.reset(); }
    // The file as saved: two-space indentation, a final newline.
    std::string Text() const;
    // Bumped by every change (apply, undo, redo): callers revalidate when it moves.
    std::size_t Revision() const { return revision_; }

private:
    Json doc_ = Json::object();
    std::vector<Edit> steps_;
    std::size_t done_ = 0;                 // steps_[0, done_) are applied
    std::optional<std::size_t> saved_ = 0; // done_ at the last save; none when that step was dropped
    bool merge_open_ = false;
    std::size_t revision_ = 0;
};

// The file name a document is saved under: its own name's last part when that is a .json
// file, else "crossroads-content.json" (a new comparison, the built-in content).
std::string FileNameFor(const std::string& name);
// The text of a document as files are saved: two-space indentation, a final newline.
std::string Normalise(const Json& doc);
// Parses content text for editing (not validated: an invalid file is still opened, with its
// problems). Nullopt with `error` when it is not JSON at all.
std::optional<Json> ParseDocument(std::string_view bytes, i18n::Message& error);

// "New comparison": a small valid document (two roles, one comparison row, a two-node
// ladder, a self-assessment and one knowledge question of each type) that passes --check.
Json NewComparisonTemplate();

// [SECTION] The web's draft (localStorage), kept on every change

inline constexpr int kDraftVersion = 1;
// The browser's localStorage key of the draft (a damaged one is kept aside under key + ":backup").
inline constexpr char kDraftStorageKey[] = "crossroads:draft:v1";
// localStorage holds about 5 MB per origin; the content format allows 4 MB.
inline constexpr std::size_t kMaxDraftBytes = 4u * 1024u * 1024u + 4096u;

struct Draft {
    std::string name;     // where the document came from ("new comparison", a file name)
    std::string text;     // the document's text, valid or not
    bool dirty = true;    // changed since it was last saved (downloaded)
    double saved_at = 0;  // when it was stored, ms since 1970 (0: unknown, a draft of before)
};

std::string EncodeDraft(const Draft& draft);
struct DraftDecode {
    std::optional<Draft> draft;
    i18n::Message error; // why a stored draft was refused, for the notice
};
// Never throws; anything not as EncodeDraft writes it is refused with the reason.
DraftDecode DecodeDraft(std::string_view bytes);

// Each tab keeps its draft under a key of its own, kDraftStorageKey + ":" + the tab's id, so
// two tabs in author mode never write over each other's work.
std::string DraftKey(std::string_view tab_id);
// A key DraftKey makes, or the single key drafts had before tabs had their own.
bool IsDraftKey(std::string_view key);

struct StoredDraft {
    std::string key;
    DraftDecode decoded;
};
// The draft a tab starting in author mode opens, from all those stored: its own from before
// a reload (`own_key`), else the one stored last by any tab (a tab closed or crashed, or
// another tab still open: the two then go on as separate drafts). Damaged drafts are never
// chosen; nullopt when no draft can be opened.
std::optional<std::size_t> PickDraft(const std::vector<StoredDraft>& stored, std::string_view own_key);

} // namespace crossroads::author

namespace crossroads::author {

// Writes `text` to `path` so that a crash or a full disk never leaves half a file: the text
// goes to a temporary file beside it, which then replaces the file in one rename. The
// previous version, when there was one, is kept as `path~`. False with `error` on failure,
// the file untouched.
bool SaveFile(const std::string& path, const std::string& text, std::string& error);

} // namespace crossroads::author
