// The Compare view: role cards, filter and "differences only", the range charts,
// and the comparison as a table (or stacked cards on narrow screens).
//
// [SECTION] Pieces: role cards, controls, item lists
// [SECTION] Range chart
// [SECTION] Table and stacked layout
#include "app.hpp"

#include "crossroads/utf8.hpp"
#include "theme.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace crossroads::shell {

namespace {

// What a tapped item's tooltip says, written under it at `at` (touch has no hover). Returns
// the y where the next line starts. Recorded as "compare.source" for tests.
float TappedSource(AppState& app, const std::string& section_id, ImVec2 at, float width) {
    ImGui::SetCursorScreenPos(at);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    // TRANSLATORS: {section} is the heading of the article's section that the item comes from.
    ImGui::TextDisabled("%s", i18n::Format(app.tr("compare.source", "Source: {section}"),
                                           {{"section", app.content.SectionHeading(section_id)}}).c_str());
    ImGui::PopTextWrapPos();
    RecordRect(app, "compare.source", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    return ImGui::GetItemRectMax().y + 10;
}

constexpr float kStackBelow = 640.0f;   // narrower than this, roles stack instead of a table
constexpr float kChartsSideBySide = 900.0f;
constexpr float kMaxWidth = 1480.0f;


// [SECTION] Pieces: role cards, controls, item lists

void RoleCard(AppState& app, std::size_t role_index, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    const Role& role = app.content.roles[role_index];
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    ImGui::Indent(14);
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + width - 28);
    ImGui::PushFont(app.fonts.title);
    ImGui::TextColored(RoleColour(p, app.content, role_index), "%s", role.name.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(role.summary.c_str());
    if (!role.focus.empty()) {
        ImGui::PushFont(app.fonts.strong);
        // TRANSLATORS: label before what the role focuses on, e.g. "Focus: people and delivery".
        ImGui::TextUnformatted(app.tr("compare.roleCard.focus", "Focus:"));
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::TextUnformatted(role.focus.c_str());
    }
    ImGui::PopTextWrapPos();
    if (app.content.NodeIndex(role.id) != Content::npos) {
        ImGui::Dummy(ImVec2(0, 2));
        ImGui::PushID(role.id.c_str()); // one such button per card
        // Small beside the card's text for a mouse; a full-size target for a finger.
        const char* show_label = app.tr("compare.showOnLadder", "Show on ladder");
        if (app.touch ? ImGui::Button(show_label) : ImGui::SmallButton(show_label)) ShowOnLadder(app, role.id);
        ImGui::PopID();
        const std::string button_id = "compare.showOnLadder." + role.id;
        RecordRect(app, button_id.c_str());
    }
    ImGui::Dummy(ImVec2(width - 14, 2));
    ImGui::Unindent(14);
    ImGui::EndGroup();
    const ImVec2 end(start.x + width, ImGui::GetItemRectMax().y + 6);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRect(start, end, U32(p.border), 8.0f);
    dl->AddRectFilled(start, ImVec2(start.x + 5, end.y), U32(RoleColour(p, app.content, role_index)), 8.0f, ImDrawFlags_RoundCornersLeft);
    if (HoverAllowed() && ImGui::IsMouseHoveringRect(start, end) && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        ImGui::BeginTooltip();
        SourceTooltip(app, role.source);
        ImGui::EndTooltip();
    }
    const std::string id = "compare.role." + role.id;
    RecordRect(app, id.c_str(), start, end);
    ImVec2 below(start.x, end.y + 10);
    if (TappedIn(start, end)) app.compare.source_shown = app.compare.source_shown == &role ? nullptr : &role;
    if (app.compare.source_shown == &role) below.y = TappedSource(app, role.source, ImVec2(start.x + 14, end.y + 4), width - 14);
    ImGui::SetCursorScreenPos(below);
}

void RoleCards(AppState& app, float width) {
    const std::size_t n = app.content.roles.size();
    if (app.compare.stacked) {
        for (std::size_t r = 0; r < n; ++r) RoleCard(app, r, width);
        return;
    }
    const float gap = 14.0f;
    const float card_w = (width - gap * static_cast<float>(n - 1)) / static_cast<float>(n);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float bottom = origin.y;
    for (std::size_t r = 0; r < n; ++r) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + static_cast<float>(r) * (card_w + gap), origin.y));
        RoleCard(app, r, card_w);
        bottom = std::max(bottom, ImGui::GetCursorScreenPos().y);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom));
}

