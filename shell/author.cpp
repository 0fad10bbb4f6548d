// Author mode's glue between the editing model (crossroads/author.hpp) and the app: opening
// a document, applying edits, validating after each one and previewing the valid version in
// the other views; what state() and the text version say about it. The forms are in
// view_author.cpp.
#include "app.hpp"

#include "crossroads/text_version.hpp"

#include <algorithm>
#include <cmath>

namespace crossroads::shell {

bool AuthorOpen(AppState& app, std::string_view bytes, std::string name, std::string file_path) {
    i18n::Message error;
    std::optional<author::Json> doc = author::ParseDocument(bytes, error);
    if (!doc) {
        // TRANSLATORS: {name} is the file's name; {error} says what is wrong with it.
        app.author.message = i18n::Format(app.tr("author.openFailed", "{name} cannot be opened: {error}. Nothing was changed."),
                                          {{"name", name}, {"error", error.In(app.tr)}});
        app.author.message_is_error = true;
        return false;
    }
    AuthorUi& a = app.author;
    a.doc = author::Document(std::move(*doc));
    a.name = std::move(name);
    a.file_path = std::move(file_path);
    a.started = true;
    a.checked = static_cast<std::size_t>(-1);
    a.typed_field.clear();
    a.message.clear();
    a.message_is_error = false;
    return true;
}

void AuthorNew(AppState& app) {
    // TRANSLATORS: the name of a document that was never saved, shown after "Author:".
    AuthorOpen(app, author::Normalise(author::NewComparisonTemplate()), app.tr("author.newName", "new comparison"));
    app.author.doc.MarkUnsaved(); // never saved anywhere yet
    app.author.draft_dirty = true;
}

void AuthorImport(AppState& app, std::string_view bytes, std::string name) {
    if (!app.author.started) {
        AuthorOpen(app, bytes, std::move(name));
        return;
    }
    i18n::Message error;
    std::optional<author::Json> doc = author::ParseDocument(bytes, error);
    if (!doc) {
        // TRANSLATORS: {name} is the file's name; {error} says what is wrong with it.
        app.author.message = i18n::Format(app.tr("author.importFailed", "{name} cannot be opened: {error}. The document being edited is unchanged."),
                                          {{"name", name}, {"error", error.In(app.tr)}});
        app.author.message_is_error = true;
        return;
    }
    // TRANSLATORS: what an Undo takes back, shown as "Undo: Open {name}"; {name} is a file's name.
    i18n::Message label = i18n::Msg("author.edit.open", "Open {name}", {{"name", name}});
    AuthorReplace(app, std::move(*doc), name, std::move(label));
    ShowToast(app, i18n::Format(app.tr("author.opened.toast", "Opened {name} (Undo brings back the document before)"), {{"name", app.author.name}}));
}

void AuthorReplace(AppState& app, author::Json doc, std::string name, i18n::Message label) {
    i18n::Message error;
    auto edit = author::SetValue(app.author.doc.Doc(), "", std::move(doc), error);
    if (edit) edit->label = std::move(label);
    AuthorApply(app, std::move(edit), error, false);
    app.author.name = std::move(name);
}

void AuthorApply(AppState& app, std::optional<author::Edit> edit, const i18n::Message& error, bool merge) {
    AuthorUi& a = app.author;
    if (!edit) {
        a.message = error.In(app.tr);
        a.message_is_error = true;
        return;
    }
    if (!a.doc.Apply(std::move(*edit), merge)) {
        a.message = app.tr("author.editStale", "That change no longer fits the document; nothing was changed.");
        a.message_is_error = true;
        return;
    }
    a.message.clear();
}

void AuthorUndo(AppState& app) {
    if (app.author.doc.Undo()) ShowToast(app, app.tr("author.undone.toast", "Undone"));
}

void AuthorRedo(AppState& app) {
    if (app.author.doc.Redo()) ShowToast(app, app.tr("author.redone.toast", "Redone"));
}

void AuthorSaved(AppState& app) {
    app.author.doc.MarkSaved();
    app.author.draft_dirty = true; // the draft records that it is saved
    ShowToast(app, i18n::Format(app.tr("author.saved.toast", "Saved {name}"), {{"name", ShownName(app, app.author.name)}}));
}

void AuthorSync(AppState& app) {
    AuthorUi& a = app.author;
    // Author mode without a document yet: it opens the content shown, once that is there.
    if (a.enabled && !a.started && app.content_pending.empty() && AppHasContent(app))
        AuthorOpen(app, app.content_bytes, app.content_name);
    if (!a.started || a.checked == a.doc.Revision()) return;
    a.checked = a.doc.Revision();
    const std::string text = a.doc.Text();
    LoadResult result = LoadContent(text);
    a.problems = result.problems;
    a.preview_stale = !result.Ok();
    if (a.preview_stale) {
        // The other views keep the last valid version and say why (as for --watch).
        app.reload_problems = std::move(result.problems);
        // TRANSLATORS: starts a sentence that says how many problems it has.
        app.reload_name = app.tr("author.reloadName", "The document being edited");
        return;
    }
    app.reload_problems.clear();
    // TRANSLATORS: what the other views say they show; {name} is the document's name.
    AppSetContent(app, std::move(result), i18n::Format(app.tr("author.contentName", "the document being edited ({name})"), {{"name", a.name}}));
    SanitizeSession(app.session, app.content); // keep what still exists
}

bool AuthorPlaceNode(AppState& app, std::size_t node, Vec2 center) {
    AuthorUi& a = app.author;
    // The preview must be the document (indexes agree) and the layout the wide one (the
    // phone's column has places of its own).
    if (!a.started || a.preview_stale || app.ladder.narrow || node >= app.content.ladder.nodes.size()) return false;
    const author::Path path = author::JoinPath(author::JoinPath("ladder.nodes", node), "position");
    const author::Json position = {{"x", std::lround(center.x)}, {"y", std::lround(center.y)}};
    i18n::Message error;
    auto edit = author::SetValue(a.doc.Doc(), path, position, error);
    // TRANSLATORS: what an Undo takes back, shown as "Undo: Move {id}"; {id} is a ladder step's id.
    if (edit) edit->label = i18n::Msg("author.edit.move", "Move {id}", {{"id", app.content.ladder.nodes[node].id}});
    AuthorApply(app, std::move(edit), error, false);
    // The file holds the place now; the session forgets its own.
    auto& moved = app.session.ladder.moved;
    const std::string& id = app.content.ladder.nodes[node].id;
    moved.erase(std::remove_if(moved.begin(), moved.end(), [&](const NodePosition& p) { return p.id == id; }), moved.end());
    return true;
}

nlohmann::ordered_json AuthorStateJson(const AppState& app) {
    const AuthorUi& a = app.author;
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const Problem& p : a.problems)
        problems.push_back({{"code", p.code}, {"path", p.path}, {"field", author::PathOfProblem(p.path)}, {"message", p.message}});
    nlohmann::ordered_json out = {{"enabled", a.enabled}, {"started", a.started}, {"name", a.name}, {"dirty", a.started && a.doc.Dirty()},
                          {"canUndo", a.doc.CanUndo()}, {"canRedo", a.doc.CanRedo()}, {"problems", problems},
                          {"previewStale", a.preview_stale}, {"message", a.message}, {"idField", a.typed_field}};
    // The document as the file would be saved (ordered keys become a plain object here).
    out["document"] = a.started ? nlohmann::ordered_json::parse(a.doc.Text(), nullptr, false) : nlohmann::ordered_json();
    return out;
}

