// Author mode on the web: the draft kept in localStorage on every change and restored on
// the next visit, Save as a download, Open through the file picker or a file dropped onto
// the page, and the preview link. The rules (draft codec, validation) are core's.
#include "web_app.hpp"

#include "crossroads/author.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>

namespace crossroads::web {

namespace {

std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at <= text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        if (end > at) out.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

} // namespace

void StartAuthor(WebApp& web) {
    shell::AuthorUi& a = web.app.author;
    if (!a.enabled) return;
    a.can_open = true;
    cr_js_install_author(&web);
    const std::vector<std::string> ids = Lines(TakeJsString(cr_js_tab_ids()));
    const std::string& before = ids.size() == 2 ? ids[0] : std::string();
    web.draft_key = author::DraftKey(ids.empty() ? std::string("tab") : ids.back());
    const std::string own_key = before.empty() ? std::string() : author::DraftKey(before);

    // Every draft this browser holds; a damaged one is kept aside with a notice.
    std::vector<author::StoredDraft> stored;
    for (const std::string& key : Lines(TakeJsString(cr_js_storage_keys(author::kDraftStorageKey)))) {
        if (!author::IsDraftKey(key)) continue;
        author::StoredDraft d{key, author::DecodeDraft(TakeJsString(cr_js_stored_session(key.c_str())))};
        if (!d.decoded.draft) {
            cr_js_backup_session(key.c_str());
            // TRANSLATORS: {problem} says what is wrong with the stored draft.
            web.app.notice = i18n::Format(web.app.tr("web.draft.unreadable", "A saved draft could not be read: {problem}. It is kept in this browser, not deleted."),
                                          {{"problem", d.decoded.error.In(web.app.tr)}});
            cr_js_warn(web.app.notice.c_str());
        }
        stored.push_back(std::move(d));
    }
    const std::optional<std::size_t> pick = author::PickDraft(stored, own_key);
    if (!pick) return; // the content shown is opened once it is there (AuthorSync)
    const author::StoredDraft& chosen = stored[*pick];
    const author::Draft& draft = *chosen.decoded.draft;
    if (!shell::AuthorOpen(web.app, draft.text, draft.name)) {
        cr_js_backup_session(chosen.key.c_str());
        // TRANSLATORS: {problem} says what is wrong with the stored draft's document.
        web.app.notice = i18n::Format(web.app.tr("web.draft.unreadable.opened", "A saved draft could not be read: {problem}. It is kept in this browser, not deleted, and the content shown is opened instead."),
                                      {{"problem", a.message}});
        cr_js_warn(web.app.notice.c_str());
        return;
    }
    if (draft.dirty) a.doc.MarkUnsaved();
    // The draft moves to this tab's key: stored there first, then the old key removed, so a
    // crash between the two leaves two copies rather than none.
    web.draft_revision = a.doc.Revision();
    cr_js_save_session(web.draft_key.c_str(), author::EncodeDraft(draft).c_str());
    if (chosen.key != web.draft_key) cr_js_remove_stored(chosen.key.c_str());
    const bool own = chosen.key == own_key;
    const char* restored = nullptr;
    // TRANSLATORS: {name} is the document's file name; the draft held changes not yet saved to a file.
    if (own && draft.dirty) restored = web.app.tr("web.draft.restored.own.unsaved", "Your draft of {name} was restored, with its unsaved changes.");
    // TRANSLATORS: {name} is the document's file name.
    else if (own) restored = web.app.tr("web.draft.restored.own", "Your draft of {name} was restored.");
    // TRANSLATORS: {name} is the document's file name; the draft was kept by another tab or an earlier visit, and held changes not yet saved to a file.
    else if (draft.dirty) restored = web.app.tr("web.draft.restored.last.unsaved", "The last draft kept in this browser ({name}) was restored, with its unsaved changes.");
    // TRANSLATORS: {name} is the document's file name; the draft was kept by another tab or an earlier visit.
    else restored = web.app.tr("web.draft.restored.last", "The last draft kept in this browser ({name}) was restored.");
    web.app.notice = i18n::Format(restored, {{"name", draft.name}});
    web.app.session.view = View::Author;
}

void SyncAuthor(WebApp& web) {
    shell::AuthorUi& a = web.app.author;
    if (!a.enabled || !a.started) return;
    if (a.save_requested) {
        a.save_requested = false;
        cr_js_download(author::FileNameFor(a.name).c_str(), a.doc.Text().c_str());
        shell::AuthorSaved(web.app);
    }
    if (a.open_requested) {
        a.open_requested = false;
        cr_js_open_file();
    }
    if (!a.preview_to_copy.empty()) {
        cr_js_copy_preview(a.preview_to_copy.c_str());
        a.preview_to_copy.clear();
    }
    // Stored in the frame of the change itself: a tab closed right after an edit keeps it.
    if (a.draft_dirty || a.doc.Revision() != web.draft_revision) {
        a.draft_dirty = false;
        web.draft_revision = a.doc.Revision();
        const std::string draft = author::EncodeDraft({a.name, a.doc.Text(), a.doc.Dirty(), emscripten_date_now()});
        if (draft.size() > author::kMaxDraftBytes) {
            a.message = web.app.tr("web.draft.tooLarge", "The document is too large to keep as a draft in this browser: save it to keep it.");
            a.message_is_error = true;
            return;
        }
        cr_js_save_session(web.draft_key.c_str(), draft.c_str());
    }
}

} // namespace crossroads::web

using crossroads::web::WebApp;

extern "C" {
// A file chosen in the picker or dropped onto the page: opened for editing (an undoable step).
EMSCRIPTEN_KEEPALIVE void cr_author_open(WebApp* web, const char* bytes, int size, const char* name) {
    if (!web->app.author.enabled) return;
    crossroads::shell::AuthorImport(web->app, std::string_view(bytes, static_cast<std::size_t>(std::max(size, 0))), name ? name : "a file");
    web->app.session.view = crossroads::View::Author;
    cr_wake(web);
}
}
