#include "crossroads/cmi5.hpp"

#include "crossroads/i18n.hpp"
#include "crossroads/quiz.hpp"
#include "crossroads/scorm.hpp"
#include "crossroads/url.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace crossroads::cmi5 {

namespace {

const char* const kParameters[] = {"endpoint", "fetch", "actor", "registration", "activityId"};

bool IsUuid(const std::string& text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

// A member read from JSON that came from outside (the LMS, the record store, this tab's
// storage): its value only when it has the type asked for. (nlohmann's value() would throw,
// which the exception-free web build cannot catch.)
std::string TextAt(const Json& j, const char* key) {
    return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}
bool FlagAt(const Json& j, const char* key) { return j.is_object() && j.contains(key) && j[key].is_boolean() && j[key].get<bool>(); }

bool IsHttpUrl(const std::string& text) { return text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0; }

// Appends `activity` to context.contextActivities[kind] unless it is there already.
void AddContextActivity(Json& context, const char* kind, const char* id) {
    if (!context["contextActivities"].is_object()) context["contextActivities"] = Json::object(); // ParseLaunchData refuses others
    Json& list = context["contextActivities"][kind];
    if (!list.is_array()) list = list.is_object() ? Json::array({list}) : Json::array();
    for (const Json& a : list)
        if (TextAt(a, "id") == id) return;
    list.push_back({{"id", id}, {"objectType", "Activity"}});
}

} // namespace

bool IsLaunchParameter(std::string_view name) {
    for (const char* p : kParameters)
        if (name == p) return true;
    return false;
}

std::optional<Launch> ParseLaunch(std::string_view query, std::string& error) {
    std::string values[5];
    for (const auto& pair : QueryPairs(query))
        for (std::size_t i = 0; i < 5; ++i)
            if (pair.first == kParameters[i]) values[i] = pair.second;
    for (std::size_t i = 0; i < 5; ++i)
        if (values[i].empty()) {
            error = std::string("the launch address has no \"") + kParameters[i] + "\"";
            return std::nullopt;
        }
    Launch launch;
    launch.endpoint = values[0];
    launch.fetch = values[1];
    const std::string& actor = values[2];
    launch.registration = values[3];
    launch.activity_id = values[4];
    if (!IsHttpUrl(launch.endpoint)) {
        error = "the launch address's \"endpoint\" is not an http(s) address";
        return std::nullopt;
    }
    if (launch.endpoint.back() != '/') launch.endpoint += '/';
    if (!IsHttpUrl(launch.fetch)) {
        error = "the launch address's \"fetch\" is not an http(s) address";
        return std::nullopt;
    }
    launch.actor = Json::parse(actor, nullptr, false);
    const Json& a = launch.actor;
    const bool agent = a.is_object() && a.contains("account") && a["account"].is_object() && a["account"].contains("homePage") &&
                       a["account"]["homePage"].is_string() && a["account"].contains("name") && a["account"]["name"].is_string() &&
                       (!a.contains("objectType") || a["objectType"] == "Agent");
    if (!agent) {
        error = "the launch address's \"actor\" is not an Agent with an account";
        return std::nullopt;
    }
    if (!IsUuid(launch.registration)) {
        error = "the launch address's \"registration\" is not a UUID";
        return std::nullopt;
    }
    return launch;
}

FetchAnswer ParseFetchAnswer(std::string_view body) {
    FetchAnswer out;
    const Json j = Json::parse(body.begin(), body.end(), nullptr, false);
    if (j.is_object() && j.contains("auth-token") && j["auth-token"].is_string() && !j["auth-token"].get<std::string>().empty() &&
        !j.contains("error-code")) {
        out.token = j["auth-token"].get<std::string>();
        return out;
    }
    out.error_code = 3;
    out.error_text = "the LMS's answer was not a token";
    if (!j.is_object() || !j.contains("error-code")) return out;
    // The specification's example writes the code as a string, its table as a number.
    const Json& code = j["error-code"];
    if (code.is_number_integer()) out.error_code = code.get<int>();
    else if (code.is_string() && code.get<std::string>().size() == 1) out.error_code = code.get<std::string>()[0] - '0';
    if (out.error_code < 1 || out.error_code > 3) out.error_code = 3;
    out.error_text = j.contains("error-text") && j["error-text"].is_string() ? j["error-text"].get<std::string>() : std::string();
    return out;
}

std::string FetchProblem(const FetchAnswer& answer) {
    const std::string lms = answer.error_text.empty() ? std::string() : " The LMS says: \"" + answer.error_text + "\".";
    switch (answer.error_code) {
        case 1: return "This launch has already been used or has expired. Go back to your course and open the activity again." + lms;
        case 2: return "Your course refused this launch for a security reason. Go back to your course and open the activity again." + lms;
        default: return "Your course could not start this activity. Go back to your course and try again later." + lms;
    }
}

// [SECTION] The LRS's addresses

namespace {

// The query every State and profile request carries: the learner as given at launch.
std::string AgentQuery(const Launch& launch) { return "agent=" + PercentEncode(launch.actor.dump()); }

} // namespace

std::string StatementUrl(const Launch& launch, const std::string& id) {
    return launch.endpoint + "statements?statementId=" + PercentEncode(id);
}

std::string StatementsUrl(const Launch& launch) { return launch.endpoint + "statements"; }

std::string StateUrl(const Launch& launch, std::string_view state_id) {
    return launch.endpoint + "activities/state?stateId=" + PercentEncode(state_id) + "&activityId=" + PercentEncode(launch.activity_id) +
           "&" + AgentQuery(launch) + "&registration=" + PercentEncode(launch.registration);
}

std::string PreferencesUrl(const Launch& launch) {
    return launch.endpoint + "agents/profile?profileId=" + std::string(kPreferencesProfileId) + "&" + AgentQuery(launch);
}

Json RequestHeaders(const std::string& token) {
    return {{"Authorization", "Basic " + token}, {"X-Experience-API-Version", kXapiVersion}, {"Content-Type", "application/json"}};
}

std::optional<LaunchData> ParseLaunchData(std::string_view body, std::string& error) {
    const Json j = Json::parse(body.begin(), body.end(), nullptr, false);
    if (!j.is_object()) {
        error = "the LMS's launch data is not a JSON object";
        return std::nullopt;
    }
    LaunchData data;
    if (!j.contains("contextTemplate") || !j["contextTemplate"].is_object()) {
        error = "the LMS's launch data has no contextTemplate";
        return std::nullopt;
    }
    data.context_template = j["contextTemplate"];
    // What the AU adds goes into these two: anything but objects would make them unusable.
    for (const char* part : {"contextActivities", "extensions"})
        if (data.context_template.contains(part) && !data.context_template[part].is_object()) {
            error = std::string("the LMS's contextTemplate has a ") + part + " that is not an object";
            return std::nullopt;
        }
    const std::string mode = TextAt(j, "launchMode");
    if (mode == "Normal") data.mode = LaunchMode::Normal;
    else if (mode == "Browse") data.mode = LaunchMode::Browse;
    else if (mode == "Review") data.mode = LaunchMode::Review;
    else {
        error = "the LMS's launch data has no launchMode of Normal, Browse or Review";
        return std::nullopt;
    }
    if (j.contains("masteryScore")) {
        if (!j["masteryScore"].is_number() || j["masteryScore"].get<double>() < 0 || j["masteryScore"].get<double>() > 1) {
            error = "the LMS's masteryScore is not a number from 0 to 1";
            return std::nullopt;
        }
        data.mastery_score = j["masteryScore"].get<double>();
    }
    if (j.contains("moveOn") && j["moveOn"].is_string()) data.move_on = j["moveOn"].get<std::string>();
    if (j.contains("returnURL") && j["returnURL"].is_string()) data.return_url = j["returnURL"].get<std::string>();
    return data;
}

std::vector<std::string> LanguagePreference(std::string_view profile_body) {
    const Json j = Json::parse(profile_body.begin(), profile_body.end(), nullptr, false);
    if (!j.is_object() || !j.contains("languagePreference") || !j["languagePreference"].is_string()) return {};
    return i18n::SplitLanguages(j["languagePreference"].get<std::string>());
}

std::string Timestamp(double ms_since_epoch) {
    if (!std::isfinite(ms_since_epoch) || ms_since_epoch < 0) ms_since_epoch = 0;
    const double whole = std::floor(ms_since_epoch / 1000.0);
    const int ms = static_cast<int>(std::llround(ms_since_epoch - whole * 1000.0)) % 1000;
    // The calendar part is SCORM 2004's timestamp (scorm.hpp): one conversion in core.
    char frac[8];
    std::snprintf(frac, sizeof frac, ".%03d", ms);
    return ScormTimestamp(whole) + frac + "Z";
}

std::string Uuid(const std::array<std::uint8_t, 16>& random) {
    std::array<std::uint8_t, 16> b = random;
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | 0x40); // version 4
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[b[i] >> 4];
        out += kHex[b[i] & 0x0F];
    }
    return out;
}

