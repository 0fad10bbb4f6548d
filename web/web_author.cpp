// Author mode on the web: the draft kept in localStorage on every change and restored on
// the next visit, Save as a download, Open through the file picker or a file dropped onto
// the page, and the preview link. The rules (draft codec, validation) are core's.
#include "web_app.hpp"

#include "crossroads/author.hpp"

#include <emscripten.h>

namespace crossroads::web {

void StartAuthor(WebApp& web) {
    shell::AuthorUi& a = web.app.author;
    if (!a.enabled) return;
    a.can_open = true;
    cr_js_install_author(&web);
    const std::string stored = TakeJsString(cr_js_stored_session(author::kDraftStorageKey));
    if (stored.empty()) return; // the content shown is opened once it is there (AuthorSync)
    const author::DraftDecode draft = author::DecodeDraft(stored);
    if (draft.draft && shell::AuthorOpen(web.app, draft.draft->text, draft.draft->name)) {
        if (draft.draft->dirty) a.doc.MarkUnsaved();
        web.app.notice = "Your draft of " + draft.draft->name + " was restored" +
                         (draft.draft->dirty ? ", with its unsaved changes." : ".");
        web.app.session.view = View::Author;
        return;
    }
    cr_js_backup_session(author::kDraftStorageKey);
    web.app.notice = "A saved draft could not be read: " + (draft.draft ? a.message : draft.error) +
                     ". It is kept in this browser, not deleted, and the content shown is opened instead.";
    cr_js_warn(web.app.notice.c_str());
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
        std::string draft = author::EncodeDraft({a.name, a.doc.Text(), a.doc.Dirty()});
        if (draft == web.draft) return;
        if (draft.size() > author::kMaxDraftBytes) {
            a.message = "The document is too large to keep as a draft in this browser: save it to keep it.";
            a.message_is_error = true;
            return;
        }
        cr_js_save_session(author::kDraftStorageKey, draft.c_str());
        web.draft = std::move(draft);
    }
}

} // namespace crossroads::web