// `text` cut to fit `width` (whole UTF-8 characters), with an ellipsis where it was cut.
std::string Ellipsized(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const float ellipsis = ImGui::CalcTextSize("\u2026").x;
    std::size_t end = text.size();
    while (end > 0) {
        end = utf8::Previous(text, end);
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + end).x + ellipsis <= width) break;
    }
    return text.substr(0, end) + "\u2026";
}

void Controls(AppState& app, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    CompareSession& cmp = app.session.compare;
    const float filter_w = std::min(360.0f, width);
    // The clear button takes the field's right end, so the field and its button together
    // are as wide as the field alone: nothing beside them moves when it appears.
    const float side = ImGui::GetFrameHeight();
    TextField(app, "compare.filter", app.tr("compare.filter.hint", "Filter rows and items, e.g. budget"), cmp.filter,
              cmp.filter.empty() ? filter_w : filter_w - side);
    if (!cmp.filter.empty()) {
        ImGui::SameLine(0, 0);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
        if (ImGui::Button("\u00d7##clear", ImVec2(side, side))) cmp.filter.clear();
        ImGui::PopStyleColor();
        RecordRect(app, "compare.clearFilter");
        if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("compare.clearFilter.tip", "Clear the filter"));
    }
    if (width >= filter_w + 260) ImGui::SameLine(0, 18);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, cmp.differences_only ? p.accent : p.surface);
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, cmp.differences_only ? p.accent : ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered));
    ImGui::Checkbox(app.tr("compare.differencesOnly", "Differences only"), &cmp.differences_only);
    ImGui::PopStyleColor(2);
    RecordRect(app, "compare.differencesOnly");
    if (TooltipHovered()) ImGui::SetTooltip("%s", app.tr("compare.differencesOnly.tip", "Hide the items that both roles list"));
    const char* copy_label = app.tr("compare.copyMarkdown", "Copy as Markdown");
    const float copy_w = ImGui::CalcTextSize(copy_label).x + ImGui::GetStyle().FramePadding.x * 2;
    SameLineIfFits(copy_w, 18);
    if (ImGui::Button(copy_label)) {
        ImGui::SetClipboardText(ComparisonMarkdown(app.tr, app.content, app.compare.shared, {cmp.differences_only, cmp.filter}).c_str());
        ShowToast(app, app.tr("compare.copyMarkdown.toast", "Copied the comparison (as shown) as Markdown"));
    }
    RecordRect(app, "compare.copyMarkdown");
    if (TooltipHovered())
        ImGui::SetTooltip("%s", app.tr("compare.copyMarkdown.tip", "Copy the rows shown, as a Markdown table, to paste into notes or a document"));
    if (app.can_print) {
        const float print_w = ImGui::CalcTextSize(PrintLabel(app)).x + ImGui::GetStyle().FramePadding.x * 2;
        SameLineIfFits(print_w, 18);
        PrintButton(app, "compare.print");
    }

    // Legend and count on their own line: they explain what the marks mean.
    const float r = 5.0f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float line_h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + r, pos.y + line_h * 0.5f), r, U32(p.shared));
    ImGui::SetCursorScreenPos(ImVec2(pos.x + r * 2 + 6, pos.y));
    // TRANSLATORS: a badge on the items that both roles list; keep it short.
    ImGui::TextColored(p.shared, "%s", app.tr("compare.both", "Both"));
    ImGui::SameLine(0, 4);
    // TRANSLATORS: the legend's explanation, written right after the badge "Both" (compare.both).
    ImGui::TextDisabled("%s", app.tr("compare.both.legend", "= listed for both roles."));
    // TRANSLATORS: {shown} of {n} items of the comparison are shown; the English uses "entries" for every count.
    const std::string count = i18n::Format(app.tr("compare.count", "Showing {shown} of {n} entries.", "Showing {shown} of {n} entries.",
                                                  app.compare.total_items),
                                           {{"shown", std::to_string(app.compare.visible_items)}});
    SameLineIfFits(ImGui::CalcTextSize(count.c_str()).x, 8);
    ImGui::TextDisabled("%s", count.c_str());
    RecordRect(app, "compare.count");
}

