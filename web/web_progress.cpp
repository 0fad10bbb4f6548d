// Where the learner's progress is kept: the session this browser saved (localStorage), or,
// in the SCORM package with an LMS, the LMS's suspend data, status and score.
#include "web_app.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/scorm.hpp"
#include "crossroads/session.hpp"
#include "crossroads/url.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdio>

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
    // TRANSLATORS: {problem} says what is wrong with the saved progress (English, from the session checks)
    web.app.notice = i18n::Format(web.app.tr("web.progress.unreadable", "Your saved progress could not be read ({problem}), so Crossroads starts fresh. A copy of the old progress is kept in this browser, not deleted."),
                                  {{"problem", stored.problem}});
    cr_js_warn(web.app.notice.c_str());
}

// The package's launch page: an LMS's suspend data replaces the browser's saved session.
// Without an LMS the page behaves as the plain one.
void StartScorm(WebApp& web, int version) {
    if (!cr_js_scorm_init(version)) {
        cr_js_warn("no SCORM LMS found; progress is saved in this browser as on the plain page");
        RestoreSession(web);
        return;
    }
    WebApp::Scorm& scorm = web.scorm;
    scorm.active = true;
    scorm.version = version == 2 ? ScormVersion::V2004 : ScormVersion::V12;
    const bool v2004 = scorm.version == ScormVersion::V2004;
    scorm.started_ms = emscripten_get_now();
    scorm.status = TakeJsString(cr_js_scorm_get(v2004 ? "cmi.completion_status" : "cmi.core.lesson_status"));
    if (v2004) scorm.success = TakeJsString(cr_js_scorm_get("cmi.success_status"));
    // Exit where the LMS offers navigation requests (it answers "_none_" for this one).
    web.app.can_exit = v2004 && !TakeJsString(cr_js_scorm_get("adl.nav.request")).empty();
    const std::string raw = TakeJsString(cr_js_scorm_get(v2004 ? "cmi.score.raw" : "cmi.core.score.raw"));
    if (!raw.empty()) scorm.score = std::atoi(raw.c_str());
    // 1.2 leaves the value's form open (CMIString255); 2004 asks for a language tag. Either
    // way a value that names no language of ours is passed over (StartLanguage).
    web.lms_languages = i18n::SplitLanguages(
        TakeJsString(cr_js_scorm_get(v2004 ? "cmi.learner_preference.language" : "cmi.student_preference.language")));
    scorm.interactions = std::max(0, std::atoi(TakeJsString(cr_js_scorm_get("cmi.interactions._count")).c_str()));
    const std::string suspend = TakeJsString(cr_js_scorm_get("cmi.suspend_data"));
    const SessionDecode stored = DecodeSession(suspend);
    if (stored.status == SessionDecode::Status::Ok) {
        web.app.session = stored.session;
        scorm.suspend = suspend;
    } else if (stored.status != SessionDecode::Status::Empty) {
        KeepLmsProgressAside(web, "crossroads:scorm:backup", suspend, stored.problem);
    }
}

void KeepLmsProgressAside(WebApp& web, const char* key, const std::string& value, const std::string& problem) {
    cr_js_keep_aside(key, value.c_str());
    // TRANSLATORS: {problem} says what is wrong with the progress the course (the LMS) held
    web.app.notice = i18n::Format(web.app.tr("web.progress.lmsUnreadable", "The progress your course saved could not be read ({problem}), so Crossroads starts fresh. A copy of the old progress is kept in this browser, not deleted."),
                                  {{"problem", problem}});
    cr_js_warn(web.app.notice.c_str());
}

