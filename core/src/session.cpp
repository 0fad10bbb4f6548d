#include "crossroads/session.hpp"

namespace crossroads {

const char* ToString(View view) {
    switch (view) {
        case View::Ladder: return "ladder";
        case View::Quiz: return "quiz";
        case View::Compare: break;
    }
    return "compare";
}

const char* ToString(Theme theme) { return theme == Theme::Dark ? "dark" : "light"; }

bool ParseView(std::string_view text, View& out) {
    for (View v : {View::Compare, View::Ladder, View::Quiz}) {
        if (text == ToString(v)) {
            out = v;
            return true;
        }
    }
    return false;
}

bool ParseTheme(std::string_view text, Theme& out) {
    for (Theme t : {Theme::Light, Theme::Dark}) {
        if (text == ToString(t)) {
            out = t;
            return true;
        }
    }
    return false;
}

const char* ToString(QuizKind kind) { return kind == QuizKind::Knowledge ? "knowledge" : "fit"; }

bool ParseQuizKind(std::string_view text, QuizKind& out) {
    for (QuizKind k : {QuizKind::Fit, QuizKind::Knowledge}) {
        if (text == ToString(k)) {
            out = k;
            return true;
        }
    }
    return false;
}

nlohmann::json SessionToJson(const Session& session) {
    return {
        {"view", ToString(session.view)},
        {"theme", ToString(session.theme)},
        {"compare", {{"differencesOnly", session.compare.differences_only}, {"filter", session.compare.filter}}},
        {"ladder", {{"you", session.ladder.you}, {"target", session.ladder.target}, {"selected", session.ladder.selected},
                    {"zoom", session.ladder.zoom}}},
    };
}

} // namespace crossroads
