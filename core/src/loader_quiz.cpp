// The content loader's walk over the quizzes (self-assessment and knowledge check). See loader_walk.hpp.
#include "loader_walk.hpp"

#include "crossroads/ladder.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace crossroads::loader_detail {

void ContentWalk::QuizzesPart(const json& root) {
    const json* q = r_.Field(root, "quizzes", "", false);
    if (!q || !r_.Object(*q, "quizzes")) return;
    r_.CheckKeys(*q, "quizzes", {"fit", "knowledge"});
    if (const json* fit = r_.Field(*q, "fit", "quizzes", false); fit && r_.Object(*fit, "quizzes.fit")) Fit(*fit);
    if (const json* k = r_.Field(*q, "knowledge", "quizzes", false); k && r_.Object(*k, "quizzes.knowledge")) Knowledge(*k);
}

void ContentWalk::Outcome(const json& outcomes, const char* key, const std::string& path, FitOutcome& out, bool track) {
    const json* o = r_.Field(outcomes, key, path, true);
    const std::string p = Reader::Join(path, key);
    if (!o || !r_.Object(*o, p)) return;
    // A track's outcome may point at its ladder node; the balanced one has no track to point at.
    if (track) r_.CheckKeys(*o, p, {"title", "node", "text", "source"});
    else r_.CheckKeys(*o, p, {"title", "text", "source"});
    r_.String(*o, "title", p, out.title);
    if (r_.String(*o, "node", p, out.node, false) && c_.NodeIndex(out.node) == Content::npos)
        r_.Error(code::kUnknownRef, Reader::Join(p, "node"), "loader.unknown.node", "no ladder node has the id \"{id}\"", {{"id", out.node}});
    r_.String(*o, "text", p, out.text);
    Source(*o, p, out.source);
}

void ContentWalk::Fit(const json& o) {
    const std::string path = "quizzes.fit";
    FitQuiz& fit = c_.quizzes.fit;
    fit.present = true;
    r_.CheckKeys(o, path, {"title", "intro", "minAnswered", "statements", "outcomes"});
    r_.String(o, "title", path, fit.title);
    r_.String(o, "intro", path, fit.intro, false);
    const bool has_min = r_.Integer(o, "minAnswered", path, fit.min_answered, 1, 1000, false);
    std::set<std::string> seen;
    if (const json* list = r_.Array(o, "statements", path, true, true)) {
        r_.ForEachObject(*list, path + ".statements", [&](const json& element, const std::string& p) {
            const json* st = &element;
            r_.CheckKeys(*st, p, {"id", "text", "weights", "source"});
            FitStatement statement;
            const bool has_id = r_.String(*st, "id", p, statement.id);
            if (has_id && !seen.insert(statement.id).second)
                r_.Error(code::kDuplicateId, Reader::Join(p, "id"), "loader.duplicate.statement", "statement id \"{id}\" is used twice", {{"id", statement.id}});
            r_.String(*st, "text", p, statement.text);
            const json* w = r_.Field(*st, "weights", p, true);
            const std::string wp = Reader::Join(p, "weights");
            if (w && r_.Object(*w, wp)) {
                r_.CheckKeys(*w, wp, {"management", "technical"});
                const bool m = r_.Integer(*w, "management", wp, statement.w_management, 0, 3);
                const bool t = r_.Integer(*w, "technical", wp, statement.w_technical, 0, 3);
                if (m && t && statement.w_management == 0 && statement.w_technical == 0)
                    r_.Error(code::kWeightsZero, wp, "loader.weights", "a statement must lean toward at least one track (a weight above 0)");
            }
            Source(*st, p, statement.source);
            fit.statements.push_back(std::move(statement));
        });
    }
    if (has_min && !fit.statements.empty() && static_cast<std::size_t>(fit.min_answered) > fit.statements.size())
        r_.Error(code::kOutOfRange, path + ".minAnswered", "loader.minAnswered", "asks for more answers than there are statements");
    const json* outcomes = r_.Field(o, "outcomes", path, true);
    if (outcomes && r_.Object(*outcomes, path + ".outcomes")) {
        r_.CheckKeys(*outcomes, path + ".outcomes", {"management", "technical", "balanced"});
        Outcome(*outcomes, "management", path + ".outcomes", fit.management, true);
        Outcome(*outcomes, "technical", path + ".outcomes", fit.technical, true);
        Outcome(*outcomes, "balanced", path + ".outcomes", fit.balanced, false);
    }
}

