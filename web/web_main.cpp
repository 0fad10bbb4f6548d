// The browser entry: Emscripten's main loop drives the shared frame; the JS bridge
// (web/bridge.js) exposes the automation hook (window.crossroads), keeps the session in localStorage,
// mirrors the view in the URL fragment, fetches an author's content file, and lets the
// loop sleep while nothing happens. This file and shell/desktop_main.cpp are the only
// platform-specific C++.
//
// [SECTION] Start-up: URL, content
// [SECTION] Frame, idle and wake-up
// [SECTION] Functions JS calls
#include "web_app.hpp"

#include "crossroads/host.hpp"
#include "crossroads/input.hpp"
#include "crossroads/quiz.hpp"
#include "crossroads/scorm.hpp"
#include "crossroads/text_version.hpp"
#include "crossroads/url.hpp"

#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <emscripten/version.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

// Defined beside the ImGui OpenGL3 backend (imgui_impl_opengl3_web.cpp).
bool CrossroadsGlCheckShaders(std::string& log);
void CrossroadsGlForgetObjects();

namespace {

using namespace crossroads;
using namespace crossroads::web;

constexpr int kSaveEveryFrames = 6;

// [SECTION] Start-up: URL, content

// Returns the URL's lang=, which is chosen once the content is known (StartLanguage).
std::string ApplyUrl(WebApp& web) {
    const std::string query = TakeJsString(PageStringJs(PageString::Search));
    const std::string hash = TakeJsString(PageStringJs(PageString::Hash));
    const std::string origin = TakeJsString(PageStringJs(PageString::Origin));
    const UrlParams params = ParseUrlParams(query, hash, origin);
    for (const std::string& w : params.warnings) cr_js_warn(w.c_str());
    Session& s = web.app.session;
    if (params.view) s.view = *params.view;
    if (params.quiz) s.quiz.active = *params.quiz;
    if (params.seed) web.app.quiz_seed = *params.seed;
    if (params.theme) {
        web.app.theme_follows_system = *params.theme == ThemeSetting::Auto;
        if (*params.theme != ThemeSetting::Auto) s.theme = *params.theme == ThemeSetting::Dark ? Theme::Dark : Theme::Light;
    }
    web.app.content_pending = params.content;
    web.content_refused = params.content_refused;
    web.parent_origin = params.parent_origin;
    web.app.embed = params.embed;
    web.app.author.enabled = params.author;
    web.app.result_pending = params.result; // opened once the content is there (AppFrame)
    return params.language;
}

void LoadDefaultContent(WebApp& web) {
    shell::AppLoadDefaultContent(web.app);
    web.content_source = web.app.content_bytes;
    SanitizeSession(web.app.session, web.app.content);
}

// [SECTION] Frame, idle and wake-up

// The canvas's container in whole CSS pixels (at least 1), as the window is sized at start
// and on every change: the same rounding both times, so an unchanged size is not set again.
bool ContainerSize(int& w, int& h) {
    double css_w = 0, css_h = 0;
    if (emscripten_get_element_css_size("#app", &css_w, &css_h) != EMSCRIPTEN_RESULT_SUCCESS) return false;
    w = std::max(1, static_cast<int>(std::lround(css_w)));
    h = std::max(1, static_cast<int>(std::lround(css_h)));
    return true;
}

void FollowContainer(WebApp& web) {
    int w = 0, h = 0;
    if (!ContainerSize(w, h)) return;
    int cur_w = 0, cur_h = 0;
    SDL_GetWindowSize(web.platform.window, &cur_w, &cur_h);
    // SDL reads the device pixel ratio only when the size is set: set it again when the
    // ratio changes (browser zoom, a window moved to another screen).
    const double ratio = emscripten_get_device_pixel_ratio();
    if (w != cur_w || h != cur_h || ratio != web.pixel_ratio) {
        SDL_SetWindowSize(web.platform.window, w, h);
        web.pixel_ratio = ratio;
    }
}

// Hands the frame's events to the host page: "ready" once, "viewChanged", and the quiz
// engine's "answered"/"completed" statements. Without a parentOrigin nothing leaves.
void PostHostEvents(WebApp& web) {
    shell::AppState& app = web.app;
    if (web.parent_origin.empty()) {
        app.events.clear();
        return;
    }
    if (web.last_view.empty() && web.ready) {
        cr_js_post(web.parent_origin.c_str(), HostEvent("ready", {{"view", ToString(app.session.view)}}).c_str());
    }
    const std::string view = FragmentFor(app.session);
    if (web.ready && view != web.last_view) {
        if (!web.last_view.empty())
            cr_js_post(web.parent_origin.c_str(), HostEvent("viewChanged", {{"view", ToString(app.session.view)},
                                                                            {"quiz", ToString(app.session.quiz.active)}}).c_str());
        web.last_view = view;
    }
    for (nlohmann::ordered_json& e : app.events)
        cr_js_post(web.parent_origin.c_str(), HostEvent(e["type"].get<std::string>(), {{"statement", std::move(e["statement"])}}).c_str());
    app.events.clear();
}

// With an LMS, `commit` also commits (the tab is hidden and may never come back).
void Save(WebApp& web, bool commit = false) {
    web.frames_since_save = 0;
    if (!shell::AppHasContent(web.app)) return; // nothing to save while content is missing
    if (LmsSave(web, commit)) return;
    std::string now = EncodeSession(web.app.session);
    if (now == web.saved) return;
    // Another tab may have saved since: keep its changes under this tab's own.
    const std::string stored = TakeJsString(cr_js_stored_session(kSessionStorageKey));
    if (!stored.empty() && stored != web.stored) {
        web.app.session = MergeSessions(web.saved, web.app.session, stored);
        SanitizeSession(web.app.session, web.app.content);
        now = EncodeSession(web.app.session);
    }
    cr_js_save_session(kSessionStorageKey, now.c_str());
    web.saved = now;
    web.stored = std::move(now);
}

void Wake(WebApp& web) {
    if (!web.paused) return;
    web.paused = false;
    web.platform.quiet_frames = 0;
    emscripten_resume_main_loop();
}

// Wake's twin: no more frames until something calls Wake.
void Sleep(WebApp& web) {
    web.paused = true;
    emscripten_pause_main_loop();
}

// Another tab saved (the storage event): take its changes, keep this tab's own unsaved ones
// and its view. What is left of this tab's own is written by the next Save.
void AdoptStored(WebApp& web) {
    if (web.scorm.active || web.cmi5.step != WebApp::Cmi5::Step::Off || !shell::AppHasContent(web.app)) return;
    const std::string stored = TakeJsString(cr_js_stored_session(kSessionStorageKey));
    if (stored.empty() || stored == web.stored) return;
    web.app.session = MergeSessions(web.saved, web.app.session, stored);
    SanitizeSession(web.app.session, web.app.content);
    web.saved = SessionSeenFrom(stored, web.app.session);
    web.stored = stored;
    Wake(web);
}

void Frame(void* arg) {
    WebApp& web = *static_cast<WebApp*>(arg);
    if (web.context_lost) {
        // Nothing can be drawn; events wake the loop, which sleeps again until the context is back.
        Sleep(web);
        return;
    }
    FollowContainer(web);
    shell::PlatformFrame(web.platform, web.app);
    if (!web.app.language_requested.empty()) {
        RequestLanguage(web, web.app.language_requested, true);
        web.app.language_requested.clear();
    }
    if (!web.ready && web.app.frame_count >= 2) {
        // ImGui settles auto-sized items in its second frame: the first rects() are final,
        // and it is the first frame worth showing (the loading screen goes now).
        web.ready = true;
        cr_js_ready();
    } else if (web.ready && !web.shaders_checked) {
        // A frame later, so that the first frame is shown without waiting for the check
        // (it waits for the GPU process to finish compiling).
        web.shaders_checked = true;
        std::string log;
        if (!CrossroadsGlCheckShaders(log)) {
            const i18n::Tr& tr = web.app.tr;
            // TRANSLATORS: {log} is the graphics driver's own message, in English
            const std::string text = i18n::Format(tr("web.shaders.text", "The graphics driver refused the app's drawing program ({log}). Try an up-to-date browser, or turn on hardware acceleration in its settings."),
                                                  {{"log", log}});
            cr_js_fail(tr("web.shaders.title", "Crossroads cannot draw on this device"), text.c_str());
        }
    }
    LmsFrame(web);
    PostHostEvents(web);
    SyncTextInput(web);
    SyncAuthor(web);
    if (shell::AppHasContent(web.app) && PageTitle(web.app.content.title) != web.page_title) {
        web.page_title = PageTitle(web.app.content.title);
        cr_js_set_title(web.page_title.c_str());
    }
    if (web.app.announcement_id != web.announced) {
        cr_js_announce(web.app.announcement.c_str(), web.app.announcement_id);
        web.announced = web.app.announcement_id;
    }
    const shell::KeyboardUi& keys = web.app.keyboard;
    const int edges = (keys.at_first ? 1 : 0) | (keys.at_last ? 2 : 0);
    if (edges != web.focus_edges) {
        cr_js_focus_edges(edges & 1, edges & 2);
        web.focus_edges = edges;
    }
    if (web.app.print_requested) {
        web.app.print_requested = false;
        cr_js_print();
    }
    if (!web.app.link_to_copy.empty()) {
        cr_js_copy_link(("result=" + web.app.link_to_copy).c_str());
        web.app.link_to_copy.clear();
    }
    const std::string fragment = shell::AppFragment(web.app);
    if (fragment != web.fragment) {
        // A view the visitor chose gets its own history entry; embedded, the host page's
        // Back must stay the host's, so the entry is replaced.
        cr_js_set_fragment(fragment.c_str(), web.fragment_replace || web.app.embed ? 0 : 1);
        web.fragment = fragment;
    }
    web.fragment_replace = false;
    if (++web.frames_since_save >= kSaveEveryFrames) Save(web);
    // Nothing to do: stop drawing until an event, a resize or the host wakes us.
    // (Shaders are checked a frame after the app is ready: until then it keeps drawing.)
    if (web.shaders_checked && shell::PlatformIdle(web.platform, web.app)) {
        Save(web);
        Sleep(web);
    }
}

int WakeOnEvent(void* arg, SDL_Event* event) {
    // SDL 2.24+ posts a sentinel on every poll; it is not input and must not keep us awake.
    if (event->type != SDL_POLLSENTINEL) Wake(*static_cast<WebApp*>(arg));
    return 0;
}

void SetClipboard(void* arg, const char* text) {
    WebApp& web = *static_cast<WebApp*>(arg);
    web.clipboard = text ? text : "";
    cr_js_clipboard_write(web.clipboard.c_str());
}

const char* GetClipboard(void* arg) { return static_cast<WebApp*>(arg)->clipboard.c_str(); }

// A lost context (GPU reset, driver update, too many contexts) may come back: boot.js says
// so on the page meanwhile. The progress is saved now, in case it never does.
EM_BOOL OnContextLost(int, const void*, void* arg) {
    WebApp& web = *static_cast<WebApp*>(arg);
    web.context_lost = true;
    Save(web, true);
    return EM_TRUE; // preventDefault: without it the browser never restores the context
}

EM_BOOL OnContextRestored(int, const void*, void* arg) {
    WebApp& web = *static_cast<WebApp*>(arg);
    web.context_lost = false;
    CrossroadsGlForgetObjects(); // the next frame makes them again
    web.shaders_checked = false; // and checks the new program
    Wake(web);
    return EM_TRUE;
}

} // namespace

