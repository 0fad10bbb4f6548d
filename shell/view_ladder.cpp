// The Career ladder view: a pannable, zoomable graph of both tracks; cards that can be
// dragged (snapping to a grid) and clicked for details; a "you are here" marker and a
// target, with the route between them highlighted and listed step by step.
//
// [SECTION] Model upkeep (every frame, whatever the view)
// [SECTION] Toolbar
// [SECTION] Canvas: input
// [SECTION] Canvas: drawing
// [SECTION] Details and route panels
#include "app.hpp"
#include "theme.hpp"

#include "crossroads/words.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace crossroads::shell {

namespace {

// Card metrics in world units: wide screens, and phones (narrower cards so the whole
// ladder fits a portrait screen at a zoom where titles stay at 11 px or more).
struct CardMetrics {
    float width;
    float pad;
};
constexpr CardMetrics kWideCard{210.0f, 12.0f};
constexpr CardMetrics kNarrowCard{134.0f, 9.0f};
constexpr float kNarrowBelow = 600.0f;
constexpr float kTitleSize = 16.0f;   // world units; times zoom on screen
constexpr float kLabelSize = 12.0f;
constexpr float kGrid = 20.0f;        // dragged cards snap to this
constexpr float kPanelWidth = 360.0f;
constexpr float kSideBySide = 900.0f; // narrower: the details panel goes under the canvas

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

// [SECTION] Model upkeep (every frame, whatever the view)

CardMetrics Card(const AppState& app) { return app.ladder.narrow ? kNarrowCard : kWideCard; }

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
    app.ladder.layout_ready = true;
    app.session.ladder.view_set = false; // a new layout: fit it
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
    const char* preview = current == Content::npos ? "Choose a role" : app.content.ladder.nodes[current].title.c_str();
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
        if (ImGui::Selectable("(none)")) value.clear();
        RecordRect(app, (std::string(option_prefix) + ".none").c_str());
    }
    ImGui::EndCombo();
}

