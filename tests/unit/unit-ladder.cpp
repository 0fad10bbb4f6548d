#include "generated_ladder.hpp"
#include "test_util.hpp"

#include "crossroads/ladder.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>

using namespace crossroads;

namespace {

std::vector<Vec2> Sizes(const Ladder& ladder, Vec2 size = {220, 76}) { return std::vector<Vec2>(ladder.nodes.size(), size); }

void CheckNoOverlap(const std::vector<Box>& boxes) {
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            INFO("nodes " << i << " and " << j);
            REQUIRE_FALSE(boxes[i].Overlaps(boxes[j]));
        }
}

void CheckLevelsOrdered(const Ladder& ladder, const std::vector<Box>& boxes) {
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = 0; j < boxes.size(); ++j)
            if (ladder.nodes[i].level > ladder.nodes[j].level) REQUIRE(boxes[i].Bottom() < boxes[j].Top());
}

// No point of any edge's curve lies inside a node other than the edge's own two ends.
void CheckEdgesAvoidNodes(const Ladder& ladder, const LadderLayout& layout) {
    for (std::size_t e = 0; e < ladder.edges.size(); ++e) {
        const auto curve = EdgeCurve(ladder, layout.boxes, e, layout.lanes[e], layout.row_gap);
        REQUIRE(curve.size() >= 2);
        for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
            if (i == ladder.edges[e].from || i == ladder.edges[e].to) continue;
            Box inner = layout.boxes[i];
            inner.size = {inner.size.x - 1, inner.size.y - 1};
            for (const Vec2& p : curve) {
                INFO("edge " << e << " crosses node " << i);
                REQUIRE_FALSE(inner.Contains(p));
            }
        }
    }
}

} // namespace

TEST_CASE("the default ladder lays out in tracks and levels", "[ladder]") {
    const Content c = test::DefaultModel();
    const Ladder& ladder = c.ladder;
    const LadderLayout layout = ComputeLayout(ladder, Sizes(ladder));
    CheckNoOverlap(layout.boxes);
    CheckLevelsOrdered(ladder, layout.boxes);
    CheckEdgesAvoidNodes(ladder, layout);
    SECTION("management on the left, technical on the right, the engineer between") {
        const Box& em = layout.boxes[c.NodeIndex("em")];
        const Box& tl = layout.boxes[c.NodeIndex("tl")];
        const Box& engineer = layout.boxes[c.NodeIndex("engineer")];
        CHECK(em.Right() < engineer.center.x);
        CHECK(engineer.center.x < tl.Left());
        CHECK(layout.boxes[c.NodeIndex("vp")].center.x == em.center.x);
        CHECK(layout.boxes[c.NodeIndex("cto")].center.x == tl.center.x);
    }
    SECTION("deterministic") {
        const LadderLayout again = ComputeLayout(ladder, Sizes(ladder));
        for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
            CHECK(again.boxes[i].center.x == layout.boxes[i].center.x);
            CHECK(again.boxes[i].center.y == layout.boxes[i].center.y);
        }
    }
    SECTION("the two switches run side by side, not on top of each other") {
        const auto a = EdgeCurve(ladder, layout.boxes, 6, layout.lanes[6], layout.row_gap);
        const auto b = EdgeCurve(ladder, layout.boxes, 7, layout.lanes[7], layout.row_gap);
        CHECK(a.front().y != b.back().y);
        CHECK(std::fabs(a[a.size() / 2].y - b[b.size() / 2].y) >= 10);
    }
    SECTION("bounds contain every box") {
        for (const Box& b : layout.boxes) {
            CHECK(b.Left() >= layout.bounds.Left() - 0.01f);
            CHECK(b.Right() <= layout.bounds.Right() + 0.01f);
        }
    }
}

TEST_CASE("a generated 1,000-node ladder keeps the layout's promises", "[ladder]") {
    const Ladder ladder = test::GeneratedLadder(1000, 7);
    const LadderLayout layout = ComputeLayout(ladder, Sizes(ladder, {160, 60}));
    CheckLevelsOrdered(ladder, layout.boxes);
    CheckNoOverlap(layout.boxes);
    // Edges are checked on a smaller graph of the same kind: the test is quadratic.
    const Ladder small = test::GeneratedLadder(150, 11);
    CheckEdgesAvoidNodes(small, ComputeLayout(small, Sizes(small, {160, 60})));
}

