// The Author view: the content document as forms, built from the document itself (every
// key and list it holds), with the problems of the loader listed above and marked on their
// fields. Fixed choices (a row's kind, a "source") come from crossroads::author, which the
// loader's own lists feed; ids are renamed with their references when their field is left.
#include "app.hpp"
#include "theme.hpp"

#include "crossroads/contrast.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace crossroads::shell {

namespace {

using author::Json;
using author::Path;

// Keys that say what the file is; shown, not edited.
bool ReadOnlyKey(const std::string& key) { return key == "$schema" || key == "format" || key == "version"; }

std::string FieldId(const Path& path) { return "author.field." + path; }

std::string LastSegment(const Path& path) {
    const std::size_t dot = path.rfind('.');
    return dot == Path::npos ? path : path.substr(dot + 1);
}

Path Parent(const Path& path) {
    const std::size_t dot = path.rfind('.');
    return dot == Path::npos ? Path() : path.substr(0, dot);
}

bool Within(const Path& path, const Path& ancestor) {
    return ancestor.empty() || path == ancestor || (path.size() > ancestor.size() && path.compare(0, ancestor.size(), ancestor) == 0 &&
                                                     path[ancestor.size()] == '.');
}

// The next toolbar item on the same line when it fits, else on the next one (a phone).
void FlowLine(const char* label, bool button = true) {
    const ImGuiStyle& style = ImGui::GetStyle();
    SameLineIfFits(ImGui::CalcTextSize(label).x + (button ? style.FramePadding.x * 2 : 0), style.ItemSpacing.x);
}

// An edit made while the forms are drawn, applied after them: the walk reads the document,
// which must not change under it.
struct Queued {
    std::optional<author::Edit> edit;
    i18n::Message error;
    bool merge = true;
};

struct Form {
    AppState& app;
    const Json& doc;
    std::vector<Path> problem_fields; // where each problem is, as document paths
    float label_w = 150;
    bool narrow = false;
    float trail = 0; // room kept right of the next control (an optional key's remove button)
    std::vector<Queued> queued;
    void Queue(std::optional<author::Edit> edit, const i18n::Message& error, bool merge = true) {
        queued.push_back({std::move(edit), error, merge});
    }
};

int ProblemsWithin(const Form& f, const Path& path) {
    return static_cast<int>(std::count_if(f.problem_fields.begin(), f.problem_fields.end(), [&](const Path& p) { return Within(p, path); }));
}

// What an item of a list is called in its header: its name, title or first words.
std::string ItemTitle(const Json& item, std::size_t index) {
    std::string title = std::to_string(index + 1) + ".";
    if (item.is_object()) {
        for (const char* key : {"name", "title", "label", "heading", "prompt", "text", "id"}) {
            auto it = item.find(key);
            if (it != item.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
                std::string text = it->get<std::string>();
                if (text.size() > 60) text = text.substr(0, 57) + "...";
                return title + " " + text;
            }
        }
        auto from = item.find("from"), to = item.find("to");
        if (from != item.end() && to != item.end() && from->is_string() && to->is_string())
            return title + " " + from->get<std::string>() + " \xe2\x86\x92 " + to->get<std::string>();
    } else if (item.is_string()) {
        return title + " " + item.get<std::string>();
    }
    return title;
}

// The row's label, left of its control (above it on a phone).
void Label(Form& f, const std::string& text, bool problem) {
    const Palette& p = PaletteFor(f.app.session.theme);
    const float start = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(problem ? p.error : p.text_muted, "%s", text.c_str());
    if (f.narrow) return;
    const float text_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX() + 8;
    ImGui::SameLine(std::max(start + f.label_w, text_end));
}

// Before the control of `path`: a requested focus (a problem was clicked) lands here.
void FocusHere(Form& f, const Path& path) {
    if (f.app.author.focus_field != path) return;
    f.app.author.focus_field.clear();
    ImGui::SetScrollHereY(0.3f);
    f.app.keyboard.request = FieldId(path);
    f.app.keyboard.ring = true;
}

void ProblemFrame(const Form& f, bool problem) {
    if (!problem) return;
    const Palette& p = PaletteFor(f.app.session.theme);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), U32(p.error), 4, 0, 2);
}

