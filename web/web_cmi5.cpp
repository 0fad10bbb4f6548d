// cmi5: the page launched by a cmi5 LMS as an assignable unit. The rules (the launch, the
// statements, their order and delivery) are core's (crossroads/cmi5.hpp); this file moves
// the bytes: the one fetch of the token, LMS.LaunchData, the learner's preferences, the
// progress in the xAPI State API, and the statements, in order, to the LMS's record store.
//
// What this tab must remember across a reload sits in sessionStorage (the token, which the
// fetch URL gives only once; the statements not yet delivered; whether the AU's session
// started). Once it has started, a reload cannot start it again (cmi5 allows one
// "initialized" per session), so the page says to open the activity from the course again;
// the progress is in the LMS by then.
#include "web_app.hpp"

#include "crossroads/session.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <sys/random.h>

#include <array>

namespace crossroads::web {

namespace {

// The requests this file makes (cr_js_http's tag).
enum class Cmi5Request : int { Token = 0, LaunchData, Preferences, Progress, Statement, SaveProgress, LastStatements };

// The titles of the pages that replace the app.
const char* LeftTitle(const WebApp& web) { return web.app.tr("cmi5.left.title", "You have left this activity"); }
const char* CannotStartTitle(const WebApp& web) { return web.app.tr("cmi5.cannotStart.title", "This activity cannot start"); }

// Why the record store's answer could not be used, put in parentheses in a sentence.
std::string NoAnswerReason(const WebApp& web, int status) {
    // TRANSLATORS: why a request to the course failed, shown in parentheses inside a sentence
    if (status == 0) return web.app.tr("cmi5.reason.noConnection", "no connection");
    // TRANSLATORS: why a request to the course failed, shown in parentheses inside a sentence; {status} is an HTTP status number like 500
    return i18n::Format(web.app.tr("cmi5.reason.status", "it answered {status}"), {{"status", std::to_string(status)}});
}

std::string NewId() {
    std::array<std::uint8_t, 16> bytes{};
    if (getentropy(bytes.data(), bytes.size()) != 0) {
        // Not expected in a browser (crypto.getRandomValues); the clock still makes ids unique enough here.
        const double now = emscripten_date_now() * 1000.0 + emscripten_get_now();
        for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(now) >> (i % 8 * 8));
    }
    return cmi5::Uuid(bytes);
}

double Seconds(const WebApp& web) { return (emscripten_get_now() - web.cmi5.started_ms) / 1000.0; }

void Request(WebApp& web, Cmi5Request tag, const char* method, const std::string& url, const std::string& body = "", bool keepalive = false) {
    const std::string headers = tag == Cmi5Request::Token ? std::string("{}") : cmi5::RequestHeaders(web.cmi5.token).dump();
    cr_js_http(&web, static_cast<int>(tag), method, url.c_str(), headers.c_str(), body.c_str(), keepalive ? 1 : 0);
}

// The tab's record, written when it changed.
void KeepTabRecord(WebApp& web) {
    WebApp::Cmi5& c = web.cmi5;
    const std::string record =
        cmi5::Json{{"token", c.token}, {"started", c.au && c.au->Started()}, {"pending", c.outbox.Pending()}}.dump();
    if (record == c.tab_record) return;
    cr_js_tab_set(c.tab_key.c_str(), record.c_str());
    c.tab_record = record;
}

void RequestLaunchData(WebApp& web) {
    Request(web, Cmi5Request::LaunchData, "GET", cmi5::StateUrl(web.cmi5.launch, cmi5::kLaunchDataStateId));
}

void Fail(const std::string& title, const std::string& text, bool retry = false) {
    if (retry) cr_js_fail_retry(title.c_str(), text.c_str());
    else cr_js_fail(title.c_str(), text.c_str());
}

void PumpTimer(void* arg);

// Sends the outbox's head when it may go; when it must wait, a timer tries again.
void Pump(WebApp& web) {
    WebApp::Cmi5& c = web.cmi5;
    if (c.step != WebApp::Cmi5::Step::Running) return;
    const double now = emscripten_get_now();
    if (const cmi5::Json* next = c.outbox.Next(now)) {
        Request(web, Cmi5Request::Statement, "PUT", cmi5::StatementUrl(c.launch, (*next)["id"].get<std::string>()), next->dump());
        return;
    }
    if (!c.outbox.Empty() && !c.outbox.InFlight() && !c.timer) {
        c.timer = true;
        emscripten_async_call(PumpTimer, &web, static_cast<int>(std::max(0.0, c.outbox.RetryAt() - now)) + 1);
    }
}

void PumpTimer(void* arg) {
    WebApp& web = *static_cast<WebApp*>(arg);
    web.cmi5.timer = false;
    Pump(web);
}

void Add(WebApp& web, std::optional<cmi5::Json> statement) {
    if (!statement) return;
    web.cmi5.outbox.Add(std::move(*statement));
    KeepTabRecord(web);
    Pump(web);
}

// The start-up's last step: the AU's session starts and the app runs.
void Begin(WebApp& web, cmi5::RegistrationLog log) {
    WebApp::Cmi5& c = web.cmi5;
    c.au.emplace(c.launch, c.data, log);
    c.au->SetInterface(web.app.tr);
    c.step = WebApp::Cmi5::Step::Running;
    c.started_ms = emscripten_get_now();
    Add(web, c.au->Initialized(NewId(), emscripten_date_now()));
    web.app.can_exit = true;
    RunApp(web);
}

void ReadProgress(WebApp& web, int status, const std::string& body) {
    WebApp::Cmi5& c = web.cmi5;
    if (status == 404) return Begin(web, {}); // the first launch of this registration
    if (status != 200) {
        // Starting fresh now would overwrite the learner's progress in the LMS.
        return Fail(web.app.tr("cmi5.progressUnreadable.title", "Your progress could not be read"),
                    // TRANSLATORS: {reason} is "no connection" or "it answered {status}" (cmi5.reason.*); "record store" is the course's learning record store
                    i18n::Format(web.app.tr("cmi5.progressUnreadable", "The course's record store did not answer ({reason}). Check your connection and try again; nothing has been recorded yet."),
                                 {{"reason", NoAnswerReason(web, status)}}),
                    true);
    }
    const std::optional<cmi5::Progress> progress = cmi5::ParseProgress(body);
    const SessionDecode stored = progress ? DecodeSession(progress->session) : SessionDecode{};
    if (progress && stored.status == SessionDecode::Status::Ok) {
        web.app.session = stored.session;
        c.progress_held = body;
        return Begin(web, progress->log);
    }
    if (progress && stored.status == SessionDecode::Status::Empty) return Begin(web, progress->log);
    KeepLmsProgressAside(web, "crossroads:cmi5:backup", body,
                         // TRANSLATORS: why the stored progress could not be read, shown in parentheses inside a sentence
                         progress ? stored.problem : std::string(web.app.tr("cmi5.reason.notProgress", "not a Crossroads progress document")));
    Begin(web, progress ? progress->log : cmi5::RegistrationLog{});
}

} // namespace