TEST_CASE("a node in the way of a switch is flown over", "[ladder]") {
    Ladder ladder;
    for (const char* id : {"a", "b", "c"}) ladder.nodes.push_back({id, id, Track::Management, 1, "", "", {}, false, {}, false, {}, ""});
    ladder.edges.push_back({0, 2, EdgeKind::Switch, ""});
    const LadderLayout layout = ComputeLayout(ladder, Sizes(ladder));
    CheckEdgesAvoidNodes(ladder, layout);
    const auto curve = EdgeCurve(ladder, layout.boxes, 0, layout.lanes[0], layout.row_gap);
    float highest = curve.front().y;
    for (const Vec2& p : curve) highest = std::min(highest, p.y);
    CHECK(highest < layout.boxes[1].Top());
}

TEST_CASE("routes between roles", "[ladder]") {
    const Content c = test::DefaultModel();
    const Ladder& ladder = c.ladder;
    auto ids = [&](const Route& r, std::size_t from) {
        std::vector<std::string> out;
        for (std::size_t n : r.Nodes(from)) out.push_back(ladder.nodes[n].id);
        return out;
    };
    SECTION("engineer to VP: the management track") {
        const Route r = FindRoute(ladder, c.NodeIndex("engineer"), c.NodeIndex("vp"));
        REQUIRE(r.found);
        CHECK(ids(r, c.NodeIndex("engineer")) == std::vector<std::string>{"engineer", "em", "director", "vp"});
    }
    SECTION("tech lead to VP goes through the switch") {
        const Route r = FindRoute(ladder, c.NodeIndex("tl"), c.NodeIndex("vp"));
        REQUIRE(r.found);
        CHECK(ids(r, c.NodeIndex("tl")) == std::vector<std::string>{"tl", "em", "director", "vp"});
        CHECK(r.steps[0].kind == EdgeKind::Switch);
    }
    SECTION("no way down the ladder") {
        CHECK_FALSE(FindRoute(ladder, c.NodeIndex("vp"), c.NodeIndex("engineer")).found);
        CHECK_FALSE(FindRoute(ladder, c.NodeIndex("cto"), c.NodeIndex("vp")).found);
    }
    SECTION("staying put is a route of no steps") {
        const Route r = FindRoute(ladder, c.NodeIndex("em"), c.NodeIndex("em"));
        CHECK(r.found);
        CHECK(r.steps.empty());
    }
    SECTION("out of range ends find nothing") { CHECK_FALSE(FindRoute(ladder, 99, 0).found); }
    SECTION("each step says what it requires") {
        const Route r = FindRoute(ladder, c.NodeIndex("engineer"), c.NodeIndex("tl"));
        REQUIRE(r.steps.size() == 1);
        const auto req = StepRequirements({}, ladder, r.steps[0]);
        REQUIRE_FALSE(req.empty());
        CHECK(req[0] == "Experience: 5-7 years of professional work in development");
    }
}

TEST_CASE("promotions are preferred over switches when steps tie", "[ladder]") {
    // a -> b -> d by promotions, a -> c -> d with a switch: both two steps.
    Ladder ladder;
    for (const char* id : {"a", "b", "c", "d"}) ladder.nodes.push_back({id, id, Track::Shared, 0, "", "", {}, false, {}, false, {}, ""});
    ladder.edges = {{0, 2, EdgeKind::Switch, ""}, {2, 3, EdgeKind::Promotion, ""}, {0, 1, EdgeKind::Promotion, ""},
                    {1, 3, EdgeKind::Promotion, ""}};
    const Route r = FindRoute(ladder, 0, 3);
    REQUIRE(r.found);
    CHECK(r.Nodes(0) == std::vector<std::size_t>{0, 1, 3});
    // Fewest steps still wins over avoiding a switch.
    ladder.edges.push_back({0, 3, EdgeKind::Switch, ""});
    CHECK(FindRoute(ladder, 0, 3).steps.size() == 1);
}

