// SCORM 1.2 and 2004 run-time rules: what Crossroads reports to an LMS (status, score,
// time, each answer as an interaction) and how quiz progress fits into cmi.suspend_data.
// The browser side only moves the strings.
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/session.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace crossroads {

// cmi.suspend_data is a CMIString4096 (SCORM 1.2 RTE 3.4.4).
inline constexpr std::size_t kScormSuspendLimit = 4096;

// cmi.core.session_time as a CMITimespan, "HHHH:MM:SS.SS" (hours 2 to 4 digits; longer
// sessions are capped at 9999:59:59.99). Negative or non-finite input counts as 0.
std::string ScormTimespan(double seconds);

// The session for cmi.suspend_data, at most `limit` bytes: whole if it fits; otherwise
// without the ladder's and the comparison's state; otherwise the quizzes only. Empty when
// not even the quizzes fit (the caller then keeps the LMS's previous value and warns).
// DecodeSession reads every form back.
std::string EncodeSuspendData(const Session& session, std::size_t limit = kScormSuspendLimit);

// What the LMS should hold for this session. The knowledge check decides passed/failed
// by the best attempt so far (a pass is never taken back by a later, worse attempt) and
// reports that attempt's percentage as the score (min 0, max 100). Without a finished
// knowledge check, a finished self-assessment makes the lesson "completed"; before that
// it is "incomplete". A status the LMS already holds is never lowered: passed > failed >
// completed > incomplete (a "failed" can still become "passed").
struct ScormReport {
    std::string lesson_status; // passed | failed | completed | incomplete
    bool has_score = false;
    int score_raw = 0;
    int score_min = 0;
    int score_max = 100;
};
ScormReport ScormReportFor(const Content& content, const Session& session, const std::string& lms_status);

// [SECTION] SCORM 2004 4th edition

// cmi.suspend_data is a characterstring with an SPM of 64,000 (SCORM 2004 RTE 4.2.24).
inline constexpr std::size_t kScorm2004SuspendLimit = 64000;

// What a SCORM 2004 LMS should hold: completion and success are separate. Completion is
// either quiz finished (as either decides 1.2's status; launched at all when the content has
// no quiz). Success and the score are the knowledge check's best attempt, as in 1.2; the
// scaled score is raw / 100. The progress measure is the further quiz's share answered.
// Neither status is ever lowered: completed > incomplete, passed > failed > unknown.
struct Scorm2004Report {
    std::string completion_status; // completed | incomplete
    std::string success_status;    // passed | failed | unknown
    bool has_score = false;
    int score_raw = 0;
    int score_min = 0;
    int score_max = 100;
    double score_scaled = 0;       // 0..1
    double progress_measure = 0;   // 0..1
};
Scorm2004Report Scorm2004ReportFor(const Content& content, const Session& session, const std::string& lms_completion,
                                   const std::string& lms_success);

// [SECTION] Interactions: each answer as cmi.interactions.n, for both versions

enum class ScormVersion { V12, V2004 };

struct ScormValue {
    std::string element; // "cmi.interactions.3.result"
    std::string value;
};

// The data model elements that record an "answered" statement (AnsweredStatement or
// FitAnsweredStatement, quiz.hpp) as interaction `n`: its id, type, the learner's response,
// the correct response, result, weighting, latency and time, in the version's own formats
// (1.2: "a,b", "t"/"f", "wrong", CMITimespan and CMITime; 2004: "a[,]b", "true"/"false",
// "incorrect", ISO 8601 durations and timestamps, and a description). A self-assessment
// statement is a likert interaction, its result "neutral". `when`: the answer's time in
// seconds since 1970 UTC. Empty for a statement that is not an answer.
std::vector<ScormValue> ScormInteraction(const nlohmann::ordered_json& answered, int n, ScormVersion version, double when);

// "2026-12-01T16:05:09" (SCORM 2004 time(second,10,0), UTC) from seconds since 1970.
std::string ScormTimestamp(double seconds_since_epoch);
// The seconds of an ISO 8601 duration as Iso8601Duration writes it ("PT1H2M3.5S"); 0 for
// anything else.
double ParseIso8601Duration(const std::string& text);

} // namespace crossroads
