#include "crossroads/text_version.hpp"

#include "crossroads/compare.hpp"
#include "crossroads/contrast.hpp"
#include "crossroads/ladder.hpp"
#include "crossroads/quiz.hpp"
#include "crossroads/words.hpp"

#include <algorithm>

namespace crossroads {

std::string PageTitle(std::string_view content_title) { return "Crossroads: " + std::string(content_title); }

std::string HtmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

using std::string;

string E(std::string_view text) { return HtmlEscape(text); }

string Source(const Content& c, const string& section) {
    if (section.empty()) return "";
    return " <span class=\"source\">(source: " + E(c.SectionHeading(section)) + ")</span>";
}

// A button; `attrs` are further attributes (data-*), already escaped.
string Button(const string& id, const string& label, const string& attrs, bool enabled = true) {
    return "<button type=\"button\" id=\"" + id + "\" " + attrs + (enabled ? "" : " disabled") + ">" + E(label) + "</button>";
}

string ViewTabs(const Session& s) {
    string out = "<nav aria-label=\"Views\"><ul class=\"tv-tabs\">";
    for (const View v : {View::Compare, View::Ladder, View::Quiz}) {
        const string id = string("tv-view-") + ToString(v);
        out += "<li>" + Button(id, ViewName(v), string("data-act=\"view\" data-value=\"") + ToString(v) + "\"" +
                                                    (s.view == v ? " aria-current=\"page\"" : "")) + "</li>";
    }
    return out + "</ul></nav>";
}

// [SECTION] Compare

// The n-th role's colour, as the canvas draws it, is the stylesheets' (print.css) "role-<n % 3>";
// a colour of the content's own is given inline, made readable on paper.
string RoleAttributes(const Content& c, std::size_t role) {
    string out = "class=\"role-" + std::to_string(role % 3) + "\"";
    if (const std::optional<Rgb> own = role < c.roles.size() ? ParseHexColour(c.roles[role].colour) : std::nullopt)
        out += " style=\"color: " + HexColour(Readable(*own, {Rgb{1, 1, 1}})) + "\"";
    return out;
}

string CompareHtml(const Content& c, const Session& s) {
    string out = "<h2 id=\"tv-title\" tabindex=\"-1\">Compare the roles</h2>";
    for (std::size_t r = 0; r < c.roles.size(); ++r) {
        const Role& role = c.roles[r];
        out += "<p><strong " + RoleAttributes(c, r) + ">" + E(role.name) + "</strong>: " + E(role.summary) + " Focus: " + E(role.focus) + "." +
               Source(c, role.source) + "</p>";
    }
    out += "<form class=\"tv-controls\" data-form=\"compare\"><p><label for=\"tv-filter\">Filter rows and items</label> "
           "<input type=\"search\" id=\"tv-filter\" data-act=\"filter\" value=\"" + E(s.compare.filter) + "\"></p>"
           "<p><input type=\"checkbox\" id=\"tv-diff\" data-act=\"diff\"" + string(s.compare.differences_only ? " checked" : "") +
           "> <label for=\"tv-diff\">Differences only (hide the items both roles list)</label></p></form>";
    const CompareFilter filter{s.compare.differences_only, s.compare.filter};
    string body;
    std::size_t shown = 0, total = 0;
    for (const Row& row : c.rows) {
        const SharedFlags shared = FindSharedItems(row);
        const RowVisibility vis = ComputeVisibility(c, row, shared, filter);
        for (const Cell& cell : row.cells) total += row.kind == RowKind::List ? cell.items.size() : 1;
        if (!vis.visible) continue;
        shown += vis.item_count;
        body += "<tr><th scope=\"row\">" + E(row.label) + "</th>";
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const Cell& cell = row.cells[i];
            body += "<td>";
            if (row.kind == RowKind::Range) {
                body += E(FormatRange(cell.range, row.unit));
                if (!cell.range.note.empty()) body += " (" + E(cell.range.note) + ")";
                body += Source(c, cell.range.source);
            } else {
                body += "<ul>";
                for (const std::size_t k : vis.items[i])
                    body += "<li>" + E(cell.items[k].text) + (shared[i][k] ? " <em>(both roles)</em>" : "") +
                            Source(c, cell.items[k].source) + "</li>";
                body += "</ul>";
            }
            body += "</td>";
        }
        body += "</tr>";
    }
    out += "<p id=\"tv-count\">Showing " + std::to_string(shown) + " of " + std::to_string(total) + " entries.</p>";
    if (body.empty()) return out + "<p>No row matches the filter.</p>";
    out += "<table><caption>The roles side by side</caption><thead><tr><th scope=\"col\">Aspect</th>";
    for (std::size_t r = 0; r < c.roles.size(); ++r) out += "<th scope=\"col\" " + RoleAttributes(c, r) + ">" + E(c.roles[r].name) + "</th>";
    return out + "</tr></thead><tbody>" + body + "</tbody></table>";
}