void StartCmi5(WebApp& web, const std::string& query) {
    WebApp::Cmi5& c = web.cmi5;
    std::string error;
    const std::optional<cmi5::Launch> launch = cmi5::ParseLaunch(query, error);
    if (!launch) {
        // Said before anything is sent: with a bad launch there is no one to send it to.
        // TRANSLATORS: {problem} says what is wrong with the launch address (English, from the launch checks)
        Fail(CannotStartTitle(web), i18n::Format(web.app.tr("cmi5.launchUnusable", "Your course opened Crossroads with a launch address it cannot use ({problem}). Go back to your course and open the activity again; if this happens again, tell the course's administrator."),
                                                 {{"problem", error}}));
        return;
    }
    c.launch = *launch;
    c.tab_key = "crossroads:cmi5:" + c.launch.registration;
    c.tab_record = TakeJsString(cr_js_tab_get(c.tab_key.c_str()));
    const cmi5::Json record = cmi5::Json::parse(c.tab_record, nullptr, false);
    if (record.is_object()) {
        // Read type by type: storage another script could have written must not stop the page.
        if (record.contains("token") && record["token"].is_string()) c.token = record["token"].get<std::string>();
        if (record.contains("pending")) c.outbox.Restore(record["pending"]);
        if (record.contains("started") && record["started"] == true) {
            // This tab's session already ran (a reload, or Back to it): what it left undelivered goes now.
            if (!c.outbox.Empty() && !c.token.empty())
                Request(web, Cmi5Request::LastStatements, "POST", cmi5::StatementsUrl(c.launch), c.outbox.Pending().dump(), true);
            cr_js_say_left(LeftTitle(web), web.app.tr("cmi5.left.reload", "Your progress is kept by your course. To go on, open the activity again from your course."));
            return;
        }
    }
    c.step = WebApp::Cmi5::Step::Starting;
    // A token fetched before a reload is used again: the fetch URL would refuse a second call.
    if (!c.token.empty()) return RequestLaunchData(web);
    Request(web, Cmi5Request::Token, "POST", c.launch.fetch);
}

