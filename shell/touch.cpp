// Touch scrolling: Dear ImGui scrolls with the wheel and the scrollbar only, so a finger
// dragged across a list would do nothing (or drag what it landed on). Here a one-finger
// drag that no view claims scrolls the window it started in, and a flick goes on with
// momentum (core's VelocityTracker and FlingStep), as on every phone.
#include "app.hpp"

#include <imgui_internal.h> // windows by id, their scroll target, and the active item

#include <cfloat>
#include <cmath>

namespace crossroads::shell {

namespace {

bool IsTouch() { return ImGui::GetIO().MouseSource == ImGuiMouseSource_TouchScreen; }

// The id that holds the pointer while a finger scrolls: nothing under it is hovered or pressed.
ImGuiID ScrollHoldId() { return ImHashStr("##touch-scroll"); }

// The first window from `window` outwards that can scroll vertically and takes the wheel.
ImGuiWindow* ScrollableFrom(ImGuiWindow* window) {
    for (; window; window = window->ParentWindow) {
        if (window->ScrollMax.y > 0 && !(window->Flags & ImGuiWindowFlags_NoScrollWithMouse)) return window;
        if (!(window->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    return nullptr;
}

// Scrolls by `dy` px (positive: the content moves up), adding to a scroll already asked
// for this frame; returns false when the window is at that edge already.
bool ScrollBy(ImGuiWindow* window, float dy) {
    const float from = window->ScrollTarget.y != FLT_MAX ? window->ScrollTarget.y : window->Scroll.y;
    const float to = ImClamp(from + dy, 0.0f, window->ScrollMax.y);
    ImGui::SetScrollY(window, to);
    return to != from || dy == 0;
}

} // namespace

void ClaimDrag(AppState& app) { app.touch_scroll.claimed = true; }

bool HoverAllowed() { return !IsTouch(); }

bool TappedIn(ImVec2 min, ImVec2 max) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!IsTouch() || !ImGui::IsMouseReleased(ImGuiMouseButton_Left)) return false;
    const ImVec2 at = io.MouseClickedPos[ImGuiMouseButton_Left];
    const bool inside = at.x >= min.x && at.x <= max.x && at.y >= min.y && at.y <= max.y;
    return inside && std::hypot(io.MousePos.x - at.x, io.MousePos.y - at.y) <= kTouchSlopPx;
}

bool AnyTooltipShown() {
    for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
        if ((window->Flags & ImGuiWindowFlags_Tooltip) && window->Active) return true;
    return false;
}

bool TooltipHovered(ImGuiHoveredFlags flags) { return !IsTouch() && ImGui::IsItemHovered(flags); }

void TouchBeginFrame(AppState& app) {
    TouchScrollUi& ts = app.touch_scroll;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiIO& io = g.IO;
    ImGuiWindow* window = ts.window ? ImGui::FindWindowByID(ts.window) : nullptr;

    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        // A finger on a moving list stops it, and that touch is not a tap on what is under it.
        ts.stopped_fling = ts.speed != 0 && IsTouch();
        ts.speed = 0;
        ts.claimed = false;
        ts.scrolling = false;
        window = IsTouch() ? ScrollableFrom(g.HoveredWindow) : nullptr;
        ts.window = window ? window->ID : 0;
        if (ts.stopped_fling && window) ImGui::SetActiveID(ScrollHoldId(), window);
    }
    if (!window) {
        ts.speed = 0;
        return;
    }
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        if (ts.scrolling) ScrollBy(window, -io.MouseDelta.y);
        if (g.ActiveId == ScrollHoldId()) ImGui::KeepAliveID(ScrollHoldId());
    } else if (ts.scrolling) {
        // Released: fling at the finger's last speed (up the screen scrolls down).
        ts.scrolling = false;
        ts.speed = -FlingStart(ts.tracker.Velocity());
    }
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) && ts.speed != 0) {
        if (!ScrollBy(window, FlingStep(ts.speed, io.DeltaTime))) ts.speed = 0; // stops at the edge
    }
}

void TouchEndFrame(AppState& app) {
    TouchScrollUi& ts = app.touch_scroll;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiIO& io = g.IO;
    if (ts.scrolling || ts.claimed || !ts.window || !ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
    const ImVec2 from = io.MouseClickedPos[ImGuiMouseButton_Left];
    if (std::hypot(io.MousePos.x - from.x, io.MousePos.y - from.y) <= kTouchSlopPx) return;
    ImGuiWindow* window = ImGui::FindWindowByID(ts.window);
    if (!window) return;
    // Past the slop: a scroll, not a tap. What the finger went down on lets go of it (a
    // button is not clicked on release), and the content follows the finger from here.
    ts.scrolling = true;
    ImGui::ClearActiveID();
    ImGui::SetActiveID(ScrollHoldId(), window);
    ScrollBy(window, from.y - io.MousePos.y);
}

} // namespace crossroads::shell