Json ToJson(const RegistrationLog& log) { return {{"completed", log.completed}, {"passed", log.passed}}; }

RegistrationLog RegistrationLogFrom(const Json& j) {
    RegistrationLog log;
    if (!j.is_object()) return log;
    log.completed = FlagAt(j, "completed");
    log.passed = FlagAt(j, "passed");
    return log;
}

std::string ProgressDocument(const Progress& progress) {
    return Json{{"session", progress.session}, {"log", ToJson(progress.log)}}.dump();
}

std::optional<Progress> ParseProgress(std::string_view body) {
    const Json j = Json::parse(body.begin(), body.end(), nullptr, false);
    if (!j.is_object() || !j.contains("session") || !j["session"].is_string() || !j.contains("log") || !j["log"].is_object())
        return std::nullopt;
    return Progress{j["session"].get<std::string>(), RegistrationLogFrom(j["log"])};
}

// [SECTION] The session's rules

AuSession::AuSession(Launch launch, LaunchData data, RegistrationLog log)
    : launch_(std::move(launch)), data_(std::move(data)), log_(log) {}

Json AuSession::Base(const std::string& id, double now_ms, const char* verb, bool defined) const {
    // The template first; what the AU adds never overwrites it (cmi5 10.2.1).
    Json context = data_.context_template.is_object() ? data_.context_template : Json::object();
    context["registration"] = launch_.registration;
    if (defined) AddContextActivity(context, "category", kCategoryCmi5);
    return {{"id", id},
            {"timestamp", Timestamp(now_ms)},
            {"actor", launch_.actor},
            {"verb", Json(XapiVerb(verb, tr_))},
            {"object", {{"objectType", "Activity"}, {"id", launch_.activity_id}}},
            {"context", std::move(context)}};
}

