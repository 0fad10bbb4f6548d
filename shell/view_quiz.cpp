// The Quiz view: "Which path fits you?" (statements rated 1-5, a lean with the answers
// that drove it) and the knowledge check (four question types, check per question,
// score, retry with a reshuffle, review). Rules live in core/quiz; this file draws.
//
// The quizzes themselves are drawn by view_quiz_fit.cpp and view_quiz_knowledge.cpp; the
// pieces they share are in quiz_view.cpp.
#include "app.hpp"
#include "quiz_view.hpp"
#include "theme.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/words.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace crossroads::shell {

namespace {

using namespace quiz_view;

// [SECTION] View and state

void QuizPicker(AppState& app, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    const Quizzes& quizzes = app.content.quizzes;
    QuizSession& s = app.session.quiz;
    struct Entry {
        QuizKind kind;
        const char* id;
        const std::string* title;
        const char* blurb;
    };
    std::vector<Entry> entries;
    if (quizzes.fit.present)
        entries.push_back({QuizKind::Fit, "quiz.fit", &quizzes.fit.title,
                           app.tr("quiz.fit.blurb", "Rate statements; see which path you lean toward.")});
    if (quizzes.knowledge.present)
        entries.push_back({QuizKind::Knowledge, "quiz.knowledge", &quizzes.knowledge.title,
                           app.tr("quiz.knowledge.blurb", "Questions on what the article says; a score at the end.")});
    const bool row = width >= 560;
    const float gap = 12, w = row ? (width - gap) / 2 : width;
    // As tall as the longest blurb needs (a translation may wrap where English does not).
    float h = 70;
    for (const Entry& e : entries) h = std::max(h, 38 + app.fonts.body->CalcTextSizeA(16, FLT_MAX, w - 32, e.blurb).y + 14);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        if (row && i > 0) ImGui::SameLine(0, gap);
        const bool active = s.active == e.kind;
        const ImVec2 a = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton(e.id, ImVec2(w, h))) s.active = e.kind;
        RecordRect(app, e.id);
        const bool hovered = ImGui::IsItemHovered();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 b(a.x + w, a.y + h);
        dl->AddRectFilled(a, b, U32(active ? Alpha(p.accent, 0.10f) : hovered ? p.surface_alt : p.surface), 10);
        dl->AddRect(a, b, U32(active ? p.accent : p.border), 10, 0, active ? 2.0f : 1.0f);
        dl->AddText(app.fonts.strong, 16, ImVec2(a.x + 16, a.y + 14), U32(active ? p.accent : p.text), e.title->c_str());
        dl->AddText(app.fonts.body, 16, ImVec2(a.x + 16, a.y + 38), U32(p.text_muted), e.blurb, nullptr, w - 32);
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    if (s.active == QuizKind::Fit && !quizzes.fit.present) s.active = QuizKind::Knowledge;
    if (s.active == QuizKind::Knowledge && !quizzes.knowledge.present) s.active = QuizKind::Fit;
}

} // namespace