void Toolbar(AppState& app, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    LadderSession& s = app.session.ladder;
    const float combo_w = std::min(240.0f, width - 90);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("I am a");
    ImGui::SameLine(70);
    NodeCombo(app, "##you", "ladder.youSelect", "ladder.youOption", s.you, combo_w);
    if (width >= 2 * (combo_w + 90)) ImGui::SameLine(0, 18);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Target");
    ImGui::SameLine(width >= 2 * (combo_w + 90) ? 0 : 70);
    NodeCombo(app, "##target", "ladder.targetSelect", "ladder.targetOption", s.target, combo_w);

    // The "you are here" marker: drag it onto a card (or use the list on the left).
    ImGui::PushStyleColor(ImGuiCol_Button, Alpha(p.accent, 0.12f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, Alpha(p.accent, 0.2f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, Alpha(p.accent, 0.28f));
    // Pressed without a drag (a click, Space or Enter): the selected role becomes "you";
    // with none selected, the focus goes to the list, the drag's keyboard alternative.
    if (ImGui::Button("You are here  (drag onto a role)") && !app.ladder.marker_drag) {
        if (!s.selected.empty()) s.you = s.selected;
        else app.keyboard.request = "ladder.youSelect";
    }
    ImGui::PopStyleColor(3);
    RecordRect(app, "ladder.you");
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) app.ladder.marker_drag = true;
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    // View controls.
    const float buttons_w = 36 * 2 + ImGui::CalcTextSize("Fit").x + ImGui::CalcTextSize("Reset layout").x + 4 * 20 + 3 * 6;
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + buttons_w + 24 < ImGui::GetWindowContentRegionMax().x) ImGui::SameLine(0, 18);
    const ImVec2 square(ImGui::GetFrameHeight() + 8, ImGui::GetFrameHeight());
    const Vec2 centre{s.center_x, s.center_y};
    if (ImGui::Button("-", square)) { ZoomAt(s, centre, 1 / 1.25f); s.view_set = true; }
    RecordRect(app, "ladder.zoomOut");
    if (TooltipHovered()) ImGui::SetTooltip("Zoom out");
    ImGui::SameLine(0, 6);
    if (ImGui::Button("+", square)) { ZoomAt(s, centre, 1.25f); s.view_set = true; }
    RecordRect(app, "ladder.zoomIn");
    if (TooltipHovered()) ImGui::SetTooltip("Zoom in");
    ImGui::SameLine(0, 6);
    if (ImGui::Button("Fit")) s.view_set = false; // the canvas fits the graph again from this frame on
    RecordRect(app, "ladder.fit");
    ImGui::SameLine(0, 6);
    const bool moved = !s.moved.empty();
    if (!moved) ImGui::BeginDisabled();
    if (ImGui::Button("Reset layout")) ResetLayout(s);
    if (!moved) ImGui::EndDisabled();
    RecordRect(app, "ladder.reset");
    if (TooltipHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(moved ? "Put every card back where the layout placed it" : "No card has been moved");
}

// [SECTION] Canvas: input

void CanvasInput(AppState& app, const Viewport& vp, bool hovered) {
    LadderUi& ui = app.ladder;
    LadderSession& s = app.session.ladder;
    const ImGuiIO& io = ImGui::GetIO();
    const Vec2 mouse = vp.ToWorld(V(io.MousePos));

    // Two fingers: pinch to zoom, move to pan; the emulated mouse is ignored meanwhile.
    if (app.gestures.fingers >= 2) {
        ui.gesture = true;
        ui.drag_node = Content::npos;
        ui.panning = false;
    }
    if (ui.gesture) {
        if (app.gestures.pinch != 1.0f) { ZoomAt(s, vp.ToWorld(V(app.gestures.focus)), app.gestures.pinch); s.view_set = true; }
        if (app.gestures.pan.x != 0 || app.gestures.pan.y != 0) {
            s.center_x -= app.gestures.pan.x / s.zoom;
            s.center_y -= app.gestures.pan.y / s.zoom;
            s.view_set = true;
        }
        if (app.gestures.fingers == 0 && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) ui.gesture = false;
        return;
    }

    if (hovered && io.MouseWheel != 0) {
        ZoomAt(s, mouse, std::pow(1.15f, io.MouseWheel));
        s.view_set = true;
    }
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        ClaimDrag(app); // a finger here moves a card or pans, it does not scroll the page
        // The grab point is where the button went down (the input queue gives the press its
        // own frame, so the pointer is still there).
        ui.press_pos = io.MouseClickedPos[ImGuiMouseButton_Left];
        const Vec2 press = vp.ToWorld(V(ui.press_pos));
        ui.drag_node = NodeAt(ui.boxes, press, TouchTarget(app, s.zoom));
        ui.dragging = false;
        if (ui.drag_node != Content::npos) {
            ui.drag_offset = {press.x - ui.boxes[ui.drag_node].center.x, press.y - ui.boxes[ui.drag_node].center.y};
        } else {
            ui.panning = true;
        }
    }
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        const float moved_px = std::hypot(io.MousePos.x - ui.press_pos.x, io.MousePos.y - ui.press_pos.y);
        if (ui.drag_node != Content::npos && (ui.dragging || moved_px > 4.0f)) {
            // The card follows the pointer exactly while dragged; it snaps when dropped.
            ui.dragging = true;
            MoveNode(s, app.content.ladder.nodes[ui.drag_node].id, {mouse.x - ui.drag_offset.x, mouse.y - ui.drag_offset.y});
        } else if (ui.panning && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
            s.center_x -= io.MouseDelta.x / s.zoom;
            s.center_y -= io.MouseDelta.y / s.zoom;
            s.view_set = true;
        }
    }
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        if (ui.drag_node != Content::npos) {
            const LadderNode& node = app.content.ladder.nodes[ui.drag_node];
            if (ui.dragging) {
                const Box& box = ui.boxes[ui.drag_node];
                const Vec2 dropped{mouse.x - ui.drag_offset.x, mouse.y - ui.drag_offset.y};
                // Snap, keep the card on screen so it can never be lost, and move it aside
                // from any card it landed on, so none is ever hidden.
                std::vector<Box> others = ui.boxes;
                others.erase(others.begin() + static_cast<std::ptrdiff_t>(ui.drag_node));
                MoveNode(s, node.id, FreeSpot(ClampInto(SnapToGrid(dropped, kGrid), box.size, vp.VisibleWorld()), box.size, others, kGrid));
            } else {
                s.selected = node.id;
                ui.reveal_details = true; // below the canvas on a phone: bring them into view
            }
        } else if (ui.panning && std::hypot(io.MousePos.x - ui.press_pos.x, io.MousePos.y - ui.press_pos.y) < 4.0f && hovered) {
            s.selected.clear(); // a click on empty space closes the details
        }
        ui.drag_node = Content::npos;
        ui.dragging = false;
        ui.panning = false;
    }
    if (ui.marker_drag && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        const std::size_t hit = hovered ? NodeAt(ui.boxes, mouse, TouchTarget(app, s.zoom)) : Content::npos;
        if (hit != Content::npos) s.you = app.content.ladder.nodes[hit].id;
        ui.marker_drag = false;
    }

    // The cursor tells what a drag will do.
    if (ui.dragging || ui.panning) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
    else if (hovered && NodeAt(ui.boxes, mouse) != Content::npos) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