TEST_CASE("hit-testing, snapping and clamping", "[ladder]") {
    const std::vector<Box> boxes = {{{0, 0}, {100, 50}}, {{40, 0}, {100, 50}}};
    CHECK(NodeAt(boxes, {-40, 0}) == 0);
    CHECK(NodeAt(boxes, {20, 10}) == 1); // overlap: the one drawn last is on top
    CHECK(NodeAt(boxes, {0, 40}) == Content::npos);
    {
        // A finger's 44-unit target around a 37-unit card: a touch just outside it still hits.
        const std::vector<Box> small = {{{0, 0}, {100, 37}}, {{0, 100}, {100, 37}}};
        CHECK(NodeAt(small, {0, 20}) == Content::npos);
        CHECK(NodeAt(small, {0, 20}, {44, 44}) == 0);
        CHECK(NodeAt(small, {0, 50}, {44, 44}) == Content::npos); // between the two: neither
        CHECK(HitBox(small[0], {44, 44}).size.y == 44);
        CHECK(HitBox(small[0], {44, 44}).size.x == 100); // never smaller than the card
    }
    const Vec2 s = SnapToGrid({23, 38}, 20);
    CHECK(s.x == 20);
    CHECK(s.y == 40);
    const Vec2 clamped = ClampInto({1000, -1000}, {100, 50}, Box{{0, 0}, {400, 300}});
    CHECK(clamped.x == 150);
    CHECK(clamped.y == -125);
}

TEST_CASE("dragged positions, reset and zoom", "[ladder]") {
    const Content c = test::DefaultModel();
    const LadderLayout layout = ComputeLayout(c.ladder, Sizes(c.ladder));
    LadderSession session;
    MoveNode(session, "cto", {500, 600});
    MoveNode(session, "cto", {520, 640});
    MoveNode(session, "gone", {1, 1}); // an id the content no longer has is harmless
    auto boxes = CurrentBoxes(c.ladder, layout, session);
    CHECK(boxes[c.NodeIndex("cto")].center.x == 520);
    CHECK(boxes[c.NodeIndex("cto")].center.y == 640);
    CHECK(IsMoved(session, "cto"));
    ResetLayout(session);
    boxes = CurrentBoxes(c.ladder, layout, session);
    CHECK(boxes[c.NodeIndex("cto")].center.x == layout.boxes[c.NodeIndex("cto")].center.x);

    SECTION("zooming keeps the point under the pointer still") {
        Viewport vp{{10, 20}, {800, 600}, {0, 0}, 1};
        const Vec2 anchor = vp.ToWorld({600, 400});
        ZoomAt(session, anchor, 1.5f);
        vp.center = {session.center_x, session.center_y};
        vp.zoom = session.zoom;
        const Vec2 back = vp.ToScreen(anchor);
        CHECK(back.x == Approx(600));
        CHECK(back.y == Approx(400));
        ZoomAt(session, anchor, 100);
        CHECK(session.zoom == kMaxZoom);
        ZoomAt(session, anchor, 0.001f);
        CHECK(session.zoom == kMinZoom);
    }
    SECTION("fit shows the whole graph, never above zoom 1") {
        FitView(session, layout.bounds, {4000, 4000}, 20);
        CHECK(session.zoom == 1);
        FitView(session, layout.bounds, {500, 400}, 20);
        CHECK(session.zoom < 1);
        CHECK(session.center_x == layout.bounds.center.x);
    }
}