// An id typed in is renamed, references and all, when its field is left.
std::optional<author::Edit> TypedId(AuthorUi& a, i18n::Message& error) {
    if (a.typed_field.empty()) return std::nullopt;
    const Path path = a.typed_field;
    const std::string text = a.typed_text;
    a.typed_field.clear();
    const Json* now = author::Find(a.doc.Doc(), path);
    if (!now || !now->is_string() || *now == text) return std::nullopt;
    return author::RenameId(a.doc.Doc(), path, text, error);
}

// A role's colour: a row of swatches under its "#rrggbb" field, the theme's own role colours
// first. A plain row, not ImGui's colour picker, which would add about 20 KB to the page
// for a choice an author makes once; any other colour is typed.
void ColourSwatches(Form& f, const Path& path, const std::string& value) {
    const Palette& light = PaletteFor(Theme::Light);
    std::vector<std::string> choices;
    for (std::size_t i = 0; i < 3; ++i) {
        const ImVec4 c = RoleColour(light, i);
        choices.push_back(HexColour(Rgb{c.x, c.y, c.z}));
    }
    for (const char* more : kMoreRoleColours) choices.emplace_back(more);
    const float side = ImGui::GetFrameHeight();
    const Palette& p = PaletteFor(f.app.session.theme);
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) ImGui::SameLine(0, 6);
        const std::string id = FieldId(path) + ".swatch." + std::to_string(i);
        ImGui::PushID(id.c_str());
        if (ImGui::InvisibleButton("##swatch", ImVec2(side, side)) && choices[i] != value) {
            i18n::Message error;
            f.Queue(author::SetValue(f.doc, path, choices[i], error), error, false);
        }
        ImGui::PopID();
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        const std::optional<Rgb> c = ParseHexColour(choices[i]);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(a, b, U32(ImVec4(static_cast<float>(c->r), static_cast<float>(c->g), static_cast<float>(c->b), 1.0f)), 6.0f);
        const bool chosen = ParseHexColour(value) && HexColour(*ParseHexColour(value)) == choices[i];
        if (chosen) dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), U32(p.text), 8.0f, 0, 2.0f);
        RecordRect(f.app, id.c_str());
        if (TooltipHovered()) ImGui::SetTooltip("%s", choices[i].c_str());
    }
}

void StringField(Form& f, const Path& path, const std::string& value, bool problem) {
    AuthorUi& a = f.app.author;
    const std::string id = FieldId(path);
    const std::vector<std::string> choices = author::ChoicesFor(f.doc, path);
    FocusHere(f, path);
    if (!choices.empty()) {
        // A source is picked by its section's heading as well as its id.
        const bool source = LastSegment(path) == "source";
        auto shown = [&](const std::string& choice) {
            if (!source) return choice;
            const Json* sections = author::Find(f.doc, "sections");
            if (sections && sections->is_array())
                for (const Json& s : *sections)
                    if (s.is_object() && s.contains("id") && s["id"] == choice && s.contains("heading") && s["heading"].is_string())
                        return choice + "  \xe2\x80\x94  " + s["heading"].get<std::string>();
            return choice;
        };
        ImGui::SetNextItemWidth(-1 - f.trail);
        if (ImGui::BeginCombo(("##" + id).c_str(), shown(value).c_str())) {
            for (const std::string& choice : choices) {
                if (ImGui::Selectable(shown(choice).c_str(), choice == value) && choice != value) {
                    i18n::Message error;
                    f.Queue(author::SetValue(f.doc, path, choice, error), error, false);
                }
                if (choice == value) ImGui::SetItemDefaultFocus();
            }
            ImGui::EndCombo();
        }
        RecordRect(f.app, id.c_str());
        ProblemFrame(f, problem);
        return;
    }
    const bool is_id = LastSegment(path) == "id";
    std::string text = is_id && a.typed_field == path ? a.typed_text : value;
    const bool colour = LastSegment(path) == "colour";
    // TRANSLATORS: the hint in an empty id field: the characters an id may have.
    const bool changed = TextField(f.app, id.c_str(), is_id ? f.app.tr("author.idHint", "an id: a-z, 0-9 and -") : colour ? "#rrggbb" : "", text, -1 - f.trail);
    const bool active = ImGui::IsItemActive();
    ProblemFrame(f, problem);
    if (is_id) {
        if (changed) {
            a.typed_field = path;
            a.typed_text = text;
        }
        if (!active && a.typed_field == path) {
            i18n::Message error;
            auto edit = TypedId(a, error);
            if (edit || !error.Empty()) f.Queue(std::move(edit), error, false);
        }
        return;
    }
    if (changed) {
        i18n::Message error;
        f.Queue(author::SetValue(f.doc, path, text, error), error);
    }
    if (ImGui::IsItemDeactivated()) a.doc.EndMerge();
}

