// The Career ladder view: a pannable, zoomable graph of both tracks; cards that can be
// dragged (snapping to a grid) and clicked for details; a "you are here" marker and a
// target, with the route between them highlighted and listed step by step.
//
// The canvas is drawn by view_ladder_canvas.cpp, the details and route panels by
// view_ladder_panels.cpp (see ladder_view.hpp).
//
// [SECTION] Model upkeep (every frame, whatever the view)
// [SECTION] Toolbar
#include "app.hpp"
#include "ladder_view.hpp"
#include "theme.hpp"

#include "crossroads/words.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace crossroads::shell {

namespace ladder_view {

ImVec2 Im(Vec2 v) { return ImVec2(v.x, v.y); }
Vec2 V(ImVec2 v) { return Vec2{v.x, v.y}; }

// The least size a card takes a pointer in, in world units at `zoom`: a finger's target on touch.
Vec2 TouchTarget(const AppState& app, float zoom) {
    const float side = app.touch ? kTouchTarget / zoom : 0.0f;
    return {side, side};
}

ImVec4 TrackColour(const Palette& p, Track track) {
    switch (track) {
        case Track::Management: return p.management;
        case Track::Technical: return p.technical;
        case Track::Shared: break;
    }
    return p.shared;
}

// The atlas font closest above a pixel size, so zoomed text is scaled down, not up.
ImFont* FontFor(const AppState& app, float px) {
    if (px <= 16.5f) return app.fonts.strong;
    if (px <= 20.5f) return app.fonts.title;
    return app.fonts.large;
}

std::size_t NodeIndexOr(const Content& content, const std::string& id) { return id.empty() ? Content::npos : content.NodeIndex(id); }

CardMetrics Card(const AppState& app) { return app.ladder.narrow ? kNarrowCard : kWideCard; }

} // namespace ladder_view

using namespace ladder_view;

namespace {

// [SECTION] Model upkeep (every frame, whatever the view)

void EnsureLayout(AppState& app) {
    const bool narrow = ImGui::GetMainViewport()->WorkSize.x < kNarrowBelow;
    if (app.ladder.layout_ready && app.ladder.narrow == narrow) return;
    app.ladder.narrow = narrow;
    const CardMetrics card = Card(app);
    const Ladder& ladder = app.content.ladder;
    std::vector<Vec2> sizes;
    for (const LadderNode& node : ladder.nodes) {
        const ImVec2 title = app.fonts.strong->CalcTextSizeA(kTitleSize, FLT_MAX, card.width - 2 * card.pad, node.title.c_str());
        sizes.push_back({card.width, std::ceil(card.pad * 2 + kLabelSize + 6 + title.y)});
    }
    LayoutOptions options;
    if (narrow) {
        options.column_gap = 22;
        options.slot_gap = 14;
        options.row_gap = 52;
    }
    app.ladder.layout = ComputeLayout(ladder, sizes, options);
    if (!narrow) PlaceAuthored(ladder, app.ladder.layout);
    app.ladder.layout_ready = true;
    // A new layout is fitted to the view; an author's edit keeps the view where it was.
    if (!app.author.started) app.session.ladder.view_set = false;
}

} // namespace

void UpdateLadderModel(AppState& app) {
    if (app.content.ladder.nodes.empty()) return;
    EnsureLayout(app);
    app.ladder.boxes = CurrentBoxes(app.content.ladder, app.ladder.layout, app.session.ladder);
    const std::size_t you = NodeIndexOr(app.content, app.session.ladder.you);
    const std::size_t target = NodeIndexOr(app.content, app.session.ladder.target);
    app.ladder.route_nodes.clear();
    if (you != Content::npos && target != Content::npos) {
        const Route route = FindRoute(app.content.ladder, you, target);
        app.ladder.route_nodes = route.Nodes(you);
    }
}

void ShowOnLadder(AppState& app, const std::string& node_id) {
    if (app.content.NodeIndex(node_id) == Content::npos) return;
    app.session.view = View::Ladder;
    LadderSession& s = app.session.ladder;
    s.selected = node_id;
    s.target = node_id;
    if (s.you.empty()) {
        // Start from the ladder's first starting role (level 0), the engineer at the crossroads.
        for (const LadderNode& node : app.content.ladder.nodes)
            if (node.level == 0) {
                s.you = node.id;
                break;
            }
    }
}

