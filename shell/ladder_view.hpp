// The Ladder view's parts shared by its files: view_ladder.cpp (model upkeep, toolbar and
// the view), view_ladder_canvas.cpp (the canvas: input and drawing) and
// view_ladder_panels.cpp (the details and route panels). Internal to the shell.
#pragma once

#include "app.hpp"
#include "theme.hpp"

#include <string>

namespace crossroads::shell::ladder_view {


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

ImVec2 Im(Vec2 v);
Vec2 V(ImVec2 v);
// The least size a card takes a pointer in, in world units at `zoom`: a finger's target on touch.
Vec2 TouchTarget(const AppState& app, float zoom);
ImVec4 TrackColour(const Palette& p, Track track);
// The atlas font closest above a pixel size, so zoomed text is scaled down, not up.
ImFont* FontFor(const AppState& app, float px);
std::size_t NodeIndexOr(const Content& content, const std::string& id);
CardMetrics Card(const AppState& app);

// The canvas (view_ladder_canvas.cpp).
void DrawCanvas(AppState& app, ImVec2 size);
// The panels under or beside it (view_ladder_panels.cpp).
void DetailsPanel(AppState& app);
void RoutePanel(AppState& app);

} // namespace crossroads::shell::ladder_view