std::optional<Json> AuSession::Initialized(const std::string& id, double now_ms) {
    if (initialized_ || terminated_) return std::nullopt;
    initialized_ = true;
    return Base(id, now_ms, "initialized", true);
}

std::optional<Json> AuSession::Completed(const std::string& id, double now_ms, double seconds) {
    if (!initialized_ || terminated_ || data_.mode != LaunchMode::Normal || completed_ || log_.completed) return std::nullopt;
    completed_ = true;
    log_.completed = true;
    Json st = Base(id, now_ms, "completed", true);
    AddContextActivity(st["context"], "category", kCategoryMoveOn);
    st["result"] = {{"completion", true}, {"duration", Iso8601Duration(seconds)}};
    return st;
}

std::optional<Json> AuSession::Judged(const std::string& id, double now_ms, double seconds, double scaled, bool pass) {
    if (!initialized_ || terminated_ || data_.mode != LaunchMode::Normal || judged_ || log_.passed) return std::nullopt;
    scaled = std::clamp(scaled, 0.0, 1.0);
    const bool passed = data_.mastery_score ? scaled >= *data_.mastery_score : pass;
    judged_ = true;
    if (passed) log_.passed = true;
    Json st = Base(id, now_ms, passed ? "passed" : "failed", true);
    AddContextActivity(st["context"], "category", kCategoryMoveOn);
    if (data_.mastery_score) {
        if (!st["context"]["extensions"].is_object()) st["context"]["extensions"] = Json::object();
        st["context"]["extensions"][kExtensionMasteryScore] = *data_.mastery_score;
    }
    st["result"] = {{"score", {{"scaled", std::round(scaled * 10000.0) / 10000.0}}}, {"success", passed}, {"duration", Iso8601Duration(seconds)}};
    return st;
}

