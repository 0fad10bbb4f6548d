// The content loader's walk over the roles and the comparison. See loader_walk.hpp.
#include "loader_walk.hpp"

#include "crossroads/contrast.hpp"
#include "crossroads/ladder.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace crossroads::loader_detail {

void ContentWalk::Roles(const json& root) {
    const json* list = r_.Array(root, "roles", "", true, false);
    if (!list) return;
    if (list->size() < 2) r_.Error(code::kEmpty, "roles", "loader.roles.tooFew", "at least two roles are needed to compare");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = Reader::Index("roles", i);
        const json* o = r_.Object((*list)[i], path);
        if (!o) { role_ok_ = false; continue; }
        r_.CheckKeys(*o, path, {"id", "name", "short", "summary", "focus", "colour", "source"});
        Role role;
        const bool has_id = r_.String(*o, "id", path, role.id);
        r_.String(*o, "name", path, role.name);
        r_.String(*o, "short", path, role.short_name);
        r_.String(*o, "summary", path, role.summary);
        r_.String(*o, "focus", path, role.focus, false);
        if (r_.String(*o, "colour", path, role.colour, false) && !ParseHexColour(role.colour)) {
            r_.Error(code::kType, Reader::Join(path, "colour"), "loader.colour", "a colour is written \"#rrggbb\", such as \"#2f54c8\"");
            role.colour.clear();
        }
        Source(*o, path, role.source);
        if (!has_id) { role_ok_ = false; continue; }
        if (!seen.insert(role.id).second) {
            r_.Error(code::kDuplicateId, Reader::Join(path, "id"), "loader.duplicate.role", "role id \"{id}\" is used twice", {{"id", role.id}});
            role_ok_ = false;
            continue;
        }
        c_.roles.push_back(std::move(role));
    }
}

void ContentWalk::Items(const json& object, const char* key, const std::string& path, std::vector<Item>& out, bool required) {
    const json* list = r_.Array(object, key, path, required, required); // a required list says something
    if (!list) return;
    const std::string base = Reader::Join(path, key);
    r_.ForEachObject(*list, base, [&](const json& element, const std::string& item_path) {
        const json* o = &element;
        r_.CheckKeys(*o, item_path, {"text", "source"});
        Item item;
        r_.String(*o, "text", item_path, item.text);
        Source(*o, item_path, item.source);
        out.push_back(std::move(item));
    });
}

void ContentWalk::RangeValue(const json& object, const std::string& path, Range& out) {
    r_.CheckKeys(object, path, {"min", "max", "note", "source"});
    // Whole years and whole dollars, as the schema says.
    const bool has_min = r_.WholeNumber(object, "min", path, out.min);
    const bool has_max = r_.WholeNumber(object, "max", path, out.max);
    r_.String(object, "note", path, out.note, false);
    Source(object, path, out.source);
    if (has_min && out.min < 0) r_.Error(code::kRangeNegative, Reader::Join(path, "min"), "loader.negative", "must not be negative");
    if (has_max && out.max < 0) r_.Error(code::kRangeNegative, Reader::Join(path, "max"), "loader.negative", "must not be negative");
    if (has_min && has_max && out.min > out.max)
        r_.Error(code::kRangeInverted, Reader::Join(path, "min"), "loader.range.inverted", "min is greater than max");
}

void ContentWalk::Comparison(const json& root) {
    const json* list = r_.Array(root, "comparison", "", true, true);
    if (!list) return;
    std::set<std::string> seen;
    r_.ForEachObject(*list, "comparison", [&](const json& element, const std::string& path) {
        const json* o = &element;
        r_.CheckKeys(*o, path, {"id", "label", "kind", "unit", "cells"});
        Row row;
        const bool has_id = r_.String(*o, "id", path, row.id);
        if (has_id && !seen.insert(row.id).second)
            r_.Error(code::kDuplicateId, Reader::Join(path, "id"), "loader.duplicate.row", "row id \"{id}\" is used twice", {{"id", row.id}});
        r_.String(*o, "label", path, row.label);
        const int kind = r_.Enum(*o, "kind", path, format::kRowKinds);
        if (kind < 0) return;
        row.kind = kind == 0 ? RowKind::List : RowKind::Range;
        if (row.kind == RowKind::Range) {
            const int unit = r_.Enum(*o, "unit", path, format::kRangeUnits);
            row.unit = unit == 0 ? Unit::Years : unit == 1 ? Unit::Usd : Unit::None;
        } else if (o->contains("unit")) {
            r_.Error(code::kUnknownKey, Reader::Join(path, "unit"), "loader.unit", "\"unit\" belongs to range rows only");
        }
        Cells(*o, path, row);
        c_.rows.push_back(std::move(row));
    });
}

void ContentWalk::Cells(const json& row_json, const std::string& path, Row& row) {
    const json* cells = r_.Field(row_json, "cells", path, true);
    const std::string cells_path = Reader::Join(path, "cells");
    if (!cells || !r_.Object(*cells, cells_path)) return;
    row.cells.resize(c_.roles.size());
    for (auto it = cells->begin(); it != cells->end(); ++it) {
        if (c_.RoleIndex(it.key()) == Content::npos && role_ok_)
            r_.Error(code::kUnknownRef, Reader::Join(cells_path, it.key().c_str()), "loader.unknown.role", "no role has the id \"{id}\"", {{"id", it.key()}});
    }
    for (std::size_t r = 0; r < c_.roles.size(); ++r) {
        const std::string& role_id = c_.roles[r].id;
        const std::string cell_path = Reader::Join(cells_path, role_id.c_str());
        const auto found = cells->find(role_id);
        if (found == cells->end()) {
            r_.Error(code::kCellMissing, cell_path, "loader.cell.missing", "this row has no cell for the role \"{id}\"", {{"id", role_id}});
            continue;
        }
        const json* cell = &*found;
        if (!r_.Object(*cell, cell_path)) continue;
        if (row.kind == RowKind::List) {
            r_.CheckKeys(*cell, cell_path, {"items"});
            Items(*cell, "items", cell_path, row.cells[r].items, true);
        } else {
            RangeValue(*cell, cell_path, row.cells[r].range);
        }
    }
}

} // namespace crossroads::loader_detail
