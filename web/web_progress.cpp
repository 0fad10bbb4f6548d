// Where the learner's progress is kept: the session this browser saved (localStorage), or,
// in the SCORM package with an LMS, the LMS's suspend data, status and score.
#include "web_app.hpp"

#include "crossroads/scorm.hpp"
#include "crossroads/session.hpp"

#include <emscripten.h>

namespace crossroads::web {

void RestoreSession(WebApp& web) {
    const std::string text = TakeJsString(cr_js_stored_session(kSessionStorageKey));
    const SessionDecode stored = DecodeSession(text);
    switch (stored.status) {
        case SessionDecode::Status::Empty: return;
        case SessionDecode::Status::Ok:
            web.app.session = stored.session;
            web.saved = EncodeSession(stored.session);
            web.stored = text;
            return;
        case SessionDecode::Status::Corrupt:
        case SessionDecode::Status::UnknownVersion:
        case SessionDecode::Status::TooLarge: break;
    }
    cr_js_backup_session(kSessionStorageKey);
    // Said as what it means to the learner; the storage key is in the README.
    web.app.notice = "Your saved progress could not be read (" + stored.problem +
                     "), so Crossroads starts fresh. A copy of the old progress is kept in this browser, not deleted.";
    cr_js_warn(web.app.notice.c_str());
}

// The package's launch page: an LMS's suspend data replaces the browser's saved session.
// Without an LMS the page behaves as the plain one.
void StartScorm(WebApp& web) {
    if (!cr_js_scorm_init()) {
        cr_js_warn("no SCORM LMS found; progress is saved in this browser as on the plain page");
        RestoreSession(web);
        return;
    }
    WebApp::Scorm& scorm = web.scorm;
    scorm.active = true;
    scorm.started_ms = emscripten_get_now();
    scorm.status = TakeJsString(cr_js_scorm_get("cmi.core.lesson_status"));
    const std::string raw = TakeJsString(cr_js_scorm_get("cmi.core.score.raw"));
    if (!raw.empty()) scorm.score = std::atoi(raw.c_str());
    const std::string suspend = TakeJsString(cr_js_scorm_get("cmi.suspend_data"));
    const SessionDecode stored = DecodeSession(suspend);
    if (stored.status == SessionDecode::Status::Ok) {
        web.app.session = stored.session;
        scorm.suspend = suspend;
    } else if (stored.status != SessionDecode::Status::Empty) {
        cr_js_keep_aside("crossroads:scorm:backup", suspend.c_str());
        web.app.notice = "The progress your course saved could not be read (" + stored.problem +
                         "), so Crossroads starts fresh. A copy of the old progress is kept in this browser, not deleted.";
        cr_js_warn(web.app.notice.c_str());
    }
}

// Brings the LMS up to date: suspend data, status and score; commits when the result
// changed (or when asked), so a closed tab keeps a finished quiz.
void SyncScorm(WebApp& web, bool commit) {
    WebApp::Scorm& scorm = web.scorm;
    if (!scorm.active || scorm.finished || !shell::AppHasContent(web.app)) return;
    const std::string suspend = EncodeSuspendData(web.app.session);
    if (suspend.empty()) {
        cr_js_warn("quiz progress is over SCORM's 4,096-character limit; the course keeps the previous progress");
    } else if (suspend != scorm.suspend) {
        if (ScormSet("cmi.suspend_data", suspend.c_str())) scorm.suspend = suspend;
    }
    const ScormReport report = ScormReportFor(web.app.content, web.app.session, scorm.status);
    bool changed = false;
    if (report.has_score && report.score_raw != scorm.score) {
        ScormSet("cmi.core.score.min", std::to_string(report.score_min).c_str());
        ScormSet("cmi.core.score.max", std::to_string(report.score_max).c_str());
        if (ScormSet("cmi.core.score.raw", std::to_string(report.score_raw).c_str())) scorm.score = report.score_raw;
        changed = true;
    }
    if (report.lesson_status != scorm.status) {
        if (ScormSet("cmi.core.lesson_status", report.lesson_status.c_str())) scorm.status = report.lesson_status;
        changed = true;
    }
    if (changed || commit) ScormDo(ScormCall::Commit);
}

// The learner leaves: time, "suspend" (so the next launch resumes), commit, finish.
// Called after Save, which has brought the progress and results up to date.
void LeaveScorm(WebApp& web) {
    WebApp::Scorm& scorm = web.scorm;
    if (!scorm.active || scorm.finished) return;
    const std::string time = ScormTimespan((emscripten_get_now() - scorm.started_ms) / 1000.0);
    ScormSet("cmi.core.session_time", time.c_str());
    ScormSet("cmi.core.exit", "suspend");
    ScormDo(ScormCall::Commit);
    ScormDo(ScormCall::Finish);
    scorm.finished = true;
}

} // namespace crossroads::web
