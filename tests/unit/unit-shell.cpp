// The shell without a screen (tests/headless.hpp), driven frame by frame with synthetic
// mouse input: the views, the quizzes and the theme's contrast. Keyboard use is in
// unit-shell-keyboard.cpp, the text version and live reload in unit-shell-text.cpp.
#include "shell_test.hpp"

#include "crossroads/contrast.hpp"
#include "theme.hpp"

#include <cmath>
#include <cstdio>
#include <iterator>

using namespace crossroads;
using namespace crossroads::shell;
using namespace shell_test;

TEST_CASE("the Compare view draws its controls and records their rectangles", "[shell]") {
    Headless h;
    h.Frame();
    h.Frame();
    for (const char* id : {"tab.compare", "theme.toggle", "about.open", "compare.filter", "compare.differencesOnly",
                           "compare.chart.salary", "compare.chart.experience", "compare.row.duties", "compare.role.em"}) {
        INFO(id);
        const UiRect* r = h.Rect(id);
        REQUIRE(r);
        CHECK(r->w > 0);
        CHECK(r->h > 0);
    }
    CHECK(h.app.compare.visible_rows == 9);
    CHECK(h.app.compare.visible_items == h.app.compare.total_items);
    CHECK_FALSE(h.app.compare.stacked);
}

TEST_CASE("clicking the toggle and typing a filter change the session", "[shell]") {
    Headless h;
    h.Frame();
    h.Frame();
    const int all = h.app.compare.visible_items;
    SECTION("differences only hides the shared soft skills") {
        h.Click("compare.differencesOnly");
        CHECK(h.app.session.compare.differences_only);
        h.Frame();
        CHECK(h.app.compare.visible_items == all - 6);
        const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
        CHECK(state["compare"]["differencesOnly"] == true);
    }
    SECTION("typing in the filter narrows the rows") {
        h.Click("compare.filter");
        ImGui::GetIO().AddInputCharactersUTF8("budget");
        h.Frame();
        h.Frame();
        CHECK(h.app.session.compare.filter == "budget");
        CHECK(h.app.compare.visible_items < all);
        CHECK(h.app.compare.visible_items > 0);
    }
    SECTION("the theme button switches to dark") {
        h.Click("theme.toggle");
        CHECK(h.app.session.theme == Theme::Dark);
    }
    SECTION("About opens and closes") {
        h.Click("about.open");
        h.Frame();
        CHECK(h.app.about_open);
        REQUIRE(h.Rect("about.close"));
        h.Click("about.close");
        CHECK_FALSE(h.app.about_open);
    }
}

TEST_CASE("a phone-sized screen stacks the roles and nothing leaves the screen", "[shell]") {
    Headless h(360, 640);
    h.Frame();
    h.Frame();
    CHECK(h.app.compare.stacked);
    for (const UiRect& r : h.app.rects) {
        INFO(r.id);
        CHECK(r.x >= 0);
        CHECK(r.x + r.w <= 360.5f);
    }
    // The top bar's two rows: theme and About side by side on the first, the tabs below.
    const UiRect* theme = h.Rect("theme.toggle");
    const UiRect* about = h.Rect("about.open");
    const UiRect* tab = h.Rect("tab.compare");
    REQUIRE(theme);
    REQUIRE(about);
    REQUIRE(tab);
    CHECK(about->y == theme->y);
    CHECK(about->x > theme->x + theme->w);
    CHECK(tab->y > theme->y + theme->h);
}

TEST_CASE("invalid content shows the problems instead of a blank screen", "[shell]") {
    Headless h;
    CHECK_FALSE(AppLoadContent(h.app, "{\"format\": \"crossroads-content\"", "broken.json"));
    h.Frame();
    h.Frame();
    CHECK_FALSE(AppHasContent(h.app));
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    CHECK(state["content"]["ok"] == false);
    CHECK(state["content"]["problems"][0]["code"] == "json.syntax");
    CHECK(h.Rect("about.open")); // the app chrome still works
}


