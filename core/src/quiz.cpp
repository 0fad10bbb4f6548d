// [SECTION] Seeded shuffling
// [SECTION] "Which path fits you?"
// [SECTION] Knowledge check
// [SECTION] Host events
#include "crossroads/quiz.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace crossroads {

// [SECTION] Seeded shuffling

std::uint32_t Rng::Next() {
    std::uint32_t z = (state += 0x9E3779B9u);
    z = (z ^ (z >> 16)) * 0x85EBCA6Bu;
    z = (z ^ (z >> 13)) * 0xC2B2AE35u;
    return z ^ (z >> 16);
}

std::uint32_t Rng::Below(std::uint32_t bound) { return bound == 0 ? 0 : Next() % bound; }

std::vector<std::size_t> Shuffled(std::size_t n, Rng& rng) {
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng.Below(static_cast<std::uint32_t>(i))]);
    return order;
}

// [SECTION] "Which path fits you?"

namespace {
constexpr float kBalancedBelow = 0.1f; // |lean| under this leans neither way
}

const char* ToString(Lean lean) {
    switch (lean) {
        case Lean::Management: return "management";
        case Lean::Technical: return "technical";
        case Lean::Balanced: break;
    }
    return "balanced";
}

namespace {
// 0 slight, 1 moderate, 2 strong.
int StrengthLevel(float lean) {
    const float a = std::fabs(lean);
    if (a < 0.35f) return 0;
    if (a < 0.7f) return 1;
    return 2;
}
} // namespace

const char* LeanStrength(float lean) {
    constexpr const char* kStrengths[3] = {"slight", "moderate", "strong"};
    return kStrengths[StrengthLevel(lean)];
}

const char* RatingLabel(const i18n::Tr& tr, int rating) {
    switch (rating) {
        // TRANSLATORS: a rating of a statement on a five-point scale, 1 of 5
        case 1: return tr("quiz.rating.stronglyDisagree", "Strongly disagree");
        // TRANSLATORS: a rating of a statement on a five-point scale, 2 of 5
        case 2: return tr("quiz.rating.disagree", "Disagree");
        // TRANSLATORS: a rating of a statement on a five-point scale, 3 of 5 (neither agree nor disagree)
        case 3: return tr("quiz.rating.neutral", "Neutral");
        // TRANSLATORS: a rating of a statement on a five-point scale, 4 of 5
        case 4: return tr("quiz.rating.agree", "Agree");
        // TRANSLATORS: a rating of a statement on a five-point scale, 5 of 5
        case 5: return tr("quiz.rating.stronglyAgree", "Strongly agree");
        default: break;
    }
    return "";
}

std::string FitHeadline(const i18n::Tr& tr, const FitResult& r) {
    // One sentence per strength and path, so that a translation can make the words agree.
    switch (r.direction) {
        case Lean::Management:
            switch (StrengthLevel(r.lean)) {
                case 0: return tr("quiz.fit.headline.management.slight", "A slight lean toward the management path");
                case 1: return tr("quiz.fit.headline.management.moderate", "A moderate lean toward the management path");
                default: return tr("quiz.fit.headline.management.strong", "A strong lean toward the management path");
            }
        case Lean::Technical:
            switch (StrengthLevel(r.lean)) {
                case 0: return tr("quiz.fit.headline.technical.slight", "A slight lean toward the technical path");
                case 1: return tr("quiz.fit.headline.technical.moderate", "A moderate lean toward the technical path");
                default: return tr("quiz.fit.headline.technical.strong", "A strong lean toward the technical path");
            }
        case Lean::Balanced: break;
    }
    return tr("quiz.fit.headline.balanced", "Your answers lean neither way");
}

FitResult ComputeFit(const FitQuiz& quiz, const std::map<std::string, int>& answers) {
    FitResult result;
    result.total = static_cast<int>(quiz.statements.size());
    float sum = 0, possible = 0;
    std::vector<FitContribution> pushes;
    for (const FitStatement& s : quiz.statements) {
        const auto it = answers.find(s.id);
        if (it == answers.end() || it->second < 1 || it->second > 5) continue;
        ++result.answered;
        const auto toward = static_cast<float>(s.w_technical - s.w_management);
        const float push = static_cast<float>(it->second - 3) * toward;
        sum += push;
        possible += 2.0f * std::fabs(toward);
        pushes.push_back({s.id, push});
    }
    result.withheld = result.answered < quiz.min_answered;
    result.lean = possible > 0 ? sum / possible : 0.0f;
    result.direction = result.lean <= -kBalancedBelow ? Lean::Management
                       : result.lean >= kBalancedBelow ? Lean::Technical
                                                       : Lean::Balanced;
    // The answers that pushed hardest the way the result went (for a balanced result:
    // the strongest either way). Ties keep the statements' order.
    auto strength = [&](const FitContribution& c) {
        switch (result.direction) {
            case Lean::Management: return -c.push;
            case Lean::Technical: return c.push;
            case Lean::Balanced: break;
        }
        return std::fabs(c.push);
    };
    std::stable_sort(pushes.begin(), pushes.end(), [&](const auto& a, const auto& b) { return strength(a) > strength(b); });
    for (const FitContribution& c : pushes) {
        if (result.top.size() == 3 || strength(c) <= 0) break;
        result.top.push_back(c);
    }
    return result;
}

