// Messages between Crossroads in an iframe and the page that hosts it (postMessage):
// commands it accepts and the events it sends. Strings of JSON both ways, since some LMS
// listeners fail on anything else.
#pragma once

#include "crossroads/session.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace crossroads {

struct HostCommand {
    enum class Kind { SetView, Reset, GetState, Invalid } kind = Kind::Invalid;
    View view = View::Compare;
    bool has_quiz = false;
    QuizKind quiz = QuizKind::Fit;
    std::string error; // for Invalid: why, for the console
};

// {"type": "setView", "view": "quiz", "quiz": "knowledge"} | {"type": "reset"} | {"type": "getState"}
HostCommand ParseHostCommand(std::string_view message);

// {"source": "crossroads", "type": ..., ...payload}
std::string HostEvent(const std::string& type, nlohmann::ordered_json payload = nlohmann::ordered_json::object());

// "reset": the user's progress starts over; view and theme stay.
void ResetProgress(Session& session);

} // namespace crossroads
