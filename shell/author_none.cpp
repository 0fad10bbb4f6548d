// The learners' web bundles (the page and the LMS packages) leave author mode out: it is
// about a sixth of the code, and only course authors use it (the page loads the author
// bundle, author/, when the address asks for author mode). These stand in for the calls
// the shell makes into author.cpp and view_author.cpp; with author.enabled never set they
// are not reached, and do nothing if they are.
#include "app.hpp"

namespace crossroads::shell {

void DrawAuthorView(AppState&) {}
void DrawAuthorQuit(AppState&) {}
void AuthorSync(AppState&) {}
void AuthorCommitTyped(AppState&) {}
bool AuthorPlaceNode(AppState&, std::size_t, Vec2) { return false; }
nlohmann::ordered_json AuthorStateJson(const AppState&) { return nullptr; }
std::string AuthorTextHtml(const AppState&) { return {}; }

} // namespace crossroads::shell