void SetRating(FitSession& session, const FitQuiz& quiz, const std::string& statement, int rating) {
    const bool known = std::any_of(quiz.statements.begin(), quiz.statements.end(), [&](const FitStatement& s) { return s.id == statement; });
    if (!known) return;
    if (rating >= 1 && rating <= 5) session.answers[statement] = rating;
    else session.answers.erase(statement);
}

// [SECTION] Knowledge check

QuestionScore ScoreQuestion(const Question& question, const std::vector<std::string>& answer) {
    QuestionScore score;
    if (question.type != QuestionType::Multiple) {
        score.correct = !answer.empty() && answer == question.answer;
        score.points = score.correct ? 1.0 : 0.0;
        return score;
    }
    const std::set<std::string> key(question.answer.begin(), question.answer.end());
    const std::set<std::string> given(answer.begin(), answer.end());
    score.correct = !given.empty() && given == key;
    if (score.correct) score.points = 1.0;
    else if (question.partial_credit && !key.empty()) {
        int right = 0, wrong = 0;
        for (const std::string& id : given) (key.count(id) ? right : wrong) += 1;
        score.points = std::max(0.0, static_cast<double>(right - wrong) / static_cast<double>(key.size()));
    }
    return score;
}

const Question* FindQuestion(const KnowledgeQuiz& quiz, const std::string& id) {
    for (const Question& q : quiz.questions)
        if (q.id == id) return &q;
    return nullptr;
}

const Question* CurrentQuestion(const KnowledgeQuiz& quiz, const KnowledgeSession& session) {
    if (session.current < 0 || static_cast<std::size_t>(session.current) >= session.order.size()) return nullptr;
    return FindQuestion(quiz, session.order[static_cast<std::size_t>(session.current)]);
}

const std::string& OptionText(const Question& q, const std::string& option) {
    for (const Option& o : q.options)
        if (o.id == option) return o.text;
    return option;
}

std::string ScoreLine(const i18n::Tr& tr, const Score& score) {
    char points[64];
    std::snprintf(points, sizeof points, "%g", std::round(score.raw * 100) / 100);
    const long max = std::lround(score.max); // the number of questions
    std::string line;
    if (score.success)
        // TRANSLATORS: a knowledge check's result; {points} may have decimals ("4.67"), {n} is the most points there are
        line = tr("quiz.score.passed", "Passed: {points} of {n} point ({percent}%)", "Passed: {points} of {n} points ({percent}%)", max);
    else
        // TRANSLATORS: a knowledge check's result below the pass mark; {points} may have decimals ("4.67")
        line = tr("quiz.score.notPassed", "Not passed yet: {points} of {n} point ({percent}%)", "Not passed yet: {points} of {n} points ({percent}%)", max);
    return i18n::Format(line, {{"points", points}, {"percent", std::to_string(score.percent)}});
}

Score ScoreAttempt(const KnowledgeQuiz& quiz, const KnowledgeSession& session) {
    Score score;
    score.max = static_cast<double>(quiz.questions.size());
    for (const Question& q : quiz.questions) {
        const auto it = session.answers.find(q.id);
        // An ordering question counts only once checked: its starting arrangement is not an answer.
        if (it == session.answers.end() || (q.type == QuestionType::Order && !IsChecked(session, q.id))) continue;
        score.raw += ScoreQuestion(q, it->second).points;
    }
    score.scaled = score.max > 0 ? score.raw / score.max : 0.0;
    score.percent = static_cast<int>(std::lround(score.scaled * 100.0));
    score.success = score.percent >= quiz.pass_mark;
    return score;
}