// A bulleted, wrapped list of a cell's visible items. Shared items get a "Both" badge
// and a shared-colour bullet; hovering any item names its source section.
void ItemList(AppState& app, const Row& row, std::size_t cell, const std::vector<std::size_t>& visible,
              const SharedFlags& shared, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const char* both = app.tr("compare.both", "Both");
    const float badge_w = ImGui::CalcTextSize(both).x + 12;
    const float bullet_w = 14.0f;
    for (std::size_t i : visible) {
        const Item& item = row.cells[cell].items[i];
        const bool is_shared = shared[cell][i];
        const ImVec2 start = ImGui::GetCursorScreenPos();
        const float line_h = ImGui::GetTextLineHeight();
        dl->AddCircleFilled(ImVec2(start.x + 4, start.y + line_h * 0.5f + 1), is_shared ? 4.0f : 2.5f,
                            U32(is_shared ? p.shared : p.text_muted));
        ImGui::SetCursorScreenPos(ImVec2(start.x + bullet_w, start.y));
        const float text_right = start.x + width - (is_shared ? badge_w + 6 : 0);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + (text_right - start.x - bullet_w));
        ImGui::TextUnformatted(item.text.c_str());
        ImGui::PopTextWrapPos();
        const ImVec2 end(start.x + width, ImGui::GetItemRectMax().y);
        if (is_shared) {
            const ImVec2 b0(start.x + width - badge_w, start.y);
            const ImVec2 b1(start.x + width, start.y + line_h + 2);
            dl->AddRectFilled(b0, b1, U32(ImVec4(p.shared.x, p.shared.y, p.shared.z, 0.14f)), 5.0f);
            dl->AddText(ImVec2(b0.x + 6, b0.y + 1), U32(p.shared), both);
        }
        if (HoverAllowed() && ImGui::IsMouseHoveringRect(start, end) && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
            ImGui::BeginTooltip();
            if (is_shared) ImGui::TextColored(p.shared, "%s", app.tr("compare.both.tip", "Both roles list this"));
            SourceTooltip(app, item.source);
            ImGui::EndTooltip();
        }
        ImVec2 below(start.x, end.y + ImGui::GetStyle().ItemSpacing.y * 0.6f);
        if (TappedIn(start, end)) app.compare.source_shown = app.compare.source_shown == &item ? nullptr : &item;
        if (app.compare.source_shown == &item) below.y = TappedSource(app, item.source, ImVec2(start.x + bullet_w, end.y + 2), width - bullet_w);
        ImGui::SetCursorScreenPos(below);
    }
    if (visible.empty()) ImGui::TextDisabled("-");
}

void RangeCell(AppState& app, const Row& row, std::size_t cell, float width) {
    const Range& range = row.cells[cell].range;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushFont(app.fonts.strong);
    ImGui::TextUnformatted(FormatRange(app.tr, range, row.unit).c_str());
    ImGui::PopFont();
    if (TooltipHovered()) {
        ImGui::BeginTooltip();
        SourceTooltip(app, range.source);
        ImGui::EndTooltip();
    }
    if (!range.note.empty()) ImGui::TextDisabled("%s", range.note.c_str());
    ImGui::PopTextWrapPos();
}

// [SECTION] Range chart