// [SECTION] Ladder

string NodeSelect(const Content& c, const string& id, const string& label, const string& act, const string& value) {
    string out = "<p><label for=\"" + id + "\">" + E(label) + "</label> <select id=\"" + id + "\" data-act=\"" + act + "\">";
    out += string("<option value=\"\"") + (value.empty() ? " selected" : "") + ">(none)</option>";
    for (const LadderNode& n : c.ladder.nodes)
        out += "<option value=\"" + E(n.id) + "\"" + (n.id == value ? " selected" : "") + ">" + E(n.title) + "</option>";
    return out + "</select></p>";
}

string LadderHtml(const Content& c, const Session& s) {
    const Ladder& ladder = c.ladder;
    string out = "<h2 id=\"tv-title\" tabindex=\"-1\">Career ladder</h2>";
    out += "<form class=\"tv-controls\" data-form=\"ladder\">" + NodeSelect(c, "tv-you", "I am a", "you", s.ladder.you) +
           NodeSelect(c, "tv-target", "My target", "target", s.ladder.target) + "</form>";
    out += "<h3>Your route</h3>";
    const std::size_t from = s.ladder.you.empty() ? Content::npos : c.NodeIndex(s.ladder.you);
    const std::size_t to = s.ladder.target.empty() ? Content::npos : c.NodeIndex(s.ladder.target);
    if (from == Content::npos || to == Content::npos) {
        out += "<p id=\"tv-route\">Choose where you are and your target to see the steps between them.</p>";
    } else {
        const Route route = FindRoute(ladder, from, to);
        if (!route.found) {
            out += "<p id=\"tv-route\">The ladder has no way from " + E(ladder.nodes[from].title) + " to " + E(ladder.nodes[to].title) + ".</p>";
        } else if (route.steps.empty()) {
            out += "<p id=\"tv-route\">You are already there.</p>";
        } else {
            out += "<p id=\"tv-route\">" + std::to_string(route.steps.size()) + (route.steps.size() == 1 ? " step" : " steps") + " from " +
                   E(ladder.nodes[from].title) + " to " + E(ladder.nodes[to].title) + ":</p><ol>";
            for (const RouteStep& step : route.steps) {
                out += "<li>" + E(ladder.nodes[step.to].title) + ": " +
                       (step.kind == EdgeKind::Switch ? "a switch of track" : "a promotion") + " from " + E(ladder.nodes[step.from].title);
                const auto reqs = StepRequirements(ladder, step);
                if (!reqs.empty()) {
                    out += "<ul>";
                    for (const string& r : reqs) out += "<li>" + E(r) + "</li>";
                    out += "</ul>";
                }
                out += "</li>";
            }
            out += "</ol>";
        }
    }
    out += "<h3>The roles, by track</h3><ul>";
    for (const Track track : {Track::Shared, Track::Management, Track::Technical}) {
        string roles;
        for (std::size_t i = 0; i < ladder.nodes.size(); ++i) {
            const LadderNode& n = ladder.nodes[i];
            if (n.track != track) continue;
            roles += "<li><strong>" + E(n.title) + "</strong>";
            if (n.id == s.ladder.you) roles += " (you are here)";
            if (n.id == s.ladder.target) roles += " (your target)";
            roles += "<ul><li>" + E(n.description.empty() ? n.summary : n.description) + Source(c, n.source) + "</li>";
            if (n.has_experience) roles += "<li>Experience: " + E(FormatRange(n.experience, Unit::Years)) + "</li>";
            if (n.has_salary) roles += "<li>Salary: " + E(FormatRange(n.salary, Unit::Usd)) + "</li>";
            for (const Item& r : n.requirements) roles += "<li>Requires: " + E(r.text) + Source(c, r.source) + "</li>";
            string next;
            for (const LadderEdge& e : ladder.edges)
                if (e.from == i)
                    next += string(next.empty() ? "" : "; ") + E(ladder.nodes[e.to].title) + (e.kind == EdgeKind::Switch ? " (switch of track)" : "");
            if (!next.empty()) roles += "<li>Leads to: " + next + "</li>";
            roles += "</ul></li>";
        }
        if (!roles.empty()) out += "<li>" + string(TrackName(track)) + "<ul>" + roles + "</ul></li>";
    }
    return out + "</ul>";
}