void StartAttempt(KnowledgeSession& session, const KnowledgeQuiz& quiz, std::uint32_t seed, double now) {
    const int attempt = std::max(session.attempt, 0) + 1;
    const int best = session.best_percent;
    session = KnowledgeSession{};
    session.seed = seed;
    session.attempt = attempt;
    session.best_percent = best;
    session.started_at = now;
    session.question_started_at = now;
    Rng rng{seed};
    for (std::size_t i : Shuffled(quiz.questions.size(), rng)) session.order.push_back(quiz.questions[i].id);
    for (const Question& q : quiz.questions) {
        std::vector<std::string>& shown = session.option_order[q.id];
        if (q.type == QuestionType::TrueFalse) {
            for (const Option& o : q.options) shown.push_back(o.id); // True before False, always
            continue;
        }
        for (std::size_t i : Shuffled(q.options.size(), rng)) shown.push_back(q.options[i].id);
        if (q.type == QuestionType::Order) {
            // Never start an ordering question already solved.
            if (shown == q.answer && shown.size() > 1) std::rotate(shown.begin(), shown.begin() + 1, shown.end());
            session.answers[q.id] = shown;
        }
    }
}

void FinishAttempt(KnowledgeSession& session, const KnowledgeQuiz& quiz) {
    session.finished = true;
    session.best_percent = std::max(session.best_percent, ScoreAttempt(quiz, session).percent);
}

void RetryAttempt(KnowledgeSession& session, const KnowledgeQuiz& quiz, double now) {
    if (session.finished) FinishAttempt(session, quiz); // counted already; a session saved before finishing counted it not
    StartAttempt(session, quiz, session.seed * 2654435761u + static_cast<std::uint32_t>(session.attempt), now);
}

bool IsChecked(const KnowledgeSession& session, const std::string& question) {
    return std::find(session.checked.begin(), session.checked.end(), question) != session.checked.end();
}

void ChooseOption(KnowledgeSession& session, const Question& question, const std::string& option) {
    if (IsChecked(session, question.id) || question.type == QuestionType::Order) return;
    const bool known = std::any_of(question.options.begin(), question.options.end(), [&](const Option& o) { return o.id == option; });
    if (!known) return;
    std::vector<std::string>& chosen = session.answers[question.id];
    if (question.type != QuestionType::Multiple) {
        chosen = {option};
        return;
    }
    const auto it = std::find(chosen.begin(), chosen.end(), option);
    if (it == chosen.end()) chosen.push_back(option);
    else chosen.erase(it);
}

void MoveItem(KnowledgeSession& session, const Question& question, std::size_t from, std::size_t to) {
    if (question.type != QuestionType::Order || IsChecked(session, question.id)) return;
    std::vector<std::string>& items = session.answers[question.id];
    if (from >= items.size() || to >= items.size() || from == to) return;
    std::string moved = items[from];
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(from));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(to), moved);
}

bool HasAnswer(const KnowledgeSession& session, const Question& question) {
    const auto it = session.answers.find(question.id);
    return it != session.answers.end() && !it->second.empty();
}

// [SECTION] Fitting a session to the content

void SanitizeSession(Session& session, const Content& content) {
    LadderSession& l = session.ladder;
    auto node_ok = [&](const std::string& id) { return content.NodeIndex(id) != Content::npos; };
    if (!node_ok(l.you)) l.you.clear();
    if (!node_ok(l.target)) l.target.clear();
    if (!node_ok(l.selected)) l.selected.clear();
    l.moved.erase(std::remove_if(l.moved.begin(), l.moved.end(), [&](const NodePosition& p) { return !node_ok(p.id); }), l.moved.end());
    l.zoom = std::clamp(l.zoom, kMinZoom, kMaxZoom);

    const FitQuiz& fit = content.quizzes.fit;
    FitSession& f = session.quiz.fit;
    for (auto it = f.answers.begin(); it != f.answers.end();) {
        const bool known = std::any_of(fit.statements.begin(), fit.statements.end(), [&](const FitStatement& st) { return st.id == it->first; });
        it = known ? std::next(it) : f.answers.erase(it);
    }
    f.current = fit.statements.empty() ? 0 : std::clamp(f.current, 0, static_cast<int>(fit.statements.size()) - 1);
    f.started_at = -1;

    const KnowledgeQuiz& quiz = content.quizzes.knowledge;
    KnowledgeSession& k = session.quiz.knowledge;
    k.started_at = k.question_started_at = -1;
    if (k.attempt == 0) return;
    // The attempt must cover exactly the content's questions, each with its own options.
    bool fits = k.order.size() == quiz.questions.size();
    for (const Question& q : quiz.questions) {
        if (!fits) break;
        fits = std::count(k.order.begin(), k.order.end(), q.id) == 1;
        std::vector<std::string> ids;
        for (const Option& o : q.options) ids.push_back(o.id);
        std::vector<std::string> shown = k.option_order[q.id];
        std::sort(ids.begin(), ids.end());
        std::sort(shown.begin(), shown.end());
        fits = fits && shown == ids;
        const auto a = k.answers.find(q.id);
        if (fits && a != k.answers.end()) {
            std::vector<std::string> given = a->second;
            std::sort(given.begin(), given.end());
            if (q.type == QuestionType::Order) fits = given == ids;
            else fits = std::all_of(given.begin(), given.end(), [&](const std::string& g) { return std::binary_search(ids.begin(), ids.end(), g); });
        }
    }
    if (!fits) {
        const int best = k.best_percent;
        k = KnowledgeSession{};
        k.best_percent = best; // the view starts a fresh attempt
        return;
    }
    for (const Question& q : quiz.questions)
        if (q.type == QuestionType::Order && k.answers[q.id].empty()) k.answers[q.id] = k.option_order[q.id];
    k.checked.erase(std::remove_if(k.checked.begin(), k.checked.end(), [&](const std::string& id) { return !FindQuestion(quiz, id); }), k.checked.end());
    k.current = std::clamp(k.current, 0, static_cast<int>(k.order.size()) - 1);
}

