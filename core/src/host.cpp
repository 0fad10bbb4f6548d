#include "crossroads/host.hpp"

namespace crossroads {

HostCommand ParseHostCommand(std::string_view message) {
    HostCommand c;
    if (message.size() > 64 * 1024) {
        c.error = "message too large";
        return c;
    }
    const nlohmann::ordered_json j = nlohmann::ordered_json::parse(message.begin(), message.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        c.error = "not a JSON object";
        return c;
    }
    const auto type = j.find("type");
    if (type == j.end() || !type->is_string()) {
        c.error = "no \"type\"";
        return c;
    }
    const std::string& t = type->get_ref<const std::string&>();
    if (t == "reset") c.kind = HostCommand::Kind::Reset;
    else if (t == "getState") c.kind = HostCommand::Kind::GetState;
    else if (t == "setView") {
        const auto view = j.find("view");
        if (view == j.end() || !view->is_string() || !ParseView(view->get_ref<const std::string&>(), c.view)) {
            c.error = "setView needs \"view\": compare, ladder or quiz";
            return c;
        }
        const auto quiz = j.find("quiz");
        if (quiz != j.end()) {
            if (!quiz->is_string() || !ParseQuizKind(quiz->get_ref<const std::string&>(), c.quiz)) {
                c.error = "\"quiz\" must be fit or knowledge";
                return c;
            }
            c.has_quiz = true;
        }
        c.kind = HostCommand::Kind::SetView;
    } else {
        c.error = "unknown command \"" + t + "\"";
    }
    return c;
}

std::string HostEvent(const std::string& type, nlohmann::ordered_json payload) {
    if (!payload.is_object()) payload = nlohmann::ordered_json::object();
    payload["source"] = "crossroads";
    payload["type"] = type;
    return payload.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void ResetProgress(Session& session) {
    const View view = session.view;
    const Theme theme = session.theme;
    session = Session{};
    session.view = view;
    session.theme = theme;
}

} // namespace crossroads