// Every drag has a key (WCAG 2.5.7). Arrows: select along the ladder's steps; Shift+arrows:
// move the selected card one grid step; Ctrl+arrows: pan; + and -: zoom; 0: fit;
// H: "I am here"; T: target; Escape: close the details.
void CanvasKeys(AppState& app, const Viewport& vp) {
    LadderUi& ui = app.ladder;
    LadderSession& s = app.session.ladder;
    const ImGuiIO& io = ImGui::GetIO();
    const Ladder& ladder = app.content.ladder;
    std::size_t sel = NodeIndexOr(app.content, s.selected);
    const std::pair<ImGuiKey, Vec2> arrows[] = {
        {ImGuiKey_LeftArrow, {-1, 0}}, {ImGuiKey_RightArrow, {1, 0}}, {ImGuiKey_UpArrow, {0, -1}}, {ImGuiKey_DownArrow, {0, 1}}};
    for (const auto& [key, dir] : arrows) {
        if (!ImGui::IsKeyPressed(key)) continue;
        if (io.KeyCtrl) {
            const float step = 80 / s.zoom;
            s.center_x += dir.x * step;
            s.center_y += dir.y * step;
            s.view_set = true;
        } else if (io.KeyShift && sel != Content::npos) {
            const Box& box = ui.boxes[sel];
            const Vec2 to = StepNode(box.center, dir, kGrid);
            MoveNode(s, ladder.nodes[sel].id, to);
            // The view follows a card moved out of it.
            const Vec2 pan = PanToShow(Box{to, box.size}, vp.VisibleWorld());
            if (pan.x != 0 || pan.y != 0) {
                s.center_x += pan.x;
                s.center_y += pan.y;
                s.view_set = true;
            }
        } else if (sel == Content::npos) {
            // Nothing selected yet: start from "you are here", else from the first role.
            const std::size_t you = NodeIndexOr(app.content, s.you);
            sel = you != Content::npos ? you : 0;
            s.selected = ladder.nodes[sel].id;
        } else {
            const std::size_t next = NodeInDirection(ui.boxes, sel, dir);
            if (next != Content::npos) sel = next, s.selected = ladder.nodes[next].id;
        }
    }
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c == '+' || c == '=') { ZoomAt(s, vp.center, 1.25f); s.view_set = true; }
        if (c == '-') { ZoomAt(s, vp.center, 1 / 1.25f); s.view_set = true; }
        if (c == '0') s.view_set = false;
        if ((c == 'h' || c == 'H') && sel != Content::npos) s.you = ladder.nodes[sel].id;
        if ((c == 't' || c == 'T') && sel != Content::npos) s.target = ladder.nodes[sel].id;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Escape)) s.selected.clear();
}

// [SECTION] Canvas: drawing

void DrawArrow(ImDrawList* dl, ImVec2 tip, ImVec2 from, float size, ImU32 colour) {
    float dx = tip.x - from.x, dy = tip.y - from.y;
    const float len = std::max(std::hypot(dx, dy), 0.001f);
    dx /= len;
    dy /= len;
    const ImVec2 base(tip.x - dx * size, tip.y - dy * size);
    dl->AddTriangleFilled(tip, ImVec2(base.x - dy * size * 0.55f, base.y + dx * size * 0.55f),
                          ImVec2(base.x + dy * size * 0.55f, base.y - dx * size * 0.55f), colour);
}

bool OnRoute(const AppState& app, const LadderEdge& edge) {
    const auto& r = app.ladder.route_nodes;
    for (std::size_t i = 0; i + 1 < r.size(); ++i)
        if (r[i] == edge.from && r[i + 1] == edge.to) return true;
    return false;
}

