// cmi5 assignable-unit rules (the cmi5 specification, "quartz"): reading the launch, the
// fetch URL's answer and LMS.LaunchData; which cmi5 statements may be sent, in what order
// and how often; building them on the context template; and an outbox that delivers them
// in order, each with an id fixed when it was made, so a retry never duplicates one. The
// browser side only moves the bytes.
#pragma once

#include "crossroads/i18n.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossroads::cmi5 {

using Json = nlohmann::ordered_json;

// [SECTION] IRIs the specification fixes
inline constexpr char kCategoryCmi5[] = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
inline constexpr char kCategoryMoveOn[] = "https://w3id.org/xapi/cmi5/context/categories/moveon";
inline constexpr char kExtensionSessionId[] = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
inline constexpr char kExtensionMasteryScore[] = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
inline constexpr char kLaunchDataStateId[] = "LMS.LaunchData";
inline constexpr char kPreferencesProfileId[] = "cmi5LearnerPreferences";
// The xAPI version every request names (X-Experience-API-Version).
inline constexpr char kXapiVersion[] = "1.0.3";
// The state document this AU keeps the learner's progress in (its own name: the State API
// leaves stateIds other than LMS.LaunchData to the AU).
inline constexpr char kProgressStateId[] = "crossroads-progress";

// [SECTION] The launch (cmi5 8.1): the query string the LMS launched the AU with

struct Launch {
    std::string endpoint;     // the LRS's base URL, ending in "/"
    std::string fetch;        // the one-time URL that gives the auth token
    Json actor;               // an Agent with an account
    std::string registration; // a UUID
    std::string activity_id;  // the AU's id for this launch (object.id of cmi5 statements)
};
// Reads the five parameters from a URL's query ("?endpoint=...&..."). Nullopt with `error`
// naming the first one that is missing or malformed (a learner sees it; nothing is sent).
std::optional<Launch> ParseLaunch(std::string_view query, std::string& error);
// One of the five names (the page's own URL parameters leave them to the cmi5 start-up).
bool IsLaunchParameter(std::string_view name);

// The fetch URL's answer (cmi5 8.2): the token, or the LMS's error code (1: already used or
// expired, 2: security, 3: application) and text. Anything else is code 3 with a reason.
struct FetchAnswer {
    std::string token;
    int error_code = 0;
    std::string error_text;
};
FetchAnswer ParseFetchAnswer(std::string_view body);
// What the learner reads when the token could not be had.
std::string FetchProblem(const FetchAnswer& answer);

// [SECTION] The LRS's addresses and headers for this launch

// PUT one statement under its id (a retry then cannot make a second one).
std::string StatementUrl(const Launch& launch, const std::string& id);
// POST several in order (the last ones, when the page is left).
std::string StatementsUrl(const Launch& launch);
// A state document of this AU, learner and registration (LMS.LaunchData, the progress).
std::string StateUrl(const Launch& launch, std::string_view state_id);
// The learner's cmi5LearnerPreferences agent profile.
std::string PreferencesUrl(const Launch& launch);
// The headers of every request to the LRS: the fetched token and the xAPI version.
Json RequestHeaders(const std::string& token);

// [SECTION] LMS.LaunchData (cmi5 10.2) and the learner's preferences (cmi5 11)

enum class LaunchMode { Normal, Browse, Review };
struct LaunchData {
    Json context_template = Json::object();
    LaunchMode mode = LaunchMode::Normal;
    std::optional<double> mastery_score; // 0..1
    std::string move_on;
    std::string return_url;
};
std::optional<LaunchData> ParseLaunchData(std::string_view body, std::string& error);
// languagePreference as a list, most preferred first; empty when the profile has none.
std::vector<std::string> LanguagePreference(std::string_view profile_body);

// [SECTION] Statements

// "2026-12-01T16:05:09.123Z" from milliseconds since 1970.
std::string Timestamp(double ms_since_epoch);
// A version 4 UUID from 16 random bytes.
std::string Uuid(const std::array<std::uint8_t, 16>& random);

// What this AU has sent in the registration, kept in the xAPI State API with the learner's
// progress so the at-most-once rules hold across sessions (cmi5 9.3).
struct RegistrationLog {
    bool completed = false;
    bool passed = false;
};
Json ToJson(const RegistrationLog& log);
RegistrationLog RegistrationLogFrom(const Json& j);

