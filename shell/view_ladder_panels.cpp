// The Ladder view's details and route panels. See ladder_view.hpp.
#include "ladder_view.hpp"

#include "crossroads/words.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace crossroads::shell::ladder_view {

// [SECTION] Details and route panels

namespace {

// "Source: <section heading>", said of the details' text and values.
std::string SourceText(const AppState& app, const std::string& section_id) {
    // TRANSLATORS: {section} is the heading of the article's section that the text comes from.
    return i18n::Format(app.tr("ladder.details.source", "Source: {section}"), {{"section", app.content.SectionHeading(section_id)}});
}

} // namespace

void SetButtons(AppState& app, const LadderNode& node) {
    LadderSession& s = app.session.ladder;
    if (ImGui::Button(s.you == node.id
                          // TRANSLATORS: the button that marks a role as yours, once it is: a statement.
                          ? app.tr("ladder.setYou.current", "You are here")
                          // TRANSLATORS: a button that marks the role shown as the one you are in.
                          : app.tr("ladder.setYou", "I am here")))
        s.you = node.id;
    RecordRect(app, "ladder.setYou");
    ImGui::SameLine();
    if (ImGui::Button(s.target == node.id
                          // TRANSLATORS: the button that makes a role your target, once it is: a statement.
                          ? app.tr("ladder.setTarget.current", "Your target")
                          : app.tr("ladder.setTarget", "Set as target")))
        s.target = node.id;
    RecordRect(app, "ladder.setTarget");
}