// [SECTION] Host events

std::string Iso8601Duration(double seconds) {
    if (!(seconds > 0)) return "PT0S";
    // Hundredths, as xAPI's duration precision; then hours, minutes, seconds.
    const long long centis = std::llround(seconds * 100.0);
    const long long h = centis / 360000, m = (centis / 6000) % 60, cs = centis % 6000;
    std::string out = "PT";
    if (h > 0) out += std::to_string(h) + "H";
    if (m > 0) out += std::to_string(m) + "M";
    if (cs > 0 || out == "PT") {
        char buf[32];
        if (cs % 100 == 0) std::snprintf(buf, sizeof buf, "%lldS", cs / 100);
        else std::snprintf(buf, sizeof buf, "%lld.%02lldS", cs / 100, cs % 100);
        std::string s = buf;
        if (s.find('.') != std::string::npos && s[s.size() - 2] == '0') s.erase(s.size() - 2, 1); // 1.50S -> 1.5S
        out += s;
    }
    return out;
}

std::string ActivityId(const std::string& quiz, const std::string& item) {
    return "urn:crossroads:quiz:" + quiz + (item.empty() ? "" : ":question:" + item);
}

namespace {

// One of the interface's words in English ("en-US") and, when it is another, the
// interface's language.
nlohmann::ordered_json InterfaceMap(const char* english, const char* translated, const i18n::Tr& tr) {
    nlohmann::ordered_json map = {{"en-US", english}};
    const i18n::Catalogue* catalogue = tr.catalogue();
    if (catalogue && !catalogue->Language().empty() && catalogue->Language() != "en") map[catalogue->Language()] = translated;
    return map;
}

// A text of the content, in the content's language.
nlohmann::ordered_json ContentMap(const std::string& text, const StatementLanguage& language) { return {{language.content_language, text}}; }

// The verb's display name; each is translated on its own, since languages inflect them differently.
const char* VerbDisplay(std::string_view verb, const i18n::Tr& tr) {
    // TRANSLATORS: an xAPI verb as a course's reports show it after the learner's name ("Anna answered ...")
    if (verb == "answered") return tr("xapi.verb.answered", "answered");
    // TRANSLATORS: an xAPI verb as a course's reports show it after the learner's name ("Anna completed ...")
    if (verb == "completed") return tr("xapi.verb.completed", "completed");
    // TRANSLATORS: an xAPI verb as a course's reports show it after the learner's name ("Anna passed ...")
    if (verb == "passed") return tr("xapi.verb.passed", "passed");
    // TRANSLATORS: an xAPI verb as a course's reports show it after the learner's name ("Anna failed ...")
    if (verb == "failed") return tr("xapi.verb.failed", "failed");
    // TRANSLATORS: an xAPI verb as a course's reports show it after the learner's name ("Anna initialized ...": started the activity)
    if (verb == "initialized") return tr("xapi.verb.initialized", "initialized");
    // TRANSLATORS: an xAPI verb as a course's reports show it after the learner's name ("Anna terminated ...": left the activity)
    if (verb == "terminated") return tr("xapi.verb.terminated", "terminated");
    return nullptr;
}

std::string Join(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : "[,]") + id;
    return out;
}

