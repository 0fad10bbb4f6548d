// Author mode's document: paths, the reversible ops, the undo history, the file's text and
// the draft codec. The edits that build ops are in edits.cpp.
#include "crossroads/author.hpp"

#include "crossroads/loader.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace crossroads::author {

namespace {

// A step cap keeps a long editing session's memory bounded; the oldest steps go first.
constexpr std::size_t kMaxSteps = 2000;

bool IsIndex(const std::string& segment) {
    return !segment.empty() && segment.size() <= 9 &&
           std::all_of(segment.begin(), segment.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

template <typename J>
J* FindIn(J& doc, std::string_view path) {
    J* at = &doc;
    for (const std::string& segment : SplitPath(path)) {
        if (at->is_object()) {
            auto it = at->find(segment);
            if (it == at->end()) return nullptr;
            at = &*it;
        } else if (at->is_array()) {
            if (!IsIndex(segment)) return nullptr;
            const std::size_t i = std::stoul(segment);
            if (i >= at->size()) return nullptr;
            at = &(*at)[i];
        } else {
            return nullptr;
        }
    }
    return at;
}

bool InsertAt(Json& array, std::size_t index, const Json& value) {
    if (!array.is_array() || index > array.size()) return false;
    array.insert(array.begin() + static_cast<std::ptrdiff_t>(index), value);
    return true;
}

bool EraseAt(Json& array, std::size_t index) {
    if (!array.is_array() || index >= array.size()) return false;
    array.erase(array.begin() + static_cast<std::ptrdiff_t>(index));
    return true;
}

bool MoveWithin(Json& array, std::size_t from, std::size_t to) {
    if (!array.is_array() || from >= array.size() || to >= array.size()) return false;
    Json item = std::move(array[from]);
    array.erase(array.begin() + static_cast<std::ptrdiff_t>(from));
    array.insert(array.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
    return true;
}

// The key renamed in place: the object keeps its order.
bool RenameKeyIn(Json& object, const std::string& from, const std::string& to) {
    if (!object.is_object() || !object.contains(from) || (from != to && object.contains(to))) return false;
    Json renamed = Json::object();
    for (auto it = object.begin(); it != object.end(); ++it) renamed[it.key() == from ? to : it.key()] = std::move(it.value());
    object = std::move(renamed);
    return true;
}

bool Replace(Json& doc, const Path& path, const Json& value) {
    Json* at = Find(doc, path);
    if (!at) return false;
    *at = value;
    return true;
}

} // namespace

// [SECTION] Paths

std::vector<std::string> SplitPath(std::string_view path) {
    std::vector<std::string> out;
    if (path.empty()) return out;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = path.find('.', start);
        out.emplace_back(path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    return out;
}

Path JoinPath(const Path& parent, std::string_view key) {
    return parent.empty() ? Path(key) : parent + "." + std::string(key);
}

Path JoinPath(const Path& parent, std::size_t index) { return JoinPath(parent, std::to_string(index)); }

Path PathOfProblem(std::string_view problem_path) {
    Path out;
    for (char c : problem_path) {
        if (c == '[') out += '.';
        else if (c != ']') out += c;
    }
    return out;
}

const Json* Find(const Json& doc, std::string_view path) { return FindIn(doc, path); }
Json* Find(Json& doc, std::string_view path) { return FindIn(doc, path); }

// [SECTION] Ops

bool ApplyOp(Json& doc, const Op& op) {
    switch (op.kind) {
        case Op::Kind::Replace: return Replace(doc, op.path, op.after);
        case Op::Kind::Insert: {
            Json* array = Find(doc, op.path);
            return array && InsertAt(*array, op.from, op.after);
        }
        case Op::Kind::Erase: {
            Json* array = Find(doc, op.path);
            return array && EraseAt(*array, op.from);
        }
        case Op::Kind::Move: {
            Json* array = Find(doc, op.path);
            return array && MoveWithin(*array, op.from, op.to);
        }
        case Op::Kind::RenameKey: {
            Json* object = Find(doc, op.path);
            return object && RenameKeyIn(*object, op.key_before, op.key_after);
        }
    }
    return false;
}

bool RevertOp(Json& doc, const Op& op) {
    switch (op.kind) {
        case Op::Kind::Replace: return Replace(doc, op.path, op.before);
        case Op::Kind::Insert: {
            Json* array = Find(doc, op.path);
            return array && EraseAt(*array, op.from);
        }
        case Op::Kind::Erase: {
            Json* array = Find(doc, op.path);
            return array && InsertAt(*array, op.from, op.before);
        }
        case Op::Kind::Move: {
            Json* array = Find(doc, op.path);
            return array && MoveWithin(*array, op.to, op.from);
        }
        case Op::Kind::RenameKey: {
            Json* object = Find(doc, op.path);
            return object && RenameKeyIn(*object, op.key_after, op.key_before);
        }
    }
    return false;
}

namespace {

// Every op of the edit, or none: a failure part-way undoes the ops already applied.
bool ApplyAll(Json& doc, const std::vector<Op>& ops) {
    for (std::size_t i = 0; i < ops.size(); ++i) {
        if (ApplyOp(doc, ops[i])) continue;
        while (i > 0) RevertOp(doc, ops[--i]);
        return false;
    }
    return true;
}

bool RevertAll(Json& doc, const std::vector<Op>& ops) {
    for (std::size_t i = ops.size(); i > 0; --i) {
        if (RevertOp(doc, ops[i - 1])) continue;
        for (std::size_t k = i; k < ops.size(); ++k) ApplyOp(doc, ops[k]);
        return false;
    }
    return true;
}

const i18n::Message kNoLabel;

} // namespace

// [SECTION] The history

Document::Document(Json doc) : doc_(std::move(doc)) {}

bool Document::Apply(Edit edit, bool merge) {
    if (edit.ops.empty() || !ApplyAll(doc_, edit.ops)) return false;
    ++revision_;
    const bool at_end = done_ == steps_.size();
    const bool saved_here = saved_ && *saved_ == done_;
    if (merge && merge_open_ && at_end && done_ > 0 && !saved_here && !edit.merge_key.empty() &&
        steps_[done_ - 1].merge_key == edit.merge_key) {
        Edit& last = steps_[done_ - 1];
        for (Op& op : edit.ops) last.ops.push_back(std::move(op));
        return true;
    }
    steps_.resize(done_);
    if (saved_ && *saved_ > done_) saved_.reset(); // the saved state was undone and is now unreachable
    steps_.push_back(std::move(edit));
    ++done_;
    if (steps_.size() > kMaxSteps) {
        steps_.erase(steps_.begin());
        --done_;
        if (saved_) saved_ = *saved_ == 0 ? std::optional<std::size_t>() : std::optional<std::size_t>(*saved_ - 1);
    }
    merge_open_ = true;
    return true;
}

bool Document::Undo() {
    merge_open_ = false;
    if (!CanUndo() || !RevertAll(doc_, steps_[done_ - 1].ops)) return false;
    --done_;
    ++revision_;
    return true;
}

bool Document::Redo() {
    merge_open_ = false;
    if (!CanRedo() || !ApplyAll(doc_, steps_[done_].ops)) return false;
    ++done_;
    ++revision_;
    return true;
}

const i18n::Message& Document::UndoLabel() const { return CanUndo() ? steps_[done_ - 1].label : kNoLabel; }
const i18n::Message& Document::RedoLabel() const { return CanRedo() ? steps_[done_].label : kNoLabel; }

std::string Document::Text() const { return Normalise(doc_); }

std::string FileNameFor(const std::string& name) {
    const std::string suffix = ".json";
    const std::size_t slash = name.find_last_of("/\\");
    const std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
    if (base.size() > suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0) return base;
    return "crossroads-content.json";
}

std::string Normalise(const Json& doc) {
    // `replace`: text typed in is UTF-8 already; this only guards against a throw (abort on
    // the web) should a bad byte ever get in.
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<Json> ParseDocument(std::string_view bytes, i18n::Message& error) {
    if (bytes.size() > kMaxContentBytes) {
        error = i18n::Msg("author.file.tooLarge", "the file is larger than {mb} MB", {{"mb", std::to_string(kMaxContentBytes / (1024 * 1024))}});
        return std::nullopt;
    }
    if (!IsValidUtf8(bytes)) {
        error = i18n::Msg("author.file.notUtf8", "the file is not UTF-8 text");
        return std::nullopt;
    }
    Json doc = Json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (doc.is_discarded()) {
        error = i18n::Msg("author.file.notJson", "the file is not JSON (a comma, quote or bracket is missing or extra)");
        return std::nullopt;
    }
    if (!doc.is_object()) {
        // TRANSLATORS: {{ is a literal brace
        error = i18n::Msg("author.file.notObject", "the file holds no content object (it should start with {{)");
        return std::nullopt;
    }
    return doc;
}

// [SECTION] Drafts

namespace {
constexpr const char* kDraftFormat = "crossroads-draft";
}

std::string EncodeDraft(const Draft& draft) {
    Json j = Json::object();
    j["format"] = kDraftFormat;
    j["version"] = kDraftVersion;
    j["name"] = draft.name;
    j["dirty"] = draft.dirty;
    j["text"] = draft.text;
    j["savedAt"] = draft.saved_at;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

DraftDecode DecodeDraft(std::string_view bytes) {
    DraftDecode out;
    if (bytes.size() > kMaxDraftBytes) {
        out.error = i18n::Msg("author.draft.tooLarge", "the saved draft is larger than the limit");
        return out;
    }
    const Json j = Json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        out.error = i18n::Msg("author.draft.notJson", "the saved draft is damaged (not JSON)");
        return out;
    }
    const auto format = j.find("format");
    const auto version = j.find("version");
    if (format == j.end() || *format != kDraftFormat || version == j.end() || !version->is_number_integer()) {
        out.error = i18n::Msg("author.draft.notDraft", "the saved draft is not a Crossroads draft");
        return out;
    }
    if (*version != kDraftVersion) {
        out.error = i18n::Msg("author.draft.otherVersion", "the saved draft is from another version of Crossroads ({version})", {{"version", version->dump()}});
        return out;
    }
    const auto name = j.find("name");
    const auto dirty = j.find("dirty");
    const auto text = j.find("text");
    // "savedAt" came after the first drafts, which are still read.
    const auto saved_at = j.find("savedAt");
    const bool timed = saved_at != j.end();
    if (j.size() != (timed ? 6u : 5u) || name == j.end() || !name->is_string() || dirty == j.end() || !dirty->is_boolean() ||
        text == j.end() || !text->is_string() || (timed && (!saved_at->is_number() || *saved_at < 0))) {
        out.error = i18n::Msg("author.draft.damaged", "the saved draft is damaged (a field is missing or of the wrong type)");
        return out;
    }
    Draft draft;
    draft.name = name->get<std::string>();
    draft.dirty = dirty->get<bool>();
    draft.text = text->get<std::string>();
    if (timed) draft.saved_at = saved_at->get<double>();
    out.draft = std::move(draft);
    return out;
}

std::string DraftKey(std::string_view tab_id) { return std::string(kDraftStorageKey) + ":" + std::string(tab_id); }

bool IsDraftKey(std::string_view key) {
    const std::string_view base = kDraftStorageKey;
    if (key == base) return true;
    if (key.size() <= base.size() + 1 || key.substr(0, base.size()) != base || key[base.size()] != ':') return false;
    const std::string_view id = key.substr(base.size() + 1);
    return id != "backup" && id.find(':') == std::string_view::npos; // "<key>:backup" is a damaged one kept aside
}

std::optional<std::size_t> PickDraft(const std::vector<StoredDraft>& stored, std::string_view own_key) {
    std::optional<std::size_t> newest;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        const std::optional<Draft>& d = stored[i].decoded.draft;
        if (!d) continue;
        if (!own_key.empty() && stored[i].key == own_key) return i;
        if (!newest || d->saved_at > stored[*newest].decoded.draft->saved_at) newest = i;
    }
    return newest;
}

} // namespace crossroads::author