void DrawEdges(AppState& app, ImDrawList* dl, const Viewport& vp) {
    const Palette& p = PaletteFor(app.session.theme);
    const Ladder& ladder = app.content.ladder;
    const std::vector<Vec2> no_lanes;
    for (std::size_t e = 0; e < ladder.edges.size(); ++e) {
        const LadderEdge& edge = ladder.edges[e];
        // Lanes belong to the computed layout: once an end is dragged, the edge goes straight.
        const bool as_laid_out = !IsMoved(app.session.ladder, ladder.nodes[edge.from].id) &&
                                 !IsMoved(app.session.ladder, ladder.nodes[edge.to].id);
        const auto curve = EdgeCurve(ladder, app.ladder.boxes, e, as_laid_out ? app.ladder.layout.lanes[e] : no_lanes,
                                     app.ladder.layout.row_gap);
        if (curve.size() < 2) continue;
        std::vector<ImVec2> pts;
        for (const Vec2& w : curve) pts.push_back(Im(vp.ToScreen(w)));
        const bool route = OnRoute(app, edge);
        const bool sw = edge.kind == EdgeKind::Switch;
        const ImU32 colour = U32(route ? p.accent : sw ? p.overlap : Alpha(p.text_muted, 0.85f));
        const float thick = (route ? 3.5f : 2.0f) * std::max(vp.zoom, 0.8f);
        if (sw && !route) {
            // Switches are dashed: a change of track, not a step up.
            for (std::size_t i = 0; i + 1 < pts.size(); i += 2) dl->AddLine(pts[i], pts[i + 1], colour, thick);
        } else {
            dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, ImDrawFlags_None, thick);
        }
        DrawArrow(dl, pts.back(), pts[pts.size() >= 3 ? pts.size() - 3 : 0], 9.0f * std::max(vp.zoom, 0.8f), colour);
    }
}

void Badge(ImDrawList* dl, ImFont* font, float size, ImVec2 top_right, const char* text, ImU32 bg, ImU32 fg) {
    const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0, text);
    const ImVec2 a(top_right.x - ts.x - 12, top_right.y - ts.y * 0.5f - 3), b(top_right.x, top_right.y + ts.y * 0.5f + 3);
    dl->AddRectFilled(a, b, bg, (b.y - a.y) * 0.5f);
    dl->AddText(font, size, ImVec2(a.x + 6, a.y + 3), fg, text);
}

void DrawNodes(AppState& app, ImDrawList* dl, const Viewport& vp, std::size_t hovered_node) {
    const Palette& p = PaletteFor(app.session.theme);
    const Ladder& ladder = app.content.ladder;
    const LadderSession& s = app.session.ladder;
    const float z = vp.zoom;
    const float title_px = kTitleSize * z, label_px = std::max(kLabelSize * z, 11.0f);
    ImFont* title_font = FontFor(app, title_px);
    for (std::size_t i = 0; i < ladder.nodes.size(); ++i) {
        const LadderNode& node = ladder.nodes[i];
        const Box& box = app.ladder.boxes[i];
        const ImVec2 a = Im(vp.ToScreen({box.Left(), box.Top()})), b = Im(vp.ToScreen({box.Right(), box.Bottom()}));
        const ImVec4 track = TrackColour(p, node.track);
        const bool selected = s.selected == node.id;
        const bool on_route = std::find(app.ladder.route_nodes.begin(), app.ladder.route_nodes.end(), i) != app.ladder.route_nodes.end();
        const bool lifted = app.ladder.dragging && app.ladder.drag_node == i;
        if (lifted) dl->AddRectFilled(ImVec2(a.x + 4, a.y + 6), ImVec2(b.x + 4, b.y + 6), U32(Alpha(p.text, 0.12f)), 10 * z);
        dl->AddRectFilled(a, b, U32(hovered_node == i ? Alpha(p.surface_alt, 1) : p.surface), 10 * z);
        dl->AddRectFilled(a, ImVec2(b.x, a.y + 5 * z), U32(track), 10 * z, ImDrawFlags_RoundCornersTop);
        const ImU32 border = U32(selected || on_route ? p.accent : hovered_node == i ? track : p.border);
        dl->AddRect(a, b, border, 10 * z, 0, selected ? 3.0f : on_route ? 2.5f : 1.2f);
        const CardMetrics card = Card(app);
        const float pad = card.pad * z;
        dl->AddText(app.fonts.body, label_px, ImVec2(a.x + pad, a.y + pad), U32(p.text_muted),
                    app.ladder.narrow ? TrackShortName(node.track) : TrackName(node.track));
        dl->AddText(title_font, title_px, ImVec2(a.x + pad, a.y + pad + label_px + 6 * z), U32(p.text), node.title.c_str(),
                    nullptr, (card.width - 2 * card.pad) * z);
        if (s.you == node.id) Badge(dl, app.fonts.strong, label_px, ImVec2(b.x - 8 * z, a.y), "YOU ARE HERE", U32(p.accent), U32(p.accent_text));
        else if (s.target == node.id) Badge(dl, app.fonts.strong, label_px, ImVec2(b.x - 8 * z, a.y), "TARGET", U32(p.shared), U32(p.accent_text));
        if (s.you == node.id && s.target == node.id)
            Badge(dl, app.fonts.strong, label_px, ImVec2(b.x - 8 * z, b.y), "TARGET", U32(p.shared), U32(p.accent_text));
        // What a pointer can take: the card, grown to a finger's 44 px on touch.
        const Box hit = HitBox(box, TouchTarget(app, z));
        const std::string id = "ladder.node." + node.id;
        RecordRect(app, id.c_str(), Im(vp.ToScreen({hit.Left(), hit.Top()})), Im(vp.ToScreen({hit.Right(), hit.Bottom()})));
    }
}