// Scores are rounded to 1/1000: partial credit gives thirds, which xAPI readers need not see in full.
double Round3(double v) { return std::round(v * 1000.0) / 1000.0; }

} // namespace

nlohmann::ordered_json XapiVerb(std::string_view verb, const i18n::Tr& tr) {
    const std::string english(verb);
    const char* translated = VerbDisplay(verb, tr);
    return {{"id", "http://adlnet.gov/expapi/verbs/" + english},
            {"display", translated ? InterfaceMap(english.c_str(), translated, tr) : nlohmann::ordered_json{{"en-US", english}}}};
}

nlohmann::ordered_json AnsweredStatement(const Question& question, const std::vector<std::string>& answer, const QuestionScore& score,
                                 double seconds, const StatementLanguage& language) {
    const char* interaction = question.type == QuestionType::TrueFalse ? "true-false"
                              : question.type == QuestionType::Order   ? "sequencing"
                                                                       : "choice";
    nlohmann::ordered_json definition = {
        {"name", ContentMap(question.prompt, language)},
        {"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
        {"interactionType", interaction},
        {"correctResponsesPattern", {Join(question.answer)}},
    };
    if (question.type != QuestionType::TrueFalse) {
        nlohmann::ordered_json choices = nlohmann::ordered_json::array();
        for (const Option& o : question.options) choices.push_back({{"id", o.id}, {"description", ContentMap(o.text, language)}});
        definition["choices"] = choices;
    }
    return {
        {"verb", XapiVerb("answered", language.tr)},
        {"object", {{"objectType", "Activity"}, {"id", ActivityId("knowledge", question.id)}, {"definition", definition}}},
        {"result",
         {{"score", {{"raw", Round3(score.points)}, {"min", 0}, {"max", 1}, {"scaled", Round3(score.points)}}},
          {"success", score.correct},
          {"completion", true},
          {"response", Join(answer)},
          {"duration", Iso8601Duration(seconds)}}},
    };
}

nlohmann::ordered_json FitAnsweredStatement(const FitStatement& statement, int rating, double seconds, const StatementLanguage& language) {
    nlohmann::ordered_json scale = nlohmann::ordered_json::array();
    for (int i = 1; i <= 5; ++i)
        scale.push_back({{"id", std::to_string(i)}, {"description", InterfaceMap(RatingLabel(i18n::Tr(), i), RatingLabel(language.tr, i), language.tr)}});
    return {
        {"verb", XapiVerb("answered", language.tr)},
        {"object",
         {{"objectType", "Activity"},
          {"id", ActivityId("fit", statement.id)},
          {"definition",
           {{"name", ContentMap(statement.text, language)},
            {"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
            {"interactionType", "likert"},
            {"scale", scale}}}}},
        {"result", {{"response", std::to_string(rating)}, {"completion", true}, {"duration", Iso8601Duration(seconds)}}},
    };
}

nlohmann::ordered_json KnowledgeCompletedStatement(const KnowledgeQuiz& quiz, const Score& score, double seconds,
                                                   const StatementLanguage& language) {
    return {
        {"verb", XapiVerb("completed", language.tr)},
        {"object",
         {{"objectType", "Activity"},
          {"id", ActivityId("knowledge")},
          {"definition", {{"name", ContentMap(quiz.title, language)}, {"type", "http://adlnet.gov/expapi/activities/assessment"}}}}},
        {"result",
         {{"score", {{"raw", Round3(score.raw)}, {"min", score.min}, {"max", score.max}, {"scaled", Round3(score.scaled)}}},
          {"success", score.success},
          {"completion", true},
          {"duration", Iso8601Duration(seconds)}}},
    };
}

nlohmann::ordered_json FitCompletedStatement(const FitQuiz& quiz, const FitResult& result, double seconds, const StatementLanguage& language) {
    // The lean is the score: -100 (management) .. +100 (technical), scaled -1 .. 1.
    const double lean = Round3(static_cast<double>(result.lean));
    return {
        {"verb", XapiVerb("completed", language.tr)},
        {"object",
         {{"objectType", "Activity"},
          {"id", ActivityId("fit")},
          {"definition", {{"name", ContentMap(quiz.title, language)}, {"type", "http://adlnet.gov/expapi/activities/assessment"}}}}},
        {"result",
         {{"score", {{"raw", std::round(lean * 100.0)}, {"min", -100}, {"max", 100}, {"scaled", lean}}},
          {"completion", true},
          {"response", ToString(result.direction)},
          {"duration", Iso8601Duration(seconds)}}},
    };
}

} // namespace crossroads
