// Keyboard focus for the whole shell: one tab order across the top bar, the view and
// any open modal, and one focus ring for every item. Dear ImGui's own Tab stays within
// one window, and the page's Tab must leave the canvas at either end of the order; its
// own outline is switched off in the theme (it skips custom-drawn items). It reaches
// into Dear ImGui's internals (imgui_internal.h) for the focus itself.
#include "app.hpp"
#include "theme.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace crossroads::shell {

namespace {

// Moves Dear ImGui's focus (its "nav id") to a stop drawn last frame.
void Focus(AppState& app, const FocusStop& stop) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = ImGui::FindWindowByID(stop.window);
    if (!window) return;
    if (g.ActiveId != 0 && g.ActiveId != stop.id) ImGui::ClearActiveID(); // leaves a text field
    ImGui::FocusWindow(window);
    ImGui::SetFocusID(stop.id, window);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true; // the pointer's hover must not fight the keyboard's focus
    ImGui::ScrollToRect(window, ImRect(stop.min, stop.max), ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
    if (stop.input) {
        // A text field reached by Tab takes the typing at once, as in a browser.
        g.NavNextActivateId = stop.id;
        g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_TryToPreserveState;
    }
    app.keyboard.ring = true;
}

// The stops Tab moves along now: those of the open popup or modal, if any, else the rest.
std::vector<const FocusStop*> TabOrder(const std::vector<FocusStop>& stops) {
    const bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    std::vector<const FocusStop*> order;
    for (const FocusStop& s : stops)
        if (s.in_popup == popup) order.push_back(&s);
    return order;
}

std::ptrdiff_t IndexOf(const std::vector<const FocusStop*>& order, ImGuiID id) {
    if (id == 0) return -1;
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i]->id == id) return static_cast<std::ptrdiff_t>(i);
    return -1;
}

} // namespace

void KeyboardBeginFrame(AppState& app) {
    KeyboardUi& k = app.keyboard;
    k.last.swap(k.stops);
    k.stops.clear();
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) || ImGui::IsMouseClicked(ImGuiMouseButton_Right)) k.ring = false;
    for (ImGuiKey arrow : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow})
        if (ImGui::IsKeyPressed(arrow)) k.ring = true; // Dear ImGui moves the focus with them

    int dir = 0;
    bool from_outside = false;
    if (ImGui::IsKeyPressed(ImGuiKey_Tab) && !io.KeyCtrl && !io.KeyAlt) {
        ImGui::NavMoveRequestCancel(); // Dear ImGui's own Tab, within one window, gives way
        dir = io.KeyShift ? -1 : 1;
    }
    if (k.enter != 0) {
        dir = k.enter;
        from_outside = true;
        k.enter = 0;
    }
    const std::vector<const FocusStop*> order = TabOrder(k.last);
    if (!k.request.empty()) {
        const auto it = std::find_if(k.last.begin(), k.last.end(), [&](const FocusStop& s) { return s.name == k.request; });
        if (it != k.last.end()) Focus(app, *it);
        k.request.clear();
    } else if (dir != 0 && !order.empty()) {
        const std::ptrdiff_t n = static_cast<std::ptrdiff_t>(order.size());
        const std::ptrdiff_t at = from_outside ? -1 : IndexOf(order, k.anchor);
        std::ptrdiff_t next = at < 0 ? (dir > 0 ? 0 : n - 1) : at + dir;
        if (next < 0 || next >= n) next = k.wrap ? (next + n) % n : at;
        Focus(app, *order[static_cast<std::size_t>(next)]);
    }
}

void RegisterFocusStop(AppState& app, const char* name) {
    ImGuiContext& g = *GImGui;
    const ImGuiID id = g.LastItemData.ID;
    // Text has no id; disabled and nav-less items (a drag handle with buttons beside it) are skipped.
    if (id == 0 || (g.LastItemData.InFlags & (ImGuiItemFlags_Disabled | ImGuiItemFlags_NoNav))) return;
    ImGuiWindow* window = g.CurrentWindow;
    FocusStop stop;
    stop.name = name;
    stop.id = id;
    stop.window = window->ID;
    stop.input = (g.LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0;
    stop.in_popup = (window->RootWindow->Flags & ImGuiWindowFlags_Popup) != 0;
    stop.min = g.LastItemData.Rect.Min;
    stop.max = g.LastItemData.Rect.Max;
    stop.draw_list = window->DrawList;
    stop.clip = ImVec4(window->ClipRect.Min.x, window->ClipRect.Min.y, window->ClipRect.Max.x, window->ClipRect.Max.y);
    app.keyboard.stops.push_back(std::move(stop));
}

bool ItemHasFocus() {
    const ImGuiContext& g = *GImGui;
    return g.NavId != 0 && g.NavId == g.LastItemData.ID;
}

void KeyboardEndFrame(AppState& app) {
    KeyboardUi& k = app.keyboard;
    const ImGuiContext& g = *GImGui;
    // Tab goes on from what was clicked last, as in a browser, or from where keys put the
    // focus. Dear ImGui's own first focus in a window (no user action) does not count.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) k.anchor = g.ActiveId;
    else if (k.ring) k.anchor = g.NavId;
    const std::vector<const FocusStop*> order = TabOrder(k.stops);
    const std::ptrdiff_t at = IndexOf(order, k.anchor);
    k.at_first = at <= 0;
    k.at_last = at >= 0 && at + 1 == static_cast<std::ptrdiff_t>(order.size());
    k.focused.clear();
    if (!k.ring) return;
    const ImGuiID nav = g.NavId;
    for (const FocusStop& s : k.stops) {
        if (s.id != nav || !s.draw_list) continue;
        // Drawn after the frame's items so no custom-drawn background covers it; 2.5 px,
        // 3 px outside the item, in the accent colour (3:1 on every background, tested).
        const Palette& p = PaletteFor(app.session.theme);
        s.draw_list->PushClipRect(ImVec2(s.clip.x - 4, s.clip.y - 4), ImVec2(s.clip.z + 4, s.clip.w + 4), false);
        s.draw_list->AddRect(ImVec2(s.min.x - 3, s.min.y - 3), ImVec2(s.max.x + 3, s.max.y + 3),
                             ImGui::ColorConvertFloat4ToU32(p.accent), ImGui::GetStyle().FrameRounding + 3, 0, 2.5f);
        s.draw_list->PopClipRect();
        k.focused = s.name;
        break;
    }
}

void KeyboardCanvasFocus(AppState& app, CanvasFocus how) {
    if (how == CanvasFocus::ByTab) app.keyboard.enter = 1; // the first control
    if (how == CanvasFocus::ByShiftTab) app.keyboard.enter = -1; // the last
    if (how == CanvasFocus::Lost) app.keyboard.ring = false;
}

} // namespace crossroads::shell