void DrawCanvas(AppState& app, ImVec2 size) {
    const Palette& p = PaletteFor(app.session.theme);
    LadderSession& s = app.session.ladder;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    // A child window without Dear ImGui's keyboard navigation: while the canvas has the
    // focus, the arrows and other keys are the ladder's (CanvasKeys), not focus moves.
    ImGui::BeginChild("##ladder-canvas-window", size, false,
                      ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::InvisibleButton("##ladder-canvas", size);
    const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) || app.ladder.marker_drag;
    bool focused = ItemHasFocus();
    if (!focused && app.ladder.had_focus && ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        // Dear ImGui's Escape leaves a child window for its parent; here it only closes the
        // details, so the focus comes straight back.
        focused = true;
        app.keyboard.request = "ladder.canvas";
    }
    app.ladder.had_focus = focused;
    RecordRect(app, "ladder.canvas");

    if (!s.view_set) FitView(s, app.ladder.layout.bounds, V(size), app.ladder.narrow ? 6.0f : 24.0f);
    Viewport vp{V(origin), V(size), {s.center_x, s.center_y}, s.zoom};
    CanvasInput(app, vp, hovered);
    if (focused) CanvasKeys(app, vp);
    app.ladder.boxes = CurrentBoxes(app.content.ladder, app.ladder.layout, s);
    if (s.view_set && !app.ladder.boxes.empty()) {
        // However it was panned or zoomed, some of the ladder (120 px of it) stays in view.
        const Viewport now{vp.origin, vp.size, {s.center_x, s.center_y}, s.zoom};
        const Vec2 back = KeepInSight(BoundsOf(app.ladder.boxes), now.VisibleWorld(), 120.0f / s.zoom);
        s.center_x += back.x;
        s.center_y += back.y;
    }
    vp.center = {s.center_x, s.center_y};
    vp.zoom = s.zoom;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + size.x, origin.y + size.y);
    dl->PushClipRect(origin, end, true);
    dl->AddRectFilled(origin, end, U32(p.surface), 10.0f);
    // A dot grid shows the snapping steps and makes panning visible.
    const float step = kGrid * 2 * vp.zoom;
    if (step >= 12) {
        const Vec2 w0 = vp.ToWorld(V(origin));
        const float gx = std::floor(w0.x / (kGrid * 2)) * kGrid * 2, gy = std::floor(w0.y / (kGrid * 2)) * kGrid * 2;
        const Vec2 s0 = vp.ToScreen({gx, gy});
        const ImU32 dot = U32(Alpha(p.text_muted, 0.22f));
        for (float x = s0.x; x < end.x; x += step)
            for (float y = s0.y; y < end.y; y += step) dl->AddRectFilled(ImVec2(x, y), ImVec2(x + 1.5f, y + 1.5f), dot);
    }
    const Vec2 mouse = vp.ToWorld(V(ImGui::GetIO().MousePos));
    const std::size_t hovered_node = hovered ? NodeAt(app.ladder.boxes, mouse) : Content::npos;
    DrawEdges(app, dl, vp);
    DrawNodes(app, dl, vp, hovered_node);
    dl->PopClipRect();
    dl->AddRect(origin, end, U32(p.border), 10.0f);

    if (app.ladder.marker_drag) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        ImGui::GetForegroundDrawList()->AddCircleFilled(m, 9, U32(p.accent));
        ImGui::GetForegroundDrawList()->AddText(ImVec2(m.x + 12, m.y - 8), U32(p.accent), "You are here");
    }
    if (hovered_node != Content::npos && !app.ladder.dragging && !app.ladder.marker_drag && HoverAllowed()) {
        ImGui::BeginTooltip();
        const LadderNode& node = app.content.ladder.nodes[hovered_node];
        ImGui::TextUnformatted(node.summary.empty() ? node.title.c_str() : node.summary.c_str());
        ImGui::TextDisabled("Click for details, drag to move");
        ImGui::EndTooltip();
    }
    ImGui::EndChild();
}

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

} // namespace

void DrawLadderView(AppState& app) {
    if (app.content.ladder.nodes.empty()) {
        ImGui::TextDisabled("This content has no career ladder.");
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
