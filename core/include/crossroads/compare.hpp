// Comparison rules: which items the roles share, what a filter and the
// "differences only" toggle leave visible, and the maths of the range chart.
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/i18n.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossroads {

// Lower-case words with punctuation and filler words removed, sorted and de-duplicated,
// so "Critical thinking" and "critical-thinking skills" compare equal while different
// duties do not. Used to find shared items; never shown.
std::string NormaliseText(std::string_view text);

// shared[cell][item] is true when some other role lists the same item in this row.
using SharedFlags = std::vector<std::vector<bool>>;
SharedFlags FindSharedItems(const Row& row);

struct SharedSummary {
    std::vector<std::string> shared;       // texts as the first role writes them
    std::vector<std::vector<std::string>> only; // only[role] = texts only that role lists
};
// The overlap diagram's data for one list row, derived (never typed in the content).
SharedSummary SummariseShared(const Row& row);

struct CompareFilter {
    bool differences_only = false;
    std::string text; // case-insensitive substring; empty matches everything
};

// What of one row survives the filter: per cell, the visible item indices.
struct RowVisibility {
    bool visible = false;
    std::vector<std::vector<std::size_t>> items; // items[cell] = indices into Cell::items
    std::size_t item_count = 0;
};
RowVisibility ComputeVisibility(const i18n::Tr& tr, const Content& content, const Row& row, const SharedFlags& shared,
                                const CompareFilter& filter);

// The comparison as a Markdown table (what "Copy as Markdown" puts on the clipboard):
// the rows and items the filter shows, shared items marked "(both)", sources as footnotes.
// Its words are in `tr`'s language.
std::string ComparisonMarkdown(const i18n::Tr& tr, const Content& content, const std::vector<SharedFlags>& shared, const CompareFilter& filter);

// Case-insensitive (ASCII) substring test; an empty needle matches.
bool ContainsText(std::string_view haystack, std::string_view needle);

// [SECTION] Range chart maths
struct Interval {
    double lo = 0;
    double hi = 0;
};
// The overlap of two closed intervals, or nothing when they are disjoint.
std::optional<Interval> Overlap(const Range& a, const Range& b);
// What all the ranges share: nothing for fewer than two, or when any two are disjoint.
std::optional<Interval> OverlapOfAll(const std::vector<Range>& ranges);

// A chart axis with round tick values that contains every given range.
struct Axis {
    double lo = 0;
    double hi = 1;
    double step = 1;
    // Where a value falls on the axis, 0 at lo and 1 at hi.
    double Fraction(double value) const;
    std::vector<double> Ticks() const;
};
Axis NiceAxis(const std::vector<Range>& ranges, int max_ticks);

// "$132,479", "3 years", "3-5 years", "$124,240 - $153,181": the years in the interface's
// language, the dollars as the article gives them.
std::string FormatValue(const i18n::Tr& tr, double value, Unit unit);
std::string FormatRange(const i18n::Tr& tr, const Range& range, Unit unit);
// Axis tick labels: "$120k", "4 y".
std::string FormatTick(const i18n::Tr& tr, double value, Unit unit);

} // namespace crossroads
