#include "crossroads/compare.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

namespace crossroads {

namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Words that carry no meaning for "do both roles list this?": articles, connectives
// and generic nouns such as "skills" that one wording adds and another leaves out.
constexpr std::array<const char*, 16> kFiller = {"a", "an", "the", "and", "or", "of", "to", "with", "in",
                                                 "for", "on", "their", "its", "all", "skills", "skill"};

} // namespace

std::string NormaliseText(std::string_view text) {
    std::set<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && std::find(kFiller.begin(), kFiller.end(), word) == kFiller.end()) words.insert(word);
        word.clear();
    };
    for (char c : text) {
        if (IsWordChar(c)) word.push_back(Lower(c));
        else if (c == '\'') continue; // "team's" and "teams" are one word
        else flush();
    }
    flush();
    std::string out;
    for (const auto& w : words) {
        if (!out.empty()) out.push_back(' ');
        out += w;
    }
    return out;
}

SharedFlags FindSharedItems(const Row& row) {
    SharedFlags flags(row.cells.size());
    std::vector<std::vector<std::string>> keys(row.cells.size());
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        flags[c].assign(row.cells[c].items.size(), false);
        for (const auto& item : row.cells[c].items) keys[c].push_back(NormaliseText(item.text));
    }
    for (std::size_t c = 0; c < keys.size(); ++c) {
        for (std::size_t i = 0; i < keys[c].size(); ++i) {
            for (std::size_t other = 0; other < keys.size() && !flags[c][i]; ++other) {
                if (other == c) continue;
                flags[c][i] = std::find(keys[other].begin(), keys[other].end(), keys[c][i]) != keys[other].end();
            }
        }
    }
    return flags;
}

SharedSummary SummariseShared(const Row& row) {
    SharedSummary summary;
    summary.only.resize(row.cells.size());
    const SharedFlags flags = FindSharedItems(row);
    std::set<std::string> shared_keys;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        for (std::size_t i = 0; i < row.cells[c].items.size(); ++i) {
            const std::string& text = row.cells[c].items[i].text;
            if (!flags[c][i]) summary.only[c].push_back(text);
            else if (shared_keys.insert(NormaliseText(text)).second) summary.shared.push_back(text);
        }
    }
    return summary;
}

bool ContainsText(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                [](char a, char b) { return Lower(a) == Lower(b); });
    return it != haystack.end();
}

RowVisibility ComputeVisibility(const i18n::Tr& tr, const Content& content, const Row& row, const SharedFlags& shared,
                                const CompareFilter& filter) {
    RowVisibility vis;
    vis.items.resize(row.cells.size());
    // A filter that matches the row label keeps the whole row (after the toggle).
    const bool label_match = ContainsText(row.label, filter.text);
    bool any_text_match = label_match;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (row.kind == RowKind::Range) {
            const Range& r = row.cells[c].range;
            const bool match = label_match || ContainsText(FormatRange(tr, r, row.unit), filter.text) ||
                               ContainsText(r.note, filter.text) ||
                               (c < content.roles.size() && ContainsText(content.roles[c].name, filter.text));
            any_text_match = any_text_match || match;
            continue;
        }
        for (std::size_t i = 0; i < row.cells[c].items.size(); ++i) {
            if (filter.differences_only && shared[c][i]) continue;
            if (!label_match && !ContainsText(row.cells[c].items[i].text, filter.text)) continue;
            vis.items[c].push_back(i);
            ++vis.item_count;
        }
    }
    if (row.kind == RowKind::Range) {
        // Ranges always differ between roles here unless equal; equal ranges count as shared.
        bool all_equal = true;
        for (std::size_t c = 1; c < row.cells.size(); ++c)
            all_equal = all_equal && row.cells[c].range.min == row.cells[0].range.min &&
                        row.cells[c].range.max == row.cells[0].range.max;
        vis.visible = any_text_match && !(filter.differences_only && all_equal && row.cells.size() > 1);
        vis.item_count = vis.visible ? row.cells.size() : 0;
        return vis;
    }
    vis.visible = vis.item_count > 0;
    return vis;
}

std::string ComparisonMarkdown(const i18n::Tr& tr, const Content& content, const std::vector<SharedFlags>& shared, const CompareFilter& filter) {
    // Pipes and line breaks would break a table cell.
    auto cell = [](std::string text) {
        std::string out;
        for (char c : text) {
            if (c == '|') out += "\\|";
            else if (c == '\n' || c == '\r') out += ' ';
            else out.push_back(c);
        }
        return out;
    };
    std::string md = "| |";
    for (const Role& role : content.roles) md += " " + cell(role.name) + " |";
    md += "\n|---|";
    for (std::size_t i = 0; i < content.roles.size(); ++i) md += "---|";
    md += "\n";
    for (std::size_t r = 0; r < content.rows.size(); ++r) {
        const Row& row = content.rows[r];
        const SharedFlags flags = r < shared.size() ? shared[r] : FindSharedItems(row);
        const RowVisibility vis = ComputeVisibility(tr, content, row, flags, filter);
        if (!vis.visible) continue;
        md += "| **" + cell(row.label) + "** |";
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            std::string text;
            if (row.kind == RowKind::Range) {
                text = FormatRange(tr, row.cells[c].range, row.unit);
                if (!row.cells[c].range.note.empty()) text += " (" + row.cells[c].range.note + ")";
            } else {
                for (std::size_t i : vis.items[c]) {
                    if (!text.empty()) text += "<br>";
                    // TRANSLATORS: after an item both roles list, in the copied Markdown table
                    text += "- " + row.cells[c].items[i].text + (flags[c][i] ? " " + std::string(tr("markdown.both", "(both)")) : "");
                }
            }
            md += " " + cell(text) + " |";
        }
        md += "\n";
    }
    if (!content.article.title.empty()) {
        const i18n::Args args = {{"title", content.article.title}, {"publisher", content.article.publisher}};
        // TRANSLATORS: under the copied table; {title} is the source article's title
        const char* source = tr("markdown.source", "Source: {title}.");
        if (!content.article.publisher.empty())
            // TRANSLATORS: under the copied table; {title} is the source article's title, {publisher} who published it
            source = tr("markdown.source.publisher", "Source: {title}, {publisher}.");
        md += "\n" + i18n::Format(source, args) + "\n";
    }
    return md;
}

