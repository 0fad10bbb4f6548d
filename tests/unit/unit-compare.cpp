#include "test_util.hpp"

#include "crossroads/compare.hpp"

#include <catch2/catch.hpp>

using namespace crossroads;

namespace {
Row ListRow(std::vector<std::string> a, std::vector<std::string> b) {
    Row row;
    row.id = "r";
    row.label = "Skills";
    row.cells.resize(2);
    for (auto& t : a) row.cells[0].items.push_back({t, "s"});
    for (auto& t : b) row.cells[1].items.push_back({t, "s"});
    return row;
}
Range R(double lo, double hi) { return Range{lo, hi, {}, {}}; }
} // namespace

TEST_CASE("normalised text ignores case, punctuation, order and filler words", "[compare]") {
    CHECK(NormaliseText("Critical thinking") == NormaliseText("critical-thinking skills"));
    CHECK(NormaliseText("Flexibility and adaptability") == NormaliseText("adaptability, flexibility"));
    CHECK(NormaliseText("The team's goals") == NormaliseText("teams goals"));
    CHECK(NormaliseText("Hiring") != NormaliseText("Firing"));
    CHECK(NormaliseText("Code reviews") != NormaliseText("Code"));
    CHECK(NormaliseText("") == "");
}

TEST_CASE("shared items are found by core", "[compare]") {
    SECTION("a small row") {
        const Row row = ListRow({"Critical thinking", "Budgets"}, {"Coding", "critical thinking."});
        const SharedFlags f = FindSharedItems(row);
        CHECK(f[0] == std::vector<bool>{true, false});
        CHECK(f[1] == std::vector<bool>{false, true});
        const SharedSummary s = SummariseShared(row);
        CHECK(s.shared == std::vector<std::string>{"Critical thinking"});
        CHECK(s.only[0] == std::vector<std::string>{"Budgets"});
        CHECK(s.only[1] == std::vector<std::string>{"Coding"});
    }
    SECTION("the default content: the soft skills both roles need") {
        const LoadResult r = LoadContent(test::DefaultContent());
        REQUIRE(r.Ok());
        const Content& c = r.content;
        const SharedSummary soft = SummariseShared(c.rows.at(c.RowIndex("soft-skills")));
        REQUIRE(soft.shared.size() == 3);
        CHECK(ContainsText(soft.shared[0], "communicat"));
        CHECK(ContainsText(soft.shared[1], "critical thinking"));
        CHECK(ContainsText(soft.shared[2], "flexib"));
        CHECK(soft.only[0].size() == 2); // delegating, constructive feedback
        CHECK(soft.only[1].size() == 2); // informed choices, mentoring
        // No other row has items in common: the duties and benefits of the two roles differ.
        for (const Row& row : c.rows)
            if (row.id != "soft-skills") CHECK(SummariseShared(row).shared.empty());
    }
}

TEST_CASE("filter and differences-only decide what is visible", "[compare]") {
    Content content;
    content.roles = {Role{"a", "Alpha", "A", "", "", "", ""}, Role{"b", "Beta", "B", "", "", "", ""}};
    const Row row = ListRow({"Critical thinking", "Budgets"}, {"Coding", "critical thinking"});
    const SharedFlags f = FindSharedItems(row);
    SECTION("no filter shows everything") {
        const RowVisibility v = ComputeVisibility({}, content, row, f, {});
        CHECK(v.visible);
        CHECK(v.item_count == 4);
    }
    SECTION("differences only hides shared items") {
        const RowVisibility v = ComputeVisibility({}, content, row, f, {true, ""});
        CHECK(v.item_count == 2);
        CHECK(v.items[0] == std::vector<std::size_t>{1});
        CHECK(v.items[1] == std::vector<std::size_t>{0});
    }
    SECTION("text filter, case-insensitive") {
        const RowVisibility v = ComputeVisibility({}, content, row, f, {false, "BUDG"});
        CHECK(v.item_count == 1);
        CHECK(v.items[0] == std::vector<std::size_t>{1});
        CHECK(v.items[1].empty());
    }
    SECTION("a filter that matches the row label keeps the whole row") {
        CHECK(ComputeVisibility({}, content, row, f, {false, "skills"}).item_count == 4);
    }
    SECTION("nothing matches: the row is hidden") {
        CHECK_FALSE(ComputeVisibility({}, content, row, f, {false, "zebra"}).visible);
    }
    SECTION("range rows match on their values and notes") {
        Row range;
        range.label = "Salary";
        range.kind = RowKind::Range;
        range.unit = Unit::Usd;
        range.cells.resize(2);
        range.cells[0].range = R(100, 200);
        range.cells[1].range = R(150, 250);
        CHECK(ComputeVisibility({}, content, range, {{}, {}}, {false, "$250"}).visible);
        CHECK_FALSE(ComputeVisibility({}, content, range, {{}, {}}, {false, "zebra"}).visible);
        CHECK(ComputeVisibility({}, content, range, {{}, {}}, {true, ""}).visible); // different ranges are a difference
        range.cells[1].range = R(100, 200);
        CHECK_FALSE(ComputeVisibility({}, content, range, {{}, {}}, {true, ""}).visible);
    }
}

