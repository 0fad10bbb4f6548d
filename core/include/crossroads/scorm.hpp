// SCORM 1.2 run-time rules: what Crossroads reports to an LMS (status, score, time) and
// how quiz progress fits into cmi.suspend_data. The browser side only moves the strings.
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/session.hpp"

#include <cstddef>
#include <string>

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

} // namespace crossroads