TEST_CASE("the Ladder view: its controls, drag and reset", "[shell][ladder]") {
    Headless h;
    h.Open(View::Ladder);
    for (const char* id : {"tab.ladder", "ladder.node.em", "ladder.node.cto", "ladder.reset", "ladder.fit", "ladder.zoomIn",
                           "ladder.zoomOut", "ladder.you", "ladder.canvas"}) {
        INFO(id);
        REQUIRE(h.Rect(id));
    }
    const float zoom = h.app.session.ladder.zoom;

    SECTION("dragging a card moves it by the dragged distance, snapped to the grid") {
        const auto before = nlohmann::ordered_json::parse(AppStateJson(h.app));
        REQUIRE(h.Rect("ladder.node.architect"));
        const UiRect rect = *h.Rect("ladder.node.architect"); // a copy: rects are rebuilt every frame
        const UiRect* r = &rect;
        h.MoveTo(ImVec2(r->x + r->w / 2, r->y + r->h / 2));
        h.Frame();
        h.Button(true);
        h.Frame();
        for (int k = 1; k <= 5; ++k) {
            h.MoveTo(ImVec2(r->x + r->w / 2 - 20.0f * static_cast<float>(k), r->y + r->h / 2 + 12.0f * static_cast<float>(k)));
            h.Frame();
        }
        h.Button(false);
        h.Frame();
        const auto after = nlohmann::ordered_json::parse(AppStateJson(h.app));
        const auto* b = FindNode(before, "architect");
        const auto* a = FindNode(after, "architect");
        REQUIRE(a);
        CHECK((*a)["x"].get<float>() - (*b)["x"].get<float>() == Approx(-100 / zoom).margin(10.01));
        CHECK((*a)["y"].get<float>() - (*b)["y"].get<float>() == Approx(60 / zoom).margin(10.01));
        CHECK(std::fmod((*a)["x"].get<float>(), 20.0f) == Approx(0).margin(0.01));
        CHECK((*a)["moved"] == true);
        CHECK(h.app.session.ladder.selected.empty()); // a drag is not a click

        h.Click("ladder.reset");
        const auto reset = nlohmann::ordered_json::parse(AppStateJson(h.app));
        CHECK((*FindNode(reset, "architect"))["x"] == (*b)["x"]);
        CHECK(h.app.session.ladder.moved.empty());
    }
}

TEST_CASE("the Ladder view: details, you and target, zoom, the marker", "[shell][ladder]") {
    Headless h;
    h.Open(View::Ladder);
    const float zoom = h.app.session.ladder.zoom;
    SECTION("clicking a card opens its details; the buttons set you and target; the route follows") {
        h.Click("ladder.node.tl");
        CHECK(h.app.session.ladder.selected == "tl");
        h.Frame();
        h.Click("ladder.setYou");
        CHECK(h.app.session.ladder.you == "tl");
        h.Click("ladder.node.vp");
        h.Frame();
        h.Click("ladder.setTarget");
        CHECK(h.app.session.ladder.target == "vp");
        h.Frame();
        const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
        CHECK(state["ladder"]["route"] == nlohmann::ordered_json({"tl", "em", "director", "vp"}));
        CHECK(h.Rect("ladder.step.3"));
        CHECK_FALSE(h.Rect("ladder.step.4"));
    }
    SECTION("the zoom buttons change the zoom within its limits") {
        h.Click("ladder.zoomIn");
        CHECK(h.app.session.ladder.zoom == Approx(std::min(zoom * 1.25f, kMaxZoom)));
        for (int k = 0; k < 10; ++k) h.Click("ladder.zoomOut");
        CHECK(h.app.session.ladder.zoom == Approx(kMinZoom));
        h.Click("ladder.fit");
        h.Frame();
        CHECK(h.app.session.ladder.zoom == Approx(zoom));
    }
    SECTION("dragging the marker onto a card sets 'you are here'") {
        REQUIRE(h.Rect("ladder.you"));
        REQUIRE(h.Rect("ladder.node.cto"));
        const UiRect marker_rect = *h.Rect("ladder.you"), cto_rect = *h.Rect("ladder.node.cto");
        const UiRect* marker = &marker_rect;
        const UiRect* cto = &cto_rect;
        h.MoveTo(ImVec2(marker->x + 10, marker->y + 10));
        h.Frame();
        h.Button(true);
        h.Frame();
        for (int k = 1; k <= 4; ++k) {
            h.MoveTo(ImVec2(marker->x + 10 + (cto->x + 20 - marker->x - 10) * static_cast<float>(k) / 4,
                                 marker->y + 10 + (cto->y + 20 - marker->y - 10) * static_cast<float>(k) / 4));
            h.Frame();
        }
        h.Button(false);
        h.Frame();
        CHECK(h.app.session.ladder.you == "cto");
    }
}

