// The content loader's walk over the ladder (nodes, edges and graph checks). See loader_walk.hpp.
#include "loader_walk.hpp"

#include "crossroads/ladder.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace crossroads::loader_detail {

void ContentWalk::LadderGraph(const json& root) {
    const json* ladder = r_.Field(root, "ladder", "", true);
    if (!ladder || !r_.Object(*ladder, "ladder")) return;
    r_.CheckKeys(*ladder, "ladder", {"nodes", "edges"});
    std::set<std::string> seen;
    if (const json* nodes = r_.Array(*ladder, "nodes", "ladder", true, true)) {
        r_.ForEachObject(*nodes, "ladder.nodes", [&](const json& element, const std::string& path) {
            const json* o = &element;
            r_.CheckKeys(*o, path, {"id", "title", "track", "level", "summary", "description", "requirements",
                                    "experience", "salary", "source", "position"});
            LadderNode node;
            const bool has_id = r_.String(*o, "id", path, node.id);
            r_.String(*o, "title", path, node.title);
            const int track = r_.Enum(*o, "track", path, format::kTracks);
            node.track = track == 1 ? Track::Management : track == 2 ? Track::Technical : Track::Shared;
            r_.Integer(*o, "level", path, node.level);
            r_.String(*o, "summary", path, node.summary, false);
            r_.String(*o, "description", path, node.description);
            Items(*o, "requirements", path, node.requirements, false);
            if (const json* e = r_.Field(*o, "experience", path, false); e && r_.Object(*e, Reader::Join(path, "experience"))) {
                node.has_experience = true;
                RangeValue(*e, Reader::Join(path, "experience"), node.experience);
            }
            if (const json* s = r_.Field(*o, "salary", path, false); s && r_.Object(*s, Reader::Join(path, "salary"))) {
                node.has_salary = true;
                RangeValue(*s, Reader::Join(path, "salary"), node.salary);
            }
            Source(*o, path, node.source);
            Position(*o, path, node);
            if (!has_id) return;
            if (!seen.insert(node.id).second) {
                r_.Error(code::kDuplicateId, Reader::Join(path, "id"), "loader.duplicate.node", "node id \"{id}\" is used twice", {{"id", node.id}});
                return;
            }
            c_.ladder.nodes.push_back(std::move(node));
            node_paths_.push_back(path);
        });
    }
    const json* edges = r_.Array(*ladder, "edges", "ladder", true, false);
    if (!edges) return;
    r_.ForEachObject(*edges, "ladder.edges", [&](const json& element, const std::string& path) {
        const json* o = &element;
        r_.CheckKeys(*o, path, {"from", "to", "kind", "source"});
        LadderEdge edge;
        std::string from, to;
        const bool from_ok = NodeRef(*o, "from", path, from, edge.from);
        const bool to_ok = NodeRef(*o, "to", path, to, edge.to); // checked even when "from" failed
        const bool ends_ok = from_ok && to_ok;
        const int kind = r_.Enum(*o, "kind", path, format::kEdgeKinds);
        edge.kind = kind == 1 ? EdgeKind::Switch : EdgeKind::Promotion;
        Source(*o, path, edge.source);
        if (ends_ok && kind >= 0) {
            c_.ladder.edges.push_back(std::move(edge));
            edge_paths_.push_back(path);
        }
    });
    GraphChecks();
}

void ContentWalk::GraphChecks() {
    const Ladder& ladder = c_.ladder;
    if (ladder.nodes.empty()) return;
    const std::size_t cycle = FindPromotionCycle(ladder);
    if (cycle != Content::npos) {
        const LadderEdge& e = ladder.edges[cycle];
        r_.Error(code::kLadderCycle, edge_paths_[cycle], "loader.ladder.cycle", "promotions go round in a circle: from \"{from}\" they lead back to \"{to}\"",
                 {{"from", ladder.nodes[e.to].id}, {"to", ladder.nodes[e.from].id}});
    }
    const bool has_start = std::any_of(ladder.nodes.begin(), ladder.nodes.end(), [](const LadderNode& n) { return n.level == 0; });
    if (!has_start) {
        r_.Error(code::kLadderNoStart, "ladder.nodes", "loader.ladder.noStart", "no node has level 0, so the ladder has no starting role");
        return;
    }
    for (std::size_t i : UnreachableNodes(ladder))
        r_.Error(code::kLadderUnreachable, node_paths_[i], "loader.ladder.unreachable", "no edge leads to \"{id}\" from a starting role (level 0)",
                 {{"id", ladder.nodes[i].id}});
}

void ContentWalk::Position(const json& node_object, const std::string& path, LadderNode& node) {
    const json* pos = r_.Field(node_object, "position", path, false);
    const std::string pp = Reader::Join(path, "position");
    if (!pos || !r_.Object(*pos, pp)) return;
    r_.CheckKeys(*pos, pp, {"x", "y"});
    double x = 0, y = 0;
    const bool has_x = r_.Number(*pos, "x", pp, x);
    const bool has_y = r_.Number(*pos, "y", pp, y);
    if (!has_x || !has_y) return;
    if (std::fabs(x) > kMaxNodePosition || std::fabs(y) > kMaxNodePosition) {
        r_.Error(code::kOutOfRange, pp, "loader.ladder.position", "a card position is at most 100000 from the origin either way");
        return;
    }
    node.has_position = true;
    node.x = static_cast<float>(x);
    node.y = static_cast<float>(y);
}

bool ContentWalk::NodeRef(const json& object, const char* key, const std::string& path, std::string& id, std::size_t& index) {
    if (!r_.String(object, key, path, id)) return false;
    index = c_.NodeIndex(id);
    if (index != Content::npos) return true;
    r_.Error(code::kUnknownRef, Reader::Join(path, key), "loader.unknown.node", "no ladder node has the id \"{id}\"", {{"id", id}});
    return false;
}

} // namespace crossroads::loader_detail