// [SECTION] Quizzes

string FitHtml(const Content& c, const Session& s) {
    const FitQuiz& quiz = c.quizzes.fit;
    const FitSession& f = s.quiz.fit;
    string out;
    if (f.finished) {
        const FitResult r = ComputeFit(quiz, f.answers);
        const char* back = r.withheld ? "Back to the statements" : "Change answers";
        if (r.withheld) {
            out += "<p id=\"tv-result\">Not enough answers yet: you answered " + std::to_string(r.answered) + " of " + std::to_string(r.total) +
                   " statements. Answer at least " + std::to_string(quiz.min_answered) + " to see which path your answers lean toward.</p>";
        } else {
            const FitOutcome& o = r.direction == Lean::Management ? quiz.management : r.direction == Lean::Technical ? quiz.technical : quiz.balanced;
            out += "<h3 id=\"tv-result\">" +
                   E(FitHeadline(r)) +
                   "</h3><p>Based on " + std::to_string(r.answered) + " of " + std::to_string(r.total) + " statements.</p>";
            if (!r.top.empty()) {
                out += string("<p>") + (r.direction == Lean::Balanced ? "The answers that pulled hardest:" : "What moved it most:") + "</p><ul>";
                for (const FitContribution& t : r.top) {
                    const auto st = std::find_if(quiz.statements.begin(), quiz.statements.end(), [&](const FitStatement& x) { return x.id == t.statement; });
                    const auto rated = f.answers.find(t.statement);
                    if (st == quiz.statements.end() || rated == f.answers.end()) continue;
                    out += "<li>\"" + E(st->text) + "\": " + RatingLabel(rated->second) +
                           (r.direction == Lean::Balanced ? (t.push < 0 ? " (toward management)" : " (toward the technical path)") : "") + "</li>";
                }
                out += "</ul>";
            }
            out += "<p><strong>" + E(o.title) + "</strong>: " + E(o.text) + Source(c, o.source) + "</p>";
        }
        return out + "<p>" + Button("tv-fit-reopen", back, "data-act=\"fitReopen\"") + "</p>";
    }
    const int total = static_cast<int>(quiz.statements.size());
    const int current = std::clamp(f.current, 0, std::max(total - 1, 0));
    if (total == 0) return "<p>This quiz has no statements.</p>";
    const FitStatement& st = quiz.statements[static_cast<std::size_t>(current)];
    const auto it = f.answers.find(st.id);
    const int rating = it == f.answers.end() ? 0 : it->second;
    out += "<p>Statement " + std::to_string(current + 1) + " of " + std::to_string(total) + ", " + std::to_string(f.answers.size()) + " answered.</p>";
    out += "<form data-form=\"fit\"><fieldset><legend>" + E(st.text) + "</legend>";
    for (int n = 1; n <= 5; ++n) {
        const string id = "tv-rate-" + std::to_string(n);
        out += "<p><input type=\"radio\" name=\"rating\" id=\"" + id + "\" value=\"" + std::to_string(n) + "\" data-act=\"rate\"" +
               (rating == n ? " checked" : "") + "> <label for=\"" + id + "\">" + std::to_string(n) + " " + RatingLabel(n) + "</label></p>";
    }
    out += "</fieldset></form><p>";
    const bool last = current == total - 1;
    out += Button("tv-fit-back", "Back", "data-act=\"fitBack\"", current > 0) + " ";
    out += Button("tv-fit-next", last ? "See my result" : rating ? "Next" : "Skip", "data-act=\"fitNext\"");
    if (!last && f.answers.size() >= static_cast<std::size_t>(quiz.min_answered)) out += " " + Button("tv-fit-finish", "Finish now", "data-act=\"fitFinish\"");
    return out + "</p>";
}

