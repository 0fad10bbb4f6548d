// [SECTION] Layout
// [SECTION] Edge curves
// [SECTION] Hit-testing and snapping
// [SECTION] The user's arrangement

//
// Routes and graph checks are in ladder_routes.cpp.
#include "crossroads/ladder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace crossroads {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr int kBands = 3;

// Tracks side by side: management on the left, shared in the middle, technical on the right.
int Band(Track track) {
    switch (track) {
        case Track::Management: return 0;
        case Track::Technical: return 2;
        case Track::Shared: break;
    }
    return 1;
}

Vec2 SizeOf(const std::vector<Vec2>& sizes, std::size_t i) {
    if (i < sizes.size() && sizes[i].x > 0 && sizes[i].y > 0) return sizes[i];
    return Vec2{200, 72};
}

} // namespace

// [SECTION] Layout

Box BoundsOf(const std::vector<Box>& boxes) {
    float x0 = std::numeric_limits<float>::max(), y0 = x0, x1 = -x0, y1 = -x0;
    for (const Box& b : boxes) {
        x0 = std::min(x0, b.Left());
        y0 = std::min(y0, b.Top());
        x1 = std::max(x1, b.Right());
        y1 = std::max(y1, b.Bottom());
    }
    return Box{{(x0 + x1) * 0.5f, (y0 + y1) * 0.5f}, {x1 - x0, y1 - y0}};
}

namespace {

// A slot is a node, or the free lane a long edge takes through a level it skips.
struct Slot {
    bool lane = false;
    std::size_t index = 0; // node index, or edge index for a lane
    float width = 0;
};
// cells[band][level]: the slots of one band (track) at one level, left to right.
using Cells = std::vector<std::vector<std::vector<Slot>>>;

Cells BuildCells(const Ladder& ladder, const std::vector<Vec2>& sizes, const LayoutOptions& options, std::size_t levels) {
    Cells cells(kBands, std::vector<std::vector<Slot>>(levels));
    for (std::size_t i = 0; i < ladder.nodes.size(); ++i) {
        const LadderNode& node = ladder.nodes[i];
        cells[static_cast<std::size_t>(Band(node.track))][static_cast<std::size_t>(node.level)].push_back({false, i, SizeOf(sizes, i).x});
    }
    for (std::size_t e = 0; e < ladder.edges.size(); ++e) {
        const LadderEdge& edge = ladder.edges[e];
        const int from = ladder.nodes[edge.from].level, to = ladder.nodes[edge.to].level;
        if (std::abs(to - from) < 2) continue;
        const int step = to > from ? 1 : -1;
        const auto band = static_cast<std::size_t>(Band(ladder.nodes[edge.from].track));
        for (int l = from + step; l != to; l += step)
            cells[band][static_cast<std::size_t>(l)].push_back({true, e, options.lane_width});
    }
    return cells;
}

float CellWidth(const std::vector<Slot>& cell, const LayoutOptions& options) {
    float w = 0;
    for (const Slot& s : cell) w += s.width;
    return cell.empty() ? 0.0f : w + options.slot_gap * static_cast<float>(cell.size() - 1);
}

// Columns: each band as wide as its widest cell, side by side; an empty band takes no room.
struct Bands {
    float width[kBands] = {0, 0, 0};
    float x[kBands] = {0, 0, 0};
};
Bands PlaceBands(const Cells& cells, const LayoutOptions& options) {
    Bands bands;
    for (int b = 0; b < kBands; ++b)
        for (const auto& cell : cells[static_cast<std::size_t>(b)]) bands.width[b] = std::max(bands.width[b], CellWidth(cell, options));
    float x = 0;
    for (int b = 0; b < kBands; ++b) {
        if (bands.width[b] <= 0) continue;
        bands.x[b] = x;
        x += bands.width[b] + options.column_gap;
    }
    return bands;
}

// Rows: the highest level at the top; each row as tall as its tallest node (a level with
// no node, only lanes, as tall as the tallest node of all).
struct Rows {
    std::vector<float> height, top;
};
Rows PlaceRows(const Ladder& ladder, const std::vector<Vec2>& sizes, const LayoutOptions& options, std::size_t levels) {
    float typical_h = 0;
    for (std::size_t i = 0; i < ladder.nodes.size(); ++i) typical_h = std::max(typical_h, SizeOf(sizes, i).y);
    Rows rows{std::vector<float>(levels, typical_h), std::vector<float>(levels, 0)};
    for (const LadderNode& node : ladder.nodes) rows.height[static_cast<std::size_t>(node.level)] = 0;
    for (std::size_t i = 0; i < ladder.nodes.size(); ++i) {
        const auto l = static_cast<std::size_t>(ladder.nodes[i].level);
        rows.height[l] = std::max(rows.height[l], SizeOf(sizes, i).y);
    }
    float y = 0;
    for (std::size_t l = levels; l-- > 0;) {
        rows.top[l] = y;
        y += rows.height[l] + options.row_gap;
    }
    return rows;
}

// Each long edge's lane points, ordered along the edge: it enters a row on the side it
// comes from and leaves on the other.
void RouteLanes(const Ladder& ladder, const Rows& rows, std::vector<std::vector<std::pair<int, float>>>& lane_x, LadderLayout& layout) {
    for (std::size_t e = 0; e < ladder.edges.size(); ++e) {
        auto& lanes = lane_x[e];
        if (lanes.empty()) continue;
        const bool up = ladder.nodes[ladder.edges[e].to].level > ladder.nodes[ladder.edges[e].from].level;
        std::sort(lanes.begin(), lanes.end(), [&](const auto& a, const auto& b) { return up ? a.first < b.first : a.first > b.first; });
        for (const auto& [level, lx] : lanes) {
            const auto l = static_cast<std::size_t>(level);
            const float top = rows.top[l], bottom = rows.top[l] + rows.height[l];
            layout.lanes[e].push_back({lx, up ? bottom : top});
            layout.lanes[e].push_back({lx, up ? top : bottom});
        }
    }
}

} // namespace