void DrawQuizView(AppState& app) {
    const Quizzes& quizzes = app.content.quizzes;
    if (!quizzes.fit.present && !quizzes.knowledge.present) {
        ImGui::TextDisabled("%s", app.tr("quiz.none", "This content has no quizzes."));
        return;
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, kColumn);
    const float margin = std::floor((avail - width) * 0.5f);
    if (margin > 0) ImGui::Indent(margin);
    app.quiz.wrap_x = ImGui::GetCursorPosX() + width;
    // Every text of the view wraps at the column's edge: a longer language's line (a
    // progress line, a pass mark) must not run out of sight.
    ImGui::PushTextWrapPos(app.quiz.wrap_x);
    QuizPicker(app, width);
    ImGui::Spacing();
    ImGui::Spacing();
    const QuizKeys keys = ReadKeys(app);
    QuizSession& s = app.session.quiz;
    // A keyboard user who opens the quiz or a new question starts in it, not on the control
    // that brought them there (Enter there would act again).
    if (app.keyboard.ring && (!app.quiz.shown || app.quiz.scroll_to_top)) app.quiz.focus_question = true;
    if (app.quiz.scroll_to_top) {
        ImGui::SetScrollY(0);
        app.quiz.scroll_to_top = false;
    }
    if (s.active == QuizKind::Fit) {
        // The intro stays while the first statement is shown, so nothing jumps when it is answered.
        const bool shared = app.shared.active && app.shared.kind == QuizKind::Fit;
        if (!quizzes.fit.intro.empty() && s.fit.current == 0 && !s.fit.finished && !shared) Muted(app, quizzes.fit.intro);
        if (shared) FitResultView(app, width, app.shared.fit, true);
        else if (s.fit.finished) FitResultView(app, width, s.fit, false);
        else FitQuestion(app, width, keys);
    } else {
        KnowledgeSession& k = s.knowledge;
        if (app.shared.active && app.shared.kind == QuizKind::Knowledge) {
            KnowledgeResult(app, width, app.shared.knowledge, true);
        } else {
            KnowledgeCurrent(app); // starts the first attempt
            if (!quizzes.knowledge.intro.empty() && k.current == 0 && k.checked.empty()) Muted(app, quizzes.knowledge.intro);
            if (k.finished) KnowledgeResult(app, width, k, false);
            else KnowledgeQuestion(app, width, keys);
        }
    }
    ImGui::Dummy(ImVec2(0, 16));
    ImGui::PopTextWrapPos();
    if (margin > 0) ImGui::Unindent(margin);
    if (app.quiz.focus_question) {
        app.quiz.focus_question = false;
        for (const FocusStop& stop : app.keyboard.stops) {
            if (stop.name.rfind("quiz.scale.", 0) == 0 || stop.name.rfind("quiz.option.", 0) == 0 || stop.name.rfind("quiz.orderDown.", 0) == 0) {
                app.keyboard.request = stop.name;
                break;
            }
        }
    }
}

nlohmann::ordered_json QuizStateJson(const AppState& app) {
    const Quizzes& quizzes = app.content.quizzes;
    const QuizSession& s = app.session.quiz;
    nlohmann::ordered_json out = {{"active", ToString(s.active)}};
    // A result opened from a link, shown instead of the learner's own: its kind and link.
    out["shared"] = app.shared.active ? ToString(app.shared.kind) : "";
    out["sharedLink"] = app.shared.active ? app.shared.link : "";
    if (quizzes.fit.present) {
        const FitResult r = ComputeFit(quizzes.fit, s.fit.answers);
        const auto current = static_cast<std::size_t>(std::clamp(s.fit.current, 0, static_cast<int>(quizzes.fit.statements.size()) - 1));
        nlohmann::ordered_json top = nlohmann::ordered_json::array();
        for (const FitContribution& c : r.top) top.push_back(c.statement);
        out["fit"] = {
            {"current", s.fit.current},
            {"total", quizzes.fit.statements.size()},
            {"statementId", quizzes.fit.statements[current].id},
            {"answers", s.fit.answers},
            {"finished", s.fit.finished},
            {"result",
             {{"answered", r.answered}, {"withheld", r.withheld}, {"lean", r.lean}, {"direction", ToString(r.direction)},
              {"strength", LeanStrength(r.lean)}, {"top", top}}},
        };
    }
    if (quizzes.knowledge.present) {
        const KnowledgeSession& k = s.knowledge;
        const Score score = ScoreAttempt(quizzes.knowledge, k);
        const Question* q = CurrentQuestion(quizzes.knowledge, k);
        nlohmann::ordered_json shown = nlohmann::ordered_json::array(), arrangement = nlohmann::ordered_json::array();
        if (q) {
            const auto it = k.option_order.find(q->id);
            if (it != k.option_order.end()) shown = it->second;
            const auto a = k.answers.find(q->id);
            if (a != k.answers.end()) arrangement = a->second;
        }
        out["knowledge"] = {
            {"attempt", k.attempt},
            {"seed", k.seed},
            {"current", k.current},
            {"total", k.order.size()},
            {"order", k.order},
            {"questionId", q ? q->id : ""},
            {"type", q ? ToString(q->type) : ""},
            {"options", shown},
            {"answer", arrangement},
            {"answers", k.answers},
            {"checked", k.checked},
            {"finished", k.finished},
            {"passMark", quizzes.knowledge.pass_mark},
            {"score", {{"raw", score.raw}, {"min", score.min}, {"max", score.max}, {"scaled", score.scaled}, {"percent", score.percent}}},
            {"success", score.success},
            {"bestPercent", k.best_percent},
        };
    }
    return out;
}

} // namespace crossroads::shell