string KnowledgeHtml(const Content& c, const Session& s) {
    const KnowledgeQuiz& quiz = c.quizzes.knowledge;
    const KnowledgeSession& k = s.quiz.knowledge;
    string out;
    if (k.finished) {
        const Score score = ScoreAttempt(quiz, k);
        out += "<h3 id=\"tv-result\">" + E(ScoreLine(score)) + "</h3><p>The pass mark is " + std::to_string(quiz.pass_mark) + "%. Attempt " +
               std::to_string(k.attempt) + ".</p><p>" + Button("tv-retry", "Try again (reshuffled)", "data-act=\"retry\"") + "</p><h3>Review</h3><ol>";
        for (const string& id : k.order) {
            const Question* q = FindQuestion(quiz, id);
            if (!q) continue;
            const auto it = k.answers.find(id);
            const std::vector<string> given = it == k.answers.end() ? std::vector<string>{} : it->second;
            const QuestionScore qs = ScoreQuestion(*q, given);
            const char* sep = q->type == QuestionType::Order ? ", then " : "; ";
            string yours, right;
            for (const string& o : given) yours += (yours.empty() ? "" : sep) + OptionText(*q, o);
            for (const string& o : q->answer) right += (right.empty() ? "" : sep) + OptionText(*q, o);
            out += "<li><strong>" + string(ReviewMark(qs)) + ":</strong> " + E(q->prompt) +
                   "<ul><li>Your answer: " + E(yours.empty() ? "(none)" : yours) + "</li>";
            if (!qs.correct) out += "<li>Right answer: " + E(right) + "</li>";
            out += "<li>" + E(q->explanation) + Source(c, q->source) + "</li></ul></li>";
        }
        return out + "</ol>";
    }
    const Question* q = CurrentQuestion(quiz, k);
    if (!q) return "<p>The knowledge check has not started.</p>";
    const bool checked = IsChecked(k, q->id);
    const auto shown_it = k.option_order.find(q->id);
    const std::vector<string> shown = shown_it == k.option_order.end() ? std::vector<string>{} : shown_it->second;
    const auto given_it = k.answers.find(q->id);
    const std::vector<string> given = given_it == k.answers.end() ? std::vector<string>{} : given_it->second;
    out += "<p>Question " + std::to_string(k.current + 1) + " of " + std::to_string(k.order.size()) + ".</p>";
    out += "<form data-form=\"knowledge\"><fieldset><legend>" + E(q->prompt) + "</legend>";
    const string locked = checked ? " disabled" : "";
    if (q->type == QuestionType::Order) {
        out += "<p>Put the items in order, first at the top, with the move buttons.</p><ol>";
        for (std::size_t i = 0; i < given.size(); ++i) {
            const string text = OptionText(*q, given[i]), n = std::to_string(i + 1);
            out += "<li>" + E(text) + " " +
                   Button("tv-up-" + n, "Move up", "data-act=\"move\" data-from=\"" + std::to_string(i) + "\" data-to=\"" + std::to_string(i ? i - 1 : 0) +
                                                       "\" aria-label=\"Move " + E(text) + " up\"", !checked && i > 0) + " " +
                   Button("tv-down-" + n, "Move down", "data-act=\"move\" data-from=\"" + std::to_string(i) + "\" data-to=\"" + std::to_string(i + 1) +
                                                           "\" aria-label=\"Move " + E(text) + " down\"", !checked && i + 1 < given.size()) + "</li>";
        }
        out += "</ol>";
    } else {
        const bool multiple = q->type == QuestionType::Multiple;
        if (multiple) out += "<p>Choose all that apply.</p>";
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const string id = "tv-option-" + std::to_string(i + 1);
            const bool on = std::find(given.begin(), given.end(), shown[i]) != given.end();
            const bool in_key = std::find(q->answer.begin(), q->answer.end(), shown[i]) != q->answer.end();
            out += string("<p><input type=\"") + (multiple ? "checkbox" : "radio") + "\" name=\"answer\" id=\"" + id + "\" value=\"" + E(shown[i]) +
                   "\" data-act=\"choose\"" + (on ? " checked" : "") + locked + "> <label for=\"" + id + "\">" + E(OptionText(*q, shown[i])) +
                   (checked && in_key ? " (right answer)" : "") + "</label></p>";
        }
    }
    out += "</fieldset></form>";
    if (checked) {
        const QuestionScore score = ScoreQuestion(*q, given);
        out += "<p id=\"tv-feedback\"><strong>" + string(AnswerVerdict(score)) + "." + "</strong> " +
               E(score.correct ? q->feedback_correct : q->feedback_incorrect) + "</p>";
    }
    out += "<p>" + Button("tv-back", "Back", "data-act=\"back\"", k.current > 0) + " ";
    if (!checked) out += Button("tv-check", "Check", "data-act=\"check\"", HasAnswer(k, *q));
    else out += Button("tv-next", k.current + 1 >= static_cast<int>(k.order.size()) ? "See my score" : "Next", "data-act=\"next\"");
    return out + "</p>";
}

