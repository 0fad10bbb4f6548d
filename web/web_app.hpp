// The web entry's shared parts: the page's state (WebApp), the functions of the page
// bridge (web/bridge.js) and the progress kept in the browser or an LMS (web_progress.cpp).
#pragma once

#include "app.hpp"
#include "platform.hpp"

#include "crossroads/cmi5.hpp"
#include "crossroads/scorm.hpp"

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

// Defined in web/bridge.js (--js-library). Strings they return are malloc'ed: TakeJsString.
// `web` is the WebApp, handed back to the cr_* functions below.
extern "C" {
char* cr_js_page_string(int which); // a PageString
char* cr_js_stored_session(const char* key);
int cr_js_media(int which); // a Media
void cr_js_backup_session(const char* key);
void cr_js_save_session(const char* key, const char* text);
void cr_js_set_fragment(const char* fragment, int push);
void cr_js_warn(const char* text);
void cr_js_set_title(const char* text);
void cr_js_announce(const char* text, int id);
void cr_js_focus_edges(int first, int last);
void cr_js_clipboard_write(const char* text);
void cr_js_copy_link(const char* fragment); // this page's address with that fragment, to the clipboard
void cr_js_print(void);
void cr_js_fetch_content(void* web, const char* url);
void cr_js_show_problems(void* web, const char* name, const char* problems_json);
void cr_js_install_bridge(void* web, const char* parent_origin);
void cr_js_post(const char* origin, const char* message);
void cr_js_ready(void);
void cr_js_fail(const char* title, const char* text);
void cr_js_fail_retry(const char* title, const char* text); // with a "Try again" that reloads the page
void cr_js_say_left(const char* title, const char* text);   // the same page, not as a failure: the learner left an LMS activity
void cr_js_no_webgl2(void);
int cr_js_scorm_launch(void);       // 0: the plain page; else ScormVersion + 1, or kCmi5Launch
int cr_js_scorm_init(int version);  // the same number: 1.2's API or 2004's
char* cr_js_scorm_get(const char* name); // "" when the LMS has no such element or refuses
int cr_js_scorm_call(int which, const char* name, const char* value); // a ScormCall
void cr_js_keep_aside(const char* key, const char* value);
void cr_js_text_open(float x, float y, float w, float h, float font_px, const char* label);
void cr_js_text_set(const char* value, int anchor, int caret);
void cr_js_text_close(void);
void cr_js_install_author(void* web); // the file picker and dropping a file onto the page
void cr_js_open_file(void);
void cr_js_download(const char* name, const char* text);
void cr_js_copy_preview(const char* file); // this page's address with ?content=FILE, to the clipboard
char* cr_js_tab_ids(void);                  // "<this tab's id before a reload>\n<its id from now on>"
char* cr_js_storage_keys(const char* prefix); // the stored keys that start with prefix, one a line
void cr_js_remove_stored(const char* key);
// An HTTP request; its answer comes back as cr_http_done(web, tag, status, body) (status 0:
// no answer). keepalive: it outlives the page (the last requests as the learner leaves).
void cr_js_http(void* web, int tag, const char* method, const char* url, const char* headers_json, const char* body, int keepalive);
char* cr_js_tab_get(const char* key);                  // sessionStorage: this tab only
void cr_js_tab_set(const char* key, const char* value);
void cr_js_go(const char* url);                        // the page goes there (an LMS's returnURL)
// A file (a translation, a font) for the language being switched to; its bytes come back as
// cr_file_loaded(web, tag, status, bytes, size) (status 0: no answer).
void cr_js_fetch_file(void* web, int tag, const char* url);
char* cr_js_browser_languages(void);                   // navigator.languages, comma-separated
char* cr_js_remembered_language(void);                 // the language chosen in the menu before, or ""
// <html lang> and the page's texts (a JSON object, core's PageTexts); chosen in the menu:
// remembered, and in the address.
void cr_js_set_language(const char* code, int chosen, const char* texts);
}
namespace crossroads::web {
struct WebApp;
}
extern "C" void cr_wake(crossroads::web::WebApp* web); // web_main.cpp: draw again (something changed)