namespace {

std::string Number(double v) {
    char out[32];
    std::snprintf(out, sizeof out, "%.4g", v);
    return out;
}

// 1.2: lesson status and the raw score. Returns whether anything changed.
bool Sync12(WebApp& web) {
    WebApp::Scorm& scorm = web.scorm;
    bool changed = false;
    const ScormReport report = ScormReportFor(web.app.content, web.app.session, scorm.status);
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
    return changed;
}

// 2004: completion, success, the scaled score, the progress and where the learner is.
bool Sync2004(WebApp& web) {
    WebApp::Scorm& scorm = web.scorm;
    bool changed = false;
    const Scorm2004Report report = Scorm2004ReportFor(web.app.content, web.app.session, scorm.status, scorm.success);
    if (report.has_score && report.score_raw != scorm.score) {
        ScormSet("cmi.score.min", std::to_string(report.score_min).c_str());
        ScormSet("cmi.score.max", std::to_string(report.score_max).c_str());
        ScormSet("cmi.score.raw", std::to_string(report.score_raw).c_str());
        if (ScormSet("cmi.score.scaled", Number(report.score_scaled).c_str())) scorm.score = report.score_raw;
        changed = true;
    }
    if (report.progress_measure != scorm.progress) {
        if (ScormSet("cmi.progress_measure", Number(report.progress_measure).c_str())) scorm.progress = report.progress_measure;
    }
    if (report.completion_status != scorm.status) {
        if (ScormSet("cmi.completion_status", report.completion_status.c_str())) scorm.status = report.completion_status;
        changed = true;
    }
    if (report.success_status != scorm.success) {
        if (ScormSet("cmi.success_status", report.success_status.c_str())) scorm.success = report.success_status;
        changed = true;
    }
    const std::string location = FragmentFor(web.app.session);
    if (location != scorm.location && ScormSet("cmi.location", location.c_str())) scorm.location = location;
    return changed;
}

} // namespace

// Brings the LMS up to date: suspend data, status and score; commits when the result
// changed (or when asked), so a closed tab keeps a finished quiz.
void SyncScorm(WebApp& web, bool commit) {
    WebApp::Scorm& scorm = web.scorm;
    if (!scorm.active || scorm.finished || !shell::AppHasContent(web.app)) return;
    const bool v2004 = scorm.version == ScormVersion::V2004;
    const std::string suspend = EncodeSuspendData(web.app.session, v2004 ? kScorm2004SuspendLimit : kScormSuspendLimit);
    if (suspend.empty()) {
        cr_js_warn("the quiz progress does not fit in the LMS's suspend data; the LMS keeps its previous value");
    } else if (suspend != scorm.suspend) {
        if (ScormSet("cmi.suspend_data", suspend.c_str())) scorm.suspend = suspend;
    }
    const bool changed = v2004 ? Sync2004(web) : Sync12(web);
    if (changed || commit) ScormDo(ScormCall::Commit);
}

void RecordScormInteractions(WebApp& web) {
    WebApp::Scorm& scorm = web.scorm;
    if (!scorm.active || scorm.finished) return;
    for (const nlohmann::ordered_json& e : web.app.events) {
        if (!e.contains("statement")) continue;
        const std::vector<ScormValue> values = ScormInteraction(e["statement"], scorm.interactions, scorm.version, emscripten_date_now() / 1000.0);
        if (values.empty()) continue;
        for (const ScormValue& v : values) ScormSet(v.element.c_str(), v.value.c_str());
        ++scorm.interactions;
    }
}

// The learner leaves: the session's time, "suspend" so the LMS resumes it, commit, finish.
void LeaveScorm(WebApp& web) {
    WebApp::Scorm& scorm = web.scorm;
    if (!scorm.active || scorm.finished) return;
    const double seconds = (emscripten_get_now() - scorm.started_ms) / 1000.0;
    if (scorm.version == ScormVersion::V2004) {
        ScormSet("cmi.session_time", Iso8601Duration(seconds).c_str());
        ScormSet("cmi.exit", "suspend");
    } else {
        ScormSet("cmi.core.session_time", ScormTimespan(seconds).c_str());
        ScormSet("cmi.core.exit", "suspend");
    }
    ScormDo(ScormCall::Commit);
    ScormDo(ScormCall::Finish);
    scorm.finished = true;
}

} // namespace crossroads::web