// [SECTION] Range chart maths

std::optional<Interval> Overlap(const Range& a, const Range& b) {
    const double lo = std::max(a.min, b.min);
    const double hi = std::min(a.max, b.max);
    if (lo > hi) return std::nullopt;
    return Interval{lo, hi};
}

std::optional<Interval> OverlapOfAll(const std::vector<Range>& ranges) {
    if (ranges.size() < 2) return std::nullopt;
    std::optional<Interval> all = Interval{ranges[0].min, ranges[0].max};
    for (std::size_t i = 1; i < ranges.size() && all; ++i) all = Overlap(Range{all->lo, all->hi, {}, {}}, ranges[i]);
    return all;
}

double Axis::Fraction(double value) const {
    if (hi <= lo) return 0.0;
    return (value - lo) / (hi - lo);
}

std::vector<double> Axis::Ticks() const {
    std::vector<double> ticks;
    if (step <= 0) return ticks;
    for (int i = 0;; ++i) {
        const double v = lo + step * i;
        if (v > hi + step * 1e-9) break;
        ticks.push_back(v);
        if (i > 1000) break; // a broken axis must not loop forever
    }
    return ticks;
}

Axis NiceAxis(const std::vector<Range>& ranges, int max_ticks) {
    Axis axis;
    if (ranges.empty()) return axis;
    double lo = ranges.front().min, hi = ranges.front().max;
    for (const auto& r : ranges) {
        lo = std::min(lo, r.min);
        hi = std::max(hi, r.max);
    }
    if (hi <= lo) hi = lo + 1;
    max_ticks = std::max(max_ticks, 2);
    // Smallest 1/2/5 x 10^k step that spans the data in at most max_ticks - 1 intervals,
    // with a margin so no range sits on the very edge of the chart.
    const double span = hi - lo;
    const double raw = span / (max_ticks - 2 > 0 ? max_ticks - 2 : 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw) break;
    }
    axis.step = step;
    axis.lo = std::floor(lo / step) * step;
    axis.hi = std::ceil(hi / step) * step;
    if (axis.lo == lo && axis.lo - step >= 0) axis.lo -= step;
    if (axis.hi == hi) axis.hi += step;
    return axis;
}

namespace {
std::string Thousands(long long v) {
    std::string digits = std::to_string(v < 0 ? -v : v);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
        out.push_back(digits[i]);
    }
    return (v < 0 ? "-" : "") + out;
}
std::string Plain(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}
} // namespace

std::string FormatValue(const i18n::Tr& tr, double value, Unit unit) {
    switch (unit) {
        case Unit::Usd: return "$" + Thousands(std::llround(value));
        case Unit::Years:
            // TRANSLATORS: a number of years, e.g. "3 years".
            if (value == std::floor(value) && std::fabs(value) < 1e9) return tr("range.years", "{n} year", "{n} years", static_cast<long>(value));
            // TRANSLATORS: a number of years that is not whole, e.g. "2.5 years".
            return i18n::Format(tr("range.yearsDecimal", "{value} years"), {{"value", Plain(value)}});
        case Unit::None: break;
    }
    return Plain(value);
}

std::string FormatRange(const i18n::Tr& tr, const Range& range, Unit unit) {
    // TRANSLATORS: a range of years, e.g. "3-5 years".
    if (unit == Unit::Years) return i18n::Format(tr("range.yearsRange", "{min}-{max} years"), {{"min", Plain(range.min)}, {"max", Plain(range.max)}});
    return FormatValue(tr, range.min, unit) + " - " + FormatValue(tr, range.max, unit);
}

std::string FormatTick(const i18n::Tr& tr, double value, Unit unit) {
    if (unit == Unit::Usd) {
        if (std::fabs(value) >= 1000) return "$" + Plain(value / 1000) + "k";
        return "$" + Plain(value);
    }
    // TRANSLATORS: a chart axis label: a number of years, as short as it can be ("4 y").
    if (unit == Unit::Years) return i18n::Format(tr("range.yearsTick", "{value} y"), {{"value", Plain(value)}});
    return Plain(value);
}

} // namespace crossroads