void NumberField(Form& f, const Path& path, const Json& value, bool problem) {
    AuthorUi& a = f.app.author;
    const std::string id = FieldId(path);
    FocusHere(f, path);
    std::string text = a.typed_field == path ? a.typed_text : value.dump();
    // TRANSLATORS: the hint in an empty number field.
    const bool changed = TextField(f.app, id.c_str(), f.app.tr("author.numberHint", "a number"), text, std::min(160.0f, ImGui::GetContentRegionAvail().x - f.trail));
    const bool active = ImGui::IsItemActive();
    if (changed) {
        a.typed_field = path;
        a.typed_text = text;
        char* end = nullptr;
        errno = 0;
        const long long whole = std::strtoll(text.c_str(), &end, 10);
        Json number;
        if (!text.empty() && end && *end == '\0' && errno == 0) number = whole;
        else {
            const double d = std::strtod(text.c_str(), &end);
            if (!text.empty() && end && *end == '\0' && errno == 0) number = d;
        }
        if (!number.is_null()) {
            i18n::Message error;
            f.Queue(author::SetValue(f.doc, path, number, error), error);
        }
    }
    const bool typed_bad = a.typed_field == path && text != value.dump();
    ProblemFrame(f, problem || typed_bad);
    if (typed_bad) {
        ImGui::SameLine();
        // TRANSLATORS: shown beside a number field whose text does not read as a number.
        ImGui::TextColored(PaletteFor(f.app.session.theme).error, "%s", f.app.tr("author.notANumber", "not a number"));
    }
    if (!active && a.typed_field == path) {
        a.typed_field.clear(); // what did not read as a number is dropped: the field shows the value again
        a.doc.EndMerge();
    }
}

void Value(Form& f, const Json& value, const Path& path, const std::string& label);
void Scalar(Form& f, const Json& value, const Path& path, const std::string& label, bool problem);

// A choice question's answer: a tick (or a radio button) for each of its options.
bool AnswerChoices(Form& f, const Json& answer, const Path& path, bool problem) {
    const Json* question = author::Find(f.doc, Parent(path));
    if (!question || !question->is_object() || !answer.is_array()) return false;
    const auto options = question->find("options");
    const auto type = question->find("type");
    if (options == question->end() || !options->is_array()) return false;
    const bool single = type != question->end() && *type == "single";
    // TRANSLATORS: the label of a question's correct option (one choice) or options (several choices).
    Label(f, single ? f.app.tr("author.rightAnswer", "right answer") : f.app.tr("author.rightAnswers", "right answers"), problem);
    ImGui::BeginGroup();
    for (std::size_t i = 0; i < options->size(); ++i) {
        const Json& option = (*options)[i];
        if (!option.is_object() || !option.contains("id") || !option["id"].is_string()) continue;
        const std::string oid = option["id"].get<std::string>();
        bool on = std::find(answer.begin(), answer.end(), oid) != answer.end();
        const std::string text = oid + ": " + (option.contains("text") && option["text"].is_string() ? option["text"].get<std::string>() : "");
        const std::string rid = FieldId(path) + "." + oid;
        ImGui::PushID(rid.c_str());
        // The theme's tick is drawn on the accent colour (as Compare's toggles are); a radio
        // button's dot is the accent itself.
        const ImVec4 accent = PaletteFor(f.app.session.theme).accent;
        ImGui::PushStyleColor(single ? ImGuiCol_CheckMark : ImGuiCol_FrameBg, on ? accent : ImGui::GetStyleColorVec4(single ? ImGuiCol_CheckMark : ImGuiCol_FrameBg));
        const bool clicked = single ? ImGui::RadioButton(text.c_str(), on) : ImGui::Checkbox(text.c_str(), &on);
        ImGui::PopStyleColor();
        ImGui::PopID();
        RecordRect(f.app, rid.c_str());
        if (!clicked) continue;
        Json next = Json::array();
        if (single) next.push_back(oid);
        else
            for (const Json& o : *options)
                if (o.is_object() && o.contains("id") && o["id"].is_string() &&
                    ((o["id"] == oid) ? on : std::find(answer.begin(), answer.end(), o["id"]) != answer.end()))
                    next.push_back(o["id"]);
        i18n::Message error;
        f.Queue(author::SetValue(f.doc, path, next, error), error, false);
    }
    ImGui::EndGroup();
    ProblemFrame(f, problem);
    return true;
}

