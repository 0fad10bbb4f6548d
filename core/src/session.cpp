#include "crossroads/session.hpp"

#include <initializer_list>

namespace crossroads {

const char* ToString(View view) {
    switch (view) {
        case View::Ladder: return "ladder";
        case View::Quiz: return "quiz";
        case View::Author: return "author";
        case View::Compare: break;
    }
    return "compare";
}

const char* ToString(Theme theme) { return theme == Theme::Dark ? "dark" : "light"; }

namespace {
// The one of `values` whose ToString() is `text`: the words are written once, in ToString.
template <typename E>
bool ParseName(std::string_view text, std::initializer_list<E> values, E& out) {
    for (E v : values) {
        if (text == ToString(v)) {
            out = v;
            return true;
        }
    }
    return false;
}
} // namespace

bool ParseView(std::string_view text, View& out) { return ParseName(text, {View::Compare, View::Ladder, View::Quiz, View::Author}, out); }

bool ParseTheme(std::string_view text, Theme& out) { return ParseName(text, {Theme::Light, Theme::Dark}, out); }

const char* ToString(QuizKind kind) { return kind == QuizKind::Knowledge ? "knowledge" : "fit"; }

bool ParseQuizKind(std::string_view text, QuizKind& out) { return ParseName(text, {QuizKind::Fit, QuizKind::Knowledge}, out); }

nlohmann::ordered_json SessionToJson(const Session& session) {
    return {
        {"view", ToString(session.view)},
        {"theme", ToString(session.theme)},
        {"compare", {{"differencesOnly", session.compare.differences_only}, {"filter", session.compare.filter}}},
        {"ladder", {{"you", session.ladder.you}, {"target", session.ladder.target}, {"selected", session.ladder.selected},
                    {"zoom", session.ladder.zoom}}},
    };
}

} // namespace crossroads

// [SECTION] Saving the session

namespace crossroads {

namespace {

using json = nlohmann::ordered_json;

json MapOfLists(const std::map<std::string, std::vector<std::string>>& m) {
    json out = json::object();
    for (const auto& [k, v] : m) out[k] = v;
    return out;
}

// A strict reader: the first value of the wrong type makes the whole session corrupt.
struct Strict {
    std::string problem;
    bool Fail(const std::string& path, const char* expected) {
        if (problem.empty()) problem = path + " is not " + expected;
        return false;
    }
    const json* At(const json& o, const char* key) {
        const auto it = o.find(key);
        return it == o.end() ? nullptr : &*it;
    }
    bool Str(const json& o, const char* key, const std::string& path, std::string& out) {
        const json* v = At(o, key);
        if (!v) return true; // absent: keep the default
        if (!v->is_string()) return Fail(path + "." + key, "text");
        out = v->get<std::string>();
        return true;
    }
    bool Bool(const json& o, const char* key, const std::string& path, bool& out) {
        const json* v = At(o, key);
        if (!v) return true;
        if (!v->is_boolean()) return Fail(path + "." + key, "true/false");
        out = v->get<bool>();
        return true;
    }
    template <class Number>
    bool Num(const json& o, const char* key, const std::string& path, Number& out, double lo, double hi) {
        const json* v = At(o, key);
        if (!v) return true;
        if (!v->is_number()) return Fail(path + "." + key, "a number");
        const double d = v->get<double>();
        if (!(d >= lo && d <= hi)) return Fail(path + "." + key, "in range");
        out = static_cast<Number>(d);
        return true;
    }
    bool List(const json& v, const std::string& path, std::vector<std::string>& out) {
        if (!v.is_array()) return Fail(path, "a list");
        out.clear();
        for (const json& x : v) {
            if (!x.is_string()) return Fail(path, "a list of ids");
            out.push_back(x.get<std::string>());
        }
        return true;
    }
    bool ListAt(const json& o, const char* key, const std::string& path, std::vector<std::string>& out) {
        const json* v = At(o, key);
        return !v || List(*v, path + "." + key, out);
    }
    bool MapLists(const json& o, const char* key, const std::string& path, std::map<std::string, std::vector<std::string>>& out) {
        const json* v = At(o, key);
        if (!v) return true;
        if (!v->is_object()) return Fail(path + "." + key, "an object");
        for (auto it = v->begin(); it != v->end(); ++it)
            if (!List(it.value(), path + "." + key + "." + it.key(), out[it.key()])) return false;
        return true;
    }
    bool Obj(const json& o, const char* key, const std::string& path, const json*& out) {
        out = At(o, key);
        if (out && !out->is_object()) return Fail(path + "." + key, "an object");
        return true;
    }

