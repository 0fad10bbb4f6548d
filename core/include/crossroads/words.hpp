// Words shown to users that both the canvas and the text version say: written once here,
// so the two can never drift apart.
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/quiz.hpp"
#include "crossroads/session.hpp"

namespace crossroads {

// A view's name, on its tab and in the text version ("Compare", "Ladder", "Quiz").
const char* ViewName(View view);
// A ladder node's track ("Management track", "Technical track", "Starting point").
const char* TrackName(Track track);
// The same, short, for narrow cards ("Management", "Technical", "Start").
const char* TrackShortName(Track track);
// The verdict on an answer just checked: "Correct", "Partly right" or "Not quite".
const char* AnswerVerdict(const QuestionScore& score);
// The mark of an answer in the review of a finished attempt: "Right", "Partly right" or "Wrong".
const char* ReviewMark(const QuestionScore& score);

} // namespace crossroads
