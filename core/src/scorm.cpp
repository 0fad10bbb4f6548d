#include "crossroads/scorm.hpp"
#include "crossroads/utf8.hpp"

#include "crossroads/quiz.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace crossroads {

std::string ScormTimespan(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) seconds = 0;
    // Work in hundredths so rounding never produces "60" seconds.
    constexpr double kMaxHundredths = ((9999.0 * 60 + 59) * 60 + 59) * 100 + 99;
    const auto total = static_cast<long long>(std::min(std::floor(seconds * 100 + 0.5), kMaxHundredths));
    const long long hours = total / 360000;
    const long long minutes = total / 6000 % 60;
    const long long secs = total / 100 % 60;
    const long long hundredths = total % 100;
    char out[32];
    std::snprintf(out, sizeof out, "%02lld:%02lld:%02lld.%02lld", hours, minutes, secs, hundredths);
    return out;
}

std::string EncodeSuspendData(const Session& session, std::size_t limit) {
    std::string whole = EncodeSession(session);
    if (whole.size() <= limit) return whole;
    // What matters to a course is the quiz progress; the ladder and comparison views are
    // cheap to set up again.
    Session lean = session;
    lean.ladder = LadderSession{};
    lean.compare = CompareSession{};
    std::string without_views = EncodeSession(lean);
    if (without_views.size() <= limit) return without_views;
    Session quizzes;
    quizzes.view = View::Quiz;
    quizzes.quiz = session.quiz;
    std::string quiz_only = EncodeSession(quizzes);
    if (quiz_only.size() <= limit) return quiz_only;
    return {};
}

namespace {
int Rank(const std::string& status) {
    if (status == "passed") return 4;
    if (status == "failed") return 3;
    if (status == "completed") return 2;
    if (status == "incomplete") return 1;
    return 0; // "not attempted", "browsed", empty or unknown
}

// The knowledge check's best percentage so far, -1 before a finished attempt (or without
// the quiz). best_percent covers every finished attempt; a session saved by an older version
// may not count the current one yet.
int BestPercent(const Content& content, const Session& session) {
    const KnowledgeQuiz& quiz = content.quizzes.knowledge;
    const KnowledgeSession& k = session.quiz.knowledge;
    if (!quiz.present) return -1;
    int best = k.best_percent;
    if (k.finished) best = std::max(best, ScoreAttempt(quiz, k).percent);
    return best;
}
} // namespace

ScormReport ScormReportFor(const Content& content, const Session& session, const std::string& lms_status) {
    ScormReport report;
    const KnowledgeQuiz& quiz = content.quizzes.knowledge;
    const int best = BestPercent(content, session);
    if (best >= 0) {
        report.has_score = true;
        report.score_raw = std::clamp(best, 0, 100);
        report.lesson_status = best >= quiz.pass_mark ? "passed" : "failed";
    } else if (session.quiz.fit.finished) {
        report.lesson_status = "completed";
    } else {
        report.lesson_status = "incomplete";
    }
    if (Rank(lms_status) > Rank(report.lesson_status)) report.lesson_status = lms_status;
    return report;
}

// [SECTION] SCORM 2004

Scorm2004Report Scorm2004ReportFor(const Content& content, const Session& session, const std::string& lms_completion,
                                   const std::string& lms_success) {
    Scorm2004Report report;
    const int best = BestPercent(content, session);
    if (best >= 0) {
        report.has_score = true;
        report.score_raw = std::clamp(best, 0, 100);
        report.score_scaled = report.score_raw / 100.0;
        report.success_status = best >= content.quizzes.knowledge.pass_mark ? "passed" : "failed";
    } else {
        report.success_status = "unknown";
    }
    // Either quiz finished completes the lesson, as either decides 1.2's status; the
    // progress is the further of the two.
    const FitQuiz& fit = content.quizzes.fit;
    const KnowledgeQuiz& quiz = content.quizzes.knowledge;
    bool completed = !fit.present && !quiz.present; // nothing to do but read
    if (fit.present) {
        std::size_t answered = 0;
        for (const FitStatement& st : fit.statements) answered += session.quiz.fit.answers.count(st.id);
        completed = completed || session.quiz.fit.finished;
        if (!fit.statements.empty())
            report.progress_measure = std::max(report.progress_measure, static_cast<double>(answered) / static_cast<double>(fit.statements.size()));
    }
    if (quiz.present) {
        completed = completed || best >= 0;
        const std::size_t checked = session.quiz.knowledge.checked.size();
        if (!quiz.questions.empty())
            report.progress_measure = std::max(report.progress_measure, static_cast<double>(checked) / static_cast<double>(quiz.questions.size()));
    }
    const auto completion_rank = [](const std::string& s) { return s == "completed" ? 2 : s == "incomplete" ? 1 : 0; };
    const auto success_rank = [](const std::string& s) { return s == "passed" ? 2 : s == "failed" ? 1 : 0; };
    report.completion_status = completed ? "completed" : "incomplete";
    if (completion_rank(lms_completion) > completion_rank(report.completion_status)) report.completion_status = lms_completion;
    if (success_rank(lms_success) > success_rank(report.success_status)) report.success_status = lms_success;
    if (report.completion_status == "completed") report.progress_measure = 1.0;
    report.progress_measure = std::clamp(report.progress_measure, 0.0, 1.0);
    return report;
}

