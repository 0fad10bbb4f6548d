// The Ladder view's details and route panels. See ladder_view.hpp.
#include "ladder_view.hpp"

#include "crossroads/words.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace crossroads::shell::ladder_view {

// [SECTION] Details and route panels

void SetButtons(AppState& app, const LadderNode& node) {
    LadderSession& s = app.session.ladder;
    if (ImGui::Button(s.you == node.id ? "You are here" : "I am here")) s.you = node.id;
    RecordRect(app, "ladder.setYou");
    ImGui::SameLine();
    if (ImGui::Button(s.target == node.id ? "Your target" : "Set as target")) s.target = node.id;
    RecordRect(app, "ladder.setTarget");
}

void DetailsPanel(AppState& app) {
    const Palette& p = PaletteFor(app.session.theme);
    const std::size_t i = NodeIndexOr(app.content, app.session.ladder.selected);
    ImGui::PushTextWrapPos(0.0f);
    if (i == Content::npos) {
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextUnformatted("Explore the two paths");
        ImGui::PopFont();
        // Touch has no click and no wheel: say what a finger does.
        ImGui::TextDisabled(app.touch ? "Tap a role to see what it does and requires. Drag cards to arrange them, drag the "
                                        "background to pan, and pinch or use the buttons to zoom."
                                      : "Click a role to see what it does and requires. Drag cards to arrange them, drag the "
                                        "background to pan, and use the wheel or the buttons to zoom.");
        ImGui::PopTextWrapPos();
        return;
    }
    const LadderNode& node = app.content.ladder.nodes[i];
    ImGui::TextColored(TrackColour(p, node.track), "%s", TrackName(node.track));
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
    if (TooltipHovered()) ImGui::SetTooltip("Source: %s", app.content.SectionHeading(node.source).c_str());
    if (node.has_salary) {
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextUnformatted("Salary range");
        ImGui::PopFont();
        ImGui::Text("%s a year", FormatRange(node.salary, Unit::Usd).c_str());
        if (TooltipHovered()) ImGui::SetTooltip("Source: %s", app.content.SectionHeading(node.salary.source).c_str());
    }
    if (node.has_experience || !node.requirements.empty()) {
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextUnformatted("What it requires");
        ImGui::PopFont();
        if (node.has_experience) {
            ImGui::Bullet();
            ImGui::Text("%s %s", FormatRange(node.experience, Unit::Years).c_str(), node.experience.note.c_str());
            if (TooltipHovered()) ImGui::SetTooltip("Source: %s", app.content.SectionHeading(node.experience.source).c_str());
        }
        for (const Item& item : node.requirements) {
            ImGui::Bullet();
            ImGui::TextUnformatted(item.text.c_str());
            if (TooltipHovered()) ImGui::SetTooltip("Source: %s", app.content.SectionHeading(item.source).c_str());
        }
    } else {
        ImGui::Spacing();
        ImGui::TextDisabled("The article names no specific requirements for this role.");
    }
    ImGui::Spacing();
    ImGui::TextDisabled("Source: %s", app.content.SectionHeading(node.source).c_str());
    ImGui::PopTextWrapPos();
}

void RoutePanel(AppState& app) {
    const Palette& p = PaletteFor(app.session.theme);
    const Ladder& ladder = app.content.ladder;
    const LadderSession& s = app.session.ladder;
    const std::size_t you = NodeIndexOr(app.content, s.you), target = NodeIndexOr(app.content, s.target);
    ImGui::PushFont(app.fonts.title);
    ImGui::TextUnformatted("Your route");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    if (you == Content::npos || target == Content::npos) {
        ImGui::TextDisabled("Say where you are (\"I am a\", or drag the marker onto a role) and pick a target: "
                            "the route between them lights up, with what each step requires.");
        ImGui::PopTextWrapPos();
        return;
    }
    const Route route = FindRoute(ladder, you, target);
    if (!route.found) {
        ImGui::TextColored(p.error, "No path on this ladder leads from %s to %s.", ladder.nodes[you].title.c_str(),
                           ladder.nodes[target].title.c_str());
    } else if (route.steps.empty()) {
        ImGui::Text("You are already a %s.", ladder.nodes[target].title.c_str());
    } else {
        ImGui::Text("%zu step%s from %s to %s:", route.steps.size(), route.steps.size() == 1 ? "" : "s",
                    ladder.nodes[you].title.c_str(), ladder.nodes[target].title.c_str());
        for (std::size_t k = 0; k < route.steps.size(); ++k) {
            const RouteStep& step = route.steps[k];
            ImGui::Spacing();
            ImGui::PushFont(app.fonts.strong);
            ImGui::Text("%zu. %s", k + 1, ladder.nodes[step.to].title.c_str());
            ImGui::PopFont();
            const std::string id = "ladder.step." + std::to_string(k + 1);
            RecordRect(app, id.c_str());
            ImGui::TextColored(step.kind == EdgeKind::Switch ? p.overlap : p.text_muted, "%s from %s",
                               step.kind == EdgeKind::Switch ? "Switch of track" : "Promotion",
                               ladder.nodes[step.from].title.c_str());
            const auto reqs = StepRequirements(ladder, step);
            if (reqs.empty()) ImGui::TextDisabled("The article names no specific requirements for this step.");
            for (const std::string& r : reqs) {
                ImGui::Bullet();
                ImGui::TextUnformatted(r.c_str());
            }
        }
    }
    ImGui::PopTextWrapPos();
}

} // namespace crossroads::shell::ladder_view