string QuizHtml(const Content& c, const Session& s) {
    string out = "<h2 id=\"tv-title\" tabindex=\"-1\">Quiz</h2><ul class=\"tv-tabs\">";
    if (c.quizzes.fit.present)
        out += "<li>" + Button("tv-quiz-fit", c.quizzes.fit.title, string("data-act=\"quiz\" data-value=\"fit\" aria-pressed=\"") +
                                                                     (s.quiz.active == QuizKind::Fit ? "true" : "false") + "\"") + "</li>";
    if (c.quizzes.knowledge.present)
        out += "<li>" + Button("tv-quiz-knowledge", c.quizzes.knowledge.title,
                               string("data-act=\"quiz\" data-value=\"knowledge\" aria-pressed=\"") +
                                   (s.quiz.active == QuizKind::Knowledge ? "true" : "false") + "\"") + "</li>";
    out += "</ul>";
    if (s.quiz.active == QuizKind::Fit && c.quizzes.fit.present) return out + "<h3>" + E(c.quizzes.fit.title) + "</h3>" + FitHtml(c, s);
    if (c.quizzes.knowledge.present) return out + "<h3>" + E(c.quizzes.knowledge.title) + "</h3>" + KnowledgeHtml(c, s);
    return out + "<p>This content has no quiz.</p>";
}

} // namespace

std::string TextVersionHtml(const Content& content, const Session& session) {
    string out = ViewTabs(session);
    switch (session.view) {
        case View::Ladder: out += LadderHtml(content, session); break;
        case View::Quiz: out += QuizHtml(content, session); break;
        case View::Author: // the shell writes the author's text version (its document is not the content shown)
        case View::Compare: out += CompareHtml(content, session); break;
    }
    return out;
}

} // namespace crossroads