// [SECTION] Functions JS calls

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* cr_state_json(WebApp* web) {
    web->reply = shell::AppStateJson(web->app);
    return web->reply.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* cr_rects_json(WebApp* web) {
    web->reply = shell::AppRectsJson(web->app);
    return web->reply.c_str();
}
EMSCRIPTEN_KEEPALIVE void cr_wake(WebApp* web) { Wake(*web); }
// sbrk(0): where malloc's heap ends. Freed memory is reused below it, so after a warm-up
// it moves only if something keeps allocating (the browser soak watches it).
EMSCRIPTEN_KEEPALIVE double cr_heap_top() { return static_cast<double>(reinterpret_cast<std::uintptr_t>(sbrk(0))); }
EMSCRIPTEN_KEEPALIVE const char* cr_print_html(WebApp* web) {
    web->text_html = shell::PrintHtmlFor(web->app);
    return web->text_html.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* cr_text_html(WebApp* web) {
    web->text_html = shell::TextVersionFor(web->app);
    Wake(*web); // a result shown here may have queued "completed" for the host page
    return web->text_html.c_str();
}
// One action from the text version's forms (JSON). The next frame saves the session and
// posts any host events, exactly as after a click in the canvas.
EMSCRIPTEN_KEEPALIVE int cr_text_action(WebApp* web, const char* text) {
    const nlohmann::ordered_json action = nlohmann::ordered_json::parse(text, nullptr, false);
    std::string error;
    const bool ok = !action.is_discarded() && shell::TextVersionAction(web->app, action, error);
    if (!ok) cr_js_warn(("the text version sent an action that was ignored: " + (action.is_discarded() ? std::string("not JSON") : error)).c_str());
    Wake(*web);
    return ok ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void cr_canvas_focus(WebApp* web, int how) {
    if (how < -1 || how > 2) return; // not one of shell::CanvasFocus
    shell::KeyboardCanvasFocus(web->app, static_cast<shell::CanvasFocus>(how));
    Wake(*web);
}
// Back/Forward or a changed fragment: show the view it names. A fragment that names
// nothing valid is replaced by the current view's.
EMSCRIPTEN_KEEPALIVE void cr_navigate(WebApp* web) {
    const std::string hash = TakeJsString(PageStringJs(PageString::Hash));
    const UrlParams params = ParseUrlParams("", hash, TakeJsString(PageStringJs(PageString::Origin)));
    for (const std::string& w : params.warnings) cr_js_warn(w.c_str());
    if (params.view) web->app.session.view = *params.view;
    if (params.quiz) web->app.session.quiz.active = *params.quiz;
    // A result link pasted into the address bar opens; leaving it (Back) shows the learner's own.
    if (params.result.empty()) web->app.shared = shell::SharedResultUi{};
    else if (params.result != web->app.shared.link) web->app.result_pending = params.result;
    web->fragment = hash.empty() ? hash : hash.substr(1); // what the URL says now: no new entry for it
    web->fragment_replace = true;
    Wake(*web);
}
EMSCRIPTEN_KEEPALIVE void cr_storage(WebApp* web) { AdoptStored(*web); }
// The page's text input changed, or handed back a key (a shell::TextKey) it does not keep.
EMSCRIPTEN_KEEPALIVE void cr_text_input(WebApp* web, const char* value, int anchor, int caret, int compose_start, int compose_end) {
    TextInputFromPage(*web, value ? value : "", anchor, caret, compose_start, compose_end);
    Wake(*web);
}
EMSCRIPTEN_KEEPALIVE void cr_text_key(WebApp* web, int key) {
    if (key < 0 || key > static_cast<int>(shell::TextKey::Release)) return;
    shell::AppTextKey(web->app, static_cast<shell::TextKey>(key));
    Wake(*web);
}
EMSCRIPTEN_KEEPALIVE void cr_flush(WebApp* web) { Save(*web, true); }
EMSCRIPTEN_KEEPALIVE void cr_leave(WebApp* web) {
    Save(*web);
    SyncAuthor(*web);
    LmsLeave(*web);
}
// A wheel over the canvas at (x, y), deltas as the DOM gives them. 1: the app scrolls or
// zooms; 0: it has nothing to scroll there, and the page around it takes the wheel.
EMSCRIPTEN_KEEPALIVE int cr_wheel(WebApp* web, float x, float y, float dx, float dy, int mode, float page_h) {
    if (!shell::AppWantsWheel(web->app, x, y)) {
        ++web->app.wheel_to_page;
        return 0;
    }
    const auto wheel_mode = mode == 1 ? WheelMode::Line : mode == 2 ? WheelMode::Page : WheelMode::Pixel;
    shell::AppQueueWheel(web->app, x, y, WheelPixels(dx, wheel_mode, page_h), WheelPixels(dy, wheel_mode, page_h));
    Wake(*web);
    return 1;
}
EMSCRIPTEN_KEEPALIVE void cr_set_system_dark(WebApp* web, int dark) {
    web->app.system_dark = dark != 0;
    Wake(*web);
}
EMSCRIPTEN_KEEPALIVE void cr_content_loaded(WebApp* web, const char* bytes, int size) {
    const std::string name = web->app.content_pending;
    web->app.content_pending.clear();
    if (shell::AppLoadContent(web->app, std::string_view(bytes, static_cast<std::size_t>(std::max(size, 0))), name)) {
        SanitizeSession(web->app.session, web->app.content);
        web->content_source = web->app.content_bytes;
        // Shown in the app's language where the file has a translation beside it.
        if (web->app.language != "en") RequestLanguage(*web, web->app.language, false);
    } else {
        ShowContentProblems(*web);
    }
    Wake(*web);
}
EMSCRIPTEN_KEEPALIVE void cr_retry_content(WebApp* web) {
    if (!web->app.content_name.empty() && !shell::AppHasContent(web->app)) web->app.content_pending = web->app.content_name;
    cr_js_fetch_content(web, web->app.content_pending.c_str());
}
EMSCRIPTEN_KEEPALIVE void cr_command(WebApp* web, const char* message) {
    const HostCommand c = ParseHostCommand(message ? message : "");
    Session& s = web->app.session;
    switch (c.kind) {
        case HostCommand::Kind::SetView:
            s.view = c.view;
            if (c.has_quiz) s.quiz.active = c.quiz;
            break;
        case HostCommand::Kind::Reset:
            ResetProgress(s);
            SanitizeSession(s, web->app.content);
            break;
        case HostCommand::Kind::GetState:
            cr_js_post(web->parent_origin.c_str(),
                       HostEvent("state", {{"state", nlohmann::ordered_json::parse(shell::AppStateJson(web->app), nullptr, false)}}).c_str());
            break;
        case HostCommand::Kind::Invalid: cr_js_warn(("ignored a command from the host page: " + c.error).c_str()); break;
    }
    Wake(*web);
}
EMSCRIPTEN_KEEPALIVE void cr_use_default_content(WebApp* web) {
    web->app.content_pending.clear();
    LoadDefaultContent(*web);
    Wake(*web);
}
}

int main() {
    auto* web = new WebApp(); // lives as long as the page
    if (!StartLms(*web)) {
        RestoreSession(*web);
        RunApp(*web);
    }
    return 0;
}

namespace crossroads::web {

void ShowContentProblems(WebApp& web) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Problem& p : web.app.problems)
        if (p.severity == Severity::Error) list.push_back(i18n::FormatProblem(p, web.app.tr));
    cr_js_show_problems(&web, web.app.content_name.c_str(), list.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
}

void RunApp(WebApp& web_ref) {
    WebApp* web = &web_ref;
    shell::AppState& app = web->app;
    const std::string url_language = ApplyUrl(*web);
    app.system_dark = MediaMatches(Media::DarkScheme);
    app.touch = MediaMatches(Media::CoarsePointer);
    if (app.content_pending.empty()) LoadDefaultContent(*web);
    StartLanguage(*web, url_language, web->lms_languages);
    StartAuthor(*web);
    app.keyboard.wrap = false; // Tab past the ends goes to the page around the canvas
    app.text_edit.external = true; // the page's hidden <input> does the typing (web_text.cpp)
    app.can_link = true;           // results can be copied as links to this page
    app.can_print = true;          // and the views printed (print.css, PrintHtmlFor)

    // Keys go to the canvas only while it has focus: the host page keeps its keyboard.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    shell::PlatformOptions options;
    options.gles = true;
    options.glsl_version = "#version 300 es";
    ContainerSize(options.width, options.height); // if unknown, the options' own default size
    std::string error;
    if (!shell::PlatformInit(web->platform, app, options, error)) {
        // Almost always the WebGL2 context: say so in the words a visitor can act on.
        if (error.find("OpenGL") != std::string::npos) cr_js_no_webgl2();
        else cr_js_fail(app.tr("web.startFailed", "Crossroads could not start"), error.c_str());
        cr_js_warn(error.c_str());
        return;
    }
    // The window was just made at this size and ratio: the first frame must not set them
    // again, since resizing the canvas reallocates the WebGL drawing buffer (~30 ms).
    web->pixel_ratio = emscripten_get_device_pixel_ratio();
    app.versions.push_back({"Emscripten", std::to_string(__EMSCRIPTEN_major__) + "." + std::to_string(__EMSCRIPTEN_minor__) + "." +
                                              std::to_string(__EMSCRIPTEN_tiny__)});
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigInputTextCursorBlink = false; // a blinking cursor would keep the page drawing
    io.SetClipboardTextFn = SetClipboard;  // the system clipboard, not SDL's in-page one
    io.GetClipboardTextFn = GetClipboard;
    io.ClipboardUserData = web;
    SDL_AddEventWatch(WakeOnEvent, web);
    emscripten_set_webglcontextlost_callback("#canvas", web, false, OnContextLost);
    emscripten_set_webglcontextrestored_callback("#canvas", web, false, OnContextRestored);
    cr_js_install_bridge(web, web->parent_origin.c_str());
    if (!app.content_pending.empty()) cr_js_fetch_content(web, app.content_pending.c_str());
    if (!web->content_refused.empty()) {
        // Said on the page like any content file that cannot be shown, with the way on.
        const nlohmann::ordered_json list = {app.tr("web.content.otherSite", "It is on another site. For safety, Crossroads loads content files only from the site that serves it: put the file beside the app and link to it there.")};
        cr_js_show_problems(web, web->content_refused.c_str(), list.dump().c_str());
    }
    emscripten_set_main_loop_arg(Frame, web, 0, false);
    // The first two frames now rather than at the next animation frames: the page has
    // nothing else to do, and waiting would only leave the loading screen up longer.
    // The second is the one shown (see Frame), at the end of this task.
    Frame(web);
    Frame(web);
}

} // namespace crossroads::web
