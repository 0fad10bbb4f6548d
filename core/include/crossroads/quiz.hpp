// The quiz engine: the self-assessment's lean, the knowledge check's scoring, seeded
// shuffles, attempts, and the xAPI-shaped statements a host page receives. Pure
// functions over the content and the session; the time is passed in by the caller.
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/i18n.hpp"
#include "crossroads/session.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace crossroads {

// [SECTION] Seeded shuffling
// A small, fully specified generator (splitmix32), so a seed gives the same order on
// every platform; std::shuffle's algorithm differs between standard libraries.
struct Rng {
    std::uint32_t state;
    std::uint32_t Next();
    std::uint32_t Below(std::uint32_t bound); // 0 <= value < bound
};
// A Fisher-Yates permutation of 0..n-1.
std::vector<std::size_t> Shuffled(std::size_t n, Rng& rng);

// [SECTION] "Which path fits you?"
enum class Lean { Management, Technical, Balanced };

struct FitContribution {
    std::string statement; // statement id
    float push = 0;        // signed: < 0 toward management, > 0 toward technical
};

struct FitResult {
    int answered = 0;
    int total = 0;
    bool withheld = true;  // fewer answers than the content's minimum
    float lean = 0;        // -1 = all management .. +1 = all technical
    Lean direction = Lean::Balanced;
    std::vector<FitContribution> top; // up to three answers that moved the result most its way
};

// A rating r (1..5) pushes by (r - 3) times the statement's weight toward each track;
// the lean is the technical minus the management total over the largest possible total.
FitResult ComputeFit(const FitQuiz& quiz, const std::map<std::string, int>& answers);
// "slight", "moderate" or "strong", from the size of the lean (a data word, never shown).
const char* LeanStrength(float lean);
const char* ToString(Lean lean);
void SetRating(FitSession& session, const FitQuiz& quiz, const std::string& statement, int rating); // 0 clears
// The label of a rating 1..5 ("Strongly disagree" .. "Strongly agree"); "" outside it.
// One wording for the canvas, the text version and the host's xAPI statements (these take
// the English, i18n::Tr(), for their "en-US" descriptions).
const char* RatingLabel(const i18n::Tr& tr, int rating);
// "A moderate lean toward the technical path", or "Your answers lean neither way".
std::string FitHeadline(const i18n::Tr& tr, const FitResult& result);

// [SECTION] Knowledge check
struct QuestionScore {
    double points = 0; // 0..1
    bool correct = false;
};
// Single/TrueFalse/Order: all or nothing. Multiple: all or nothing, or with partial
// credit (right picks minus wrong picks, over the number of right answers, at least 0).
QuestionScore ScoreQuestion(const Question& question, const std::vector<std::string>& answer);

struct Score {
    double raw = 0;
    double min = 0;
    double max = 0;
    double scaled = 0; // raw / max
    int percent = 0;
    bool success = false; // percent >= pass mark
};
Score ScoreAttempt(const KnowledgeQuiz& quiz, const KnowledgeSession& session);
// "Passed: 4.5 of 6 points (75%)" or "Not passed yet: ...", points rounded to 2 places.
std::string ScoreLine(const i18n::Tr& tr, const Score& score);
// The text of an option of a question; the id itself if the question has no such option.
const std::string& OptionText(const Question& question, const std::string& option);

// Starts a new attempt: questions and options reshuffled from the seed, answers cleared.
void StartAttempt(KnowledgeSession& session, const KnowledgeQuiz& quiz, std::uint32_t seed, double now);
// The last question answered: the attempt is finished, and the best score counts it.
void FinishAttempt(KnowledgeSession& session, const KnowledgeQuiz& quiz);
// Retry: the next attempt, with a seed derived from the last one (so tests can predict it).
void RetryAttempt(KnowledgeSession& session, const KnowledgeQuiz& quiz, double now);
const Question* FindQuestion(const KnowledgeQuiz& quiz, const std::string& id);
const Question* CurrentQuestion(const KnowledgeQuiz& quiz, const KnowledgeSession& session);
bool IsChecked(const KnowledgeSession& session, const std::string& question);
// Choosing an option: Single/TrueFalse replace, Multiple toggles. Ignored once checked.
void ChooseOption(KnowledgeSession& session, const Question& question, const std::string& option);
// Ordering: move the item at `from` to `to` (positions in the current arrangement).
void MoveItem(KnowledgeSession& session, const Question& question, std::size_t from, std::size_t to);
bool HasAnswer(const KnowledgeSession& session, const Question& question);

// [SECTION] Fitting a session to the content
// Drops what refers to ids the content does not have (a restored or reloaded session);
// a knowledge-check attempt that no longer matches the questions starts over.
void SanitizeSession(Session& session, const Content& content);

// [SECTION] Host events (xAPI-shaped statements; the host fills in the actor)
std::string Iso8601Duration(double seconds);
std::string ActivityId(const std::string& quiz, const std::string& item = "");

// The languages of a statement's display texts (xAPI language maps). The interface's words
// (verbs, the rating scale) are given in English as "en-US", as ADL's verb registry names
// them, and in the interface's language when that is another; the content's texts (prompts,
// options, titles) in the content's own language, under its "language" tag.
struct StatementLanguage {
    i18n::Tr tr;                          // the interface's catalogue; English by default
    std::string content_language = "en";  // the content's "language"
};
// An xAPI verb from ADL's registry ("answered", "completed", "passed", "failed",
// "initialized", "terminated"): its id and its display in English and the interface's language.
nlohmann::ordered_json XapiVerb(std::string_view verb, const i18n::Tr& tr);

nlohmann::ordered_json AnsweredStatement(const Question& question, const std::vector<std::string>& answer, const QuestionScore& score,
                                 double seconds, const StatementLanguage& language);
nlohmann::ordered_json FitAnsweredStatement(const FitStatement& statement, int rating, double seconds, const StatementLanguage& language);
nlohmann::ordered_json KnowledgeCompletedStatement(const KnowledgeQuiz& quiz, const Score& score, double seconds,
                                                   const StatementLanguage& language);
nlohmann::ordered_json FitCompletedStatement(const FitQuiz& quiz, const FitResult& result, double seconds, const StatementLanguage& language);

} // namespace crossroads