    // An optional object at `key`, handed to `decode` when present; false on the first problem.
    template <typename Decode>
    bool Part(const json& o, const char* key, const std::string& path, Decode decode) {
        const json* part = nullptr;
        if (!Obj(o, key, path, part)) return false;
        return !part || decode(*part);
    }
};

} // namespace

std::string EncodeSession(const Session& s) {
    json moved = json::array();
    for (const NodePosition& p : s.ladder.moved) moved.push_back({{"id", p.id}, {"x", p.x}, {"y", p.y}});
    const KnowledgeSession& k = s.quiz.knowledge;
    const json doc = {
        {"version", kSessionVersion},
        {"view", ToString(s.view)},
        {"theme", ToString(s.theme)},
        {"compare", {{"differencesOnly", s.compare.differences_only}, {"filter", s.compare.filter}}},
        {"ladder",
         {{"moved", moved}, {"you", s.ladder.you}, {"target", s.ladder.target}, {"selected", s.ladder.selected},
          {"zoom", s.ladder.zoom}, {"centerX", s.ladder.center_x}, {"centerY", s.ladder.center_y}, {"viewSet", s.ladder.view_set}}},
        {"quiz",
         {{"active", ToString(s.quiz.active)},
          {"fit", {{"answers", s.quiz.fit.answers}, {"current", s.quiz.fit.current}, {"finished", s.quiz.fit.finished},
                   {"completedSent", s.quiz.fit.completed_sent}}},
          {"knowledge",
           {{"seed", k.seed}, {"attempt", k.attempt}, {"order", k.order}, {"optionOrder", MapOfLists(k.option_order)},
            {"answers", MapOfLists(k.answers)}, {"checked", k.checked}, {"current", k.current}, {"finished", k.finished},
            {"bestPercent", k.best_percent}, {"completedSent", k.completed_sent}}}}},
    };
    return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace {

// The parts of a stored session, each false (with r.problem) at the first value that
// does not fit.
bool DecodeLadder(Strict& r, const json& ladder, LadderSession& l) {
    bool ok = r.Str(ladder, "you", "ladder", l.you) && r.Str(ladder, "target", "ladder", l.target) &&
              r.Str(ladder, "selected", "ladder", l.selected) && r.Num(ladder, "zoom", "ladder", l.zoom, kMinZoom, kMaxZoom) &&
              r.Num(ladder, "centerX", "ladder", l.center_x, -1e7, 1e7) && r.Num(ladder, "centerY", "ladder", l.center_y, -1e7, 1e7) &&
              r.Bool(ladder, "viewSet", "ladder", l.view_set);
    if (const json* moved = ok ? r.At(ladder, "moved") : nullptr) {
        if (!moved->is_array()) ok = r.Fail("ladder.moved", "a list");
        for (std::size_t i = 0; ok && moved->is_array() && i < moved->size(); ++i) {
            const json& m = (*moved)[i];
            const std::string p = "ladder.moved[" + std::to_string(i) + "]";
            NodePosition pos;
            if (!m.is_object()) ok = r.Fail(p, "an object");
            else ok = r.Str(m, "id", p, pos.id) && r.Num(m, "x", p, pos.x, -1e7, 1e7) && r.Num(m, "y", p, pos.y, -1e7, 1e7);
            if (ok) l.moved.push_back(pos);
        }
    }
    return ok;
}

bool DecodeFit(Strict& r, const json& fit, FitSession& f) {
    bool ok = true;
    if (const json* answers = r.At(fit, "answers")) {
        if (!answers->is_object()) ok = r.Fail("quiz.fit.answers", "an object");
        for (auto it = answers->begin(); ok && answers->is_object() && it != answers->end(); ++it) {
            if (!it->is_number_integer() || it->get<int>() < 1 || it->get<int>() > 5) ok = r.Fail("quiz.fit.answers." + it.key(), "a rating from 1 to 5");
            else f.answers[it.key()] = it->get<int>();
        }
    }
    return ok && r.Num(fit, "current", "quiz.fit", f.current, 0, 10000) && r.Bool(fit, "finished", "quiz.fit", f.finished) &&
           r.Bool(fit, "completedSent", "quiz.fit", f.completed_sent);
}

bool DecodeKnowledge(Strict& r, const json& knowledge, KnowledgeSession& k) {
    return r.Num(knowledge, "seed", "quiz.knowledge", k.seed, 0, 4294967295.0) &&
           r.Num(knowledge, "attempt", "quiz.knowledge", k.attempt, 0, 1e6) &&
           r.ListAt(knowledge, "order", "quiz.knowledge", k.order) &&
           r.MapLists(knowledge, "optionOrder", "quiz.knowledge", k.option_order) &&
           r.MapLists(knowledge, "answers", "quiz.knowledge", k.answers) &&
           r.ListAt(knowledge, "checked", "quiz.knowledge", k.checked) &&
           r.Num(knowledge, "current", "quiz.knowledge", k.current, 0, 10000) &&
           r.Bool(knowledge, "finished", "quiz.knowledge", k.finished) &&
           r.Num(knowledge, "bestPercent", "quiz.knowledge", k.best_percent, -1, 100) &&
           r.Bool(knowledge, "completedSent", "quiz.knowledge", k.completed_sent);
}

bool DecodeQuiz(Strict& r, const json& quiz, QuizSession& q) {
    std::string text;
    bool ok = true;
    if (!r.Str(quiz, "active", "quiz", text)) ok = false;
    else if (!text.empty() && !ParseQuizKind(text, q.active)) ok = r.Fail("quiz.active", "fit or knowledge");
    ok = ok && r.Part(quiz, "fit", "quiz", [&](const json& fit) { return DecodeFit(r, fit, q.fit); });
    ok = ok && r.Part(quiz, "knowledge", "quiz", [&](const json& k) { return DecodeKnowledge(r, k, q.knowledge); });
    return ok;
}

} // namespace

SessionDecode DecodeSession(std::string_view bytes) {
    SessionDecode out;
    if (bytes.empty()) return out;
    if (bytes.size() > kMaxSessionBytes) {
        out.status = SessionDecode::Status::TooLarge;
        out.problem = "it is " + std::to_string(bytes.size() / 1024) + " KB, more than the " +
                      std::to_string(kMaxSessionBytes / 1024) + " KB a saved session may take";
        return out;
    }
    const json doc = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    auto corrupt = [&](std::string why) {
        out = SessionDecode{};
        out.status = SessionDecode::Status::Corrupt;
        out.problem = std::move(why);
        return out;
    };
    if (doc.is_discarded() || !doc.is_object()) return corrupt("it is not valid saved data");
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer()) return corrupt("it has no version");
    if (version->get<long long>() != kSessionVersion) {
        out.status = SessionDecode::Status::UnknownVersion;
        out.problem = "it was saved by another version of Crossroads (format " + version->dump() + ")";
        return out;
    }
    Session s;
    Strict r;
    std::string text;
    bool ok = true;
    if (!r.Str(doc, "view", "", text)) ok = false;
    else if (!text.empty() && !ParseView(text, s.view)) ok = r.Fail("view", "a known view");
    text.clear();
    if (ok && !r.Str(doc, "theme", "", text)) ok = false;
    else if (ok && !text.empty() && !ParseTheme(text, s.theme)) ok = r.Fail("theme", "light or dark");
    ok = ok && r.Part(doc, "compare", "", [&](const json& compare) {
        return r.Bool(compare, "differencesOnly", "compare", s.compare.differences_only) &&
               r.Str(compare, "filter", "compare", s.compare.filter);
    });
    ok = ok && r.Part(doc, "ladder", "", [&](const json& ladder) { return DecodeLadder(r, ladder, s.ladder); });
    ok = ok && r.Part(doc, "quiz", "", [&](const json& quiz) { return DecodeQuiz(r, quiz, s.quiz); });
    if (!ok) return corrupt(r.problem.empty() ? "it is not valid saved data" : r.problem);
    out.status = SessionDecode::Status::Ok;
    out.session = std::move(s);
    return out;
}

// [SECTION] Two tabs, one stored session

namespace {

// Taken whole: a quiz's answers belong to its order and attempt; the moved cards are one list.
bool Atomic(const std::string& path) { return path == "/quiz/fit" || path == "/quiz/knowledge" || path == "/ladder/moved"; }

json Merge3(const json& base, const json& mine, const json& theirs, const std::string& path) {
    if (!Atomic(path) && base.is_object() && mine.is_object() && theirs.is_object()) {
        json out = theirs;
        for (auto it = mine.begin(); it != mine.end(); ++it) {
            const json none;
            const json& b = base.contains(it.key()) ? base.at(it.key()) : none;
            const json& t = theirs.contains(it.key()) ? theirs.at(it.key()) : none;
            out[it.key()] = Merge3(b, it.value(), t, path + "/" + it.key());
        }
        return out;
    }
    return mine == base && !theirs.is_null() ? theirs : mine; // changed here: mine; else theirs
}

void KeepOwnView(Session& s, const Session& mine) {
    s.view = mine.view;
    s.quiz.active = mine.quiz.active;
}

} // namespace

Session MergeSessions(std::string_view base, const Session& mine, std::string_view theirs) {
    const SessionDecode their = DecodeSession(theirs);
    if (their.status != SessionDecode::Status::Ok) return mine;
    json b = json::parse(base.begin(), base.end(), nullptr, false);
    if (b.is_discarded()) b = json::object();
    const std::string mine_text = EncodeSession(mine);
    const json m = json::parse(mine_text.data(), mine_text.data() + mine_text.size(), nullptr, false);
    const json t = json::parse(theirs.begin(), theirs.end(), nullptr, false);
    const SessionDecode merged = DecodeSession(Merge3(b, m, t, "").dump());
    if (merged.status != SessionDecode::Status::Ok) return mine; // cannot happen for two valid sessions; never lose mine
    Session out = merged.session;
    KeepOwnView(out, mine);
    return out;
}

std::string SessionSeenFrom(std::string_view stored, const Session& mine) {
    SessionDecode seen = DecodeSession(stored);
    if (seen.status != SessionDecode::Status::Ok) return EncodeSession(mine);
    KeepOwnView(seen.session, mine);
    return EncodeSession(seen.session);
}

} // namespace crossroads