TEST_CASE("'Show on ladder' in the Compare view opens the role on the ladder", "[shell][ladder]") {
    Headless h;
    h.Frame();
    h.Frame();
    h.Click("compare.showOnLadder.tl");
    CHECK(h.app.session.view == View::Ladder);
    CHECK(h.app.session.ladder.selected == "tl");
    CHECK(h.app.session.ladder.target == "tl");
    CHECK(h.app.session.ladder.you == "engineer");
    h.Frame();
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    CHECK(state["ladder"]["route"] == nlohmann::ordered_json({"engineer", "tl"}));
}


TEST_CASE("the knowledge check by clicks: all right is 100% with events", "[shell][quiz]") {
    Headless h;
    h.app.session.view = View::Quiz;
    h.Frame();
    h.Click("quiz.knowledge");
    h.Frame();
    const std::size_t n = h.app.content.quizzes.knowledge.questions.size();
    for (std::size_t i = 0; i < n; ++i) AnswerCurrentCorrectly(h);
    h.Frame();
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    CHECK(state["quiz"]["knowledge"]["finished"] == true);
    CHECK(state["quiz"]["knowledge"]["score"]["percent"] == 100);
    CHECK(state["quiz"]["knowledge"]["success"] == true);
    CHECK(state["quiz"]["knowledge"]["bestPercent"] == 100); // at once, not only after a retry
    CHECK(h.app.events_total == static_cast<int>(n) + 1);
    CHECK(h.app.events.back()["type"] == "completed");
    CHECK(h.Rect("quiz.review.1"));
    SECTION("retry reshuffles and starts again") {
        const auto order = state["quiz"]["knowledge"]["order"];
        h.Click("quiz.retry");
        const auto again = nlohmann::ordered_json::parse(AppStateJson(h.app));
        CHECK(again["quiz"]["knowledge"]["attempt"] == 2);
        CHECK(again["quiz"]["knowledge"]["order"] != order);
        CHECK(again["quiz"]["knowledge"]["finished"] == false);
        CHECK(again["quiz"]["knowledge"]["bestPercent"] == 100);
    }
}

TEST_CASE("a wrong answer shows feedback and no point", "[shell][quiz]") {
    Headless h;
    // A single-choice question answered wrongly; the ones before it answered right.
    const WrongChoice c = AnswerWrongly(h, QuestionType::Single);
    CHECK(h.Rect("quiz.feedback"));
    CHECK(h.app.events.back()["statement"]["result"]["success"] == false);
    CHECK(ScoreAttempt(h.app.content.quizzes.knowledge, h.app.session.quiz.knowledge).raw < static_cast<double>(c.skipped + 1));
}

TEST_CASE("after a wrong true/false answer only the learner's choice has a filled mark", "[shell][quiz]") {
    Headless h;
    const WrongChoice c = AnswerWrongly(h, QuestionType::TrueFalse);
    h.Frame();
    for (std::size_t n = 0; n < c.options.size(); ++n) {
        const bool filled = h.Rect("quiz.option." + std::to_string(n + 1) + ".chosen") != nullptr;
        CHECK(filled == (n == c.wrong)); // the learner's pick, and not the right answer beside it
    }
}

