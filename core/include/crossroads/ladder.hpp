// The career ladder as geometry and routes: a layered layout (tracks side by side,
// levels bottom to top), edge curves that avoid nodes, hit-testing, snapping and the
// route between two roles. Pure functions over the content's Ladder; the view only
// maps world units to the screen.
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/i18n.hpp"
#include "crossroads/session.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace crossroads {

struct Vec2 {
    float x = 0;
    float y = 0;
};

// An axis-aligned box by its centre and size (world units; y grows downwards).
struct Box {
    Vec2 center;
    Vec2 size;
    float Left() const { return center.x - size.x * 0.5f; }
    float Right() const { return center.x + size.x * 0.5f; }
    float Top() const { return center.y - size.y * 0.5f; }
    float Bottom() const { return center.y + size.y * 0.5f; }
    bool Contains(Vec2 p) const { return p.x >= Left() && p.x <= Right() && p.y >= Top() && p.y <= Bottom(); }
    bool Overlaps(const Box& o) const {
        return Left() < o.Right() && o.Left() < Right() && Top() < o.Bottom() && o.Top() < Bottom();
    }
};

struct LayoutOptions {
    float column_gap = 72;  // between tracks
    float slot_gap = 28;    // between nodes of one track and level
    float row_gap = 72;     // between levels
    float lane_width = 16;  // the slot kept free where a long edge passes a level
};

struct LadderLayout {
    std::vector<Box> boxes;                // per node, in the content's order
    std::vector<std::vector<Vec2>> lanes;  // per edge: lane points for edges that span levels (may be empty)
    Box bounds;                            // of all boxes
    float row_gap = 0;
};

// The smallest box holding all of `boxes` (the layout's bounds, or the cards where they are now).
Box BoundsOf(const std::vector<Box>& boxes);

// Node sizes come from the view (text decides them); the layout is a pure function of
// the graph, the sizes and the options, deterministic for equal input.
LadderLayout ComputeLayout(const Ladder& ladder, const std::vector<Vec2>& sizes, const LayoutOptions& options = {});

// The cards an author placed (LadderNode::has_position) moved there, their edges' lanes
// dropped (those edges go straight) and the bounds made again. For the wide layout.
void PlaceAuthored(const Ladder& ladder, LadderLayout& layout);

// Points along an edge's curve, from the source box's border to the target's. `lanes` are
// the layout's lane points, used only while both ends sit where the layout put them.
std::vector<Vec2> EdgeCurve(const Ladder& ladder, const std::vector<Box>& boxes, std::size_t edge,
                            const std::vector<Vec2>& lanes, float row_gap);

// The topmost node under a point (later nodes draw on top), or npos. A card smaller than
// `min_size` is hit within that size around its centre, so a finger can always take it
// (44 px targets); a card actually under the point wins over such a margin.
std::size_t NodeAt(const std::vector<Box>& boxes, Vec2 point, Vec2 min_size = {});
// `box` grown to at least `min_size`, around its centre.
Box HitBox(const Box& box, Vec2 min_size);

// Keyboard selection: the card an arrow key (`dir`, screen axes, y down) moves to from
// `from`, by where the cards are on screen, as Android's focus search does: of the cards
// ahead, one straight ahead (overlapping `from` across the arrow) wins; among equals, the
// least 13 * gap^2 + offset^2 (gap between near edges along the arrow, offset of the
// centres across it). npos when nothing lies ahead, or `from` is npos.
std::size_t NodeInDirection(const std::vector<Box>& boxes, std::size_t from, Vec2 dir);
// Shift+arrow: the card one grid step from where it is (no snap, no clamp: it never jumps).
Vec2 StepNode(Vec2 center, Vec2 dir, float grid);

// Snapping and keeping a dragged node where it can be seen.
Vec2 SnapToGrid(Vec2 p, float grid);
Vec2 ClampInto(Vec2 center, Vec2 size, const Box& area);
// The nearest place on `grid` steps around `center` where a card of `size` overlaps none
// of `others` (`center` itself when it is free): a card dropped on another moves aside.
Vec2 FreeSpot(Vec2 center, Vec2 size, const std::vector<Box>& others, float grid);
// How far to move the view (world units) so that `box` is inside `visible`: a card moved
// by keys stays in sight.
Vec2 PanToShow(const Box& box, const Box& visible);
// How far to move the view so that at least `keep` world units of `graph` (all of it
// where smaller) stay inside `visible` along each axis: panning never loses the ladder.
Vec2 KeepInSight(const Box& graph, const Box& visible, float keep);

// The route from one node to another: fewest steps, and among those the fewest switches.
struct RouteStep {
    std::size_t edge = 0; // index into Ladder::edges
    std::size_t from = 0;
    std::size_t to = 0;
    EdgeKind kind = EdgeKind::Promotion;
};
struct Route {
    bool found = false;
    std::vector<RouteStep> steps; // empty when from == to
    std::vector<std::size_t> Nodes(std::size_t from) const; // from, then each step's target
};
Route FindRoute(const Ladder& ladder, std::size_t from, std::size_t to);

// What a step asks of the person taking it: the target role's requirements, in words.
std::vector<std::string> StepRequirements(const i18n::Tr& tr, const Ladder& ladder, const RouteStep& step);

// [SECTION] The user's arrangement
// Where each node is now: the layout's place, or where the user dragged it.
std::vector<Box> CurrentBoxes(const Ladder& ladder, const LadderLayout& layout, const LadderSession& session);
bool IsMoved(const LadderSession& session, const std::string& id);
void MoveNode(LadderSession& session, const std::string& id, Vec2 center);
void ResetLayout(LadderSession& session); // forget every drag: back to the computed layout

// Mapping between world units and the screen for a canvas at `origin` of `size`.
struct Viewport {
    Vec2 origin;
    Vec2 size;
    Vec2 center; // world point at the middle of the canvas
    float zoom = 1;
    Vec2 ToScreen(Vec2 world) const;
    Vec2 ToWorld(Vec2 screen) const;
    Box VisibleWorld() const;
};
// Zoom by `factor` keeping the world point under `anchor` (a world point) still.
void ZoomAt(LadderSession& session, Vec2 anchor, float factor);
// The zoom and centre that show all of `bounds` in a canvas of `canvas` size (capped at 1).
void FitView(LadderSession& session, const Box& bounds, Vec2 canvas, float margin);

// [SECTION] Graph checks used by the loader
// Index of an edge that closes a cycle of promotions, or npos.
std::size_t FindPromotionCycle(const Ladder& ladder);
// Nodes that no path of edges reaches from a level-0 node.
std::vector<std::size_t> UnreachableNodes(const Ladder& ladder);

} // namespace crossroads
