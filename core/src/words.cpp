#include "crossroads/words.hpp"

#include <cstddef>

namespace crossroads {

namespace {

// The n-th word of a list indexed by an enum's value (in declaration order); the first
// for a value outside it.
template <std::size_t N, typename Enum>
const char* Word(const char* const (&words)[N], Enum value) {
    const auto i = static_cast<std::size_t>(value);
    return i < N ? words[i] : words[0];
}

} // namespace

// In the order of View { Compare, Ladder, Quiz } and Track { Shared, Management, Technical }.
const char* ViewName(View view) { return Word({"Compare", "Ladder", "Quiz", "Author"}, view); }
const char* TrackName(Track track) { return Word({"Starting point", "Management track", "Technical track"}, track); }
const char* TrackShortName(Track track) { return Word({"Start", "Management", "Technical"}, track); }

const char* AnswerVerdict(const QuestionScore& score) {
    if (score.correct) return "Correct";
    return score.points > 0 ? "Partly right" : "Not quite";
}

const char* ReviewMark(const QuestionScore& score) {
    if (score.correct) return "Right";
    return score.points > 0 ? "Partly right" : "Wrong";
}

} // namespace crossroads