TEST_CASE("the loader checks the ladder's shape", "[ladder][loader]") {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(test::DefaultContent());
    SECTION("a cycle of promotions") {
        j["ladder"]["edges"].push_back({{"from", "vp"}, {"to", "em"}, {"kind", "promotion"}, {"source", "career-path"}});
        const LoadResult r = LoadContent(j.dump());
        INFO(test::Describe(r));
        CHECK(test::HasProblem(r, code::kLadderCycle, "ladder.edges[8]"));
    }
    SECTION("a switch back is not a cycle") { CHECK(LoadContent(j.dump()).Ok()); }
    SECTION("a node no edge reaches") {
        j["ladder"]["nodes"].push_back({{"id", "island"}, {"title", "Island"}, {"track", "technical"}, {"level", 2},
                                        {"description", "d"}, {"source", "career-path"}});
        CHECK(test::HasProblem(LoadContent(j.dump()), code::kLadderUnreachable, "ladder.nodes[7]"));
    }
    SECTION("no starting node") {
        for (auto& node : j["ladder"]["nodes"]) node["level"] = node["level"].get<int>() + 1;
        CHECK(test::HasProblem(LoadContent(j.dump()), code::kLadderNoStart, "ladder.nodes"));
    }
    SECTION("a dangling edge and a duplicate id") {
        j["ladder"]["edges"][0]["to"] = "ceo";
        j["ladder"]["nodes"][6]["id"] = "vp";
        const LoadResult r = LoadContent(j.dump());
        CHECK(test::HasProblem(r, code::kUnknownRef, "ladder.edges[0].to"));
        CHECK(test::HasProblem(r, code::kDuplicateId, "ladder.nodes[6].id"));
    }
}

TEST_CASE("arrow keys pick the card ahead on screen, straight ahead first", "[ladder][keyboard]") {
    // The default ladder as it was drawn on a 1280x800 page (screen units): the engineer at
    // the bottom in the middle, management on the left, the technical track on the right.
    enum { Engineer, Em, Tl, Director, Architect, Vp, Cto };
    const std::vector<Box> boxes = {{{446, 679}, {210, 58}}, {{164, 549}, {210, 58}}, {{728, 549}, {210, 58}},
                                    {{164, 411}, {210, 74}}, {{728, 411}, {210, 58}}, {{164, 265}, {210, 74}},
                                    {{728, 265}, {210, 58}}};
    const Vec2 up{0, -1}, down{0, 1}, left{-1, 0}, right{1, 0};
    CHECK(NodeInDirection(boxes, Engineer, up) == Em); // the nearer row, not the director above it
    CHECK(NodeInDirection(boxes, Em, right) == Tl);    // across, not down to the engineer
    CHECK(NodeInDirection(boxes, Director, right) == Architect);
    CHECK(NodeInDirection(boxes, Tl, left) == Em);
    CHECK(NodeInDirection(boxes, Architect, left) == Director);
    CHECK(NodeInDirection(boxes, Em, up) == Director);
    CHECK(NodeInDirection(boxes, Cto, left) == Vp);
    CHECK(NodeInDirection(boxes, Em, down) == Engineer);
    CHECK(NodeInDirection(boxes, Engineer, down) == Content::npos);
    CHECK(NodeInDirection(boxes, Cto, up) == Content::npos);
    CHECK(NodeInDirection(boxes, Content::npos, up) == Content::npos);
    CHECK(NodeInDirection(boxes, Engineer, Vec2{0, 0}) == Content::npos);
    // Straight ahead beats nearer but off to the side.
    const std::vector<Box> abc = {{{0, 0}, {100, 40}}, {{0, -200}, {100, 40}}, {{150, -120}, {100, 40}}};
    CHECK(NodeInDirection(abc, 0, up) == 1);
    CHECK(NodeInDirection(abc, 0, right) == 2);
}

TEST_CASE("Shift+arrow moves a card one grid step from where it is", "[ladder][keyboard]") {
    const Vec2 cto{669, 37};
    const Vec2 moved = StepNode(cto, {-1, 0}, 20);
    CHECK(moved.x == Approx(649));
    CHECK(moved.y == Approx(37));
    CHECK(StepNode(moved, {0, 1}, 20).y == Approx(57));
    // A card moved out of the view: the view follows it, by no more than needed.
    const Box view{{0, 0}, {400, 300}};
    const Vec2 pan = PanToShow(Box{{190, 0}, {40, 20}}, view);
    CHECK(pan.x == Approx(10));
    CHECK(pan.y == Approx(0));
    CHECK(PanToShow(Box{{0, 0}, {40, 20}}, view).x == 0); // in sight: no move
}