// One small button of an item's header; returns true when pressed.
bool ItemButton(Form& f, const char* text, const char* tooltip, const std::string& rect, bool enabled = true) {
    FlowLine(text); // beside the header when it fits, else below it (a phone)
    ImGui::BeginDisabled(!enabled);
    // Finger-sized on a touch screen; small beside a header otherwise.
    const bool pressed = f.app.touch ? ImGui::Button(text) : ImGui::SmallButton(text);
    ImGui::EndDisabled();
    RecordRect(f.app, rect.c_str());
    if (TooltipHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip);
    return pressed;
}

// A structured value's header: a tree node that opens itself when a requested field is inside.
bool NodeHeader(Form& f, const Path& path, const std::string& label) {
    const Palette& p = PaletteFor(f.app.session.theme);
    const int problems = ProblemsWithin(f, path);
    const Path& focus = f.app.author.focus_field;
    if (!focus.empty() && Within(focus, path) && focus != path) ImGui::SetNextItemOpen(true);
    FocusHere(f, path);
    std::string text = label;
    // TRANSLATORS: after a part of the document's name: how many problems are inside it.
    if (problems > 0) text += "  " + f.app.tr("author.node.problems", "({n} problem)", "({n} problems)", problems);
    if (problems > 0) ImGui::PushStyleColor(ImGuiCol_Text, p.error);
    // The header takes its label's width only: the item's buttons sit beside it without
    // overlapping (an overlapped item needs a hover first, which a finger's tap lacks).
    // On a touch screen the header is as tall as a button (kTouchTarget).
    const ImGuiTreeNodeFlags flags = f.app.touch ? ImGuiTreeNodeFlags_FramePadding : 0;
    const bool open = ImGui::TreeNodeEx(("author.node." + path).c_str(), flags, "%s", text.c_str());
    if (problems > 0) ImGui::PopStyleColor();
    RecordRect(f.app, ("author.node." + path).c_str());
    return open;
}

// Whether the value at `path` is one the format lets the file leave out.
bool OptionalHere(const Form& f, const Path& path) {
    if (path.empty()) return false;
    const std::vector<std::string> keys = author::OptionalKeys(f.doc, Parent(path));
    return std::find(keys.begin(), keys.end(), LastSegment(path)) != keys.end();
}

// The button that removes an optional key, at the right end of its field's row.
float RemoveKeyWidth(const Form& f) {
    return f.app.touch ? kTouchTarget : ImGui::GetFrameHeight();
}

void RemoveKeyButton(Form& f, const Path& path) {
    const float w = RemoveKeyWidth(f);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w);
    const std::string rect = "author.remove." + path;
    if (ImGui::Button(("\xc3\x97##" + rect).c_str(), ImVec2(w, 0))) {
        i18n::Message error;
        f.Queue(author::RemoveKey(f.doc, path, error), error, false);
    }
    RecordRect(f.app, rect.c_str());
    // TRANSLATORS: {key} is the name of a field of the file format (e.g. "colour"), kept in English.
    if (TooltipHovered()) ImGui::SetTooltip("%s", i18n::Format(f.app.tr("author.removeOptional.tip", "Remove the optional \"{key}\" (Undo brings it back)"), {{"key", LastSegment(path)}}).c_str());
}

// An optional object or list's "Remove", beside its header.
void RemoveKeyHeaderButton(Form& f, const Path& path) {
    const std::string tip = i18n::Format(f.app.tr("author.removeOptional.tip", "Remove the optional \"{key}\" (Undo brings it back)"), {{"key", LastSegment(path)}});
    // TRANSLATORS: a small button beside a header: removes that part of the document.
    if (ItemButton(f, f.app.tr("author.remove", "Remove"), tip.c_str(), "author.remove." + path)) {
        i18n::Message error;
        f.Queue(author::RemoveKey(f.doc, path, error), error, false);
    }
}