TEST_CASE("the self-assessment by clicks leans each way and links to the ladder", "[shell][quiz]") {
    Headless h;
    h.Open(View::Quiz);
    const FitQuiz& fit = h.app.content.quizzes.fit;
    const bool management = GENERATE(true, false);
    for (const FitStatement& st : fit.statements) {
        const bool agree = management ? st.w_management > st.w_technical : st.w_technical > st.w_management;
        h.Click(agree ? "quiz.scale.5" : "quiz.scale.1");
        h.Click("quiz.next");
    }
    h.Frame();
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    CHECK(state["quiz"]["fit"]["finished"] == true);
    CHECK(state["quiz"]["fit"]["result"]["direction"] == (management ? "management" : "technical"));
    CHECK(state["quiz"]["fit"]["result"]["top"].size() == 3);
    CHECK(h.app.events.back()["type"] == "completed");
    h.Click("quiz.showOnLadder");
    CHECK(h.app.session.view == View::Ladder);
    CHECK(h.app.session.ladder.target == (management ? "em" : "tl"));
}

TEST_CASE("a result link shows that result read-only and leaves the learner's own progress alone", "[shell][quiz][link]") {
    Headless h;
    h.app.can_link = true;
    h.Open(View::Quiz);
    for (const FitStatement& st : h.app.content.quizzes.fit.statements) {
        h.Click(st.w_management > st.w_technical ? "quiz.scale.5" : "quiz.scale.1");
        h.Click("quiz.next");
    }
    h.Click("quiz.copyLink");
    const std::string link = h.app.link_to_copy;
    REQUIRE(link.rfind("fit:", 0) == 0);
    CHECK(h.app.toast.find("Copied a link") == 0);

    // A learner who has answered nothing opens it.
    Headless reader;
    const std::size_t events = reader.app.events.size();
    REQUIRE(AppOpenResultLink(reader.app, link));
    reader.Frames(2);
    CHECK(reader.app.session.view == View::Quiz);
    CHECK(reader.Rect("quiz.result"));
    CHECK(reader.Rect("quiz.shared"));
    CHECK_FALSE(reader.Rect("quiz.back"));
    CHECK_FALSE(reader.Rect("quiz.copyLink"));
    CHECK(reader.app.session.quiz.fit.answers.empty());
    CHECK(reader.app.events.size() == events); // no "completed" for someone else's result
    CHECK(AppFragment(reader.app) == "result=" + link);
    reader.Click("quiz.startOver");
    CHECK_FALSE(reader.app.shared.active);
    CHECK(reader.Rect("quiz.scale.1"));
    CHECK(AppFragment(reader.app) == "view=quiz&quiz=fit");

    // A damaged one: a notice, and the quiz to take.
    std::string damaged = link;
    damaged.back() = damaged.back() == '0' ? '1' : '0';
    CHECK_FALSE(AppOpenResultLink(reader.app, damaged));
    reader.Frame();
    CHECK(reader.app.notice.find("damaged") != std::string::npos);
    CHECK(reader.Rect("notice"));
    CHECK(reader.Rect("quiz.scale.1"));
}

TEST_CASE("a balanced self-assessment says which way each strong answer pulled", "[shell][quiz]") {
    Headless h;
    h.Open(View::Quiz);
    // Strong agreement with every statement, whichever way it points: the pulls cancel out.
    for (std::size_t i = 0; i < h.app.content.quizzes.fit.statements.size(); ++i) {
        h.Click("quiz.scale.5");
        h.Click("quiz.next");
    }
    h.Frame();
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    REQUIRE(state["quiz"]["fit"]["result"]["direction"] == "balanced");
    const auto top = state["quiz"]["fit"]["result"]["top"];
    REQUIRE(!top.empty());
    // Every line says its way, and the way the core computed.
    const FitResult r = ComputeFit(h.app.content.quizzes.fit, h.app.session.quiz.fit.answers);
    REQUIRE(r.top.size() == top.size());
    for (std::size_t k = 0; k < r.top.size(); ++k) {
        const std::string way = r.top[k].push < 0 ? "management" : "technical";
        const std::string other = r.top[k].push < 0 ? "technical" : "management";
        CHECK(h.Rect("quiz.pull." + way + "." + std::to_string(k + 1)));
        CHECK_FALSE(h.Rect("quiz.pull." + other + "." + std::to_string(k + 1)));
    }
}