TEST_CASE("range overlap maths", "[compare]") {
    SECTION("the article's salary ranges overlap from $132,479 to $153,181") {
        const auto o = Overlap(R(132479, 163717), R(124240, 153181));
        REQUIRE(o);
        CHECK(o->lo == 132479);
        CHECK(o->hi == 153181);
    }
    SECTION("experience ranges touch at 5 years") {
        const auto o = Overlap(R(3, 5), R(5, 7));
        REQUIRE(o);
        CHECK(o->lo == 5);
        CHECK(o->hi == 5);
    }
    SECTION("disjoint ranges do not overlap") { CHECK_FALSE(Overlap(R(1, 2), R(3, 4))); }
    SECTION("three ranges share what all of them hold, or nothing") {
        const auto o = OverlapOfAll({R(0, 10), R(3, 12), R(5, 20)});
        REQUIRE(o);
        CHECK(o->lo == 5);
        CHECK(o->hi == 10);
        CHECK_FALSE(OverlapOfAll({R(0, 10), R(3, 4), R(5, 20)})); // each pair but one overlaps
        CHECK_FALSE(OverlapOfAll({R(0, 10)}));                   // one range overlaps nothing
    }
    SECTION("containment") {
        const auto o = Overlap(R(0, 10), R(3, 4));
        REQUIRE(o);
        CHECK(o->lo == 3);
        CHECK(o->hi == 4);
    }
}

TEST_CASE("chart axes are round and contain the data", "[compare]") {
    const Axis a = NiceAxis({R(132479, 163717), R(124240, 153181)}, 7);
    CHECK(a.lo <= 124240);
    CHECK(a.hi >= 163717);
    CHECK(a.lo < 124240);  // a margin: no bar starts on the edge
    CHECK(a.step == 10000);
    CHECK(a.Fraction(a.lo) == 0.0);
    CHECK(a.Fraction(a.hi) == 1.0);
    const auto ticks = a.Ticks();
    CHECK(ticks.size() <= 8);
    CHECK(ticks.front() == a.lo);
    CHECK(ticks.back() == Approx(a.hi));
    const Axis years = NiceAxis({R(3, 5), R(5, 7)}, 7);
    CHECK(years.lo <= 3);
    CHECK(years.hi >= 7);
    CHECK(years.step == 1);
    const Axis flat = NiceAxis({R(5, 5)}, 5);
    CHECK(flat.hi > flat.lo);
    CHECK(NiceAxis({}, 5).Ticks().size() >= 2);
}

TEST_CASE("values are formatted for people", "[compare]") {
    CHECK(FormatValue({}, 132479, Unit::Usd) == "$132,479");
    CHECK(FormatValue({}, 999, Unit::Usd) == "$999");
    CHECK(FormatValue({}, 1000000, Unit::Usd) == "$1,000,000");
    CHECK(FormatValue({}, 1, Unit::Years) == "1 year");
    CHECK(FormatValue({}, 3, Unit::Years) == "3 years");
    CHECK(FormatRange({}, R(3, 5), Unit::Years) == "3-5 years");
    CHECK(FormatRange({}, R(124240, 153181), Unit::Usd) == "$124,240 - $153,181");
    CHECK(FormatTick({}, 130000, Unit::Usd) == "$130k");
    CHECK(FormatTick({}, 4, Unit::Years) == "4 y");
}

TEST_CASE("the comparison as Markdown", "[compare]") {
    const LoadResult r = LoadContent(test::DefaultContent());
    REQUIRE(r.Ok());
    std::vector<SharedFlags> shared;
    for (const Row& row : r.content.rows) shared.push_back(FindSharedItems(row));
    const std::string md = ComparisonMarkdown(i18n::Tr(), r.content, shared, {});
    CHECK(md.rfind("| | Engineering Manager | Tech Lead |\n|---|---|---|\n", 0) == 0);
    CHECK(md.find("| **Salary range** | $132,479 - $163,717") != std::string::npos);
    CHECK(md.find("(both)") != std::string::npos);
    const std::string diff = ComparisonMarkdown(i18n::Tr(), r.content, shared, {true, ""});
    CHECK(diff.find("(both)") == std::string::npos);
    const std::string budget = ComparisonMarkdown(i18n::Tr(), r.content, shared, {false, "budget"});
    CHECK(budget.find("Salary range") == std::string::npos);
    CHECK(budget.find("budget") != std::string::npos);
}

TEST_CASE("years are formatted in the interface's language, dollars as the article gives them", "[compare]") {
    CHECK(FormatValue({}, 2.5, Unit::Years) == "2.5 years");
    std::vector<Problem> problems;
    const i18n::Catalogue german = i18n::Catalogue::FromPo(i18n::ParsePo(test::ReadSourceFile("/assets/i18n/de.po"), problems), problems);
    REQUIRE(problems.empty());
    const i18n::Tr tr(&german);
    CHECK(FormatValue(tr, 1, Unit::Years) == "1 Jahr");
    CHECK(FormatValue(tr, 3, Unit::Years) == "3 Jahre");
    CHECK(FormatRange(tr, R(3, 5), Unit::Years) == "3-5 Jahre");
    CHECK(FormatTick(tr, 4, Unit::Years) == "4 J.");
    CHECK(FormatRange(tr, R(124240, 153181), Unit::Usd) == "$124,240 - $153,181");
    // The comparison's filter finds a range by the words shown.
    const Content content = test::DefaultModel();
    for (const Row& row : content.rows)
        if (row.kind == RowKind::Range && row.unit == Unit::Years) {
            CHECK(ComputeVisibility(tr, content, row, {{}, {}}, {false, "jahre"}).visible);
            CHECK_FALSE(ComputeVisibility({}, content, row, {{}, {}}, {false, "jahre"}).visible);
        }
}
