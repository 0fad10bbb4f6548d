// The user's session: everything they did that should survive a reload. The shell
// reads it to draw and changes it only through these plain fields and functions.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace crossroads {

enum class View { Compare, Ladder, Quiz };
enum class Theme { Light, Dark };

struct CompareSession {
    bool differences_only = false;
    std::string filter;
};

// A node the user dragged: its centre in world units, kept by id so it survives a
// content reload where the id still exists.
struct NodePosition {
    std::string id;
    float x = 0;
    float y = 0;
};

inline constexpr float kMinZoom = 0.7f;  // card titles (16 units) stay at 11 px or more
inline constexpr float kMaxZoom = 1.75f;

struct LadderSession {
    std::vector<NodePosition> moved;
    std::string you;      // "you are here": a node id, or empty
    std::string target;   // where the user wants to go: a node id, or empty
    std::string selected; // the node whose details are open, or empty
    float zoom = 1.0f;
    float center_x = 0;   // the world point at the middle of the canvas
    float center_y = 0;
    bool view_set = false; // false until the user pans or zooms: until then the view fits the graph
};

struct Session {
    View view = View::Compare;
    Theme theme = Theme::Light;
    CompareSession compare;
    LadderSession ladder;
};

const char* ToString(View view);
const char* ToString(Theme theme);
// Parse a name as written by ToString; false (and `out` untouched) when unknown.
bool ParseView(std::string_view text, View& out);
bool ParseTheme(std::string_view text, Theme& out);

// The user-visible state as the automation hook exposes it (window.crossroads.state()).
nlohmann::json SessionToJson(const Session& session);

} // namespace crossroads