LadderLayout ComputeLayout(const Ladder& ladder, const std::vector<Vec2>& sizes, const LayoutOptions& options) {
    LadderLayout layout;
    layout.row_gap = options.row_gap;
    const std::size_t n = ladder.nodes.size();
    layout.boxes.resize(n);
    layout.lanes.resize(ladder.edges.size());
    if (n == 0) return layout;

    int max_level = 0;
    for (const LadderNode& node : ladder.nodes) max_level = std::max(max_level, node.level);
    const auto levels = static_cast<std::size_t>(max_level) + 1;
    const Cells cells = BuildCells(ladder, sizes, options, levels);
    const Bands bands = PlaceBands(cells, options);
    const Rows rows = PlaceRows(ladder, sizes, options, levels);

    // Each cell's slots centred in its band: nodes get their boxes, lanes their points.
    std::vector<std::vector<std::pair<int, float>>> lane_x(ladder.edges.size());
    for (int b = 0; b < kBands; ++b) {
        for (std::size_t l = 0; l < levels; ++l) {
            const auto& cell = cells[static_cast<std::size_t>(b)][l];
            float cx = bands.x[b] + (bands.width[b] - CellWidth(cell, options)) * 0.5f;
            for (const Slot& s : cell) {
                const float centre = cx + s.width * 0.5f;
                if (s.lane) lane_x[s.index].push_back({static_cast<int>(l), centre});
                else layout.boxes[s.index] = Box{{centre, rows.top[l] + rows.height[l] * 0.5f}, SizeOf(sizes, s.index)};
                cx += s.width + options.slot_gap;
            }
        }
    }
    RouteLanes(ladder, rows, lane_x, layout);
    layout.bounds = BoundsOf(layout.boxes);
    return layout;
}

// [SECTION] Edge curves