// The chart's tooltip: the bar under the pointer, else the overlap band, else every range.
void RangeChartTooltip(AppState& app, const Row& row, const std::vector<Range>& ranges, const std::optional<Interval>& overlap,
                       int hovered_bar, bool over_band) {
    const Palette& p = PaletteFor(app.session.theme);
    ImGui::BeginTooltip();
    if (hovered_bar >= 0) {
        const auto i = static_cast<std::size_t>(hovered_bar);
        ImGui::PushFont(app.fonts.strong);
        ImGui::TextColored(RoleColour(p, app.content, i), "%s", app.content.roles[i].name.c_str());
        ImGui::PopFont();
        ImGui::Text("%s", FormatRange(app.tr, ranges[i], row.unit).c_str());
        if (!ranges[i].note.empty()) ImGui::TextDisabled("%s", ranges[i].note.c_str());
        SourceTooltip(app, ranges[i].source);
    } else if (overlap && over_band) {
        ImGui::TextColored(p.overlap, "%s", app.tr("compare.chart.overlapAll", "Overlap of all ranges"));
        ImGui::Text("%s", FormatRange(app.tr, Range{overlap->lo, overlap->hi, {}, {}}, row.unit).c_str());
    } else {
        for (std::size_t i = 0; i < ranges.size(); ++i)
            ImGui::Text("%s: %s", app.content.roles[i].short_name.c_str(), FormatRange(app.tr, ranges[i], row.unit).c_str());
        // TRANSLATORS: {range} is the range that all roles' ranges share, e.g. "$120,000 - $150,000".
        if (overlap) ImGui::TextColored(p.overlap, "%s", i18n::Format(app.tr("compare.chart.overlap", "Overlap: {range}"),
                                                                      {{"range", FormatRange(app.tr, Range{overlap->lo, overlap->hi, {}, {}}, row.unit)}}).c_str());
        else ImGui::TextDisabled("%s", app.tr("compare.chart.noOverlap", "The ranges do not overlap"));
    }
    ImGui::EndTooltip();
}

// Tick labels under the axis, left out where one would overlap the one before.
// The axis runs from x0 to x1 on screen.
void TickLabels(const AppState& app, const Axis& axis, Unit unit, float labels_y, float left, float width, float x0, float x1) {
    const Palette& p = PaletteFor(app.session.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float last_label_right = -1e9f;
    for (double t : axis.Ticks()) {
        const std::string label = FormatTick(app.tr, t, unit);
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        const float x = x0 + static_cast<float>(axis.Fraction(t)) * (x1 - x0);
        const float lx = std::clamp(x - ts.x * 0.5f, left, left + width - ts.x);
        if (lx < last_label_right + 6) continue;
        dl->AddText(ImVec2(lx, labels_y), U32(p.text_muted), label.c_str());
        last_label_right = lx + ts.x;
    }
}

// One axis with a bar per role, the overlap shaded, and exact values on hover.
void RangeChart(AppState& app, const Row& row, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    const std::size_t n = row.cells.size();
    std::vector<Range> ranges;
    for (const Cell& c : row.cells) ranges.push_back(c.range);
    const Axis axis = NiceAxis(ranges, width < 420 ? 4 : 7);

    const float left = ImGui::GetCursorScreenPos().x;
    ImGui::PushFont(app.fonts.strong);
    ImGui::TextUnformatted(row.label.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", row.unit == Unit::Usd
                                  // TRANSLATORS: the unit of a salary chart's axis, after the chart's title.
                                  ? app.tr("compare.chart.unit.usd", "(US dollars a year)")
                                  // TRANSLATORS: the unit of an experience chart's axis, after the chart's title.
                                  : app.tr("compare.chart.unit.years", "(years)"));

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bar_h = 20.0f, gap = 10.0f;
    // After a line of text ImGui returns to the window's left edge; charts may sit in a right column.
    const ImVec2 origin(left, ImGui::GetCursorScreenPos().y);
    const float x0 = origin.x + 8, x1 = origin.x + width - 12;
    auto x_of = [&](double v) { return x0 + static_cast<float>(axis.Fraction(v)) * (x1 - x0); };
    const float top = origin.y + 4;
    const float bars_bottom = top + static_cast<float>(n) * (bar_h + gap) - gap;

    // Grid lines, then the overlap band behind the bars, spanning all of them.
    for (double t : axis.Ticks()) {
        const float x = x_of(t);
        dl->AddLine(ImVec2(x, top - 2), ImVec2(x, bars_bottom + 4), U32(Alpha(p.border, 0.8f)));
    }
    const std::optional<Interval> overlap = OverlapOfAll(ranges);
    ImVec2 band0, band1;
    if (overlap) {
        band0 = ImVec2(x_of(overlap->lo), top - 4);
        band1 = ImVec2(std::max(x_of(overlap->hi), band0.x + 2), bars_bottom + 4);
        dl->AddRectFilled(band0, band1, U32(Alpha(p.overlap, 0.16f)), 3.0f);
        dl->AddRect(band0, band1, U32(Alpha(p.overlap, 0.9f)), 3.0f, 0, 1.5f);
    }
    int hovered_bar = -1;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < n; ++i) {
        const float y = top + static_cast<float>(i) * (bar_h + gap);
        const ImVec2 a(x_of(ranges[i].min), y), b(std::max(x_of(ranges[i].max), x_of(ranges[i].min) + 3), y + bar_h);
        dl->AddRectFilled(a, b, U32(Alpha(RoleColour(p, app.content, i), 0.85f)), 4.0f);
        const std::string& who = app.content.roles[i].short_name;
        const ImVec2 ts = ImGui::CalcTextSize(who.c_str());
        if (ts.x + 10 < b.x - a.x)
            dl->AddText(ImVec2(a.x + 6, y + (bar_h - ts.y) * 0.5f), U32(p.accent_text), who.c_str());
        else
            dl->AddText(ImVec2(b.x + 4, y + (bar_h - ts.y) * 0.5f), U32(p.text), who.c_str());
        if (mouse.x >= a.x - 2 && mouse.x <= b.x + 2 && mouse.y >= a.y && mouse.y <= b.y) hovered_bar = static_cast<int>(i);
    }
    const float labels_y = bars_bottom + 8;
    TickLabels(app, axis, row.unit, labels_y, origin.x, width, x0, x1);
    const ImVec2 chart_end(origin.x + width, labels_y + ImGui::GetTextLineHeight());
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, chart_end.y - origin.y));
    const std::string id = "compare.chart." + row.id;
    RecordRect(app, id.c_str());
    const bool over_band = overlap && mouse.x >= band0.x && mouse.x <= band1.x && mouse.y >= band0.y && mouse.y <= band1.y;
    if (TooltipHovered()) RangeChartTooltip(app, row, ranges, overlap, hovered_bar, over_band);
}

