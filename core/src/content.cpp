#include "crossroads/content.hpp"

#include <algorithm>

namespace crossroads {

namespace {
template <class T>
std::size_t IndexById(const std::vector<T>& list, const std::string& id) {
    const auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    return it == list.end() ? Content::npos : static_cast<std::size_t>(it - list.begin());
}
} // namespace

const std::string& Content::SectionHeading(const std::string& id) const {
    const std::size_t i = IndexById(sections, id);
    return i == npos ? id : sections[i].heading;
}

std::size_t Content::RoleIndex(const std::string& id) const { return IndexById(roles, id); }
std::size_t Content::RowIndex(const std::string& id) const { return IndexById(rows, id); }
std::size_t Content::NodeIndex(const std::string& id) const { return IndexById(ladder.nodes, id); }

std::string AllText(const Content& c) {
    std::string t = c.title + c.article.title + c.article.publisher + c.article.note;
    for (const Section& s : c.sections) t += s.heading;
    for (const Role& r : c.roles) t += r.name + r.short_name + r.summary + r.focus;
    for (const Row& row : c.rows) {
        t += row.label;
        for (const Cell& cell : row.cells) {
            t += cell.range.note;
            for (const Item& i : cell.items) t += i.text;
        }
    }
    for (const LadderNode& n : c.ladder.nodes) {
        t += n.title + n.summary + n.description + n.experience.note + n.salary.note;
        for (const Item& i : n.requirements) t += i.text;
    }
    const FitQuiz& f = c.quizzes.fit;
    t += f.title + f.intro;
    for (const FitStatement& s : f.statements) t += s.text;
    for (const FitOutcome* o : {&f.management, &f.technical, &f.balanced}) t += o->title + o->text;
    const KnowledgeQuiz& k = c.quizzes.knowledge;
    t += k.title + k.intro;
    for (const Question& q : k.questions) {
        t += q.prompt + q.feedback_correct + q.feedback_incorrect + q.explanation;
        for (const Option& o : q.options) t += o.text;
    }
    return t;
}

const char* ToString(Track track) {
    switch (track) {
        case Track::Management: return "management";
        case Track::Technical: return "technical";
        case Track::Shared: break;
    }
    return "shared";
}

const char* ToString(EdgeKind kind) { return kind == EdgeKind::Switch ? "switch" : "promotion"; }

const char* ToString(Unit unit) {
    switch (unit) {
        case Unit::Usd: return "usd";
        case Unit::Years: return "years";
        case Unit::None: break;
    }
    return "none";
}

const char* ToString(QuestionType type) {
    switch (type) {
        case QuestionType::Multiple: return "multiple";
        case QuestionType::TrueFalse: return "truefalse";
        case QuestionType::Order: return "order";
        case QuestionType::Single: break;
    }
    return "single";
}

} // namespace crossroads