std::string AuthorTextHtml(const AppState& app) {
    const AuthorUi& a = app.author;
    std::string out = "<h2 id=\"tv-title\" tabindex=\"-1\">" +
                      HtmlEscape(i18n::Format(app.tr("author.title", "Author: {name}"), {{"name", ShownName(app, a.name)}})) + "</h2>";
    out += std::string("<p>") +
           HtmlEscape(a.doc.Dirty() ? app.tr("author.text.unsaved", "Unsaved changes.") : app.tr("author.text.saved", "Saved.")) + " " +
           HtmlEscape(a.problems.empty() ? std::string(app.tr("author.text.noProblems", "The document has no problems."))
                                         : app.tr("author.text.problems", "The document has {n} problem; the other views show its last valid version.",
                                                  "The document has {n} problems; the other views show its last valid version.",
                                                  static_cast<long>(a.problems.size()))) +
           "</p>";
    if (!a.problems.empty()) {
        out += "<ul id=\"tv-author-problems\">";
        for (const Problem& p : a.problems) out += "<li>" + HtmlEscape(i18n::FormatProblem(p, app.tr)) + "</li>";
        out += "</ul>";
    }
    out += "<p>" +
           // TRANSLATORS: {command} is the command line "crossroads --check", shown as code.
           i18n::Format(HtmlEscape(app.tr("author.text.forms", "The forms are drawn on the canvas only; the file can also be edited in a text editor and checked with {command}.")),
                        {{"command", "<code>crossroads --check</code>"}}) +
           "</p>";
    return out;
}

} // namespace crossroads::shell
