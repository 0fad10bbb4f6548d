// The ladder as a graph: routes between two roles, and the checks the loader runs
// (promotion cycles, roles no edge reaches). The layout is in ladder.cpp.
//
// [SECTION] Routes
// [SECTION] Graph checks
#include "crossroads/ladder.hpp"

#include "crossroads/compare.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <tuple>

namespace crossroads {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Outgoing edge indices per node, so graph walks stay linear even on huge files.
std::vector<std::vector<std::size_t>> OutEdges(const Ladder& ladder) {
    std::vector<std::vector<std::size_t>> out(ladder.nodes.size());
    for (std::size_t e = 0; e < ladder.edges.size(); ++e) out[ladder.edges[e].from].push_back(e);
    return out;
}

} // namespace

// [SECTION] Routes

std::vector<std::size_t> Route::Nodes(std::size_t from) const {
    std::vector<std::size_t> nodes;
    if (!found) return nodes;
    nodes.push_back(from);
    for (const RouteStep& s : steps) nodes.push_back(s.to);
    return nodes;
}

Route FindRoute(const Ladder& ladder, std::size_t from, std::size_t to) {
    Route route;
    const std::size_t n = ladder.nodes.size();
    if (from >= n || to >= n) return route;
    // Dijkstra on (steps, switches): fewest steps first, then the fewest switches.
    using Cost = std::pair<int, int>;
    const Cost inf{std::numeric_limits<int>::max(), 0};
    std::vector<Cost> best(n, inf);
    std::vector<std::size_t> via(n, kNone);
    using Entry = std::tuple<Cost, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
    const auto out_edges = OutEdges(ladder);
    best[from] = {0, 0};
    queue.push({best[from], from});
    while (!queue.empty()) {
        const auto [cost, node] = queue.top();
        queue.pop();
        if (cost > best[node]) continue;
        for (std::size_t e : out_edges[node]) {
            const LadderEdge& edge = ladder.edges[e];
            const Cost next{cost.first + 1, cost.second + (edge.kind == EdgeKind::Switch ? 1 : 0)};
            if (next < best[edge.to]) {
                best[edge.to] = next;
                via[edge.to] = e;
                queue.push({next, edge.to});
            }
        }
    }
    if (best[to] == inf) return route;
    route.found = true;
    for (std::size_t node = to; node != from;) {
        const LadderEdge& edge = ladder.edges[via[node]];
        route.steps.push_back({via[node], edge.from, edge.to, edge.kind});
        node = edge.from;
    }
    std::reverse(route.steps.begin(), route.steps.end());
    return route;
}

std::vector<std::string> StepRequirements(const i18n::Tr& tr, const Ladder& ladder, const RouteStep& step) {
    std::vector<std::string> out;
    if (step.to >= ladder.nodes.size()) return out;
    const LadderNode& target = ladder.nodes[step.to];
    if (target.has_experience) {
        // TRANSLATORS: a step of a route needs this much experience; {range} is e.g. "3-5 years".
        std::string line = i18n::Format(tr("ladder.step.experience", "Experience: {range}"), {{"range", FormatRange(tr, target.experience, Unit::Years)}});
        if (!target.experience.note.empty()) line += " " + target.experience.note;
        out.push_back(line);
    }
    for (const Item& item : target.requirements) out.push_back(item.text);
    return out;
}

// [SECTION] Graph checks

std::size_t FindPromotionCycle(const Ladder& ladder) {
    const std::size_t n = ladder.nodes.size();
    enum class Mark { White, Grey, Black };
    std::vector<Mark> mark(n, Mark::White);
    const auto out_edges = OutEdges(ladder);
    // Iterative DFS: a hostile file may chain thousands of nodes.
    for (std::size_t start = 0; start < n; ++start) {
        if (mark[start] != Mark::White) continue;
        std::vector<std::pair<std::size_t, std::size_t>> stack{{start, 0}}; // node, next edge to try
        mark[start] = Mark::Grey;
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            if (next == out_edges[node].size()) {
                mark[node] = Mark::Black;
                stack.pop_back();
                continue;
            }
            const std::size_t e = out_edges[node][next++];
            const LadderEdge& edge = ladder.edges[e];
            if (edge.kind != EdgeKind::Promotion) continue;
            if (mark[edge.to] == Mark::Grey) return e;
            if (mark[edge.to] == Mark::White) {
                mark[edge.to] = Mark::Grey;
                stack.push_back({edge.to, 0});
            }
        }
    }
    return kNone;
}

std::vector<std::size_t> UnreachableNodes(const Ladder& ladder) {
    const std::size_t n = ladder.nodes.size();
    std::vector<bool> seen(n, false);
    std::vector<std::size_t> todo;
    const auto out_edges = OutEdges(ladder);
    for (std::size_t i = 0; i < n; ++i)
        if (ladder.nodes[i].level == 0) {
            seen[i] = true;
            todo.push_back(i);
        }
    while (!todo.empty()) {
        const std::size_t node = todo.back();
        todo.pop_back();
        for (std::size_t e : out_edges[node])
            if (const LadderEdge& edge = ladder.edges[e]; !seen[edge.to]) {
                seen[edge.to] = true;
                todo.push_back(edge.to);
            }
    }
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < n; ++i)
        if (!seen[i]) out.push_back(i);
    return out;
}

} // namespace crossroads
