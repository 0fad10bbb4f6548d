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

std::string HtmlFill(std::string_view pattern, i18n::Args html_values) {
    std::string safe;
    safe.reserve(pattern.size());
    for (const char c : pattern) {
        switch (c) {
            case '&': safe += "&amp;"; break;
            case '<': safe += "&lt;"; break;
            case '>': safe += "&gt;"; break;
            default: safe += c;
        }
    }
    return i18n::Format(safe, html_values);
}

namespace {

using std::string;


string E(std::string_view text) { return HtmlEscape(text); }

string Source(const i18n::Tr& tr, const Content& c, const string& section) {
    if (section.empty()) return "";
    // TRANSLATORS: after a fact; {section} is the heading of the source article's section it comes from
    return " <span class=\"source\">" + HtmlFill(tr("text.source", "(source: {section})"), {{"section", E(c.SectionHeading(section))}}) + "</span>";
}

// A button; `attrs` are further attributes (data-*), already escaped.
string Button(const string& id, const string& label, const string& attrs, bool enabled = true) {
    return "<button type=\"button\" id=\"" + id + "\" " + attrs + (enabled ? "" : " disabled") + ">" + E(label) + "</button>";
}

string ViewTabs(const i18n::Tr& tr, const Session& s) {
    // TRANSLATORS: the accessible name of the list of the views (Compare, Ladder, Quiz)
    string out = "<nav aria-label=\"" + E(tr("text.views", "Views")) + "\"><ul class=\"tv-tabs\">";
    for (const View v : {View::Compare, View::Ladder, View::Quiz}) {
        const string id = string("tv-view-") + ToString(v);
        out += "<li>" + Button(id, ViewName(tr, v), string("data-act=\"view\" data-value=\"") + ToString(v) + "\"" +
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

string CompareHtml(const i18n::Tr& tr, const Content& c, const Session& s) {
    string out = "<h2 id=\"tv-title\" tabindex=\"-1\">" + E(tr("text.compare.title", "Compare the roles")) + "</h2>";
    for (std::size_t r = 0; r < c.roles.size(); ++r) {
        const Role& role = c.roles[r];
        out += "<p><strong " + RoleAttributes(c, r) + ">" + E(role.name) + "</strong>: " +
               // TRANSLATORS: after a role's name; {summary} is the role's summary (a sentence), {focus} what the role focuses on
               HtmlFill(tr("text.compare.role", "{summary} Focus: {focus}."), {{"summary", E(role.summary)}, {"focus", E(role.focus)}}) +
               Source(tr, c, role.source) + "</p>";
    }
    out += "<form class=\"tv-controls\" data-form=\"compare\"><p><label for=\"tv-filter\">" +
           E(tr("text.compare.filter", "Filter rows and items")) + "</label> "
           "<input type=\"search\" id=\"tv-filter\" data-act=\"filter\" value=\"" + E(s.compare.filter) + "\"></p>"
           "<p><input type=\"checkbox\" id=\"tv-diff\" data-act=\"diff\"" + string(s.compare.differences_only ? " checked" : "") +
           "> <label for=\"tv-diff\">" + E(tr("text.compare.differencesOnly", "Differences only (hide the items both roles list)")) +
           "</label></p></form>";
    const CompareFilter filter{s.compare.differences_only, s.compare.filter};
    // TRANSLATORS: after an item that both roles list
    const string both = " <em>" + E(tr("text.compare.bothRoles", "(both roles)")) + "</em>";
    string body;
    std::size_t shown = 0, total = 0;
    for (const Row& row : c.rows) {
        const SharedFlags shared = FindSharedItems(row);
        const RowVisibility vis = ComputeVisibility(tr, c, row, shared, filter);
        for (const Cell& cell : row.cells) total += row.kind == RowKind::List ? cell.items.size() : 1;
        if (!vis.visible) continue;
        shown += vis.item_count;
        body += "<tr><th scope=\"row\">" + E(row.label) + "</th>";
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const Cell& cell = row.cells[i];
            body += "<td>";
            if (row.kind == RowKind::Range) {
                body += E(FormatRange(tr, cell.range, row.unit));
                if (!cell.range.note.empty()) body += " (" + E(cell.range.note) + ")";
                body += Source(tr, c, cell.range.source);
            } else {
                body += "<ul>";
                for (const std::size_t k : vis.items[i])
                    body += "<li>" + E(cell.items[k].text) + (shared[i][k] ? both : "") +
                            Source(tr, c, cell.items[k].source) + "</li>";
                body += "</ul>";
            }
            body += "</td>";
        }
        body += "</tr>";
    }
    // TRANSLATORS: how many of the comparison's entries the filter leaves; {n} is how many there are in all
    out += "<p id=\"tv-count\">" + HtmlFill(tr("text.compare.count", "Showing {shown} of {n} entry.", "Showing {shown} of {n} entries.", static_cast<long>(total)),
                                        {{"shown", std::to_string(shown)}}) + "</p>";
    if (body.empty()) return out + "<p>" + E(tr("text.compare.noMatch", "No row matches the filter.")) + "</p>";
    out += "<table><caption>" + E(tr("text.compare.caption", "The roles side by side")) + "</caption><thead><tr><th scope=\"col\">" +
           // TRANSLATORS: the header of the table's first column, which names each row (salary, skills, ...)
           E(tr("text.compare.aspect", "Aspect")) + "</th>";
    for (std::size_t r = 0; r < c.roles.size(); ++r) out += "<th scope=\"col\" " + RoleAttributes(c, r) + ">" + E(c.roles[r].name) + "</th>";
    return out + "</tr></thead><tbody>" + body + "</tbody></table>";
}

// [SECTION] Ladder

string NodeSelect(const i18n::Tr& tr, const Content& c, const string& id, const string& label, const string& act, const string& value) {
    string out = "<p><label for=\"" + id + "\">" + E(label) + "</label> <select id=\"" + id + "\" data-act=\"" + act + "\">";
    // TRANSLATORS: the choice of no role in a list of the ladder's roles
    out += string("<option value=\"\"") + (value.empty() ? " selected" : "") + ">" + E(tr("text.ladder.none", "(none)")) + "</option>";
    for (const LadderNode& n : c.ladder.nodes)
        out += "<option value=\"" + E(n.id) + "\"" + (n.id == value ? " selected" : "") + ">" + E(n.title) + "</option>";
    return out + "</select></p>";
}

string LadderHtml(const i18n::Tr& tr, const Content& c, const Session& s) {
    const Ladder& ladder = c.ladder;
    string out = "<h2 id=\"tv-title\" tabindex=\"-1\">" + E(tr("text.ladder.title", "Career ladder")) + "</h2>";
    out += "<form class=\"tv-controls\" data-form=\"ladder\">" +
           // TRANSLATORS: the label of a list of roles to choose from: the learner's role now ("I am a Tech Lead")
           NodeSelect(tr, c, "tv-you", tr("text.ladder.you", "I am a"), "you", s.ladder.you) +
           // TRANSLATORS: the label of a list of roles to choose from: the role the learner wants to reach
           NodeSelect(tr, c, "tv-target", tr("text.ladder.target", "My target"), "target", s.ladder.target) + "</form>";
    out += "<h3>" + E(tr("text.ladder.route", "Your route")) + "</h3>";
    const std::size_t from = s.ladder.you.empty() ? Content::npos : c.NodeIndex(s.ladder.you);
    const std::size_t to = s.ladder.target.empty() ? Content::npos : c.NodeIndex(s.ladder.target);
    if (from == Content::npos || to == Content::npos) {
        out += "<p id=\"tv-route\">" + E(tr("text.ladder.route.choose", "Choose where you are and your target to see the steps between them.")) + "</p>";
    } else {
        const Route route = FindRoute(ladder, from, to);
        const string from_title = E(ladder.nodes[from].title), to_title = E(ladder.nodes[to].title);
        const i18n::Args ends = {{"from", from_title}, {"to", to_title}};
        if (!route.found) {
            // TRANSLATORS: {from} and {to} are roles on the career ladder
            out += "<p id=\"tv-route\">" + HtmlFill(tr("text.ladder.route.none", "The ladder has no way from {from} to {to}."), ends) + "</p>";
        } else if (route.steps.empty()) {
            out += "<p id=\"tv-route\">" + E(tr("text.ladder.route.there", "You are already there.")) + "</p>";
        } else {
            // TRANSLATORS: introduces the list of steps of a route; {from} and {to} are roles on the career ladder
            out += "<p id=\"tv-route\">" + HtmlFill(tr("text.ladder.route.steps", "{n} step from {from} to {to}:", "{n} steps from {from} to {to}:",
                                                   static_cast<long>(route.steps.size())), ends) + "</p><ol>";
            for (const RouteStep& step : route.steps) {
                const string step_to = E(ladder.nodes[step.to].title), step_from = E(ladder.nodes[step.from].title);
                const i18n::Args roles = {{"to", step_to}, {"from", step_from}};
                out += "<li>" + (step.kind == EdgeKind::Switch
                                     // TRANSLATORS: a step of a route: the role {to} reached from the role {from} on the other track
                                     ? HtmlFill(tr("text.ladder.step.switch", "{to}: a switch of track from {from}"), roles)
                                     // TRANSLATORS: a step of a route: the role {to} reached from the role {from} on the same track
                                     : HtmlFill(tr("text.ladder.step.promotion", "{to}: a promotion from {from}"), roles));
                const auto reqs = StepRequirements(tr, ladder, step);
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
    out += "<h3>" + E(tr("text.ladder.byTrack", "The roles, by track")) + "</h3><ul>";
    for (const Track track : {Track::Shared, Track::Management, Track::Technical}) {
        string roles;
        for (std::size_t i = 0; i < ladder.nodes.size(); ++i) {
            const LadderNode& n = ladder.nodes[i];
            if (n.track != track) continue;
            roles += "<li><strong>" + E(n.title) + "</strong>";
            // TRANSLATORS: after the role the learner chose as theirs now
            if (n.id == s.ladder.you) roles += " " + E(tr("text.ladder.youAreHere", "(you are here)"));
            // TRANSLATORS: after the role the learner chose to reach
            if (n.id == s.ladder.target) roles += " " + E(tr("text.ladder.yourTarget", "(your target)"));
            roles += "<ul><li>" + E(n.description.empty() ? n.summary : n.description) + Source(tr, c, n.source) + "</li>";
            // TRANSLATORS: {range} is a number of years, e.g. "3-5 years"
            if (n.has_experience) roles += "<li>" + HtmlFill(tr("text.ladder.experience", "Experience: {range}"), {{"range", E(FormatRange(tr, n.experience, Unit::Years))}}) + "</li>";
            // TRANSLATORS: {range} is an amount of money a year, e.g. "$124,240 - $153,181"
            if (n.has_salary) roles += "<li>" + HtmlFill(tr("text.ladder.salary", "Salary: {range}"), {{"range", E(FormatRange(tr, n.salary, Unit::Usd))}}) + "</li>";
            for (const Item& r : n.requirements)
                // TRANSLATORS: {requirement} is something the role asks for, from the content
                roles += "<li>" + HtmlFill(tr("text.ladder.requires", "Requires: {requirement}"), {{"requirement", E(r.text)}}) + Source(tr, c, r.source) + "</li>";
            string next;
            for (const LadderEdge& e : ladder.edges)
                if (e.from == i)
                    next += string(next.empty() ? "" : "; ") + E(ladder.nodes[e.to].title) +
                            // TRANSLATORS: after a next role that is on the other track
                            (e.kind == EdgeKind::Switch ? " " + E(tr("text.ladder.switchOfTrack", "(switch of track)")) : "");
            // TRANSLATORS: {roles} is a list of the roles one can move on to, separated by semicolons
            if (!next.empty()) roles += "<li>" + HtmlFill(tr("text.ladder.leadsTo", "Leads to: {roles}"), {{"roles", next}}) + "</li>";
            roles += "</ul></li>";
        }
        if (!roles.empty()) out += "<li>" + E(TrackName(tr, track)) + "<ul>" + roles + "</ul></li>";
    }
    return out + "</ul>";
}

// [SECTION] Quizzes

string FitHtml(const i18n::Tr& tr, const Content& c, const Session& s) {
    const FitQuiz& quiz = c.quizzes.fit;
    const FitSession& f = s.quiz.fit;
    string out;
    if (f.finished) {
        const FitResult r = ComputeFit(quiz, f.answers);
        const char* back = r.withheld ? tr("text.fit.backToStatements", "Back to the statements")
                                      // TRANSLATORS: a button: back to the statements, to change the ratings given
                                      : tr("text.fit.changeAnswers", "Change answers");
        if (r.withheld) {
            out += "<p id=\"tv-result\">" +
                   // TRANSLATORS: {answered} statements have a rating, of {n} in all; {min} is the fewest ratings that give a result
                   HtmlFill(tr("text.fit.withheld",
                           "Not enough answers yet: you answered {answered} of {n} statement. Answer at least {min} to see which path your answers lean toward.",
                           "Not enough answers yet: you answered {answered} of {n} statements. Answer at least {min} to see which path your answers lean toward.",
                           r.total),
                        {{"answered", std::to_string(r.answered)}, {"min", std::to_string(quiz.min_answered)}}) + "</p>";
        } else {
            const FitOutcome& o = r.direction == Lean::Management ? quiz.management : r.direction == Lean::Technical ? quiz.technical : quiz.balanced;
            out += "<h3 id=\"tv-result\">" +
                   E(FitHeadline(tr, r)) +
                   "</h3><p>" +
                   // TRANSLATORS: under the result; {answered} statements have a rating, of {n} in all
                   HtmlFill(tr("text.fit.basedOn", "Based on {answered} of {n} statement.", "Based on {answered} of {n} statements.", r.total),
                        {{"answered", std::to_string(r.answered)}}) + "</p>";
            if (!r.top.empty()) {
                out += "<p>" + E(r.direction == Lean::Balanced ? tr("text.fit.top.balanced", "The answers that pulled hardest:")
                                                               // TRANSLATORS: introduces the answers that moved the result most its way
                                                               : tr("text.fit.top", "What moved it most:")) + "</p><ul>";
                for (const FitContribution& t : r.top) {
                    const auto st = std::find_if(quiz.statements.begin(), quiz.statements.end(), [&](const FitStatement& x) { return x.id == t.statement; });
                    const auto rated = f.answers.find(t.statement);
                    if (st == quiz.statements.end() || rated == f.answers.end()) continue;
                    // TRANSLATORS: {statement} is a statement of the quiz, {rating} the answer given to it ("Agree")
                    const char* item = tr("text.fit.top.item", "\"{statement}\": {rating}");
                    if (r.direction == Lean::Balanced)
                        item = t.push < 0 ? tr("text.fit.top.item.management", "\"{statement}\": {rating} (toward management)")
                                          : tr("text.fit.top.item.technical", "\"{statement}\": {rating} (toward the technical path)");
                    out += "<li>" + HtmlFill(item, {{"statement", E(st->text)}, {"rating", E(RatingLabel(tr, rated->second))}}) + "</li>";
                }
                out += "</ul>";
            }
            out += "<p><strong>" + E(o.title) + "</strong>: " + E(o.text) + Source(tr, c, o.source) + "</p>";
        }
        return out + "<p>" + Button("tv-fit-reopen", back, "data-act=\"fitReopen\"") + "</p>";
    }
    const int total = static_cast<int>(quiz.statements.size());
    const int current = std::clamp(f.current, 0, std::max(total - 1, 0));
    if (total == 0) return "<p>" + E(tr("text.fit.empty", "This quiz has no statements.")) + "</p>";
    const FitStatement& st = quiz.statements[static_cast<std::size_t>(current)];
    const auto it = f.answers.find(st.id);
    const int rating = it == f.answers.end() ? 0 : it->second;
    // TRANSLATORS: {current} is the statement shown, of {total}; {answered} statements have a rating
    out += "<p>" + HtmlFill(tr("text.fit.progress", "Statement {current} of {total}, {answered} answered."),
                        {{"current", std::to_string(current + 1)}, {"total", std::to_string(total)}, {"answered", std::to_string(f.answers.size())}}) +
           "</p>";
    out += "<form data-form=\"fit\"><fieldset><legend>" + E(st.text) + "</legend>";
    for (int n = 1; n <= 5; ++n) {
        const string id = "tv-rate-" + std::to_string(n);
        out += "<p><input type=\"radio\" name=\"rating\" id=\"" + id + "\" value=\"" + std::to_string(n) + "\" data-act=\"rate\"" +
               (rating == n ? " checked" : "") + "> <label for=\"" + id + "\">" + std::to_string(n) + " " + E(RatingLabel(tr, n)) + "</label></p>";
    }
    out += "</fieldset></form><p>";
    const bool last = current == total - 1;
    // TRANSLATORS: a button: to the previous statement or question
    out += Button("tv-fit-back", tr("text.back", "Back"), "data-act=\"fitBack\"", current > 0) + " ";
    out += Button("tv-fit-next", last ? tr("text.fit.seeResult", "See my result")
                                 : rating ? tr("text.next", "Next")
                                          // TRANSLATORS: a button: go on without rating this statement
                                          : tr("text.fit.skip", "Skip"),
                  "data-act=\"fitNext\"");
    if (!last && f.answers.size() >= static_cast<std::size_t>(quiz.min_answered))
        // TRANSLATORS: a button: see the result without rating the remaining statements
        out += " " + Button("tv-fit-finish", tr("text.fit.finishNow", "Finish now"), "data-act=\"fitFinish\"");
    return out + "</p>";
}

string KnowledgeHtml(const i18n::Tr& tr, const Content& c, const Session& s) {
    const KnowledgeQuiz& quiz = c.quizzes.knowledge;
    const KnowledgeSession& k = s.quiz.knowledge;
    string out;
    if (k.finished) {
        const Score score = ScoreAttempt(quiz, k);
        out += "<h3 id=\"tv-result\">" + E(ScoreLine(tr, score)) + "</h3><p>" +
               // TRANSLATORS: {pass} is the percentage needed to pass (the % follows it), {attempt} the number of this attempt (1, 2, ...)
               HtmlFill(tr("text.knowledge.passMark", "The pass mark is {pass}%. Attempt {attempt}."),
                    {{"pass", std::to_string(quiz.pass_mark)}, {"attempt", std::to_string(k.attempt)}}) +
               "</p><p>" + Button("tv-retry", tr("text.knowledge.retry", "Try again (reshuffled)"), "data-act=\"retry\"") + "</p><h3>" +
               // TRANSLATORS: a heading (a noun): the questions again, with the answers given and the right ones
               E(tr("text.knowledge.review", "Review")) + "</h3><ol>";
        for (const string& id : k.order) {
            const Question* q = FindQuestion(quiz, id);
            if (!q) continue;
            const auto it = k.answers.find(id);
            const std::vector<string> given = it == k.answers.end() ? std::vector<string>{} : it->second;
            const QuestionScore qs = ScoreQuestion(*q, given);
            // TRANSLATORS: joins the items of an answer that puts them in order: "A, then B, then C" (keep the spaces)
            const char* sep = q->type == QuestionType::Order ? tr("text.knowledge.then", ", then ") : "; ";
            string yours, right;
            for (const string& o : given) yours += (yours.empty() ? "" : sep) + OptionText(*q, o);
            for (const string& o : q->answer) right += (right.empty() ? "" : sep) + OptionText(*q, o);
            out += "<li><strong>" + E(ReviewMark(tr, qs)) + ":</strong> " + E(q->prompt) + "<ul><li>" +
                   // TRANSLATORS: {answer} is the answer the learner gave
                   HtmlFill(tr("text.knowledge.yourAnswer", "Your answer: {answer}"),
                        // TRANSLATORS: in place of an answer: the learner gave none
                        {{"answer", E(yours.empty() ? string(tr("text.knowledge.none", "(none)")) : yours)}}) +
                   "</li>";
            // TRANSLATORS: {answer} is the answer the question wanted
            if (!qs.correct) out += "<li>" + HtmlFill(tr("text.knowledge.rightAnswer", "Right answer: {answer}"), {{"answer", E(right)}}) + "</li>";
            out += "<li>" + E(q->explanation) + Source(tr, c, q->source) + "</li></ul></li>";
        }
        return out + "</ol>";
    }
    const Question* q = CurrentQuestion(quiz, k);
    if (!q) return "<p>" + E(tr("text.knowledge.notStarted", "The knowledge check has not started.")) + "</p>";
    const bool checked = IsChecked(k, q->id);
    const auto shown_it = k.option_order.find(q->id);
    const std::vector<string> shown = shown_it == k.option_order.end() ? std::vector<string>{} : shown_it->second;
    const auto given_it = k.answers.find(q->id);
    const std::vector<string> given = given_it == k.answers.end() ? std::vector<string>{} : given_it->second;
    // TRANSLATORS: {current} is the question shown, of {total}
    out += "<p>" + HtmlFill(tr("text.knowledge.progress", "Question {current} of {total}."),
                        {{"current", std::to_string(k.current + 1)}, {"total", std::to_string(k.order.size())}}) + "</p>";
    out += "<form data-form=\"knowledge\"><fieldset><legend>" + E(q->prompt) + "</legend>";
    const string locked = checked ? " disabled" : "";
    if (q->type == QuestionType::Order) {
        out += "<p>" + E(tr("text.knowledge.orderHint", "Put the items in order, first at the top, with the move buttons.")) + "</p><ol>";
        for (std::size_t i = 0; i < given.size(); ++i) {
            const string text = OptionText(*q, given[i]), n = std::to_string(i + 1);
            out += "<li>" + E(text) + " " +
                   // TRANSLATORS: a button: move the item one place up the list
                   Button("tv-up-" + n, tr("text.knowledge.moveUp", "Move up"),
                          "data-act=\"move\" data-from=\"" + std::to_string(i) + "\" data-to=\"" + std::to_string(i ? i - 1 : 0) + "\" aria-label=\"" +
                              // TRANSLATORS: the accessible name of the "Move up" button; {item} is the item it moves
                              E(i18n::Format(tr("text.knowledge.moveUp.label", "Move {item} up"), {{"item", text}})) + "\"",
                          !checked && i > 0) + " " +
                   // TRANSLATORS: a button: move the item one place down the list
                   Button("tv-down-" + n, tr("text.knowledge.moveDown", "Move down"),
                          "data-act=\"move\" data-from=\"" + std::to_string(i) + "\" data-to=\"" + std::to_string(i + 1) + "\" aria-label=\"" +
                              // TRANSLATORS: the accessible name of the "Move down" button; {item} is the item it moves
                              E(i18n::Format(tr("text.knowledge.moveDown.label", "Move {item} down"), {{"item", text}})) + "\"",
                          !checked && i + 1 < given.size()) + "</li>";
        }
        out += "</ol>";
    } else {
        const bool multiple = q->type == QuestionType::Multiple;
        if (multiple) out += "<p>" + E(tr("text.knowledge.chooseAll", "Choose all that apply.")) + "</p>";
        // TRANSLATORS: after an option that is part of the right answer, shown once the answer is checked
        const string in_key_mark = " " + E(tr("text.knowledge.inKey", "(right answer)"));
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const string id = "tv-option-" + std::to_string(i + 1);
            const bool on = std::find(given.begin(), given.end(), shown[i]) != given.end();
            const bool in_key = std::find(q->answer.begin(), q->answer.end(), shown[i]) != q->answer.end();
            out += string("<p><input type=\"") + (multiple ? "checkbox" : "radio") + "\" name=\"answer\" id=\"" + id + "\" value=\"" + E(shown[i]) +
                   "\" data-act=\"choose\"" + (on ? " checked" : "") + locked + "> <label for=\"" + id + "\">" + E(OptionText(*q, shown[i])) +
                   (checked && in_key ? in_key_mark : "") + "</label></p>";
        }
    }
    out += "</fieldset></form>";
    if (checked) {
        const QuestionScore score = ScoreQuestion(*q, given);
        out += "<p id=\"tv-feedback\"><strong>" + E(AnswerVerdict(tr, score)) + "." + "</strong> " +
               E(score.correct ? q->feedback_correct : q->feedback_incorrect) + "</p>";
    }
    // TRANSLATORS: a button: to the previous statement or question
    out += "<p>" + Button("tv-back", tr("text.back", "Back"), "data-act=\"back\"", k.current > 0) + " ";
    // TRANSLATORS: a button (a verb): check the answer chosen
    if (!checked) out += Button("tv-check", tr("text.knowledge.check", "Check"), "data-act=\"check\"", HasAnswer(k, *q));
    else
        out += Button("tv-next", k.current + 1 >= static_cast<int>(k.order.size()) ? tr("text.knowledge.seeScore", "See my score")
                                                                                    // TRANSLATORS: a button: to the next statement or question
                                                                                    : tr("text.next", "Next"),
                      "data-act=\"next\"");
    return out + "</p>";
}

string QuizHtml(const i18n::Tr& tr, const Content& c, const Session& s) {
    // TRANSLATORS: the heading of the quiz view (a noun)
    string out = "<h2 id=\"tv-title\" tabindex=\"-1\">" + E(tr("text.quiz.title", "Quiz")) + "</h2><ul class=\"tv-tabs\">";
    if (c.quizzes.fit.present)
        out += "<li>" + Button("tv-quiz-fit", c.quizzes.fit.title, string("data-act=\"quiz\" data-value=\"fit\" aria-pressed=\"") +
                                                                     (s.quiz.active == QuizKind::Fit ? "true" : "false") + "\"") + "</li>";
    if (c.quizzes.knowledge.present)
        out += "<li>" + Button("tv-quiz-knowledge", c.quizzes.knowledge.title,
                               string("data-act=\"quiz\" data-value=\"knowledge\" aria-pressed=\"") +
                                   (s.quiz.active == QuizKind::Knowledge ? "true" : "false") + "\"") + "</li>";
    out += "</ul>";
    if (s.quiz.active == QuizKind::Fit && c.quizzes.fit.present) return out + "<h3>" + E(c.quizzes.fit.title) + "</h3>" + FitHtml(tr, c, s);
    if (c.quizzes.knowledge.present) return out + "<h3>" + E(c.quizzes.knowledge.title) + "</h3>" + KnowledgeHtml(tr, c, s);
    return out + "<p>" + E(tr("text.quiz.none", "This content has no quiz.")) + "</p>";
}

} // namespace

std::string TextVersionHtml(const i18n::Tr& tr, const Content& content, const Session& session) {
    string out = ViewTabs(tr, session);
    switch (session.view) {
        case View::Ladder: out += LadderHtml(tr, content, session); break;
        case View::Quiz: out += QuizHtml(tr, content, session); break;
        case View::Author: // the shell writes the author's text version (its document is not the content shown)
        case View::Compare: out += CompareHtml(tr, content, session); break;
    }
    return out;
}

} // namespace crossroads
