#include "crossroads/result_link.hpp"

#include "crossroads/quiz.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace crossroads {

namespace {

constexpr std::size_t kMaxOptions = 26; // options are named a..z

std::uint32_t Fnv1a(std::string_view text) {
    std::uint32_t h = 2166136261u;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

std::string Hex(std::uint32_t value, int digits) {
    char out[9];
    std::snprintf(out, sizeof out, "%08x", value);
    return std::string(out + 8 - digits);
}

// What a result depends on: ids, weights, types, options and the answer key. A link made
// for a quiz that has changed since is refused as outdated rather than misread.
std::string FitFingerprint(const FitQuiz& quiz) {
    std::string text = "fit";
    for (const FitStatement& s : quiz.statements)
        text += '\n' + s.id + ' ' + std::to_string(s.w_management) + ' ' + std::to_string(s.w_technical);
    return Hex(Fnv1a(text), 8);
}

std::string KnowledgeFingerprint(const KnowledgeQuiz& quiz) {
    std::string text = "knowledge " + std::to_string(quiz.pass_mark);
    for (const Question& q : quiz.questions) {
        text += '\n' + q.id + ' ' + std::to_string(static_cast<int>(q.type)) + (q.partial_credit ? " p" : "");
        for (const Option& o : q.options) text += ' ' + o.id;
        text += " =";
        for (const std::string& a : q.answer) text += ' ' + a;
    }
    return Hex(Fnv1a(text), 8);
}

std::string Check(std::string_view kind, std::string_view fingerprint, std::string_view body) {
    return Hex(Fnv1a(std::string(kind) + ':' + std::string(fingerprint) + '.' + std::string(body)), 4);
}

int OptionIndex(const Question& q, const std::string& id) {
    for (std::size_t i = 0; i < q.options.size(); ++i)
        if (q.options[i].id == id) return static_cast<int>(i);
    return -1;
}

std::vector<std::string_view> Split(std::string_view text, char sep) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(sep, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

ResultLinkRead Fail(ResultLinkStatus status, std::string message) {
    ResultLinkRead r;
    r.status = status;
    r.message = std::move(message);
    return r;
}

const char* Damaged(const i18n::Tr& tr) {
    return tr("result.damaged", "This result link is damaged (part of it is missing or was changed), so it cannot be shown. "
                                "Here is the quiz to take yourself.");
}
const char* Outdated(const i18n::Tr& tr) {
    return tr("result.outdated", "This result link was made for another version of this quiz, so its answers no longer match. "
                                 "Here is the quiz to take yourself.");
}

bool ReadFit(const FitQuiz& quiz, std::string_view body, ResultLinkRead& out) {
    if (body.size() != quiz.statements.size()) return false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] < '0' || body[i] > '5') return false;
        if (body[i] != '0') out.fit.answers[quiz.statements[i].id] = body[i] - '0';
    }
    out.fit.finished = true;
    out.fit.completed_sent = true; // someone else's result: never reported as this learner's
    return true;
}

bool ReadKnowledge(const KnowledgeQuiz& quiz, std::string_view body, ResultLinkRead& out) {
    const std::vector<std::string_view> answers = Split(body, '-');
    if (answers.size() != quiz.questions.size()) return false;
    KnowledgeSession& k = out.knowledge;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const Question& q = quiz.questions[i];
        k.order.push_back(q.id);
        k.checked.push_back(q.id);
        std::vector<std::string> options;
        for (const Option& o : q.options) options.push_back(o.id);
        k.option_order[q.id] = options;
        if (answers[i] == "_") continue;
        std::vector<std::string> given;
        for (const char c : answers[i]) {
            const std::size_t n = static_cast<std::size_t>(c - 'a');
            if (c < 'a' || n >= q.options.size()) return false;
            const std::string& id = q.options[n].id;
            if (std::find(given.begin(), given.end(), id) != given.end()) return false; // each option once
            given.push_back(id);
        }
        if (given.empty()) return false;
        const bool one = q.type == QuestionType::Single || q.type == QuestionType::TrueFalse;
        if (one && given.size() != 1) return false;
        if (q.type == QuestionType::Order && given.size() != q.options.size()) return false;
        k.answers[q.id] = given;
    }
    k.attempt = 1;
    k.current = static_cast<int>(quiz.questions.size());
    FinishAttempt(k, quiz);
    k.completed_sent = true; // someone else's result: never reported as this learner's
    return true;
}

} // namespace

std::string EncodeResultLink(const Content& content, QuizKind kind, const QuizSession& quiz) {
    std::string fingerprint, body;
    if (kind == QuizKind::Fit) {
        const FitQuiz& q = content.quizzes.fit;
        if (!q.present || !quiz.fit.finished) return "";
        fingerprint = FitFingerprint(q);
        for (const FitStatement& s : q.statements) {
            const auto it = quiz.fit.answers.find(s.id);
            body += it == quiz.fit.answers.end() ? '0' : static_cast<char>('0' + std::clamp(it->second, 0, 5));
        }
    } else {
        const KnowledgeQuiz& q = content.quizzes.knowledge;
        if (!q.present || !quiz.knowledge.finished) return "";
        fingerprint = KnowledgeFingerprint(q);
        for (std::size_t i = 0; i < q.questions.size(); ++i) {
            const Question& question = q.questions[i];
            if (question.options.size() > kMaxOptions) return "";
            if (i > 0) body += '-';
            const auto it = quiz.knowledge.answers.find(question.id);
            std::string letters;
            if (it != quiz.knowledge.answers.end())
                for (const std::string& id : it->second) {
                    const int n = OptionIndex(question, id);
                    if (n >= 0) letters += static_cast<char>('a' + n);
                }
            body += letters.empty() ? "_" : letters;
        }
    }
    const char* name = ToString(kind);
    return std::string(name) + ':' + fingerprint + '.' + body + '.' + Check(name, fingerprint, body);
}

ResultLinkRead DecodeResultLink(const i18n::Tr& tr, const Content& content, std::string_view value) {
    const std::size_t colon = value.find(':');
    QuizKind kind = QuizKind::Fit;
    if (colon == std::string_view::npos || !ParseQuizKind(value.substr(0, colon), kind)) return Fail(ResultLinkStatus::Damaged, Damaged(tr));
    const std::vector<std::string_view> parts = Split(value.substr(colon + 1), '.');
    if (parts.size() != 3) return Fail(ResultLinkStatus::Damaged, Damaged(tr));
    const std::string_view fingerprint = parts[0], body = parts[1], check = parts[2];
    if (Check(ToString(kind), fingerprint, body) != check) return Fail(ResultLinkStatus::Damaged, Damaged(tr));
    const bool present = kind == QuizKind::Fit ? content.quizzes.fit.present : content.quizzes.knowledge.present;
    if (!present)
        return Fail(ResultLinkStatus::NoQuiz,
                    tr("result.noQuiz", "This result link is for a quiz this content does not have. Here is what it has."));
    const std::string expected = kind == QuizKind::Fit ? FitFingerprint(content.quizzes.fit) : KnowledgeFingerprint(content.quizzes.knowledge);
    if (fingerprint != expected) return Fail(ResultLinkStatus::Outdated, Outdated(tr));
    ResultLinkRead out;
    out.kind = kind;
    const bool ok = kind == QuizKind::Fit ? ReadFit(content.quizzes.fit, body, out) : ReadKnowledge(content.quizzes.knowledge, body, out);
    if (!ok) return Fail(ResultLinkStatus::Damaged, Damaged(tr));
    out.status = ResultLinkStatus::Ok;
    return out;
}

} // namespace crossroads