// The progress document (kProgressStateId): the session as EncodeSession writes it and the
// registration's log. ParseProgress reads back what ProgressDocument wrote; anything else
// is nullopt (the caller keeps it aside and starts fresh).
struct Progress {
    std::string session;
    RegistrationLog log;
};
std::string ProgressDocument(const Progress& progress);
std::optional<Progress> ParseProgress(std::string_view body);

// The rules of one session (cmi5 9.3, 10.2.2): initialized first and once, terminated last
// and once; completed once per registration; passed once per registration and never after
// it a failed; one judgement (passed or failed) per session; in Browse and Review only
// initialized and terminated. Each method returns the statement to send, or nullopt when
// the rules do not allow it now. `id` is a fresh UUID; `now_ms` the time it happened.
class AuSession {
public:
    AuSession(Launch launch, LaunchData data, RegistrationLog log);
    // The interface's language, for the verbs' display (quiz.hpp XapiVerb); the catalogue
    // must outlive the session (the app's does). English until set.
    void SetInterface(const i18n::Tr& tr) { tr_ = tr; }

    std::optional<Json> Initialized(const std::string& id, double now_ms);
    std::optional<Json> Completed(const std::string& id, double now_ms, double seconds);
    // The knowledge check judged: `scaled` 0..1 against the mastery score when the LMS gave
    // one, else against `pass` (the content's pass mark).
    std::optional<Json> Judged(const std::string& id, double now_ms, double seconds, double scaled, bool pass);
    // A "cmi5 allowed" statement (an answer): the context template, no cmi5 category; only
    // between initialized and terminated, and only in Normal mode (Browse and Review record
    // nothing that judges). Its object id is moved under this launch's activity id.
    std::optional<Json> Allowed(const std::string& id, double now_ms, Json statement);
    std::optional<Json> Terminated(const std::string& id, double now_ms, double seconds);
    // What an event of the app (shell AppState::events: "answered" or "completed" with its
    // statement, quiz.hpp) means here: an answer is Allowed; the self-assessment's
    // "completed" is Completed; the knowledge check's is Judged by its scaled score and
    // success. Nullopt for anything else, or when the rules do not allow it now.
    std::optional<Json> ForEvent(const std::string& type, const Json& statement, const std::string& id, double now_ms, double seconds);

    const RegistrationLog& Log() const { return log_; }
    bool Started() const { return initialized_; }
    bool Ended() const { return terminated_; }
    const LaunchData& Data() const { return data_; }
    const Launch& LaunchInfo() const { return launch_; }

private:
    Json Base(const std::string& id, double now_ms, const char* verb, bool defined) const;

    Launch launch_;
    i18n::Tr tr_;
    LaunchData data_;
    RegistrationLog log_;
    bool initialized_ = false;
    bool terminated_ = false;
    bool judged_ = false;
    bool completed_ = false;
};

// [SECTION] Delivery

// Statements waiting for the LRS, in the order they were made. The head goes out; when the
// LRS takes it (2xx, or 409: it has that id already) it leaves the queue; on no answer or
// any other answer it stays and is sent again, after a wait that doubles up to a minute.
// Nothing is reordered or sent twice under two ids. The one exception: 400, the LRS
// refusing the statement itself, which no retry can change; it is dropped so that it does
// not hold back every statement after it (Answered returns true; the caller says so).
class Outbox {
public:
    void Add(Json statement) { queue_.push_back(std::move(statement)); }
    bool Empty() const { return queue_.empty(); }
    std::size_t Size() const { return queue_.size(); }
    // The statement to send now, if any (none while one is in flight or while waiting).
    const Json* Next(double now_ms);
    // The LRS's answer to the statement in flight (HTTP status; 0: no answer). True when
    // the statement was refused for good (400) and dropped.
    bool Answered(int status, double now_ms);
    bool InFlight() const { return in_flight_; }
    // When the next try may go (0: now); the caller sets a timer for it.
    double RetryAt() const { return retry_at_ms_; }
    // Everything still to send (to keep it across a reload).
    Json Pending() const;
    void Restore(const Json& pending);

private:
    std::deque<Json> queue_;
    bool in_flight_ = false;
    double retry_at_ms_ = 0;
    double wait_ms_ = 0;
};

} // namespace crossroads::cmi5
