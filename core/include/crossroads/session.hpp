// The user's session: everything they did that should survive a reload. The shell
// reads it to draw and changes it only through these plain fields and functions.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace crossroads {

// Author is shown only where the page or program opened author mode (view=author, author=1, --edit).
enum class View { Compare, Ladder, Quiz, Author };
enum class Theme { Light, Dark };

struct CompareSession {
    bool differences_only = false;
    std::string filter;
};

// A node the user dragged: its centre in world units, kept by id so it survives a
// content reload where the id still exists.
struct NodePosition {
    std::string id;
    float x = 0;
    float y = 0;
};

inline constexpr float kMinZoom = 0.7f;  // card titles (16 units) stay at 11 px or more
inline constexpr float kMaxZoom = 1.75f;

struct LadderSession {
    std::vector<NodePosition> moved;
    std::string you;      // "you are here": a node id, or empty
    std::string target;   // where the user wants to go: a node id, or empty
    std::string selected; // the node whose details are open, or empty
    float zoom = 1.0f;
    float center_x = 0;   // the world point at the middle of the canvas
    float center_y = 0;
    bool view_set = false; // false until the user pans or zooms: until then the view fits the graph
};

enum class QuizKind { Fit, Knowledge };

// "Which path fits you?": the ratings given so far (statement id -> 1..5).
struct FitSession {
    std::map<std::string, int> answers;
    int current = 0;       // index of the statement on screen
    bool finished = false; // the result is shown
    double started_at = -1; // app clock, seconds; -1 = not started
    bool completed_sent = false;
};

// One attempt at the knowledge check, with its shuffle.
struct KnowledgeSession {
    std::uint32_t seed = 0;
    int attempt = 0;                                    // 0 = not started
    std::vector<std::string> order;                     // question ids as shown
    std::map<std::string, std::vector<std::string>> option_order; // per question: option/item ids as shown
    std::map<std::string, std::vector<std::string>> answers;      // per question: chosen ids (Order: the arrangement)
    std::vector<std::string> checked;                   // questions whose answer was checked (then locked)
    int current = 0;
    bool finished = false;
    double started_at = -1;          // app clock at the start of the attempt
    double question_started_at = -1; // app clock when the current question appeared
    int best_percent = -1;           // best score over attempts, -1 = none yet
    bool completed_sent = false;     // the "completed" event of this attempt went out
};

struct QuizSession {
    QuizKind active = QuizKind::Fit;
    FitSession fit;
    KnowledgeSession knowledge;
};

struct Session {
    View view = View::Compare;
    Theme theme = Theme::Light;
    CompareSession compare;
    LadderSession ladder;
    QuizSession quiz;
};

const char* ToString(View view);
const char* ToString(Theme theme);
// Parse a name as written by ToString; false (and `out` untouched) when unknown.
bool ParseView(std::string_view text, View& out);
bool ParseTheme(std::string_view text, Theme& out);
const char* ToString(QuizKind kind);
bool ParseQuizKind(std::string_view text, QuizKind& out);

// The user-visible state as the automation hook exposes it (window.crossroads.state()).
nlohmann::ordered_json SessionToJson(const Session& session);

} // namespace crossroads

namespace crossroads {

// [SECTION] Saving the session (localStorage on the web)
inline constexpr int kSessionVersion = 1;
// Where a browser keeps the session (localStorage); its last digit is kSessionVersion, and
// an unreadable stored value is moved to this key + ":backup".
inline constexpr char kSessionStorageKey[] = "crossroads:session:v1";
inline constexpr std::size_t kMaxSessionBytes = 256u * 1024u;

std::string EncodeSession(const Session& session);

struct SessionDecode {
    enum class Status { Empty, Ok, Corrupt, UnknownVersion, TooLarge } status = Status::Empty;
    Session session;     // the stored session when Ok, else a fresh one
    std::string problem; // for the one-line notice: what was wrong, in words
};
// Never throws; anything not exactly as EncodeSession writes it is refused whole (the
// caller keeps the bytes aside), so a half-read session never mixes with a fresh one.
SessionDecode DecodeSession(std::string_view bytes);

// [SECTION] Two tabs, one stored session
// Each tab shows its own view and quiz; everything else is shared. A tab remembers the
// stored session as it last saw it (`base`, see SessionSeenFrom). MergeSessions takes what
// another tab stored (`theirs`) and puts on top of it every field this tab (`mine`)
// changed since `base`, so neither tab undoes the other's changes. Fields are merged one
// by one, except that each quiz and the list of moved cards are taken whole, so an answer
// never mixes with another attempt's. When `theirs` cannot be read, the result is `mine`.
Session MergeSessions(std::string_view base, const Session& mine, std::string_view theirs);
// The stored session as this tab sees it (with its own view and quiz): the next `base`.
// `mine` encoded when `stored` cannot be read.
std::string SessionSeenFrom(std::string_view stored, const Session& mine);

} // namespace crossroads
