// Words shown to users that both the canvas and the text version say: written once here,
// so the two can never drift apart. Each comes from the message catalogue (`tr`).
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/i18n.hpp"
#include "crossroads/quiz.hpp"
#include "crossroads/session.hpp"

namespace crossroads {

// A view's name, on its tab and in the text version ("Compare", "Ladder", "Quiz").
const char* ViewName(const i18n::Tr& tr, View view);
// A ladder node's track ("Management track", "Technical track", "Starting point").
const char* TrackName(const i18n::Tr& tr, Track track);
// The same, short, for narrow cards ("Management", "Technical", "Start").
const char* TrackShortName(const i18n::Tr& tr, Track track);
// The verdict on an answer just checked: "Correct", "Partly right" or "Not quite".
const char* AnswerVerdict(const i18n::Tr& tr, const QuestionScore& score);
// The mark of an answer in the review of a finished attempt: "Right", "Partly right" or "Wrong".
const char* ReviewMark(const i18n::Tr& tr, const QuestionScore& score);

} // namespace crossroads