namespace {

// [SECTION] Toolbar

// A combo of every node; writes the chosen id. Options get rects "<id_prefix>.<node id>".
void NodeCombo(AppState& app, const char* label, const char* rect_id, const char* option_prefix, std::string& value, float width) {
    const std::size_t current = NodeIndexOr(app.content, value);
    const char* preview = current == Content::npos ? app.tr("ladder.chooseRole", "Choose a role") : app.content.ladder.nodes[current].title.c_str();
    ImGui::SetNextItemWidth(width);
    const bool open = ImGui::BeginCombo(label, preview);
    RecordRect(app, rect_id);
    if (!open) return;
    for (const LadderNode& node : app.content.ladder.nodes) {
        if (ImGui::Selectable(node.title.c_str(), node.id == value)) value = node.id;
        const std::string id = std::string(option_prefix) + "." + node.id;
        RecordRect(app, id.c_str());
    }
    if (!value.empty()) {
        // TRANSLATORS: the last option of a list of roles; it clears the choice.
        if (ImGui::Selectable(app.tr("ladder.none", "(none)"))) value.clear();
        RecordRect(app, (std::string(option_prefix) + ".none").c_str());
    }
    ImGui::EndCombo();
}

void Toolbar(AppState& app, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    LadderSession& s = app.session.ladder;
    // TRANSLATORS: label before the list of roles, read as "I am a <role>"; short, it sits beside the list.
    const char* you_label = app.tr("ladder.youSelect", "I am a");
    // TRANSLATORS: a noun, the label before the list of the role you aim for; short, it sits beside the list.
    const char* target_label = app.tr("ladder.targetSelect", "Target");
    // The labels share a column as wide as the longer one, so that the two lists line up
    // when they stack, whatever the language's words.
    const float label_w = std::max(ImGui::CalcTextSize(you_label).x, ImGui::CalcTextSize(target_label).x) + 10;
    const float combo_w = std::max(80.0f, std::min(240.0f, width - label_w - 20));
    const bool side_by_side = width >= 2 * (label_w + combo_w) + 18;
    const float start = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(you_label);
    RecordRect(app, "ladder.youLabel");
    ImGui::SameLine(start + label_w);
    NodeCombo(app, "##you", "ladder.youSelect", "ladder.youOption", s.you, combo_w);
    if (side_by_side) ImGui::SameLine(0, 18);
    const float target_start = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(target_label);
    RecordRect(app, "ladder.targetLabel");
    ImGui::SameLine(target_start + label_w);
    NodeCombo(app, "##target", "ladder.targetSelect", "ladder.targetOption", s.target, combo_w);

    // The "you are here" marker: drag it onto a card (or use the list on the left).
    ImGui::PushStyleColor(ImGuiCol_Button, Alpha(p.accent, 0.12f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Alpha(p.accent, 0.2f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, Alpha(p.accent, 0.28f));
    // Pressed without a drag (a click, Space or Enter): the selected role becomes "you";
    // with none selected, the focus goes to the list, the drag's keyboard alternative.
    // TRANSLATORS: a button that is dragged onto a role's card to mark where you are.
    if (ImGui::Button(app.tr("ladder.you", "You are here  (drag onto a role)")) && !app.ladder.marker_drag) {
        if (!s.selected.empty()) s.you = s.selected;
        else app.keyboard.request = "ladder.youSelect";
    }
    ImGui::PopStyleColor(3);
    RecordRect(app, "ladder.you");
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) app.ladder.marker_drag = true;
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    // View controls.
    // TRANSLATORS: a button (verb) that zooms so the whole ladder fits the view; keep it short.
    const char* fit_label = app.tr("ladder.fit", "Fit");
    const char* reset_label = app.tr("ladder.reset", "Reset layout");
    const float buttons_w = 36 * 2 + ImGui::CalcTextSize(fit_label).x + ImGui::CalcTextSize(reset_label).x + 4 * 20 + 3 * 6;
    SameLineIfFits(buttons_w + 6, 18);
    const ImVec2 square(ImGui::GetFrameHeight() + 8, ImGui::GetFrameHeight());
    const Vec2 centre{s.center_x, s.center_y};
    if (ImGui::Button("-", square)) { ZoomAt(s, centre, 1 / 1.25f); s.view_set = true; }
    RecordRect(app, "ladder.zoomOut");
    if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("ladder.zoomOut.tip", "Zoom out"));
    ImGui::SameLine(0, 6);
    if (ImGui::Button("+", square)) { ZoomAt(s, centre, 1.25f); s.view_set = true; }
    RecordRect(app, "ladder.zoomIn");
    if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("ladder.zoomIn.tip", "Zoom in"));
    ImGui::SameLine(0, 6);
    if (ImGui::Button(fit_label)) s.view_set = false; // the canvas fits the graph again from this frame on
    RecordRect(app, "ladder.fit");
    ImGui::SameLine(0, 6);
    const bool moved = !s.moved.empty();
    if (!moved) ImGui::BeginDisabled();
    if (ImGui::Button(reset_label)) ResetLayout(s);
    if (!moved) ImGui::EndDisabled();
    RecordRect(app, "ladder.reset");
    if (TooltipHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", moved ? app.tr("ladder.reset.tip", "Put every card back where the layout placed it")
                                      : app.tr("ladder.reset.disabledTip", "No card has been moved"));
}

} // namespace


void DrawLadderView(AppState& app) {
    if (app.content.ladder.nodes.empty()) {
        ImGui::TextDisabled("%s", app.tr("ladder.empty", "This content has no career ladder."));
        return;
    }
    const float width = ImGui::GetContentRegionAvail().x;
    Toolbar(app, width);
    ImGui::Spacing();
    const bool side = width >= kSideBySide;
    const float avail_h = ImGui::GetContentRegionAvail().y;
    // Narrow screens: the canvas takes the screen's height and the details follow below it.
    const ImVec2 canvas_size(side ? width - kPanelWidth - 16 : width,
                             side ? std::max(avail_h - 4, 320.0f) : std::clamp(avail_h - 8, 380.0f, 560.0f));
    const ImVec2 top = ImGui::GetCursorScreenPos();
    DrawCanvas(app, canvas_size);
    if (side) {
        ImGui::SetCursorScreenPos(ImVec2(top.x + canvas_size.x + 16, top.y));
        ImGui::BeginChild("##ladder-panel", ImVec2(kPanelWidth, canvas_size.y), false);
    } else {
        ImGui::Spacing();
    }
    DetailsPanel(app);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    RoutePanel(app);
    if (side) ImGui::EndChild();
}

} // namespace crossroads::shell