void Cmi5Answer(WebApp& web, int tag, int status, const std::string& body) {
    WebApp::Cmi5& c = web.cmi5;
    switch (static_cast<Cmi5Request>(tag)) {
        case Cmi5Request::Token: {
            cmi5::FetchAnswer answer = cmi5::ParseFetchAnswer(body);
            // TRANSLATORS: quoted as what the course's system said when it did not answer at all
            if (status == 0) answer = {"", 3, web.app.tr("cmi5.reason.noAnswer", "no answer")};
            if (answer.token.empty()) return Fail(CannotStartTitle(web), cmi5::FetchProblem(answer));
            c.token = answer.token;
            KeepTabRecord(web);
            return RequestLaunchData(web);
        }
        case Cmi5Request::LaunchData: {
            std::string error = NoAnswerReason(web, status);
            std::optional<cmi5::LaunchData> data;
            if (status == 200) data = cmi5::ParseLaunchData(body, error);
            if (!data)
                // TRANSLATORS: {problem} says why: "no connection", "it answered {status}" or what is missing (English, from the launch checks)
                return Fail(CannotStartTitle(web), i18n::Format(web.app.tr("cmi5.launchDataMissing", "Your course did not give Crossroads what it needs to start ({problem}). Go back to your course and open the activity again."),
                                                                {{"problem", error}}),
                            status == 0);
            c.data = std::move(*data);
            return Request(web, Cmi5Request::Preferences, "GET", cmi5::PreferencesUrl(c.launch));
        }
        case Cmi5Request::Preferences:
            // Optional (cmi5 11): without it the page's own language choice stands.
            if (status == 200) web.lms_languages = cmi5::LanguagePreference(body);
            return Request(web, Cmi5Request::Progress, "GET", cmi5::StateUrl(c.launch, cmi5::kProgressStateId));
        case Cmi5Request::Progress: return ReadProgress(web, status, body);
        case Cmi5Request::Statement:
            if (c.outbox.Answered(status, emscripten_get_now()))
                cr_js_warn(("the course's record store refused a statement as invalid (400), so it was not sent again: " + body).c_str());
            else if (status != 0 && (status < 200 || status >= 300) && status != 409)
                cr_js_warn(("the course's record store did not take a statement (" + std::to_string(status) + "); it is sent again").c_str());
            KeepTabRecord(web);
            return Pump(web);
        case Cmi5Request::LastStatements:
            // All delivered: nothing is left for a reload of this tab to send again.
            if (status >= 200 && status < 300) {
                c.outbox = cmi5::Outbox{};
                KeepTabRecord(web);
            }
            return;
        case Cmi5Request::SaveProgress:
            if (status >= 200 && status < 300) c.progress_held = c.progress_sending;
            c.progress_sending.clear();
            return;
    }
}

void RecordCmi5Statements(WebApp& web) {
    WebApp::Cmi5& c = web.cmi5;
    if (c.step != WebApp::Cmi5::Step::Running || !c.au) return;
    for (const nlohmann::ordered_json& e : web.app.events)
        if (e.contains("statement") && e.contains("type") && e["type"].is_string())
            Add(web, c.au->ForEvent(e["type"].get<std::string>(), cmi5::Json(e["statement"]), NewId(), emscripten_date_now(), Seconds(web)));
}

namespace {

// The progress document as it stands, to the LRS unless it holds it already.
void PutProgress(WebApp& web, bool keepalive) {
    WebApp::Cmi5& c = web.cmi5;
    std::string doc = cmi5::ProgressDocument({EncodeSession(web.app.session), c.au->Log()});
    if (doc == c.progress_held) return;
    Request(web, Cmi5Request::SaveProgress, "PUT", cmi5::StateUrl(c.launch, cmi5::kProgressStateId), doc, keepalive);
    c.progress_sending = std::move(doc);
}

} // namespace

void SaveCmi5Progress(WebApp& web) {
    WebApp::Cmi5& c = web.cmi5;
    if (c.step != WebApp::Cmi5::Step::Running || !c.au || !c.progress_sending.empty()) return;
    PutProgress(web, false);
}

void LeaveCmi5(WebApp& web) {
    WebApp::Cmi5& c = web.cmi5;
    if (c.step != WebApp::Cmi5::Step::Running || !c.au) return;
    c.step = WebApp::Cmi5::Step::Left;
    web.app.can_exit = false;
    if (auto st = c.au->Terminated(NewId(), emscripten_date_now(), Seconds(web))) c.outbox.Add(std::move(*st));
    KeepTabRecord(web);
    // The progress, then every statement not yet delivered (the one in flight too: the
    // same id, so the LRS keeps one), in order, in requests that outlive the page.
    PutProgress(web, true);
    Request(web, Cmi5Request::LastStatements, "POST", cmi5::StatementsUrl(c.launch), c.outbox.Pending().dump(), true);
}

void ExitToCourse(WebApp& web) {
    web.app.exit_requested = false;
    if (web.cmi5.step == WebApp::Cmi5::Step::Running) {
        LeaveCmi5(web);
        if (!web.cmi5.data.return_url.empty()) return cr_js_go(web.cmi5.data.return_url.c_str());
    } else if (web.scorm.active) {
        // SCORM 2004: the LMS takes the learner on once the session ends; "suspendAll" keeps it resumable.
        ScormSet("adl.nav.request", "suspendAll");
        LeaveScorm(web);
    }
    cr_js_say_left(LeftTitle(web), web.app.tr("cmi5.left", "Your progress is kept by your course. You can close this window, or go back to your course."));
}

} // namespace crossroads::web

// An answer to a cr_js_http request, from bridge.js.
extern "C" EMSCRIPTEN_KEEPALIVE void cr_http_done(crossroads::web::WebApp* web, int tag, int status, char* body) {
    crossroads::web::Cmi5Answer(*web, tag, status, crossroads::web::TakeJsString(body));
    cr_wake(web);
}