namespace {

constexpr int kSamples = 16;

void Bezier(Vec2 p0, Vec2 c0, Vec2 c1, Vec2 p1, std::vector<Vec2>& out) {
    for (int i = out.empty() ? 0 : 1; i <= kSamples; ++i) {
        const float t = static_cast<float>(i) / kSamples, u = 1 - t;
        const float a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
        out.push_back({a * p0.x + b * c0.x + c * c1.x + d * p1.x, a * p0.y + b * c0.y + c * c1.y + d * p1.y});
    }
}

void Line(Vec2 p0, Vec2 p1, std::vector<Vec2>& out) { Bezier(p0, p0, p1, p1, out); }

// Does the segment p-q pass through the box (slab test)?
bool SegmentHitsBox(Vec2 p, Vec2 q, const Box& box) {
    float t0 = 0, t1 = 1;
    const float d[2] = {q.x - p.x, q.y - p.y};
    const float s[2] = {p.x, p.y};
    const float lo[2] = {box.Left(), box.Top()}, hi[2] = {box.Right(), box.Bottom()};
    for (int k = 0; k < 2; ++k) {
        if (std::fabs(d[k]) < 1e-6f) {
            if (s[k] < lo[k] || s[k] > hi[k]) return false;
            continue;
        }
        float a = (lo[k] - s[k]) / d[k], b = (hi[k] - s[k]) / d[k];
        if (a > b) std::swap(a, b);
        t0 = std::max(t0, a);
        t1 = std::min(t1, b);
        if (t0 > t1) return false;
    }
    return true;
}

} // namespace

std::vector<Vec2> EdgeCurve(const Ladder& ladder, const std::vector<Box>& boxes, std::size_t edge,
                            const std::vector<Vec2>& lanes, float row_gap) {
    std::vector<Vec2> out;
    if (edge >= ladder.edges.size()) return out;
    const LadderEdge& e = ladder.edges[edge];
    const Box& a = boxes[e.from];
    const Box& b = boxes[e.to];

    // Vertical routes between rows: curves with vertical tangents stay inside the gap
    // between the two rows, and lanes carry long edges through the rows they skip.
    const bool up = b.Bottom() <= a.Top();
    const bool down = b.Top() >= a.Bottom();
    if (up || down) {
        std::vector<Vec2> points;
        points.push_back({a.center.x, up ? a.Top() : a.Bottom()});
        points.insert(points.end(), lanes.begin(), lanes.end());
        points.push_back({b.center.x, up ? b.Bottom() : b.Top()});
        for (std::size_t i = 0; i + 1 < points.size(); ++i) {
            const Vec2 p = points[i], q = points[i + 1];
            const float h = (q.y - p.y) * 0.5f;
            Bezier(p, {p.x, p.y + h}, {q.x, q.y - h}, q, out);
        }
        return out;
    }

    // Side by side: a pair of opposite edges runs as two parallel lines.
    const bool reverse_exists = std::any_of(ladder.edges.begin(), ladder.edges.end(),
        [&](const LadderEdge& o) { return o.from == e.to && o.to == e.from; });
    const float offset = reverse_exists ? (e.from < e.to ? -7.0f : 7.0f) : 0.0f;
    const bool right = b.center.x >= a.center.x;
    const Vec2 start{right ? a.Right() : a.Left(), a.center.y + offset};
    const Vec2 end{right ? b.Left() : b.Right(), b.center.y + offset};
    bool blocked = false;
    for (std::size_t i = 0; i < boxes.size() && !blocked; ++i)
        if (i != e.from && i != e.to) blocked = SegmentHitsBox(start, end, boxes[i]);
    if (!blocked) {
        const float h = (end.x - start.x) * 0.5f;
        Bezier(start, {start.x + h, start.y}, {end.x - h, end.y}, end, out);
        return out;
    }
    // Something stands between them: go over it through the gap above the row.
    const float gap_y = std::min(a.Top(), b.Top()) - row_gap * 0.5f + offset;
    const Vec2 p0{a.center.x + offset, a.Top()}, p1{a.center.x + offset, gap_y};
    const Vec2 p2{b.center.x + offset, gap_y}, p3{b.center.x + offset, b.Top()};
    Line(p0, p1, out);
    Line(p1, p2, out);
    Line(p2, p3, out);
    return out;
}

// [SECTION] Hit-testing and snapping

Box HitBox(const Box& box, Vec2 min_size) { return Box{box.center, {std::max(box.size.x, min_size.x), std::max(box.size.y, min_size.y)}}; }

std::size_t NodeAt(const std::vector<Box>& boxes, Vec2 point, Vec2 min_size) {
    for (std::size_t i = boxes.size(); i-- > 0;)
        if (boxes[i].Contains(point)) return i;
    // Outside every card: the nearest grown target that holds the point (small cards on touch).
    std::size_t best = kNone;
    float best_d = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (!HitBox(boxes[i], min_size).Contains(point)) continue;
        const float d = std::hypot(point.x - boxes[i].center.x, point.y - boxes[i].center.y);
        if (best == kNone || d < best_d) best = i, best_d = d;
    }
    return best;
}