void RangeCharts(AppState& app, const std::vector<RowVisibility>& vis, float width) {
    std::vector<std::size_t> charts;
    for (std::size_t r = 0; r < app.content.rows.size(); ++r)
        if (app.content.rows[r].kind == RowKind::Range && vis[r].visible) charts.push_back(r);
    if (charts.empty()) return;
    const bool side = width >= kChartsSideBySide && charts.size() > 1;
    const float gap = 28.0f;
    const float chart_w = side ? (width - gap) / 2 : width;
    ImGui::Spacing();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const std::size_t columns = side ? 2 : 1;
    float y = origin.y, bottom = origin.y;
    for (std::size_t k = 0; k < charts.size(); ++k) {
        const std::size_t col = k % columns;
        if (col == 0 && k > 0) y = bottom + 16;
        ImGui::SetCursorScreenPos(ImVec2(origin.x + static_cast<float>(col) * (chart_w + gap), y));
        RangeChart(app, app.content.rows[charts[k]], chart_w);
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom + 14));
}

// [SECTION] Table and stacked layout

void CompareTable(AppState& app, const std::vector<RowVisibility>& vis, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    const std::size_t n = app.content.roles.size();
    const float label_w = std::clamp(width * 0.2f, 120.0f, 220.0f);
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_PadOuterX | ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("compare", static_cast<int>(n + 1), flags, ImVec2(width, 0))) return;
    // TRANSLATORS: the heading of the table's first column, which names what is compared (salary, skills...).
    const char* aspect = app.tr("compare.aspect", "Aspect");
    ImGui::TableSetupColumn(aspect, ImGuiTableColumnFlags_WidthFixed, label_w);
    for (std::size_t r = 0; r < n; ++r)
        ImGui::TableSetupColumn(app.content.roles[r].name.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    // Header row drawn by hand to colour each role's name.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableSetColumnIndex(0);
    ImGui::PushFont(app.fonts.strong);
    ImGui::TextDisabled("%s", aspect);
    for (std::size_t r = 0; r < n; ++r) {
        ImGui::TableSetColumnIndex(static_cast<int>(r + 1));
        ImGui::TextColored(RoleColour(p, app.content, r), "%s", app.content.roles[r].name.c_str());
    }
    ImGui::PopFont();

    for (std::size_t ri = 0; ri < app.content.rows.size(); ++ri) {
        if (!vis[ri].visible) continue;
        const Row& row = app.content.rows[ri];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushFont(app.fonts.strong);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
        ImGui::TextUnformatted(row.label.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        const std::string id = "compare.row." + row.id;
        RecordRect(app, id.c_str());
        for (std::size_t c = 0; c < n; ++c) {
            ImGui::TableSetColumnIndex(static_cast<int>(c + 1));
            const float cell_w = ImGui::GetContentRegionAvail().x;
            if (row.kind == RowKind::Range) RangeCell(app, row, c, cell_w);
            else ItemList(app, row, c, vis[ri].items[c], app.compare.shared[ri], cell_w);
        }
    }
    ImGui::EndTable();
}

void CompareStacked(AppState& app, const std::vector<RowVisibility>& vis, float width) {
    const Palette& p = PaletteFor(app.session.theme);
    for (std::size_t ri = 0; ri < app.content.rows.size(); ++ri) {
        if (!vis[ri].visible) continue;
        const Row& row = app.content.rows[ri];
        ImGui::PushFont(app.fonts.title);
        ImGui::TextUnformatted(row.label.c_str());
        ImGui::PopFont();
        const std::string id = "compare.row." + row.id;
        RecordRect(app, id.c_str());
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            ImGui::PushFont(app.fonts.strong);
            ImGui::TextColored(RoleColour(p, app.content, c), "%s", app.content.roles[c].name.c_str());
            ImGui::PopFont();
            if (row.kind == RowKind::Range) RangeCell(app, row, c, width);
            else ItemList(app, row, c, vis[ri].items[c], app.compare.shared[ri], width);
            ImGui::Spacing();
        }
        ImGui::Separator();
        ImGui::Spacing();
    }
}