TEST_CASE("too few answers withhold the result", "[shell][quiz]") {
    Headless h;
    h.Open(View::Quiz);
    h.Click("quiz.scale.4");
    for (std::size_t i = 0; i < h.app.content.quizzes.fit.statements.size(); ++i) h.Click("quiz.next");
    h.Frame();
    CHECK(h.app.session.quiz.fit.finished);
    CHECK(h.Rect("quiz.withheld"));
    CHECK_FALSE(h.Rect("quiz.showOnLadder"));
}

TEST_CASE("the printed document: a title, the view's text version, the source article, the roles in the canvas's colours", "[shell][print]") {
    Headless h;
    h.Open(View::Compare);
    const std::string html = PrintHtmlFor(h.app);
    CHECK(html.rfind("<h1>" + h.app.content.title + "</h1>", 0) == 0);
    CHECK(html.find("<table>") != std::string::npos);
    CHECK(html.find("University of San Diego") != std::string::npos);
    // web/print.css colours each role as the canvas does (light theme, on paper).
    const std::string css = test::ReadSourceFile("/web/print.css");
    REQUIRE_FALSE(css.empty());
    for (std::size_t r = 0; r < 3; ++r) {
        const ImVec4 c = RoleColour(PaletteFor(Theme::Light), r);
        const auto byte = [](float v) { return static_cast<int>(std::lround(v * 255.0f)); };
        char rule[64];
        std::snprintf(rule, sizeof rule, ".role-%zu { color: #%02x%02x%02x; }", r, byte(c.x), byte(c.y), byte(c.z));
        INFO(rule);
        CHECK(css.find(rule) != std::string::npos);
        if (r < h.app.content.roles.size()) CHECK(html.find("class=\"role-" + std::to_string(r) + "\">" + h.app.content.roles[r].name) != std::string::npos);
    }
}

TEST_CASE("theme colours meet WCAG AA contrast in both themes", "[shell][contrast]") {
    using crossroads::ContrastRatio;
    const auto rgb = [](const ImVec4& c) { return crossroads::Rgb{c.x, c.y, c.z}; };
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        const Palette& p = PaletteFor(theme);
        INFO("theme " << ToString(theme));
        // Everything that is drawn as text (role names, shared markers, errors, links),
        // on every background it appears on: 4.5:1.
        const std::pair<const char*, ImVec4> texts[] = {{"text", p.text},           {"text_muted", p.text_muted},
                                                        {"accent", p.accent},       {"management", p.management},
                                                        {"technical", p.technical}, {"shared", p.shared},
                                                        {"overlap", p.overlap},     {"error", p.error}};
        const std::pair<const char*, ImVec4> grounds[] = {
            {"background", p.background}, {"surface", p.surface}, {"surface_alt", p.surface_alt}};
        for (const auto& [fg_name, fg] : texts)
            for (const auto& [bg_name, bg] : grounds) {
                INFO(fg_name << " on " << bg_name);
                CHECK(ContrastRatio(rgb(fg), rgb(bg)) >= crossroads::kTextContrast);
            }
        // Text on the accent colour (active tab, primary buttons, checked boxes).
        CHECK(ContrastRatio(rgb(p.accent_text), rgb(p.accent)) >= crossroads::kTextContrast);
        // Parts that must be seen to be used (WCAG 1.4.11): the edges of controls, the
        // focus ring (the accent), the range bars of the charts (role colours) and the
        // outline of their overlap band (the overlap colour at 90% over the surface): 3:1.
        const crossroads::Rgb band = crossroads::Over(rgb(p.overlap), 0.9f, rgb(p.surface));
        const std::pair<const char*, crossroads::Rgb> parts[] = {
            {"control_border", rgb(p.control_border)}, {"focus ring", rgb(p.accent)},   {"management bar", rgb(p.management)},
            {"technical bar", rgb(p.technical)},       {"third role bar", rgb(RoleColour(p, 2))}, {"overlap outline", band}};
        for (const auto& [part_name, part] : parts)
            for (const auto& [bg_name, bg] : grounds) {
                INFO(part_name << " on " << bg_name);
                CHECK(ContrastRatio(part, rgb(bg)) >= crossroads::kGraphicsContrast);
            }
        // The decorative border stays subtle: it must not be mistaken for a control's edge.
        CHECK(ContrastRatio(rgb(p.border), rgb(p.surface)) < crossroads::kGraphicsContrast);
    }
}