namespace crossroads::web {

// Everything the page keeps alive; allocated once in main() and handed to the loop and
// the JS bridge as a pointer, so no C++ global is needed.
struct WebApp {
    shell::AppState app;
    shell::Platform platform;
    std::string reply;         // the last JSON handed to JS, kept alive until the next call
    std::string text_html;     // the text version last handed to JS, likewise
    std::string clipboard;     // what the app last copied (ImGui reads it back for pasting)
    std::string saved;         // the stored session as this tab last saw it, with its own view (SessionSeenFrom)
    std::string stored;        // the stored text as last read or written: another tab changed it when it differs
    std::string fragment;      // the URL fragment as last written (or read, after Back/Forward)
    bool fragment_replace = true; // the next fragment written replaces the entry: at start, and after a navigation
    std::string parent_origin; // the host page allowed to receive events and send commands
    std::string content_refused; // content= named a file on another site: the page says so at start
    std::string last_view;     // for "viewChanged"
    double pixel_ratio = 0;
    // SCORM 1.2: set when the package's launch page found an LMS. The LMS then holds the
    // progress (cmi.suspend_data) instead of localStorage, which a shared computer would
    // hand to the next student.
    struct Scorm {
        bool active = false;
        bool finished = false;     // LMSFinish / Terminate was called; the API is closed
        ScormVersion version = ScormVersion::V12;
        double started_ms = 0;     // for the session time
        std::string status;        // 1.2: cmi.core.lesson_status; 2004: cmi.completion_status, as the LMS holds it
        std::string success;       // 2004: cmi.success_status as the LMS holds it
        std::string suspend;       // cmi.suspend_data as last written
        std::string location;      // 2004: cmi.location as last written
        int score = -1;            // the raw score as last written
        double progress = -1;      // 2004: cmi.progress_measure as last written
        int interactions = 0;      // cmi.interactions._count: the next answer's n
    } scorm;
    // The learner's preferred languages as the LMS gave them, most preferred first (SCORM's
    // cmi.*_preference.language, cmi5's languagePreference); empty on the plain page.
    std::vector<std::string> lms_languages;
    // cmi5: set when a cmi5 LMS launched the page. The LMS's record store (xAPI) then gets
    // the statements and holds the progress (web_cmi5.cpp).
    struct Cmi5 {
        enum class Step { Off, Starting, Running, Left }; // which request of the start-up: its tag (web_cmi5.cpp)
        Step step = Step::Off;
        cmi5::Launch launch;
        std::string token;
        cmi5::LaunchData data;
        std::optional<cmi5::AuSession> au;
        cmi5::Outbox outbox;
        double started_ms = 0;              // for the durations
        std::string progress_held;          // the progress document as the LRS last took it
        std::string progress_sending;       // the one in flight ("" when none)
        std::string tab_key;                // sessionStorage: token, pending statements, whether the AU started
        std::string tab_record;             // as last written there
        bool timer = false;                 // a retry of the outbox is scheduled
    } cmi5;
    // The page's hidden <input>, which does the typing while a text field is edited.
    struct TextInput {
        bool open = false;
        shell::UiRect place;   // where it was put, as last told to JS (the id names the field)
        float font_px = 0;
        std::string value;     // what it holds, as last sent or received
        int anchor = -1, caret = -1;
    } text;
    bool ready = false;
    bool shaders_checked = false;
    bool paused = false;
    bool context_lost = false; // the browser took the WebGL context: draw nothing until it is back
    int announced = 0;         // AppState::announcement_id last put in the live region
    std::string page_title;    // document.title as last set (it follows the content shown)
    int focus_edges = -1;      // KeyboardUi::at_first | at_last << 1, as last told to JS
    int frames_since_save = 0;
    // The content as its source file has it (the default content or content=): a translation
    // is shown against it, and switching back to its own language shows it again.
    std::string content_source;
    // A language being switched to: what it needs is downloaded first (web_language.cpp).
    struct LanguageLoad {
        std::string code;
        int generation = 0;       // a newer choice makes older downloads' answers void
        int pending = 0;
        bool chosen = false;      // from the menu (remembered) rather than at start
        bool failed = false;
        std::string why;          // what failed, for the notice
        std::string po, content, cjk_regular, cjk_bold;
        bool has_content = false; // the content has a translation into it
    } language;
    std::string draft_key;     // where this tab keeps its draft (author::DraftKey)
    std::size_t draft_revision = static_cast<std::size_t>(-1); // the document revision it holds
};


// cr_js_scorm_launch's answer for the cmi5 package's launch page.
inline constexpr int kCmi5Launch = 3;

// What the page tells the app about its address (cr_js_page_string's argument).
enum class PageString : int { Search = 0, Hash = 1, Origin = 2 };
// The media queries the app asks about (cr_js_media's argument).
enum class Media : int { DarkScheme = 0, CoarsePointer = 1 };
// The SCORM 1.2 calls the app makes (cr_js_scorm_call's argument).
enum class ScormCall : int { SetValue = 0, Commit = 1, Finish = 2 };

// A string from JS (malloc'ed there), taken over and freed.
inline std::string TakeJsString(char* ptr) {
    std::string out = ptr ? ptr : "";
    std::free(ptr);
    return out;
}

inline char* PageStringJs(PageString which) { return cr_js_page_string(static_cast<int>(which)); }
inline bool MediaMatches(Media which) { return cr_js_media(static_cast<int>(which)) != 0; }
inline bool ScormSet(const char* name, const char* value) { return cr_js_scorm_call(static_cast<int>(ScormCall::SetValue), name, value) != 0; }
inline bool ScormDo(ScormCall call) { return cr_js_scorm_call(static_cast<int>(call), "", "") != 0; }

// Starts the rest of the app once the session to show is known (web_main.cpp).
void RunApp(WebApp& web);

// [SECTION] Languages (web_language.cpp)

// The language to start in (StartLanguage: the URL's lang=, the remembered choice, `lms`
// (the LMS's learner preference), the browser's); switched to once its files are here.
void StartLanguage(WebApp& web, const std::string& url_language, const std::vector<std::string>& lms);
// Downloads what `code` needs (its catalogue, the content's translation, fonts), then shows
// the app in it: the session and the view stay. `chosen`: from the menu, so remembered.
void RequestLanguage(WebApp& web, const std::string& code, bool chosen);
// The content file's problems on the page's failure screen, in the interface's language
// (web_main.cpp): when it fails to load, and again when the language changes.
void ShowContentProblems(WebApp& web);

// [SECTION] An LMS: web_lms.cpp in the packages' bundle, web_lms_none.cpp in the page's

// An LMS launch (the package's launch page) takes over the start: true, and it calls
// RunApp itself, at once or when the LMS has answered. False on the plain page.
bool StartLms(WebApp& web);
// After a frame, before its events go to the host page: answers and results to the LMS,
// and Exit.
void LmsFrame(WebApp& web);
// True when an LMS holds the progress (then it is saved there, not in this browser).
bool LmsSave(WebApp& web, bool commit);
// The learner leaves the page.
void LmsLeave(WebApp& web);

// [SECTION] cmi5 (web_cmi5.cpp)

// A cmi5 LMS launched the page: the launch read, the token fetched, LMS.LaunchData, the
// learner's preferences and the progress read; then RunApp. A launch that cannot be used
// shows a page that says so, and nothing is sent.
void StartCmi5(WebApp& web, const std::string& query);
// An answer to a cr_js_http request (tag: the request's Cmi5Request).
void Cmi5Answer(WebApp& web, int tag, int status, const std::string& body);
// After a frame: its events as statements, sent in order.
void RecordCmi5Statements(WebApp& web);
// The progress document brought up to date in the LRS (one request at a time).
void SaveCmi5Progress(WebApp& web);
// The learner leaves (the page hides, or Exit): terminated, and everything not yet
// delivered sent in one request that outlives the page.
void LeaveCmi5(WebApp& web);
// Exit was pressed: leave the LMS session and go back to the course.
void ExitToCourse(WebApp& web);

// [SECTION] The hidden text input (web_text.cpp)

// After a frame: opens, moves, updates or closes the page's input to follow the field
// being edited.
void SyncTextInput(WebApp& web);
// The page's input changed (offsets in UTF-8 bytes; compose -1 when not composing).
void TextInputFromPage(WebApp& web, std::string value, int anchor, int caret, int compose_start, int compose_end);

// [SECTION] Author mode (web_author.cpp)
// author=1 or view=author: the file picker, and the draft this browser kept (restored with
// a notice; a damaged one kept aside).
void StartAuthor(WebApp& web);
// After a frame: the draft stored when the document changed; Save, Open and the preview link.
void SyncAuthor(WebApp& web);

// [SECTION] Progress: the browser's saved session, or an LMS's (web_progress.cpp)

// Reads the session this browser saved; an unreadable one is kept aside with a notice.
void RestoreSession(WebApp& web);
// The package's launch page (`version` as cr_js_scorm_launch says): an LMS's suspend data
// replaces the browser's saved session.
void StartScorm(WebApp& web, int version);
// Progress an LMS held that cannot be read: kept aside in this browser under `key`, and
// the learner told that the app starts fresh (SCORM and cmi5 alike).
void KeepLmsProgressAside(WebApp& web, const char* key, const std::string& value, const std::string& problem);
// Each answer of the frame (the app's "answered" events) written as the LMS's next interaction.
void RecordScormInteractions(WebApp& web);
// Brings the LMS up to date; commits when the result changed (or when asked).
void SyncScorm(WebApp& web, bool commit);
// The learner leaves: time, "suspend", commit, finish.
void LeaveScorm(WebApp& web);

} // namespace crossroads::web
