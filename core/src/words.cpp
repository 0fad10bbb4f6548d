#include "crossroads/words.hpp"

namespace crossroads {

const char* ViewName(const i18n::Tr& tr, View view) {
    switch (view) {
        case View::Ladder: return tr("view.ladder", "Ladder");
        case View::Quiz: return tr("view.quiz", "Quiz");
        // TRANSLATORS: the view where a course author edits the content
        case View::Author: return tr("view.author", "Author");
        case View::Compare: break;
    }
    return tr("view.compare", "Compare");
}

const char* TrackName(const i18n::Tr& tr, Track track) {
    switch (track) {
        case Track::Management: return tr("track.management", "Management track");
        case Track::Technical: return tr("track.technical", "Technical track");
        case Track::Shared: break;
    }
    // TRANSLATORS: the ladder's node where both tracks begin
    return tr("track.shared", "Starting point");
}

const char* TrackShortName(const i18n::Tr& tr, Track track) {
    switch (track) {
        case Track::Management: return tr("track.management.short", "Management");
        case Track::Technical: return tr("track.technical.short", "Technical");
        case Track::Shared: break;
    }
    return tr("track.shared.short", "Start");
}

const char* AnswerVerdict(const i18n::Tr& tr, const QuestionScore& score) {
    if (score.correct) return tr("answer.correct", "Correct");
    // TRANSLATORS: a verdict on an answer that earned some of its points
    return score.points > 0 ? tr("answer.partly", "Partly right") : tr("answer.wrong", "Not quite");
}

const char* ReviewMark(const i18n::Tr& tr, const QuestionScore& score) {
    if (score.correct) return tr("review.right", "Right");
    return score.points > 0 ? tr("review.partly", "Partly right") : tr("review.wrong", "Wrong");
}

} // namespace crossroads