// Options or ordering items: a list of {id, text} with unique ids.
void ContentWalk::Options(const json& q, const char* key, const std::string& path, std::vector<Option>& out) {
    const json* list = r_.Array(q, key, path, true, false);
    if (!list) return;
    const std::string base = Reader::Join(path, key);
    if (list->size() < 2) {
        if (std::string(key) == "items") r_.Error(code::kTooFew, base, "loader.tooFew.items", "needs at least two items to put in order");
        else r_.Error(code::kTooFew, base, "loader.tooFew.options", "needs at least two options");
    }
    std::set<std::string> seen;
    r_.ForEachObject(*list, base, [&](const json& element, const std::string& p) {
        const json* o = &element;
        r_.CheckKeys(*o, p, {"id", "text"});
        Option option;
        const bool has_id = r_.String(*o, "id", p, option.id);
        r_.String(*o, "text", p, option.text);
        // Choice ids are one letter (a, b, c...): what learners see beside each option and what
        // an LMS takes as a choice response.
        if (has_id && std::string(key) == "options" && !(option.id.size() == 1 && option.id[0] >= 'a' && option.id[0] <= 'z')) {
            r_.Error(code::kEnum, Reader::Join(p, "id"), "loader.optionId", "an option id is one lower-case letter, a to z");
            return;
        }
        if (has_id && !seen.insert(option.id).second) {
            r_.Error(code::kDuplicateId, Reader::Join(p, "id"), "loader.duplicate.option", "\"{id}\" is used twice", {{"id", option.id}});
            return;
        }
        if (has_id) out.push_back(std::move(option));
    });
}

void ContentWalk::Knowledge(const json& o) {
    const std::string path = "quizzes.knowledge";
    KnowledgeQuiz& quiz = c_.quizzes.knowledge;
    quiz.present = true;
    r_.CheckKeys(o, path, {"title", "intro", "passMark", "questions"});
    r_.String(o, "title", path, quiz.title);
    r_.String(o, "intro", path, quiz.intro, false);
    if (o.contains("passMark")) {
        double mark = 0;
        if (r_.Number(o, "passMark", path, mark)) {
            // A whole number, as the schema says ("integer": 70.0 is one too).
            if (mark != std::floor(mark)) r_.Error(code::kType, path + ".passMark", "loader.passMark.whole", "a pass mark is a whole percentage, such as 70");
            else if (mark < 0 || mark > 100) r_.Error(code::kOutOfRange, path + ".passMark", "loader.passMark.range", "a pass mark is a percentage from 0 to 100");
            else quiz.pass_mark = static_cast<int>(mark);
        }
    }
    const json* list = r_.Array(o, "questions", path, true, true);
    if (!list) return;
    std::set<std::string> seen;
    r_.ForEachObject(*list, path + ".questions", [&](const json& element, const std::string& p) {
        const json* q = &element;
        r_.CheckKeys(*q, p, {"id", "type", "prompt", "options", "items", "answer", "partialCredit", "feedback",
                             "explanation", "source"});
        Question question;
        const bool has_id = r_.String(*q, "id", p, question.id);
        if (has_id && !seen.insert(question.id).second)
            r_.Error(code::kDuplicateId, Reader::Join(p, "id"), "loader.duplicate.question", "question id \"{id}\" is used twice", {{"id", question.id}});
        const int type = r_.Enum(*q, "type", p, format::kQuestionTypes);
        r_.String(*q, "prompt", p, question.prompt);
        r_.String(*q, "explanation", p, question.explanation);
        Source(*q, p, question.source);
        if (const json* fb = r_.Field(*q, "feedback", p, false); fb && r_.Object(*fb, Reader::Join(p, "feedback"))) {
            r_.CheckKeys(*fb, Reader::Join(p, "feedback"), {"correct", "incorrect"});
            r_.String(*fb, "correct", Reader::Join(p, "feedback"), question.feedback_correct, false);
            r_.String(*fb, "incorrect", Reader::Join(p, "feedback"), question.feedback_incorrect, false);
        }
        if (type < 0) return;
        question.type = static_cast<QuestionType>(type);
        switch (question.type) {
            case QuestionType::Single:
            case QuestionType::Multiple: ChoiceAnswer(*q, p, question); break;
            case QuestionType::TrueFalse: {
                bool truth = false;
                if (r_.Bool(*q, "answer", p, truth, true)) question.answer = {truth ? "true" : "false"};
                question.options = {{"true", "True"}, {"false", "False"}};
                break;
            }
            case QuestionType::Order:
                Options(*q, "items", p, question.options);
                for (const Option& item : question.options) question.answer.push_back(item.id);
                break;
        }
        quiz.questions.push_back(std::move(question));
    });
}

void ContentWalk::ChoiceAnswer(const json& q, const std::string& p, Question& question) {
    Options(q, "options", p, question.options);
    r_.Bool(q, "partialCredit", p, question.partial_credit, false);
    const json* answer = r_.Array(q, "answer", p, true, true);
    if (!answer) return;
    for (std::size_t k = 0; k < answer->size(); ++k) {
        const std::string ap = Reader::Index(Reader::Join(p, "answer"), k);
        const json& a = (*answer)[k];
        if (!a.is_string()) {
            r_.Error(code::kType, ap, "loader.expected.optionId", "expected an option id, found {found}", {{"found", TypeName(a)}});
            continue;
        }
        const auto& id = a.get_ref<const std::string&>();
        const bool known = std::any_of(question.options.begin(), question.options.end(), [&](const Option& o) { return o.id == id; });
        if (!known) r_.Error(code::kUnknownRef, ap, "loader.unknown.answer", "the answer \"{id}\" is not one of the options", {{"id", id}});
        else question.answer.push_back(id);
    }
    if (question.type == QuestionType::Single && answer->size() > 1)
        r_.Error(code::kAnswerCount, Reader::Join(p, "answer"), "loader.answerCount", "a single-choice question has exactly one right answer");
}

} // namespace crossroads::loader_detail
