// The page's bundle has no LMS: its progress stays in this browser. The packages' bundle
// links web_lms.cpp instead (web/CMakeLists.txt), so the page carries no LMS code.
#include "web_app.hpp"

namespace crossroads::web {

bool StartLms(WebApp&) { return false; }
void LmsFrame(WebApp&) {}
bool LmsSave(WebApp&, bool) { return false; }
void LmsLeave(WebApp&) {}

} // namespace crossroads::web
