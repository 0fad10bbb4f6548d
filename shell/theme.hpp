// Colours and spacing of the two themes. Palettes are plain data so the contrast of
// every text/background pair can be checked in a unit test.
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/session.hpp"

#include <imgui.h>

namespace crossroads::shell {

struct Palette {
    ImVec4 background;  // window background
    ImVec4 surface;     // cards, table header
    ImVec4 surface_alt; // alternate table rows, hovered cards
    ImVec4 border;         // decorative lines: cards, separators, the canvas edge
    ImVec4 control_border; // the edge of controls (inputs, check boxes, buttons): 3:1, WCAG 1.4.11
    ImVec4 text;
    ImVec4 text_muted;
    ImVec4 accent;       // primary interactive colour (tabs, checkboxes, the focus ring)
    ImVec4 accent_text;  // text drawn on the accent colour
    ImVec4 management;   // Engineering Manager / management track
    ImVec4 technical;    // Tech Lead / technical track
    ImVec4 shared;       // items both roles list
    ImVec4 overlap;      // the overlap band of the range chart
    ImVec4 error;
};

const Palette& PaletteFor(Theme theme);
// The least size of a target for a finger, in CSS px (WCAG 2.5.5).
constexpr float kTouchTarget = 44.0f;

// `touch`: finger-sized targets (kTouchTarget high) for touch screens.
void ApplyTheme(Theme theme, bool touch = false);

// The theme's colour for the n-th role (0 = first role in the content): blue, orange, purple.
ImVec4 RoleColour(const Palette& palette, std::size_t role_index);
// Role colours an author is offered after the theme's three (teal, red, magenta, ochre,
// slate); any is drawn readable in both themes (RoleColour below).
inline constexpr const char* kMoreRoleColours[] = {"#0b7a75", "#b42318", "#a3287a", "#8a6a00", "#3d4a5c"};
// The n-th role's colour in charts and headers: the content's own `colour` for it, made as
// dark or light as this palette's grounds need for text contrast, else the theme's.
ImVec4 RoleColour(const Palette& palette, const Content& content, std::size_t role_index);

// A palette colour packed for ImDrawList (with the style's global alpha).
inline ImU32 U32(ImVec4 c) { return ImGui::GetColorU32(c); }
// The colour with another opacity.
inline ImVec4 Alpha(ImVec4 c, float a) { return ImVec4(c.x, c.y, c.z, a); }

} // namespace crossroads::shell
