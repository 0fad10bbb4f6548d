// The user's session: everything they did that should survive a reload. The shell
// reads it to draw and changes it only through these plain fields and functions.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace crossroads {

enum class View { Compare, Ladder, Quiz };
enum class Theme { Light, Dark };

struct CompareSession {
    bool differences_only = false;
    std::string filter;
};

struct Session {
    View view = View::Compare;
    Theme theme = Theme::Light;
    CompareSession compare;
};

const char* ToString(View view);
const char* ToString(Theme theme);
// Parse a name as written by ToString; false (and `out` untouched) when unknown.
bool ParseView(std::string_view text, View& out);
bool ParseTheme(std::string_view text, Theme& out);

// The user-visible state as the automation hook exposes it (window.crossroads.state()).
nlohmann::json SessionToJson(const Session& session);

} // namespace crossroads