// [SECTION] Interactions

double ParseIso8601Duration(const std::string& text) {
    if (text.rfind("PT", 0) != 0) return 0;
    double total = 0;
    const char* at = text.c_str() + 2;
    while (*at) {
        char* end = nullptr;
        const double v = std::strtod(at, &end);
        if (end == at || !(v >= 0)) return 0;
        switch (*end) {
            case 'H': total += v * 3600; break;
            case 'M': total += v * 60; break;
            case 'S': total += v; break;
            default: return 0;
        }
        at = end + 1;
    }
    return total;
}

std::string ScormTimestamp(double seconds_since_epoch) {
    if (!std::isfinite(seconds_since_epoch) || seconds_since_epoch < 0) seconds_since_epoch = 0;
    const long long secs = static_cast<long long>(std::floor(seconds_since_epoch));
    long long days = secs / 86400;
    const long long in_day = secs % 86400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's days_from_civil, inverted).
    days += 719468;
    const long long era = days / 146097;
    const long long doe = days - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const long long d = doy - (153 * mp + 2) / 5 + 1;
    const long long m = mp < 10 ? mp + 3 : mp - 9;
    const long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char out[96]; // room for any long long the compiler can imagine; the real text is 19 characters
    std::snprintf(out, sizeof out, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld", y, m, d, in_day / 3600, in_day / 60 % 60, in_day % 60);
    return out;
}

namespace {

using Json = nlohmann::ordered_json;

const Json* At(const Json& j, std::initializer_list<const char*> path) {
    const Json* at = &j;
    for (const char* key : path) {
        if (!at->is_object() || !at->contains(key)) return nullptr;
        at = &(*at)[key];
    }
    return at;
}

std::string StringAt(const Json& j, std::initializer_list<const char*> path) {
    const Json* v = At(j, path);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

// "a[,]b" (xAPI and SCORM 2004) as 1.2 writes it, "a,b"; true-false as "t" or "f".
std::string ForVersion(const std::string& pattern, const std::string& type, ScormVersion version) {
    if (version == ScormVersion::V2004) return pattern;
    if (type == "true-false") return pattern == "true" ? "t" : pattern == "false" ? "f" : pattern;
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.compare(i, 3, "[,]") == 0) {
            out += ',';
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace

std::vector<ScormValue> ScormInteraction(const nlohmann::ordered_json& answered, int n, ScormVersion version, double when) {
    std::vector<ScormValue> out;
    const std::string type = StringAt(answered, {"object", "definition", "interactionType"});
    const std::string id = StringAt(answered, {"object", "id"});
    if (StringAt(answered, {"verb", "id"}) != "http://adlnet.gov/expapi/verbs/answered" || type.empty() || id.empty()) return out;
    const bool v2004 = version == ScormVersion::V2004;
    const std::string base = "cmi.interactions." + std::to_string(n) + ".";
    auto set = [&](const std::string& element, std::string value) { out.push_back({base + element, std::move(value)}); };
    set("id", id);
    set("type", type);
    if (v2004) {
        // The prompt in the content's language (the name's one entry), as a localized_string_type:
        // "{lang=de}text", the text up to its SPM of 250 characters.
        const Json* names = At(answered, {"object", "definition", "name"});
        if (names && names->is_object() && !names->empty() && names->begin().value().is_string()) {
            const std::string name = names->begin().value().get<std::string>();
            if (!name.empty()) set("description", "{lang=" + names->begin().key() + "}" + name.substr(0, utf8::PrefixBytes(name, 250)));
        }
    }
    const std::string response = StringAt(answered, {"result", "response"});
    set(v2004 ? "learner_response" : "student_response", ForVersion(response, type, version));
    const Json* patterns = At(answered, {"object", "definition", "correctResponsesPattern"});
    if (patterns && patterns->is_array())
        for (std::size_t i = 0; i < patterns->size(); ++i)
            if ((*patterns)[i].is_string())
                set("correct_responses." + std::to_string(i) + ".pattern", ForVersion((*patterns)[i].get<std::string>(), type, version));
    const Json* success = At(answered, {"result", "success"});
    if (success && success->is_boolean()) {
        set("result", success->get<bool>() ? "correct" : (v2004 ? "incorrect" : "wrong"));
        set("weighting", "1");
    } else {
        set("result", "neutral");
    }
    const double latency = ParseIso8601Duration(StringAt(answered, {"result", "duration"}));
    set("latency", v2004 ? Iso8601Duration(latency) : ScormTimespan(latency));
    const std::string stamp = ScormTimestamp(when);
    set(v2004 ? "timestamp" : "time", v2004 ? stamp : stamp.substr(11)); // 1.2's CMITime: "HH:MM:SS"
    return out;
}

} // namespace crossroads
