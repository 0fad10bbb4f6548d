// The learners' bundles (the page, the LMS packages) without author mode: boot.js loads the
// author bundle (author/, web_author.cpp) when the address asks for it, so an author=1 that
// still reaches this bundle (in an LMS package) is passed over with a console note.
#include "web_app.hpp"

namespace crossroads::web {

void StartAuthor(WebApp& web) {
    if (!web.app.author.enabled) return;
    web.app.author.enabled = false;
    cr_js_warn("author mode is not part of this bundle; open the page itself with ?author=1 to edit content");
}

void SyncAuthor(WebApp&) {}

} // namespace crossroads::web
