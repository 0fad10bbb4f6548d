// Result links: a quiz result as a URL fragment ("#result=fit:..."), so a learner can keep
// or share it. A link holds the answers only (no name, no time, nothing personal), a
// fingerprint of the quiz it was made for and a check over both.
//
//   fit:<quiz fingerprint>.<one digit per statement, 0 = unanswered>.<check>
//   knowledge:<quiz fingerprint>.<per question: option letters, _ = unanswered, joined by ->.<check>
//
// Fingerprint and check are FNV-1a hashes in hex (8 and 4 digits). Options are named by
// their place in the content (a, b, c ...), statements and questions come in content order.
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/i18n.hpp"
#include "crossroads/session.hpp"

#include <string>
#include <string_view>

namespace crossroads {

// The value of `result=` for the learner's finished quiz of `kind`; empty if that quiz is
// missing or not finished.
std::string EncodeResultLink(const Content& content, QuizKind kind, const QuizSession& quiz);

enum class ResultLinkStatus { Ok, Damaged, Outdated, NoQuiz };

struct ResultLinkRead {
    ResultLinkStatus status = ResultLinkStatus::Damaged;
    std::string message;       // for the learner when not Ok: what happened, and what they see instead
    QuizKind kind = QuizKind::Fit;
    FitSession fit;            // kind Fit: the answers, finished
    KnowledgeSession knowledge; // kind Knowledge: the answers in content order, checked and finished
};

// Reads a `result=` value against the content the page shows now; the message is in `tr`'s language.
ResultLinkRead DecodeResultLink(const i18n::Tr& tr, const Content& content, std::string_view value);

} // namespace crossroads
