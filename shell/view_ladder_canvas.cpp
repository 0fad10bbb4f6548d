// The Ladder view's canvas: pan, zoom, drag, keys, and the cards and edges drawn.
// See ladder_view.hpp.
#include "ladder_view.hpp"

#include "crossroads/words.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace crossroads::shell::ladder_view {

// [SECTION] Canvas: input

namespace {

// Two fingers: pinch to zoom, move to pan; the emulated mouse is ignored meanwhile.
// True while a gesture has the canvas.
bool TwoFingerGesture(AppState& app, const Viewport& vp) {
    LadderUi& ui = app.ladder;
    LadderSession& s = app.session.ladder;
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
        return true;
    }
    return false;
}

// The button came up: a dragged card is dropped (snapped, on screen, on free space), a
// clicked one selected, a click on empty space closes the details.
void ReleasePointer(AppState& app, const Viewport& vp, Vec2 mouse, bool hovered) {
    LadderUi& ui = app.ladder;
    LadderSession& s = app.session.ladder;
    const ImGuiIO& io = ImGui::GetIO();
    if (ui.drag_node != Content::npos) {
        const LadderNode& node = app.content.ladder.nodes[ui.drag_node];
        if (ui.dragging) {
            const Box& box = ui.boxes[ui.drag_node];
            const Vec2 dropped{mouse.x - ui.drag_offset.x, mouse.y - ui.drag_offset.y};
            // Snap, keep the card on screen so it can never be lost, and move it aside
            // from any card it landed on, so none is ever hidden.
            std::vector<Box> others = ui.boxes;
            others.erase(others.begin() + static_cast<std::ptrdiff_t>(ui.drag_node));
            const Vec2 to = FreeSpot(ClampInto(SnapToGrid(dropped, kGrid), box.size, vp.VisibleWorld()), box.size, others, kGrid);
            MoveNode(s, node.id, to);
            AuthorPlaceNode(app, ui.drag_node, to); // in Author mode the place goes into the file
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

} // namespace

void CanvasInput(AppState& app, const Viewport& vp, bool hovered) {
    LadderUi& ui = app.ladder;
    LadderSession& s = app.session.ladder;
    const ImGuiIO& io = ImGui::GetIO();
    const Vec2 mouse = vp.ToWorld(V(io.MousePos));

    if (TwoFingerGesture(app, vp)) return;

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
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) ReleasePointer(app, vp, mouse, hovered);
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
            AuthorPlaceNode(app, sel, to);
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
    // TRANSLATORS: a small badge on the card of the role you are in; capitals in English, keep it short.
    const char* you_badge = app.tr("ladder.badge.you", "YOU ARE HERE");
    // TRANSLATORS: a small badge on the card of the role you aim for; capitals in English, keep it short.
    const char* target_badge = app.tr("ladder.badge.target", "TARGET");
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
                    app.ladder.narrow ? TrackShortName(app.tr, node.track) : TrackName(app.tr, node.track));
        dl->AddText(title_font, title_px, ImVec2(a.x + pad, a.y + pad + label_px + 6 * z), U32(p.text), node.title.c_str(),
                    nullptr, (card.width - 2 * card.pad) * z);
        if (s.you == node.id) Badge(dl, app.fonts.strong, label_px, ImVec2(b.x - 8 * z, a.y), you_badge, U32(p.accent), U32(p.accent_text));
        else if (s.target == node.id) Badge(dl, app.fonts.strong, label_px, ImVec2(b.x - 8 * z, a.y), target_badge, U32(p.shared), U32(p.accent_text));
        if (s.you == node.id && s.target == node.id)
            Badge(dl, app.fonts.strong, label_px, ImVec2(b.x - 8 * z, b.y), target_badge, U32(p.shared), U32(p.accent_text));
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
        // TRANSLATORS: written beside the "you are here" marker while it is dragged onto a role.
        ImGui::GetForegroundDrawList()->AddText(ImVec2(m.x + 12, m.y - 8), U32(p.accent), app.tr("ladder.marker", "You are here"));
    }
    if (hovered_node != Content::npos && !app.ladder.dragging && !app.ladder.marker_drag && HoverAllowed()) {
        ImGui::BeginTooltip();
        const LadderNode& node = app.content.ladder.nodes[hovered_node];
        ImGui::TextUnformatted(node.summary.empty() ? node.title.c_str() : node.summary.c_str());
        ImGui::TextDisabled("%s", app.tr("ladder.card.tip", "Click for details, drag to move"));
        ImGui::EndTooltip();
    }
    ImGui::EndChild();
}

} // namespace crossroads::shell::ladder_view