std::size_t NodeInDirection(const std::vector<Box>& boxes, std::size_t from, Vec2 dir) {
    if (from >= boxes.size() || (dir.x == 0 && dir.y == 0)) return kNone;
    const bool vertical = std::fabs(dir.y) >= std::fabs(dir.x);
    const float sign = vertical ? (dir.y > 0 ? 1.0f : -1.0f) : (dir.x > 0 ? 1.0f : -1.0f);
    const Box& src = boxes[from];
    // Along the arrow: how far the candidate's centre lies ahead; across it: the offset.
    const auto along = [&](const Box& b) { return sign * (vertical ? b.center.y - src.center.y : b.center.x - src.center.x); };
    const auto across = [&](const Box& b) { return vertical ? b.center.x - src.center.x : b.center.y - src.center.y; };
    // The gap between the near edges (0 when they overlap along the arrow).
    const auto gap = [&](const Box& b) {
        const float g = vertical ? (sign > 0 ? b.Top() - src.Bottom() : src.Top() - b.Bottom())
                                 : (sign > 0 ? b.Left() - src.Right() : src.Left() - b.Right());
        return std::max(g, 0.0f);
    };
    // In the beam: it overlaps the source's extent across the arrow (straight ahead).
    const auto in_beam = [&](const Box& b) {
        return vertical ? b.Left() < src.Right() && src.Left() < b.Right() : b.Top() < src.Bottom() && src.Top() < b.Bottom();
    };
    std::size_t best = kNone;
    bool best_beam = false;
    float best_cost = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (i == from || along(boxes[i]) <= 0) continue;
        const bool beam = in_beam(boxes[i]);
        const float major = gap(boxes[i]), minor = across(boxes[i]);
        const float cost = 13.0f * major * major + minor * minor;
        if (best == kNone || (beam && !best_beam) || (beam == best_beam && cost < best_cost)) {
            best = i;
            best_beam = beam;
            best_cost = cost;
        }
    }
    return best;
}

Vec2 StepNode(Vec2 center, Vec2 dir, float grid) { return {center.x + dir.x * grid, center.y + dir.y * grid}; }

Vec2 SnapToGrid(Vec2 p, float grid) {
    if (grid <= 0) return p;
    return {std::round(p.x / grid) * grid, std::round(p.y / grid) * grid};
}

Vec2 ClampInto(Vec2 center, Vec2 size, const Box& area) {
    // Keep the whole box inside when it fits, else its centre.
    const float hx = std::min(size.x * 0.5f, area.size.x * 0.5f), hy = std::min(size.y * 0.5f, area.size.y * 0.5f);
    return {std::clamp(center.x, area.Left() + hx, area.Right() - hx), std::clamp(center.y, area.Top() + hy, area.Bottom() - hy)};
}

Vec2 PanToShow(const Box& box, const Box& visible) {
    // Per axis: the least movement of the view that brings the box inside (its near side
    // first when it is larger than the view).
    const auto axis = [](float lo, float hi, float vlo, float vhi) {
        if (hi - lo > vhi - vlo) return lo - vlo;
        if (lo < vlo) return lo - vlo;
        if (hi > vhi) return hi - vhi;
        return 0.0f;
    };
    return {axis(box.Left(), box.Right(), visible.Left(), visible.Right()), axis(box.Top(), box.Bottom(), visible.Top(), visible.Bottom())};
}

Vec2 KeepInSight(const Box& graph, const Box& visible, float keep) {
    // The view's centre may move only so far that `keep` world units of the graph stay
    // inside it along each axis (or all of the graph, where it is smaller).
    const auto axis = [keep](float lo, float hi, float vlo, float vhi) {
        const float need = std::min(keep, hi - lo);
        if (vhi < lo + need) return lo + need - vhi;   // the view went past the graph's near side
        if (vlo > hi - need) return hi - need - vlo;   // or past its far side
        return 0.0f;
    };
    return {axis(graph.Left(), graph.Right(), visible.Left(), visible.Right()),
            axis(graph.Top(), graph.Bottom(), visible.Top(), visible.Bottom())};
}