TEST_CASE("a card dropped on another moves aside to the nearest free place", "[ladder]") {
    const std::vector<Box> others = {{{0, 0}, {200, 60}}};
    const Vec2 free = FreeSpot({10, 10}, {200, 60}, others, 20);
    CHECK_FALSE(Box{free, {200, 60}}.Overlaps(others[0]));
    // The nearest: straight up or down by the card's height (60 px, three grid steps), not sideways by 200.
    CHECK(std::fabs(free.x - 10) <= 0.01f);
    CHECK(std::fabs(free.y - 10) == Approx(60).margin(20));
    const Vec2 untouched = FreeSpot({500, 0}, {200, 60}, others, 20);
    CHECK(untouched.x == 500); // already free: it stays
}

TEST_CASE("panning never loses the ladder", "[ladder]") {
    const Box graph{{0, 0}, {1000, 600}};
    // A view far to the right of the graph moves back until 100 units of it show.
    const Vec2 back = KeepInSight(graph, Box{{2000, 0}, {400, 300}}, 100);
    CHECK(back.x == Approx(-(2000 - 200) + (500 - 100)));
    CHECK(back.y == 0);
    const Vec2 left = KeepInSight(graph, Box{{-2000, 0}, {400, 300}}, 100);
    CHECK(left.x == Approx(-500 + 100 - (-2000 + 200)));
    CHECK(KeepInSight(graph, Box{{0, 0}, {400, 300}}, 100).x == 0); // inside: nothing to do
    // A graph smaller than `keep` stays in sight as a whole.
    const Vec2 small = KeepInSight(Box{{0, 0}, {50, 50}}, Box{{500, 0}, {400, 300}}, 100);
    CHECK(small.x == Approx(-25 - 300)); // its left edge at the view's: all 50 units inside
}

TEST_CASE("every node of the default ladder can be reached with the arrow keys", "[ladder][keyboard]") {
    const Content c = test::DefaultModel();
    const LadderLayout layout = ComputeLayout(c.ladder, Sizes(c.ladder));
    std::vector<bool> seen(c.ladder.nodes.size(), false);
    std::vector<std::size_t> todo = {0};
    seen[0] = true;
    while (!todo.empty()) {
        const std::size_t at = todo.back();
        todo.pop_back();
        for (const Vec2 dir : {Vec2{0, -1}, Vec2{0, 1}, Vec2{-1, 0}, Vec2{1, 0}}) {
            const std::size_t next = NodeInDirection(layout.boxes, at, dir);
            if (next != Content::npos && !seen[next]) {
                seen[next] = true;
                todo.push_back(next);
            }
        }
    }
    CHECK(std::count(seen.begin(), seen.end(), true) == static_cast<long>(seen.size()));
}

TEST_CASE("cards an author placed stay where they were put, their edges straight", "[ladder]") {
    Content c = test::DefaultModel();
    Ladder& ladder = c.ladder;
    const LadderLayout computed = ComputeLayout(ladder, Sizes(ladder));
    const std::size_t em = c.NodeIndex("em");
    ladder.nodes[em].has_position = true;
    ladder.nodes[em].x = 900;
    ladder.nodes[em].y = -40;
    LadderLayout layout = ComputeLayout(ladder, Sizes(ladder));
    PlaceAuthored(ladder, layout);
    CHECK(layout.boxes[em].center.x == 900);
    CHECK(layout.boxes[em].center.y == -40);
    CHECK(layout.bounds.Right() >= 900 + 110);
    for (std::size_t i = 0; i < ladder.nodes.size(); ++i)
        if (i != em) CHECK(layout.boxes[i].center.x == computed.boxes[i].center.x);
    bool touched = false;
    for (std::size_t e = 0; e < ladder.edges.size(); ++e) {
        const bool ends_at_em = ladder.edges[e].from == em || ladder.edges[e].to == em;
        touched |= ends_at_em;
        if (ends_at_em) CHECK(layout.lanes[e].empty());
        else CHECK(layout.lanes[e].size() == computed.lanes[e].size());
    }
    CHECK(touched);
}
