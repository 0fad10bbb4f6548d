// A generated career ladder for tests and benchmarks: a big organisation's many roles.
#pragma once

#include "crossroads/content.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace test {

using namespace crossroads;

// A layered graph like a big organisation's: every node is promoted into from the level
// below, some edges skip a level, some are switches between tracks on one level.
inline Ladder GeneratedLadder(std::size_t count, std::uint32_t seed) {
    auto next = [&] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
    Ladder ladder;
    const int levels = 12;
    for (std::size_t i = 0; i < count; ++i) {
        LadderNode node;
        node.id = "n" + std::to_string(i);
        node.level = i == 0 ? 0 : 1 + static_cast<int>(next() % (levels - 1));
        node.track = i == 0 ? Track::Shared : (next() % 2 ? Track::Management : Track::Technical);
        ladder.nodes.push_back(node);
    }
    std::vector<std::vector<std::size_t>> at(levels);
    for (std::size_t i = 0; i < count; ++i) at[static_cast<std::size_t>(ladder.nodes[i].level)].push_back(i);
    for (std::size_t i = 1; i < count; ++i) {
        const int l = ladder.nodes[i].level;
        // From the nearest lower level that has nodes (level 0 always has the root).
        int below = l - 1;
        while (at[static_cast<std::size_t>(below)].empty()) --below;
        const auto& from = at[static_cast<std::size_t>(below)];
        ladder.edges.push_back({from[next() % from.size()], i, EdgeKind::Promotion, ""});
        if (l >= 3 && next() % 5 == 0 && !at[static_cast<std::size_t>(l - 3)].empty()) {
            const auto& far = at[static_cast<std::size_t>(l - 3)];
            ladder.edges.push_back({far[next() % far.size()], i, EdgeKind::Promotion, ""});
        }
        const auto& same = at[static_cast<std::size_t>(l)];
        if (next() % 7 == 0 && same.size() > 1) {
            const std::size_t other = same[next() % same.size()];
            if (other != i) ladder.edges.push_back({i, other, EdgeKind::Switch, ""});
        }
    }
    return ladder;
}

} // namespace test