void DrawCompareColumn(AppState& app, float width);

} // namespace

void DrawCompareView(AppState& app) {
    // Lines longer than this are hard to read on very wide screens: centre a column instead.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, kMaxWidth);
    const float margin = std::floor((avail - width) * 0.5f);
    if (margin > 0) ImGui::Indent(margin);
    DrawCompareColumn(app, width);
    if (margin > 0) ImGui::Unindent(margin);
}

namespace {
void DrawCompareColumn(AppState& app, float width) {
    app.compare.stacked = width < kStackBelow;
    const CompareFilter filter{app.session.compare.differences_only, app.session.compare.filter};

    std::vector<RowVisibility> vis;
    app.compare.visible_rows = 0;
    app.compare.visible_items = 0;
    for (std::size_t r = 0; r < app.content.rows.size(); ++r) {
        vis.push_back(ComputeVisibility(app.tr, app.content, app.content.rows[r], app.compare.shared[r], filter));
        app.compare.visible_rows += vis.back().visible ? 1 : 0;
        app.compare.visible_items += static_cast<int>(vis.back().item_count);
    }

    RoleCards(app, width);
    Controls(app, width);
    ImGui::Spacing();
    if (app.compare.visible_rows == 0) {
        ImGui::Spacing();
        const char* nothing = filter.differences_only
                                  // TRANSLATORS: {filter} is the text typed into the filter field.
                                  ? app.tr("compare.nothing.differences", "Nothing matches \"{filter}\" among the differences.")
                                  // TRANSLATORS: {filter} is the text typed into the filter field.
                                  : app.tr("compare.nothing", "Nothing matches \"{filter}\".");
        const float room = width - ImGui::CalcTextSize(i18n::Format(nothing, {{"filter", ""}}).c_str()).x;
        ImGui::TextDisabled("%s", i18n::Format(nothing, {{"filter", Ellipsized(app.session.compare.filter, room)}}).c_str());
        RecordRect(app, "compare.nothing", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        return;
    }
    RangeCharts(app, vis, width);
    if (app.compare.stacked) CompareStacked(app, vis, width);
    else CompareTable(app, vis, width);
    ImGui::Dummy(ImVec2(0, 12));
}

} // namespace

} // namespace crossroads::shell
