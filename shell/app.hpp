// The Dear ImGui application: one AppState owns everything the shell knows, and the
// free functions below draw it. The platform entries (desktop, web) own the loop and
// call AppFrame() between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include "crossroads/author.hpp"
#include "crossroads/compare.hpp"
#include "crossroads/i18n.hpp"
#include "crossroads/content.hpp"
#include "crossroads/input.hpp"
#include "crossroads/ladder.hpp"
#include "crossroads/loader.hpp"
#include "crossroads/quiz.hpp"
#include "crossroads/session.hpp"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>

#include <string>
#include <string_view>
#include <vector>

namespace crossroads::shell {

// An interactive item's rectangle in the last frame, in logical (CSS) pixels,
// keyed by a stable id such as "tab.compare" or "compare.differencesOnly".
struct UiRect {
    std::string id;
    float x = 0, y = 0, w = 0, h = 0;
};

struct FontSet {
    ImFont* body = nullptr;
    ImFont* strong = nullptr;
    ImFont* title = nullptr;
    ImFont* large = nullptr; // for ladder cards zoomed in
    float built_scale = 0; // the pixel ratio the atlas was rasterised for; 0 = not built
    // Both must outlive the atlas build. `ranges`: ASCII, the shell's symbols and every
    // character of the content; `input_ranges` adds Latin-1 for what a visitor types
    // (body font only: each glyph in each size costs time before the first frame).
    ImVector<ImWchar> ranges;
    ImVector<ImWchar> input_ranges;
    // Japanese: Noto Sans CJK JP subsets (two weights), merged into the fonts above for the
    // CJK characters of the text (cjk_ranges). Empty until the platform provides them.
    std::string cjk_regular;
    std::string cjk_bold;
    ImVector<ImWchar> cjk_ranges;
};

// Derived data and per-frame results of the Compare view (the session holds the choices).
struct CompareUi {
    std::vector<SharedFlags> shared; // per content row, computed once per content load
    int visible_rows = 0;
    int visible_items = 0;
    int total_items = 0;
    bool stacked = false; // narrow layout: one role under the other
    const void* source_shown = nullptr; // the item or role card a finger tapped: its source is written under it
};

// Per-frame and interaction state of the Ladder view (the session holds what persists).
struct LadderUi {
    bool layout_ready = false;
    bool narrow = false;          // the layout was made for a phone-sized screen
    LadderLayout layout;          // computed once per content load
    std::vector<Box> boxes;       // where the nodes were drawn last frame (world units)
    std::vector<std::size_t> route_nodes;
    std::size_t drag_node = Content::npos; // node under a pressed pointer
    Vec2 drag_offset;             // pointer minus node centre, in world units
    ImVec2 press_pos;
    bool dragging = false;        // the press has moved far enough to be a drag
    bool panning = false;
    bool marker_drag = false;     // the "you are here" marker is being dragged
    bool gesture = false;         // two fingers are down: pinch/pan, no mouse emulation
    bool had_focus = false;       // the canvas had the keyboard focus last frame
    bool reveal_details = false;  // a card was just chosen by pointer: scroll its details into view
};

// Touch gestures the platform collects for the frame (SDL_MULTIGESTURE).
struct Gestures {
    float pinch = 1.0f;           // zoom factor since the last frame
    ImVec2 pan;                   // two-finger movement since the last frame, in pixels
    ImVec2 focus;                 // where the fingers are
    int fingers = 0;              // fingers down now
};

// A one-finger drag that scrolls (touch.cpp): the window it scrolls, and its fling.
struct TouchScrollUi {
    ImGuiID window = 0;       // the scrollable window the finger went down in; 0 = none
    bool claimed = false;     // a view took this press for its own drag (a ladder card, an ordering item)
    bool scrolling = false;   // the finger moved past the slop: it scrolls
    bool stopped_fling = false; // this press stopped a fling: it is not a tap
    float speed = 0;          // the fling's speed after release, px/s (down positive); 0 = still
    VelocityTracker tracker;  // the finger's recent positions, fed by the platform's touch events
};

// Drag state of an ordering question's list.
struct QuizUi {
    int drag_item = -1;    // position being dragged, -1 = none
    float drag_grab_y = 0; // pointer y minus the row's top at the press
    float wrap_x = 0;      // right edge of the quiz column, for wrapped text
    bool scroll_to_actions = false; // after a check: bring the feedback and "Next" into view
    bool scroll_to_top = false;     // a new question: start at its top
    int announced_attempt = 0;      // the knowledge-check attempt whose score was announced
    bool fit_announced = false;     // the self-assessment's result was announced (reset on change)
    bool shown = false;             // the quiz was drawn last frame
    bool focus_question = false;    // a keyboard user arrived at a question: focus its first answer
};

// An item that takes keyboard focus, as drawn in one frame (see keyboard.cpp).
struct FocusStop {
    std::string name;         // the item's rect id, e.g. "compare.differencesOnly"
    ImGuiID id = 0;           // Dear ImGui's item id
    ImGuiID window = 0;
    bool input = false;       // a text field: focusing it starts typing
    bool in_popup = false;    // in a popup or modal: Tab stays among these while one is open
    ImVec2 min, max;          // screen rectangle
    ImDrawList* draw_list = nullptr; // the item's window, for the focus ring after the frame
    ImVec4 clip;              // that window's clip rectangle
};

// Keyboard focus. Dear ImGui tabs within one window and outlines only the items it draws
// itself; the shell keeps one tab order across its windows (every item recorded with
// RecordRect) and draws one ring for all items.
struct KeyboardUi {
    std::vector<FocusStop> stops; // this frame's, in drawing order
    std::vector<FocusStop> last;  // last frame's: Tab moves along these
    ImGuiID anchor = 0;           // where Tab starts from: the item last focused by keys or clicked
    bool ring = false;            // keys moved the focus: show where it is (a click hides it)
    std::string request;          // focus this stop (by name) next frame
    int enter = 0;                // the canvas was entered by Tab (+1) or Shift+Tab (-1)
    bool wrap = true;             // Tab past the last item wraps (desktop); on the web it leaves the canvas
    std::string focused;          // the focused stop's name while the ring shows, for state()
    bool at_first = true;         // Shift+Tab now would go past the first item (or nothing has focus)
    bool at_last = false;         // Tab now would go past the last item
};

// The text field being edited, for a platform whose own text input stands in for Dear
// ImGui's keyboard handling (the web's hidden <input>: on-screen keyboards, IME
// composition, dead keys, paste). Offsets are UTF-8 bytes into `value`.
struct TextEditUi {
    bool external = false;     // the platform's text input edits the fields (set once by the platform)
    std::string field;         // the rect id of the field being edited; empty = none
    ImGuiID id = 0;
    std::string label;         // what the field is for (its hint), for the platform input's label
    UiRect rect;               // where it is, for the platform's input to sit over it
    float font_px = 0;         // its text size, CSS px
    std::string value;         // what it holds now
    int sel_start = 0, sel_end = 0; // selection anchor and caret (equal: no selection)
    int compose_start = -1, compose_end = -1; // the part still being composed (IME), underlined
    bool release = false;      // the platform's input lost the focus: end the editing
    ImGuiID release_id = 0;    // of this field (not one activated since)
    // An edit from the platform's input, applied in the next frame.
    bool pending = false;
    std::string pending_value;
    int pending_start = 0, pending_end = 0, pending_compose_start = -1, pending_compose_end = -1;
};

// A quiz result opened from a link (#result=...): shown read-only, beside the learner's own
// progress, which it never changes, saves or reports.
struct SharedResultUi {
    bool active = false;
    QuizKind kind = QuizKind::Fit;
    std::string link;           // the result= value it came from (the URL keeps it)
    FitSession fit;
    KnowledgeSession knowledge;
};

// Author mode (view_author.cpp): the content document being edited, its problems, and what
// the platform is asked to do with it (save, open, keep the draft).
struct AuthorUi {
    bool enabled = false;            // the Author tab is shown: view=author, author=1, --edit
    bool started = false;            // a document was opened (the default content, a file, a draft)
    author::Document doc;
    std::string name;                // what it is ("new comparison", a file name), for messages
    std::string file_path;           // the desktop's file, where Save writes; empty on the web
    std::size_t checked = static_cast<std::size_t>(-1); // the revision last validated
    std::vector<Problem> problems;   // of the document as it is now (the loader's)
    bool preview_stale = false;      // it has errors: the other views show its last valid version
    std::string focus_field;         // a field to focus and scroll to (a problem was clicked)
    // The field being typed in whose value is not applied key by key: an id (renamed, with
    // its references, when the field is left) or a number (applied once it reads as one).
    std::string typed_field;
    std::string typed_text;
    std::string message;             // why the last action was refused, or what it did
    bool message_is_error = false;
    // Asked of the platform; it clears them.
    bool save_requested = false;     // desktop: write the file; web: download it
    bool open_requested = false;     // web: the file picker
    bool draft_dirty = false;        // saved or new: the web stores the draft again (edits it notices by revision)
    bool can_open = false;           // the platform has a file picker and serves files (the web)
    std::string preview_to_copy;     // a file name: the platform copies the page's ?content= link to it
    // Closing the desktop window with unsaved changes: asked first.
    bool quit_asked = false;         // the question is shown
    bool quit_ok = false;            // the author chose to close without saving
    bool quit_after_save = false;    // close once the save has worked
};

// Keys the platform's text input hands back to the app, which give them their meaning.
enum class TextKey { Enter, Escape, Tab, ShiftTab, Release };

// One part of the build and its version, e.g. {"Dear ImGui", "1.90.1"}.
struct VersionLine {
    std::string name;
    std::string version;
};
// "name version" lines, as `crossroads --version` prints them.
std::string VersionsText(const std::vector<VersionLine>& versions);

struct AppState {
    // The interface's language: its catalogue (empty for English) and the lookup the views
    // call, `app.tr("id", "English")`, which reads `catalogue` in place (AppState is never
    // copied), so switching the language is replacing the catalogue.
    i18n::Catalogue catalogue;
    i18n::Tr tr{&catalogue};
    std::string language = "en";       // BCP 47, as chosen
    std::string language_requested;    // chosen in the menu: the platform loads it (AppSetLanguage)
    Content content;
    std::vector<Problem> problems; // of the last content load; errors block the views
    std::vector<Problem> reload_problems; // of a reloaded version refused (--watch): shown over the last good one
    std::string reload_name;              // which file that version came from
    std::string content_name;      // what was loaded, for messages ("default content", a path, a URL)
    std::string content_bytes;     // the file it came from, as read (Author mode opens it)
    Session session;
    CompareUi compare;
    LadderUi ladder;
    QuizUi quiz;
    std::uint32_t quiz_seed = 1; // first knowledge-check shuffle; the entries may set it
    // Host events (xAPI-shaped statements) not yet taken by the platform, and a count of all.
    std::vector<nlohmann::ordered_json> events;
    int events_total = 0;
    Gestures gestures;
    TouchScrollUi touch_scroll;
    FontSet fonts;
    Theme applied_theme = Theme::Light; // the theme the ImGui style holds now
    bool applied_touch = false;
    bool theme_follows_system = false;  // theme=auto: follow the system's light/dark setting
    bool system_dark = false;
    bool touch = false;                 // a touch screen is in use: finger-sized targets
    bool embed = false;                 // inside a course page (embed=1)
    std::string notice;                 // a one-line message above the view (e.g. a stored session was unreadable)
    std::string content_pending;        // a content file being fetched: shown instead of the views
    std::string toast;                  // a short confirmation ("Copied ...")
    // The last thing said to screen readers (the web page's aria-live region): view
    // changes, quiz feedback, results, confirmations. The id changes with every one.
    std::string announcement;
    int announcement_id = 0;
    std::string announced_view;         // the view last announced
    double toast_until = 0;
    float topbar_height = 56;
    bool main_scrollable = false;       // the view has more than fits: the wheel scrolls it
    bool tooltip_shown = false;         // the last frame showed a tooltip
    int wheel_to_page = 0;              // wheels left to the page around the app (nothing to scroll there)
    bool about_open = false;
    std::vector<VersionLine> versions;  // what this build is made of (About; --version)
    std::vector<UiRect> rects;
    KeyboardUi keyboard;
    TextEditUi text_edit;
    SharedResultUi shared;
    AuthorUi author;
    std::string result_pending;         // a result link to open once the content is there
    bool can_link = false;              // the platform can copy a link to the page (the web)
    std::string link_to_copy;           // a result= value for the platform to copy as a link
    bool can_print = false;             // the platform prints a document of the view (the web)
    bool print_requested = false;       // "Print / Save as PDF" was pressed: the platform prints
    bool can_exit = false;              // an LMS launched the app and takes the learner back on Exit (cmi5, SCORM 2004)
    bool exit_requested = false;        // Exit was pressed: the platform ends the LMS session
    int frame_count = 0;

