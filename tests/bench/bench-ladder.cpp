// Ladder benchmarks (Catch2's BENCHMARK): layout and routes on the default content and a
// generated 1,000-node ladder. Run build/native/tests/crossroads_bench; figures go in the
// README. Nothing here asserts a time.
#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include "../unit/generated_ladder.hpp"
#include "../unit/test_util.hpp"

#include "crossroads/ladder.hpp"
#include "crossroads/loader.hpp"

using namespace crossroads;

TEST_CASE("ladder layout and routes", "[bench]") {
    const LoadResult content = LoadContent(test::DefaultContent());
    REQUIRE(content.Ok());
    const Ladder& small = content.content.ladder;
    const std::vector<Vec2> small_sizes(small.nodes.size(), Vec2{210, 68});
    const Ladder big = test::GeneratedLadder(1000, 7);
    const std::vector<Vec2> big_sizes(big.nodes.size(), Vec2{160, 60});
    const LadderLayout big_layout = ComputeLayout(big, big_sizes);

    BENCHMARK("layout, default ladder (7 nodes)") { return ComputeLayout(small, small_sizes); };
    BENCHMARK("layout, generated ladder (1,000 nodes)") { return ComputeLayout(big, big_sizes); };
    BENCHMARK("all edge curves, default ladder") {
        const LadderLayout layout = ComputeLayout(small, small_sizes);
        std::size_t points = 0;
        for (std::size_t e = 0; e < small.edges.size(); ++e)
            points += EdgeCurve(small, layout.boxes, e, layout.lanes[e], layout.row_gap).size();
        return points;
    };
    BENCHMARK("route across the generated ladder") { return FindRoute(big, 0, big.nodes.size() - 1).steps.size(); };
    BENCHMARK("hit-test, generated ladder") { return NodeAt(big_layout.boxes, Vec2{400, 300}); };
    BENCHMARK("load and validate the default content") { return LoadContent(test::DefaultContent()).problems.size(); };
}