// "+ key" for each optional key the object lacks: what the format allows but this file leaves out.
void OptionalAdds(Form& f, const Path& path, const Json& object) {
    bool first = true;
    for (const std::string& key : author::OptionalKeys(f.doc, path)) {
        if (object.contains(key)) continue;
        const Path added = author::JoinPath(path, key);
        const std::string text = "+ " + key;
        if (!first) FlowLine(text.c_str());
        first = false;
        const std::string rect = "author.add." + added;
        if (ImGui::Button((text + "##" + rect).c_str())) {
            // A role's colour starts as the one it is drawn in now.
            Json value;
            const std::string index = LastSegment(path);
            if (key == "colour" && !index.empty() && index.find_first_not_of("0123456789") == std::string::npos && index.size() < 6) {
                const ImVec4 c = RoleColour(PaletteFor(f.app.session.theme), f.app.content, std::stoul(index));
                value = HexColour(Rgb{c.x, c.y, c.z});
            }
            i18n::Message error;
            f.Queue(author::AddKey(f.doc, path, key, std::move(value), error), error, false);
        }
        RecordRect(f.app, rect.c_str());
        // TRANSLATORS: {key} is the name of a field of the file format (e.g. "colour"), kept in English.
        if (TooltipHovered()) ImGui::SetTooltip("%s", i18n::Format(f.app.tr("author.addOptional.tip", "Add the optional \"{key}\""), {{"key", key}}).c_str());
    }
}

