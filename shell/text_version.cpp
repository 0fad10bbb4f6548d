// The text version's side of the shell: the HTML of the current view, and the actions its
// forms send, applied with the same functions the canvas uses (quiz_actions.cpp), so
// answers count, persist and reach the host page the same way.
#include "app.hpp"

#include "crossroads/text_version.hpp"

namespace crossroads::shell {


std::string TextVersionFor(AppState& app) {
    if (app.session.view == View::Author && app.author.started) return AuthorTextHtml(app);
    if (!AppHasContent(app))
        return "<p>" + HtmlEscape(app.tr("text.loadFailed", "The content could not be loaded; the problems are listed on the page.")) + "</p>";
    if (app.shared.active && app.session.view == View::Quiz && app.session.quiz.active == app.shared.kind) {
        // A result from a link: shown, never counted as this learner's.
        Session shown = app.session;
        if (app.shared.kind == QuizKind::Fit) shown.quiz.fit = app.shared.fit;
        else shown.quiz.knowledge = app.shared.knowledge;
        // TRANSLATORS: above a quiz result opened from a link someone shared
        return "<p id=\"tv-shared\">" + HtmlEscape(app.tr("text.shared", "A shared result: how someone answered, shown read-only.")) + "</p>" +
               TextVersionHtml(app.tr, app.content, shown);
    }
    if (app.session.view == View::Quiz) {
        // What showing a quiz does in the canvas: start the first attempt, and send
        // "completed" (once) when a result is on screen.
        if (app.session.quiz.active == QuizKind::Knowledge && app.content.quizzes.knowledge.present) {
            KnowledgeCurrent(app);
            if (app.session.quiz.knowledge.finished) KnowledgeResultShown(app);
        }
        if (app.session.quiz.active == QuizKind::Fit && app.content.quizzes.fit.present) {
            FitCurrent(app);
            if (app.session.quiz.fit.finished) FitResultShown(app);
        }
    }
    return TextVersionHtml(app.tr, app.content, app.session);
}

std::string PrintHtmlFor(AppState& app) {
    std::string out = "<h1>" + HtmlEscape(AppHasContent(app) ? app.content.title : std::string("Crossroads")) + "</h1>";
    out += TextVersionFor(app);
    if (AppHasContent(app) && !app.content.article.title.empty()) {
        const std::string title = HtmlEscape(app.content.article.title), publisher = HtmlEscape(app.content.article.publisher);
        const i18n::Args article = {{"title", title}, {"publisher", publisher}};
        // TRANSLATORS: at the end of the printed document; {title} is the source article's title
        const char* from = app.tr("text.print.source", "From Crossroads. Every fact comes from the article \"{title}\"; each part names the section it rests on.");
        if (!app.content.article.publisher.empty())
            // TRANSLATORS: at the end of the printed document; {title} is the source article's title, {publisher} who published it
            from = app.tr("text.print.source.publisher",
                          "From Crossroads. Every fact comes from the article \"{title}\" ({publisher}); each part names the section it rests on.");
        out += "<p class=\"source\">" + HtmlFill(from, article) + "</p>";
    }
    return out;
}

bool TextVersionAction(AppState& app, const nlohmann::ordered_json& action, std::string& error) {
    if (!action.is_object() || !action.contains("act") || !action["act"].is_string()) {
        error = "an action needs an \"act\" string";
        return false;
    }
    const std::string act = action["act"].get<std::string>();
    const std::string value = action.contains("value") && action["value"].is_string() ? action["value"].get<std::string>() : "";
    const auto index = [&](const char* key) -> long {
        return action.contains(key) && action[key].is_number_integer() ? action[key].get<long>() : -1;
    };
    Session& s = app.session;
    if (act == "view") {
        View view{};
        if (!ParseView(value, view)) return error = "unknown view \"" + value + "\"", false;
        s.view = view;
    } else if (act == "quiz") {
        QuizKind kind{};
        if (!ParseQuizKind(value, kind)) return error = "unknown quiz \"" + value + "\"", false;
        s.quiz.active = kind;
    } else if (act == "diff") {
        s.compare.differences_only = value == "true";
    } else if (act == "filter") {
        s.compare.filter = value.substr(0, 200);
    } else if (act == "you" || act == "target") {
        if (!value.empty() && app.content.NodeIndex(value) == Content::npos) return error = "unknown role \"" + value + "\"", false;
        (act == "you" ? s.ladder.you : s.ladder.target) = value;
    } else if (act == "rate") {
        const int rating = value.size() == 1 ? value[0] - '0' : 0;
        if (rating < 1 || rating > 5) return error = "a rating is 1 to 5", false;
        FitRate(app, rating);
    } else if (act == "fitBack" || act == "fitNext") {
        FitStep(app, act == "fitBack" ? -1 : +1);
    } else if (act == "fitFinish") {
        if (FitCanFinishEarly(app)) FitFinish(app);
    } else if (act == "fitReopen") {
        FitReopen(app);
    } else if (act == "choose") {
        KnowledgeChoose(app, value);
    } else if (act == "move") {
        if (index("from") < 0 || index("to") < 0) return error = "a move needs \"from\" and \"to\" positions", false;
        KnowledgeMove(app, static_cast<std::size_t>(index("from")), static_cast<std::size_t>(index("to")));
    } else if (act == "check") {
        KnowledgeCheck(app);
    } else if (act == "back" || act == "next") {
        KnowledgeStep(app, act == "back" ? -1 : +1);
    } else if (act == "retry") {
        KnowledgeRetry(app);
    } else {
        error = "unknown action \"" + act + "\"";
        return false;
    }
    return true;
}

} // namespace crossroads::shell