TEST_CASE("a role's own colour is drawn readable in both themes and in the text version", "[shell][contrast]") {
    Headless h;
    // A pale yellow and a navy: too light for the light theme, too dark for the dark one.
    h.app.content.roles[0].colour = "#ffe866";
    h.app.content.roles[1].colour = "#101850";
    const auto rgb = [](const ImVec4& c) { return crossroads::Rgb{c.x, c.y, c.z}; };
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        const Palette& p = PaletteFor(theme);
        for (std::size_t r = 0; r < 2; ++r) {
            INFO(ToString(theme) << " role " << r);
            const ImVec4 c = RoleColour(p, h.app.content, r);
            for (const ImVec4 bg : {p.background, p.surface, p.surface_alt}) CHECK(ContrastRatio(rgb(c), rgb(bg)) >= crossroads::kTextContrast);
            // The hue stays: the yellow stays more red and green than blue, the navy more blue.
            if (r == 0) CHECK(c.z < c.y);
            else CHECK(c.z > c.x);
        }
    }
    // A role without a colour keeps the theme's.
    h.app.content.roles[1].colour.clear();
    CHECK(RoleColour(PaletteFor(Theme::Light), h.app.content, 1).x == RoleColour(PaletteFor(Theme::Light), 1).x);
    // The text version (and so the print) gives it inline, readable on paper.
    h.Open(View::Compare);
    const std::string html = PrintHtmlFor(h.app);
    const std::size_t at = html.find("class=\"role-0\" style=\"color: #");
    REQUIRE(at != std::string::npos);
    const auto paper = crossroads::ParseHexColour(html.substr(html.find('#', at), 7));
    REQUIRE(paper);
    CHECK(ContrastRatio(*paper, crossroads::Rgb{1, 1, 1}) >= crossroads::kTextContrast);
}

TEST_CASE("the filter's clear button ends the field, and a long filter is cut with an ellipsis", "[shell][compare]") {
    Headless h(420, 800);
    h.Frame();
    const UiRect diff_before = *h.Rect("compare.differencesOnly");
    h.app.session.compare.filter = std::string(300, 'x') + "z"; // matches nothing
    h.Frame();
    h.Frame();
    const UiRect* field = h.Rect("compare.filter");
    const UiRect* clear = h.Rect("compare.clearFilter");
    REQUIRE(field);
    REQUIRE(clear);
    CHECK(clear->x == Approx(field->x + field->w)); // at the field's right end
    CHECK(clear->x + clear->w <= field->x + 360.5f); // within the width the field alone takes
    CHECK(h.Rect("compare.differencesOnly")->x == diff_before.x); // nothing beside it moved
    CHECK(h.Rect("compare.differencesOnly")->y == diff_before.y);
    const UiRect* nothing = h.Rect("compare.nothing");
    REQUIRE(nothing);
    CHECK(nothing->x + nothing->w <= 420); // fits the window, however long the filter
    h.Click("compare.clearFilter");
    CHECK(h.app.session.compare.filter.empty());
}

TEST_CASE("the built-in content's name in the interface's language, a file's as it is, and problems translated on screen", "[shell][i18n]") {
    Headless h;
    CHECK(ShownName(h.app, kDefaultContentName) == kDefaultContentName);
    REQUIRE(AppSetLanguage(h.app, "de", test::ReadSourceFile("/assets/i18n/de.po")));
    CHECK(ShownName(h.app, kDefaultContentName) == "der Standardinhalt");
    CHECK(ShownName(h.app, "my.json") == "my.json");
    // A file with problems: listed in German on the canvas, English in state() for tools.
    CHECK_FALSE(AppLoadContent(h.app, "{\"format\": \"crossroads-content\"", "broken.json"));
    h.Frame();
    h.Frame();
    const auto state = nlohmann::ordered_json::parse(AppStateJson(h.app));
    CHECK(state["content"]["problems"][0]["message"].get<std::string>().rfind("not valid JSON", 0) == 0);
    CHECK(i18n::ProblemMessage(h.app.problems[0], h.app.tr).rfind("kein gültiges JSON", 0) == 0);
}