Vec2 FreeSpot(Vec2 center, Vec2 size, const std::vector<Box>& others, float grid) {
    const auto free = [&](Vec2 c) {
        const Box b{c, size};
        return std::none_of(others.begin(), others.end(), [&](const Box& o) { return b.Overlaps(o); });
    };
    if (free(center) || grid <= 0) return center;
    // Grid points in rings around the drop, nearest first; far enough for any ladder.
    Vec2 best = center;
    float best_d = -1;
    for (int ring = 1; ring <= 40 && best_d < 0; ++ring) {
        for (int gx = -ring; gx <= ring; ++gx) {
            for (int gy = -ring; gy <= ring; ++gy) {
                if (std::max(std::abs(gx), std::abs(gy)) != ring) continue;
                const Vec2 c{center.x + static_cast<float>(gx) * grid, center.y + static_cast<float>(gy) * grid};
                const float d = std::hypot(c.x - center.x, c.y - center.y);
                if (free(c) && (best_d < 0 || d < best_d)) best = c, best_d = d;
            }
        }
    }
    return best;
}

// [SECTION] The user's arrangement

void PlaceAuthored(const Ladder& ladder, LadderLayout& layout) {
    bool any = false;
    for (std::size_t i = 0; i < ladder.nodes.size() && i < layout.boxes.size(); ++i) {
        if (!ladder.nodes[i].has_position) continue;
        layout.boxes[i].center = {ladder.nodes[i].x, ladder.nodes[i].y};
        any = true;
    }
    if (!any) return;
    for (std::size_t e = 0; e < ladder.edges.size() && e < layout.lanes.size(); ++e)
        if (ladder.nodes[ladder.edges[e].from].has_position || ladder.nodes[ladder.edges[e].to].has_position) layout.lanes[e].clear();
    layout.bounds = BoundsOf(layout.boxes);
}

std::vector<Box> CurrentBoxes(const Ladder& ladder, const LadderLayout& layout, const LadderSession& session) {
    std::vector<Box> boxes = layout.boxes;
    boxes.resize(ladder.nodes.size());
    for (const NodePosition& moved : session.moved) {
        for (std::size_t i = 0; i < ladder.nodes.size(); ++i)
            if (ladder.nodes[i].id == moved.id) boxes[i].center = {moved.x, moved.y};
    }
    return boxes;
}

bool IsMoved(const LadderSession& session, const std::string& id) {
    return std::any_of(session.moved.begin(), session.moved.end(), [&](const NodePosition& p) { return p.id == id; });
}

void MoveNode(LadderSession& session, const std::string& id, Vec2 center) {
    for (NodePosition& p : session.moved)
        if (p.id == id) {
            p.x = center.x;
            p.y = center.y;
            return;
        }
    session.moved.push_back({id, center.x, center.y});
}

void ResetLayout(LadderSession& session) { session.moved.clear(); }

Vec2 Viewport::ToScreen(Vec2 world) const {
    return {origin.x + size.x * 0.5f + (world.x - center.x) * zoom, origin.y + size.y * 0.5f + (world.y - center.y) * zoom};
}

Vec2 Viewport::ToWorld(Vec2 screen) const {
    return {center.x + (screen.x - origin.x - size.x * 0.5f) / zoom, center.y + (screen.y - origin.y - size.y * 0.5f) / zoom};
}

Box Viewport::VisibleWorld() const { return Box{center, {size.x / zoom, size.y / zoom}}; }

void ZoomAt(LadderSession& session, Vec2 anchor, float factor) {
    const float old_zoom = session.zoom;
    const float new_zoom = std::clamp(old_zoom * factor, kMinZoom, kMaxZoom);
    // The anchor keeps its place on screen: (anchor - centre) * zoom is constant.
    session.center_x = anchor.x - (anchor.x - session.center_x) * old_zoom / new_zoom;
    session.center_y = anchor.y - (anchor.y - session.center_y) * old_zoom / new_zoom;
    session.zoom = new_zoom;
}

void FitView(LadderSession& session, const Box& bounds, Vec2 canvas, float margin) {
    const float zx = (canvas.x - 2 * margin) / std::max(bounds.size.x, 1.0f);
    const float zy = (canvas.y - 2 * margin) / std::max(bounds.size.y, 1.0f);
    session.zoom = std::clamp(std::min({zx, zy, 1.0f}), kMinZoom, kMaxZoom);
    session.center_x = bounds.center.x;
    session.center_y = bounds.center.y;
}

} // namespace crossroads