std::optional<Json> AuSession::Allowed(const std::string& id, double now_ms, Json statement) {
    if (!initialized_ || terminated_ || data_.mode != LaunchMode::Normal || !statement.is_object() || !statement.contains("verb"))
        return std::nullopt;
    Json st = Base(id, now_ms, "answered", false);
    st["verb"] = statement["verb"];
    // The answer's own activity, under this launch's id: <activityId>/test/<quiz>/question/<id>.
    if (statement.contains("object") && statement["object"].is_object()) {
        Json object = statement["object"];
        const std::string own = TextAt(object, "id");
        const std::string prefix = "urn:crossroads:quiz:";
        std::string path = own.rfind(prefix, 0) == 0 ? own.substr(prefix.size()) : own;
        const std::size_t q = path.find(":question:");
        if (q != std::string::npos) path = "test/" + path.substr(0, q) + "/question/" + path.substr(q + 10);
        object["id"] = launch_.activity_id + (launch_.activity_id.back() == '/' ? "" : "/") + path;
        st["object"] = std::move(object);
    }
    if (statement.contains("result")) st["result"] = statement["result"];
    return st;
}

std::optional<Json> AuSession::Terminated(const std::string& id, double now_ms, double seconds) {
    if (!initialized_ || terminated_) return std::nullopt;
    terminated_ = true;
    Json st = Base(id, now_ms, "terminated", true);
    st["result"] = {{"duration", Iso8601Duration(seconds)}};
    return st;
}

std::optional<Json> AuSession::ForEvent(const std::string& type, const Json& statement, const std::string& id, double now_ms,
                                        double seconds) {
    if (!statement.is_object()) return std::nullopt;
    if (type == "answered") return Allowed(id, now_ms, statement);
    if (type != "completed" || !statement.contains("object") || !statement["object"].is_object()) return std::nullopt;
    const std::string object = TextAt(statement["object"], "id");
    if (object == ActivityId("fit")) return Completed(id, now_ms, seconds);
    if (object != ActivityId("knowledge")) return std::nullopt;
    const Json result = statement.value("result", Json::object());
    const Json score = result.is_object() ? result.value("score", Json::object()) : Json::object();
    const Json scaled = score.is_object() ? score.value("scaled", Json()) : Json();
    const Json success = result.is_object() ? result.value("success", Json()) : Json();
    if (!scaled.is_number() || !success.is_boolean()) return std::nullopt;
    return Judged(id, now_ms, seconds, scaled.get<double>(), success.get<bool>());
}

// [SECTION] Delivery

const Json* Outbox::Next(double now_ms) {
    if (queue_.empty() || in_flight_ || now_ms < retry_at_ms_) return nullptr;
    in_flight_ = true;
    return &queue_.front();
}

bool Outbox::Answered(int status, double now_ms) {
    if (!in_flight_) return false;
    in_flight_ = false;
    // 409: the LRS holds a statement with this id already (an earlier try got through).
    // 400: it refuses this statement as it is; sending it again cannot help.
    if ((status >= 200 && status < 300) || status == 409 || status == 400) {
        queue_.pop_front();
        wait_ms_ = 0;
        retry_at_ms_ = 0;
        return status == 400;
    }
    wait_ms_ = wait_ms_ == 0 ? 1000 : std::min(wait_ms_ * 2, 60000.0);
    retry_at_ms_ = now_ms + wait_ms_;
    return false;
}

Json Outbox::Pending() const {
    Json out = Json::array();
    for (const Json& st : queue_) out.push_back(st);
    return out;
}

void Outbox::Restore(const Json& pending) {
    if (!pending.is_array()) return;
    for (const Json& st : pending)
        if (!TextAt(st, "id").empty()) queue_.push_back(st);
}

} // namespace crossroads::cmi5