    AppState() = default;
    AppState(const AppState&) = delete; // `tr` points into this very object
    AppState& operator=(const AppState&) = delete;
};

// Loads content into the app: on success it replaces what is shown; on failure the
// problems are shown instead of the views. Returns true on success.
bool AppLoadContent(AppState& app, std::string_view bytes, std::string name);
// The same, for content already loaded (Author mode validates first).
bool AppSetContent(AppState& app, LoadResult result, std::string name);
// A new version of the content (an author saved the file; --watch). Valid: it replaces the
// content and the session keeps whatever still exists (positions, answers, choices).
// Invalid while good content is shown: that stays, and the problems are listed over it
// until a valid version arrives. Returns true when the new version was taken.
bool AppReloadContent(AppState& app, std::string_view bytes, std::string name);

// The name kept for the content built into the program, by which the platforms tell it from a
// file they loaded; ShownName says it in the interface's language.
inline constexpr const char* kDefaultContentName = "the default content";
// A content or document name as the interface shows it: the built-in content's in the
// interface's language, a file's as it is.
std::string ShownName(const AppState& app, const std::string& name);
// The content built into the program (assets/content/em-vs-tl.json), as AppLoadContent.
bool AppLoadDefaultContent(AppState& app);
bool AppHasContent(const AppState& app);

// Builds the fonts for a device pixel ratio (text rasterised at that ratio so it is
// crisp). Returns true when the atlas changed and the renderer must upload it again.
bool AppEnsureFonts(AppState& app, float pixel_ratio);
// The Japanese fonts (TrueType bytes): the next frame's atlas draws CJK text with them.
void AppSetCjkFonts(AppState& app, std::string regular, std::string bold);
// Whether the app shows CJK text that needs fonts it does not have yet.
bool AppNeedsCjkFonts(const AppState& app);

void AppApplyTheme(AppState& app);

// Whether the app uses a wheel turned at (x, y) (CSS px from the canvas' top left); when
// not, the page around it may scroll instead.
bool AppWantsWheel(const AppState& app, float x, float y);
// A wheel at (x, y) that scrolls by (dx, dy) CSS pixels (down and right positive, as the
// DOM has it), queued as Dear ImGui wheel steps of exactly that length.
void AppQueueWheel(AppState& app, float x, float y, float dx, float dy);
// True while something moves without input (a toast fading): the loop must keep drawing.
bool AppAnimating(const AppState& app);
void ShowToast(AppState& app, std::string text);
// Tells screen-reader users what changed without their moving (aria-live on the web).
void Announce(AppState& app, std::string text);

// Opens a result link's value (`fit:...`): its result read-only, or a notice saying why not
// and the quiz to take. Returns true when the result is shown.
bool AppOpenResultLink(AppState& app, const std::string& value);
// The URL fragment for what is shown: a shared result's link, else the view's.
std::string AppFragment(const AppState& app);

// "Print / Save as PDF", where the platform can print (nothing otherwise).
void PrintButton(AppState& app, const char* id);
const char* PrintLabel(const AppState& app); // its label, for measuring

// The interface in `language` (a code of i18n::Languages()): its catalogue from `po` (empty
// for English and the pseudo-language). A catalogue with problems still serves what it can
// read, English stands in for the rest, and a notice says so. The fonts are rebuilt with
// the new language's characters. Returns false when the code is not a language offered.
bool AppSetLanguage(AppState& app, const std::string& language, std::string_view po);
// The content in the app's language: `translation` (the content's file in that language, when
// there is one; see TranslationPath) checked against `source`. A translation that drifts from
// its source is not used: the source shows, with a notice. The session keeps everything that
// still exists (a translation has the same ids).
void AppShowContentIn(AppState& app, std::string_view source, std::optional<std::string_view> translation, std::string name);

// Draws one frame of the whole app.
void AppFrame(AppState& app);

// The automation hook's payloads (window.crossroads.state() / rects()), as JSON text.
std::string AppStateJson(const AppState& app);
std::string AppRectsJson(const AppState& app);

// [SECTION] Keyboard focus (keyboard.cpp)
// First and last thing in AppFrame: Tab order and focus requests; the ring and the edges.
void KeyboardBeginFrame(AppState& app);
void KeyboardEndFrame(AppState& app);
// The last item takes part in the tab order under `name` (RecordRect calls this).
void RegisterFocusStop(AppState& app, const char* name);
// Whether the last item has the keyboard focus (whether or not the ring shows).
bool ItemHasFocus();
// How the page's canvas got or lost the keyboard focus (the page's numbers, see web_main.cpp).
enum class CanvasFocus : int { ByShiftTab = -1, ByPointer = 0, ByTab = 1, Lost = 2 };
void KeyboardCanvasFocus(AppState& app, CanvasFocus how);

// [SECTION] Touch scrolling (touch.cpp)
// First thing in the frame: a fling moves on, a finger that scrolls moves its window.
void TouchBeginFrame(AppState& app);
// Last: a press that has moved past the slop and no view claimed starts scrolling.
void TouchEndFrame(AppState& app);
// A view takes the current press for its own drag: it will not scroll the page.
void ClaimDrag(AppState& app);
// Whether the pointer can hover: not a finger (touch has no hover, so no tooltip from it).
bool HoverAllowed();
// A finger tapped (pressed and lifted without moving) inside the rectangle: touch's way to
// what a tooltip shows to a mouse.
bool TappedIn(ImVec2 min, ImVec2 max);
// Whether this frame shows a tooltip (for state(): tests check that touch leaves none).
bool AnyTooltipShown();
// Whether a tooltip may show for the last item: hovered, and not by a finger.
bool TooltipHovered(ImGuiHoveredFlags flags = 0);

// [SECTION] Quiz actions (quiz_actions.cpp): the canvas and the text version both use these
const FitStatement* FitCurrent(AppState& app); // starts the clock on first use; null without statements
void FitRate(AppState& app, int rating);        // the current statement, 1..5; "answered" when it changes
void FitStep(AppState& app, int delta);         // back (-1) or on (+1); on from the last shows the result
bool FitCanFinishEarly(const AppState& app);
void FitFinish(AppState& app);
void FitReopen(AppState& app);                  // back to the statements (the first unanswered if too few)
void FitResultShown(AppState& app);             // "completed" once, and the result announced
const Question* KnowledgeCurrent(AppState& app); // starts the first attempt if none; null when done
void KnowledgeChoose(AppState& app, const std::string& option);
void KnowledgeMove(AppState& app, std::size_t from, std::size_t to);
void KnowledgeCheck(AppState& app);             // scores the current answer: "answered", feedback announced
void KnowledgeStep(AppState& app, int delta);   // back (-1) or on (+1); on from the last finishes
void KnowledgeResultShown(AppState& app);       // "completed" once, and the score announced
void KnowledgeRetry(AppState& app);

// [SECTION] Text version (text_version.cpp)
// The HTML of the current view (crossroads/text_version.hpp), after doing what showing it
// does in the canvas (starting the first attempt, "completed" for a result on screen).
std::string TextVersionFor(AppState& app);
// The document printed instead of the canvas (Print, Ctrl+P, Save as PDF): a title, the
// current view's text version (print.css hides its controls) and where the facts come from.
std::string PrintHtmlFor(AppState& app);
// Applies one action from the text version's forms: {"act": "choose", "value": "..."},
// {"act": "move", "from": 0, "to": 1}, ... False with a message when it makes no sense.
bool TextVersionAction(AppState& app, const nlohmann::ordered_json& action, std::string& error);

// [SECTION] Used by the views
// [SECTION] Text fields (text_field.cpp)
// A one-line text field, recorded as `id` (rect and focus stop). With an external text
// input (TextEditUi::external) its value and selection follow that input's edits.
bool TextField(AppState& app, const char* id, const char* hint, std::string& value, float width);
// The platform's text input changed: its whole value, selection and composing range
// (UTF-8 byte offsets; compose -1 when nothing is being composed). Applied next frame.
void AppTextInput(AppState& app, std::string value, int sel_start, int sel_end, int compose_start, int compose_end);
// Ends the editing of a field that was not drawn this frame or was released.
void TextEditEndFrame(AppState& app);
// A key the platform's text input does not keep: Enter, Escape and Tab act as on a Dear
// ImGui field; Release (the input lost the focus) ends the editing.
void AppTextKey(AppState& app, TextKey key);

void RecordRect(AppState& app, const char* id); // the last ImGui item's rectangle
// Rows of buttons that wrap: the next item, `width` wide, goes on the last item's line, `gap`
// after its rectangle, when it ends by `right` (window coordinates; < 0: the content
// region's right edge); else it starts the next line.
void SameLineIfFits(float width, float gap, float right = -1);
void RecordRect(AppState& app, const char* id, ImVec2 min, ImVec2 max);
void DrawCompareView(AppState& app);
void DrawLadderView(AppState& app);
void DrawQuizView(AppState& app);
void DrawAuthorView(AppState& app);
// "Save changes before closing?" (desktop), over any view.
void DrawAuthorQuit(AppState& app);

// [SECTION] Author mode (author.cpp)
// Opens a document for editing (a file's bytes, a draft's text, or the template). An
// invalid document opens with its problems; only text that is not a JSON object is refused,
// with a message. Returns true when it opened.
bool AuthorOpen(AppState& app, std::string_view bytes, std::string name, std::string file_path = {});
void AuthorNew(AppState& app);
// A file opened while a document is being edited: it replaces the document as one undoable
// step (nothing is lost). Not JSON: refused with a message, the document unchanged.
void AuthorImport(AppState& app, std::string_view bytes, std::string name);
// The whole document replaced by `doc` as one undoable step (`label`), now called `name`.
void AuthorReplace(AppState& app, author::Json doc, std::string name, i18n::Message label);
// Applies an edit built by crossroads::author (nullopt: `error` is shown instead).
void AuthorApply(AppState& app, std::optional<author::Edit> edit, const i18n::Message& error, bool merge = true);
void AuthorUndo(AppState& app);
// An id typed in but not yet renamed (its field was not left): renamed now (the view changes).
void AuthorCommitTyped(AppState& app);
void AuthorRedo(AppState& app);
// Start of the frame: a changed document is validated, and a valid one becomes the content
// the other views show (the session keeps what still exists).
void AuthorSync(AppState& app);
// The document saved (the platform wrote or downloaded it).
void AuthorSaved(AppState& app);
// A ladder card dropped at `center` (world units) while a document is edited and previewed
// in the wide layout: its place is written into the document (`position`, one undoable
// step) rather than kept in the session. False (nothing written) otherwise.
bool AuthorPlaceNode(AppState& app, std::size_t node, Vec2 center);
// The author's part of state(): {dirty, canUndo, canRedo, problems, document, ...}.
nlohmann::ordered_json AuthorStateJson(const AppState& app);
// The text version of the Author view: the problems as a list.
std::string AuthorTextHtml(const AppState& app);
// Queues a host event: {type, statement} (the web entry posts them to the host page).
void EmitEvent(AppState& app, const char* type, nlohmann::ordered_json statement);
nlohmann::ordered_json QuizStateJson(const AppState& app);
// Keeps the ladder's layout, node boxes and route current (state() reads them in any view).
void UpdateLadderModel(AppState& app);
// Switches to the Ladder view with a role selected and as the target ("show on ladder").
void ShowOnLadder(AppState& app, const std::string& node_id);
void DrawAbout(AppState& app);
void DrawProblems(AppState& app);
void SourceTooltip(const AppState& app, const std::string& section_id);

} // namespace crossroads::shell