void ArrayItems(Form& f, const Json& array, const Path& path) {
    for (std::size_t i = 0; i < array.size(); ++i) {
        const Path item = author::JoinPath(path, i);
        ImGui::PushID(static_cast<int>(i));
        const bool open = NodeHeader(f, item, ItemTitle(array[i], i));
        // Drag a header onto another to move the item there.
        if (ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload("author.item", item.c_str(), item.size() + 1);
            ImGui::TextUnformatted(ItemTitle(array[i], i).c_str());
            ImGui::EndDragDropSource();
        }
        if (ImGui::BeginDragDropTarget()) {
            if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload("author.item")) {
                const Path from(static_cast<const char*>(payload->Data));
                if (Parent(from) == path) {
                    i18n::Message error;
                    f.Queue(author::MoveItem(f.doc, from, i, error), error, false);
                }
            }
            ImGui::EndDragDropTarget();
        }
        i18n::Message error;
        if (ItemButton(f, "\xe2\x86\x91", f.app.tr("author.up.tip", "Move up"), "author.up." + item, i > 0))
            f.Queue(author::MoveItem(f.doc, item, i - 1, error), error, false);
        if (ItemButton(f, "\xe2\x86\x93", f.app.tr("author.down.tip", "Move down"), "author.down." + item, i + 1 < array.size()))
            f.Queue(author::MoveItem(f.doc, item, i + 1, error), error, false);
        // TRANSLATORS: a small button beside a list item's header that adds a copy of the item below it; keep it short.
        if (path != "roles" && ItemButton(f, f.app.tr("author.duplicate", "Copy"),
                                          // TRANSLATORS: the tooltip of the "Copy" button of a list item (a verb).
                                          f.app.tr("author.duplicate.tip", "Duplicate"), "author.duplicate." + item))
            f.Queue(author::DuplicateItem(f.doc, item, error), error, false);
        // TRANSLATORS: a small button beside a header: removes that part of the document.
        if (ItemButton(f, f.app.tr("author.remove", "Remove"),
                       f.app.tr("author.remove.tip", "Remove this item (Undo brings it back)"), "author.remove." + item))
            f.Queue(author::RemoveItem(f.doc, item, error), error, false);
        if (open) {
            if (array[i].is_object()) {
                for (auto it = array[i].begin(); it != array[i].end(); ++it) Value(f, it.value(), author::JoinPath(item, it.key()), it.key());
                OptionalAdds(f, item, array[i]);
            } else if (array[i].is_array()) {
                // a list of lists is not the format's: its items are shown by the problems
            } else {
                // TRANSLATORS: the label of a list item that is a single text or number.
                Value(f, array[i], item, f.app.tr("author.itemValue", "value"));
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    i18n::Message error;
    const std::string add = "author.add." + path;
    if (!author::NewItem(f.doc, path).is_null()) {
        // TRANSLATORS: a button under a list that adds an item to it.
        if (ImGui::Button((std::string(f.app.tr("author.add", "+ Add")) + "##" + add).c_str())) f.Queue(author::AddItem(f.doc, path, error), error, false);
        RecordRect(f.app, add.c_str());
    }
}

void Value(Form& f, const Json& value, const Path& path, const std::string& label) {
    const bool problem = std::find(f.problem_fields.begin(), f.problem_fields.end(), path) != f.problem_fields.end();
    const bool optional = OptionalHere(f, path);
    ImGui::PushID(path.c_str());
    if (value.is_object()) {
        const bool open = NodeHeader(f, path, label);
        if (optional) RemoveKeyHeaderButton(f, path);
        if (open) {
            for (auto it = value.begin(); it != value.end(); ++it) Value(f, it.value(), author::JoinPath(path, it.key()), it.key());
            OptionalAdds(f, path, value);
            ImGui::TreePop();
        }
    } else if (value.is_array()) {
        if (LastSegment(path) == "answer" && AnswerChoices(f, value, path, problem)) {
            // drawn as ticks against the options
        } else {
            const bool open = NodeHeader(f, path, label + " (" + std::to_string(value.size()) + ")");
            if (optional) RemoveKeyHeaderButton(f, path);
            if (open) {
                ArrayItems(f, value, path);
                ImGui::TreePop();
            }
        }
    } else if (ReadOnlyKey(label) && Parent(path).empty()) {
        Label(f, label, problem);
        if (f.narrow) ImGui::SameLine(); // short values: beside their label even on a phone
        ImGui::TextDisabled("%s", value.is_string() ? value.get<std::string>().c_str() : value.dump().c_str());
    } else {
        // A scalar: its label, its control and, when the key is optional, a remove button.
        f.trail = optional ? RemoveKeyWidth(f) + ImGui::GetStyle().ItemSpacing.x : 0;
        Scalar(f, value, path, label, problem);
        if (optional) RemoveKeyButton(f, path);
        f.trail = 0;
        if (label == "colour" && value.is_string()) {
            if (!f.narrow) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + f.label_w);
            ColourSwatches(f, path, value.get<std::string>());
        }
    }
    ImGui::PopID();
}

void Scalar(Form& f, const Json& value, const Path& path, const std::string& label, bool problem) {
    if (value.is_string()) {
        Label(f, label, problem);
        StringField(f, path, value.get<std::string>(), problem);
    } else if (value.is_boolean()) {
        Label(f, label, problem);
        FocusHere(f, path);
        bool on = value.get<bool>();
        ImGui::PushStyleColor(ImGuiCol_FrameBg, on ? PaletteFor(f.app.session.theme).accent : ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
        const bool toggled = ImGui::Checkbox(("##" + FieldId(path)).c_str(), &on);
        ImGui::PopStyleColor();
        if (toggled) {
            i18n::Message error;
            f.Queue(author::SetValue(f.doc, path, on, error), error, false);
        }
        RecordRect(f.app, FieldId(path).c_str());
        ProblemFrame(f, problem);
    } else if (value.is_number()) {
        Label(f, label, problem);
        NumberField(f, path, value, problem);
    } else {
        Label(f, label, problem);
        // TRANSLATORS: shown for a field whose value is null.
        ImGui::TextDisabled("%s", f.app.tr("author.emptyValue", "(empty)"));
    }
}

// Where a problem's field is, or its nearest part that exists (a missing key's object).
Path ExistingPath(const Json& doc, Path path) {
    while (!path.empty() && !author::Find(doc, path)) path = Parent(path);
    return path;
}

void Toolbar(AppState& app) {
    AuthorUi& a = app.author;
    const Palette& p = PaletteFor(app.session.theme);
    if (ImGui::Button(app.tr("author.new", "New comparison"))) {
        AuthorReplace(app, author::NewComparisonTemplate(), app.tr("author.newName", "new comparison"),
                      // TRANSLATORS: what an Undo takes back, shown as "Undo: New comparison".
                      i18n::Msg("author.edit.new", "New comparison"));
        ShowToast(app, app.tr("author.new.toast", "A new comparison (Undo brings back the one before)"));
    }
    RecordRect(app, "author.new");
    if (TooltipHovered())
        ImGui::SetTooltip("%s", app.tr("author.new.tip", "Start from a small valid comparison: two roles, one row, a two-step ladder, a question of each kind"));
    if (a.can_open) {
        const char* open = app.tr("author.open", "Open...");
        FlowLine(open);
        if (ImGui::Button(open)) a.open_requested = true;
        RecordRect(app, "author.open");
        if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("author.open.tip", "Open a content file (.json); you can also drop one onto the page"));
    }
    // TRANSLATORS: a button (verb): save the document.
    const char* save = app.tr("author.save", "Save");
    FlowLine(save);
    if (ImGui::Button(save)) a.save_requested = true;
    RecordRect(app, "author.save");
    if (TooltipHovered())
        ImGui::SetTooltip("%s", a.file_path.empty() ? app.tr("author.save.tip.download", "Download the content file (.json)")
                                                    // TRANSLATORS: {path} is the file's path; the old version is kept in a file of the same name with "~" after it.
                                                    : i18n::Format(app.tr("author.save.tip.write", "Write {path} (the previous version is kept as {path}~)"),
                                                                   {{"path", a.file_path}}).c_str());
    if (a.can_open) {
        const char* preview = app.tr("author.preview", "Preview link");
        FlowLine(preview);
        if (ImGui::Button(preview)) {
            a.preview_to_copy = author::FileNameFor(a.name);
            // TRANSLATORS: {file} is the content file's name.
            ShowToast(app, i18n::Format(app.tr("author.preview.toast", "Copied a link that opens {file} once it is saved on this site beside the app"),
                                        {{"file", a.preview_to_copy}}));
        }
        RecordRect(app, "author.preview");
        if (TooltipHovered())
            // TRANSLATORS: "?content={file}" is part of a web address: keep it as it is; {file} is the content file's name.
            ImGui::SetTooltip("%s", i18n::Format(app.tr("author.preview.tip", "Copy this page's address with ?content={file}: put the saved file beside the app and share the link"),
                                                 {{"file", author::FileNameFor(a.name)}}).c_str());
    }
    // TRANSLATORS: a button (verb): take back the last change.
    const char* undo = app.tr("author.undo", "Undo");
    FlowLine(undo);
    ImGui::BeginDisabled(!a.doc.CanUndo());
    if (ImGui::Button(undo)) AuthorUndo(app);
    ImGui::EndDisabled();
    RecordRect(app, "author.undo");
    if (a.doc.CanUndo() && TooltipHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        // TRANSLATORS: {action} describes the change that Undo takes back, e.g. "Move junior".
        ImGui::SetTooltip("%s", i18n::Format(app.tr("author.undo.tip", "Undo: {action} (Ctrl+Z)"), {{"action", a.doc.UndoLabel().In(app.tr)}}).c_str());
    // TRANSLATORS: a button (verb): make again the change that Undo took back.
    const char* redo = app.tr("author.redo", "Redo");
    FlowLine(redo);
    ImGui::BeginDisabled(!a.doc.CanRedo());
    if (ImGui::Button(redo)) AuthorRedo(app);
    ImGui::EndDisabled();
    RecordRect(app, "author.redo");
    if (a.doc.CanRedo() && TooltipHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        // TRANSLATORS: {action} describes the change that Redo makes again, e.g. "Move junior".
        ImGui::SetTooltip("%s", i18n::Format(app.tr("author.redo.tip", "Redo: {action} (Ctrl+Shift+Z)"), {{"action", a.doc.RedoLabel().In(app.tr)}}).c_str());
    // TRANSLATORS: the document's state, beside the toolbar's buttons (an adjective, not a button).
    const char* status = a.doc.Dirty() ? app.tr("author.status.unsaved", "Unsaved changes") : app.tr("author.status.saved", "Saved");
    FlowLine(status, false);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(a.doc.Dirty() ? p.text : p.text_muted, "%s", status);
    if (!a.message.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(a.message_is_error ? p.error : p.text_muted, "%s", a.message.c_str());
        ImGui::PopTextWrapPos();
    }
}

void ProblemList(AppState& app) {
    AuthorUi& a = app.author;
    const Palette& p = PaletteFor(app.session.theme);
    ImGui::Spacing();
    if (a.problems.empty()) {
        ImGui::TextColored(p.text_muted, "%s", app.tr("author.problems.none", "No problems: the other views show this document."));
        return;
    }
    ImGui::PushFont(app.fonts.strong);
    ImGui::TextColored(p.error, "%s",
                       app.tr("author.problems.count", "{n} problem: the other views show the last valid version",
                              "{n} problems: the other views show the last valid version", static_cast<long>(a.problems.size()))
                           .c_str());
    ImGui::PopFont();
    const std::size_t shown = std::min<std::size_t>(a.problems.size(), 12);
    ImGui::PushTextWrapPos(0);
    for (std::size_t i = 0; i < shown; ++i) {
        const Problem& problem = a.problems[i];
        const std::string id = "author.problem." + std::to_string(i);
        ImGui::PushID(id.c_str());
        // A link-like button: clicking it focuses the field.
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
        if (ImGui::Button(i18n::FormatProblem(problem, app.tr).c_str())) a.focus_field = ExistingPath(a.doc.Doc(), author::PathOfProblem(problem.path));
        ImGui::PopStyleColor();
        ImGui::PopID();
        RecordRect(app, id.c_str());
        if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("author.problem.tip", "Go to the field"));
    }
    // TRANSLATORS: under a list of the first problems: how many more there are.
    if (shown < a.problems.size())
        ImGui::TextDisabled("%s", app.tr("author.problems.more", "... and {n} more", "... and {n} more", static_cast<long>(a.problems.size() - shown)).c_str());
    ImGui::PopTextWrapPos();
}

} // namespace

void DrawAuthorView(AppState& app) {
    AuthorUi& a = app.author;
    if (!a.started) return;
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) AuthorUndo(app);
    if (!io.WantTextInput && (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) || ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y)))
        AuthorRedo(app);

    ImGui::PushTextWrapPos(0); // the title and the status lines wrap at the window's edge
    ImGui::PushFont(app.fonts.title);
    // TRANSLATORS: the Author view's title; {name} is the document's name.
    ImGui::TextUnformatted(i18n::Format(app.tr("author.title", "Author: {name}"), {{"name", ShownName(app, a.name)}}).c_str());
    ImGui::PopFont();
    Toolbar(app);
    ProblemList(app);
    ImGui::PopTextWrapPos();
    ImGui::Separator();

    Form f{app, a.doc.Doc(), {}, 150, false, 0, {}};
    for (const Problem& p : a.problems) f.problem_fields.push_back(author::PathOfProblem(p.path));
    f.narrow = ImGui::GetContentRegionAvail().x < 520;
    const Json& doc = a.doc.Doc();
    if (!doc.is_object()) return;
    for (auto it = doc.begin(); it != doc.end(); ++it) Value(f, it.value(), it.key(), it.key());
    OptionalAdds(f, "", doc);
    for (Queued& q : f.queued) AuthorApply(app, std::move(q.edit), q.error, q.merge);
}