void DetailsPanel(AppState& app) {
    const Palette& p = PaletteFor(app.session.theme);
    const std::size_t i = NodeIndexOr(app.content, app.session.ladder.selected);
    ImGui::PushTextWrapPos(0.0f);
    if (i == Content::npos) {
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextUnformatted(app.tr("ladder.details.none", "Explore the two paths"));
        ImGui::PopFont();
        // Touch has no click and no wheel: say what a finger does.
        ImGui::TextDisabled("%s", app.touch ? app.tr("ladder.details.none.touch",
                                                     "Tap a role to see what it does and requires. Drag cards to arrange them, drag the "
                                                     "background to pan, and pinch or use the buttons to zoom.")
                                            : app.tr("ladder.details.none.mouse",
                                                     "Click a role to see what it does and requires. Drag cards to arrange them, drag the "
                                                     "background to pan, and use the wheel or the buttons to zoom."));
        ImGui::PopTextWrapPos();
        return;
    }
    const LadderNode& node = app.content.ladder.nodes[i];
    ImGui::TextColored(TrackColour(p, node.track), "%s", TrackName(app.tr, node.track));
    ImGui::PushFont(app.fonts.title);
    ImGui::TextUnformatted(node.title.c_str());
    ImGui::PopFont();
    RecordRect(app, "ladder.details");
    if (app.ladder.reveal_details) {
        // Only when they are out of sight: the title a little below the top, the card's
        // own picture still partly above.
        app.ladder.reveal_details = false;
        const float top = ImGui::GetItemRectMin().y, win_top = ImGui::GetWindowPos().y;
        if (top < win_top || top > win_top + ImGui::GetWindowHeight() - 120.0f) ImGui::SetScrollY(ImGui::GetScrollY() + top - win_top - 48.0f);
    }
    SetButtons(app, node);
    ImGui::Spacing();
    ImGui::TextUnformatted(node.description.c_str());
    if (TooltipHovered()) ImGui::SetTooltip("%s", SourceText(app, node.source).c_str());
    if (node.has_salary) {
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextUnformatted(app.tr("ladder.details.salary", "Salary range"));
        ImGui::PopFont();
        // TRANSLATORS: {range} is a salary range in US dollars, e.g. "$120,000 - $150,000".
        ImGui::TextUnformatted(i18n::Format(app.tr("ladder.details.salary.perYear", "{range} a year"),
                                            {{"range", FormatRange(app.tr, node.salary, Unit::Usd)}}).c_str());
        if (TooltipHovered()) ImGui::SetTooltip("%s", SourceText(app, node.salary.source).c_str());
    }
    if (node.has_experience || !node.requirements.empty()) {
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextUnformatted(app.tr("ladder.details.requires", "What it requires"));
        ImGui::PopFont();
        if (node.has_experience) {
            ImGui::Bullet();
            ImGui::Text("%s %s", FormatRange(app.tr, node.experience, Unit::Years).c_str(), node.experience.note.c_str());
            if (TooltipHovered()) ImGui::SetTooltip("%s", SourceText(app, node.experience.source).c_str());
        }
        for (const Item& item : node.requirements) {
            ImGui::Bullet();
            ImGui::TextUnformatted(item.text.c_str());
            if (TooltipHovered()) ImGui::SetTooltip("%s", SourceText(app, item.source).c_str());
        }
    } else {
        ImGui::Spacing();
        ImGui::TextDisabled("%s", app.tr("ladder.details.noRequirements", "The article names no specific requirements for this role."));
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", SourceText(app, node.source).c_str());
    ImGui::PopTextWrapPos();
}

void RoutePanel(AppState& app) {
    const Palette& p = PaletteFor(app.session.theme);
    const Ladder& ladder = app.content.ladder;
    const LadderSession& s = app.session.ladder;
    const std::size_t you = NodeIndexOr(app.content, s.you), target = NodeIndexOr(app.content, s.target);
    ImGui::PushFont(app.fonts.title);
    ImGui::TextUnformatted(app.tr("ladder.route", "Your route"));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    if (you == Content::npos || target == Content::npos) {
        // TRANSLATORS: "I am a" is the label of the list of roles above the ladder (ladder.youSelect): use its translation.
        ImGui::TextDisabled("%s", app.tr("ladder.route.hint", "Say where you are (\"I am a\", or drag the marker onto a role) "
                                                               "and pick a target: the route between them lights up, with what "
                                                               "each step requires."));
        ImGui::PopTextWrapPos();
        return;
    }
    const Route route = FindRoute(ladder, you, target);
    if (!route.found) {
        // TRANSLATORS: {from} and {to} are the titles of two roles, e.g. "Software Engineer" and "Tech Lead".
        ImGui::TextColored(p.error, "%s", i18n::Format(app.tr("ladder.route.none", "No path on this ladder leads from {from} to {to}."),
                                                       {{"from", ladder.nodes[you].title}, {"to", ladder.nodes[target].title}}).c_str());
    } else if (route.steps.empty()) {
        // TRANSLATORS: {role} is the title of a role, e.g. "Tech Lead".
        ImGui::TextUnformatted(i18n::Format(app.tr("ladder.route.arrived", "You are already a {role}."),
                                            {{"role", ladder.nodes[target].title}}).c_str());
    } else {
        // TRANSLATORS: {from} and {to} are the titles of two roles; the steps are listed below.
        ImGui::TextUnformatted(i18n::Format(app.tr("ladder.route.steps", "{n} step from {from} to {to}:", "{n} steps from {from} to {to}:",
                                                   static_cast<long>(route.steps.size())),
                                            {{"from", ladder.nodes[you].title}, {"to", ladder.nodes[target].title}}).c_str());
        for (std::size_t k = 0; k < route.steps.size(); ++k) {
            const RouteStep& step = route.steps[k];
            ImGui::Spacing();
            ImGui::PushFont(app.fonts.strong);
            ImGui::Text("%zu. %s", k + 1, ladder.nodes[step.to].title.c_str());
            ImGui::PopFont();
            const std::string id = "ladder.step." + std::to_string(k + 1);
            RecordRect(app, id.c_str());
            const i18n::Args from{{"from", ladder.nodes[step.from].title}};
            ImGui::TextColored(step.kind == EdgeKind::Switch ? p.overlap : p.text_muted, "%s",
                               i18n::Format(step.kind == EdgeKind::Switch
                                                // TRANSLATORS: {from} is the title of the role this step of the route leaves.
                                                ? app.tr("ladder.route.switchFrom", "Switch of track from {from}")
                                                // TRANSLATORS: {from} is the title of the role this step of the route leaves.
                                                : app.tr("ladder.route.promotionFrom", "Promotion from {from}"),
                                            from).c_str());
            const auto reqs = StepRequirements(app.tr, ladder, step);
            if (reqs.empty()) ImGui::TextDisabled("%s", app.tr("ladder.route.noRequirements", "The article names no specific requirements for this step."));
            for (const std::string& r : reqs) {
                ImGui::Bullet();
                ImGui::TextUnformatted(r.c_str());
            }
        }
    }
    ImGui::PopTextWrapPos();
}

} // namespace crossroads::shell::ladder_view
