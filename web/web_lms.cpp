// The packages' bundle: the launch page says which LMS launched it (data-launch, read by
// cr_js_scorm_launch), and the progress, results and answers go to that LMS: SCORM 1.2 or
// 2004 (web_progress.cpp) or cmi5 (web_cmi5.cpp).
#include "web_app.hpp"

namespace crossroads::web {

bool StartLms(WebApp& web) {
    const int launch = cr_js_scorm_launch();
    if (launch == kCmi5Launch) {
        StartCmi5(web, TakeJsString(PageStringJs(PageString::Search))); // RunApp once the LMS has answered
        return true;
    }
    if (launch == 0) return false;
    StartScorm(web, launch);
    RunApp(web);
    return true;
}

void LmsFrame(WebApp& web) {
    RecordScormInteractions(web);
    RecordCmi5Statements(web);
    if (web.app.exit_requested) ExitToCourse(web);
}

bool LmsSave(WebApp& web, bool commit) {
    if (web.scorm.active) {
        SyncScorm(web, commit);
        return true;
    }
    if (web.cmi5.step != WebApp::Cmi5::Step::Off) {
        SaveCmi5Progress(web);
        return true;
    }
    return false;
}

void LmsLeave(WebApp& web) {
    LeaveScorm(web);
    LeaveCmi5(web);
}

} // namespace crossroads::web