void DrawAuthorQuit(AppState& app) {
    AuthorUi& a = app.author;
    // TRANSLATORS: the title of the dialog shown when the app is closed with unsaved changes.
    const std::string title = std::string(app.tr("author.quit.title", "Unsaved changes")) + "###author.quit";
    if (a.quit_asked && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(480.0f, vp->WorkSize.x - 24), 0));
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    ImGui::PushTextWrapPos(0);
    // TRANSLATORS: {name} is the document's name.
    ImGui::TextUnformatted(i18n::Format(app.tr("author.quit.message", "{name} has changes that are not saved. Save them before closing?"), {{"name", ShownName(app, a.name)}}).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    auto close = [&] {
        a.quit_asked = false;
        ImGui::CloseCurrentPopup();
    };
    if (ImGui::Button(app.tr("author.quit.save", "Save and close"))) {
        a.save_requested = true;
        a.quit_after_save = true;
        close();
    }
    RecordRect(app, "author.quit.save");
    ImGui::SameLine();
    if (ImGui::Button(app.tr("author.quit.discard", "Close without saving"))) {
        a.quit_ok = true;
        close();
    }
    RecordRect(app, "author.quit.discard");
    ImGui::SameLine();
    if (ImGui::Button(app.tr("author.quit.cancel", "Cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) close();
    RecordRect(app, "author.quit.cancel");
    ImGui::EndPopup();
}

void AuthorCommitTyped(AppState& app) {
    i18n::Message error;
    auto edit = TypedId(app.author, error);
    if (edit || !error.Empty()) AuthorApply(app, std::move(edit), error, false);
}

} // namespace crossroads::shell
