#include "test_util.hpp"

#include "crossroads/loader.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

using namespace crossroads;
using json = nlohmann::ordered_json;

namespace {

// The smallest valid content: two roles, one list row, one range row, a tiny ladder.
json Minimal() {
    return json::parse(R"({
      "format": "crossroads-content", "version": 1, "title": "T",
      "article": {"title": "A"},
      "sections": [{"id": "s", "heading": "Heading"}],
      "roles": [
        {"id": "a", "name": "Role A", "short": "A", "summary": "sa", "source": "s"},
        {"id": "b", "name": "Role B", "short": "B", "summary": "sb", "source": "s"}],
      "comparison": [
        {"id": "skills", "label": "Skills", "kind": "list", "cells": {
          "a": {"items": [{"text": "Critical thinking", "source": "s"}]},
          "b": {"items": [{"text": "critical thinking", "source": "s"}, {"text": "Coding", "source": "s"}]}}},
        {"id": "pay", "label": "Pay", "kind": "range", "unit": "usd", "cells": {
          "a": {"min": 1, "max": 3, "source": "s"},
          "b": {"min": 2, "max": 4, "source": "s"}}}],
      "ladder": {
        "nodes": [{"id": "n0", "title": "Start", "track": "shared", "level": 0, "description": "d", "source": "s"},
                  {"id": "n1", "title": "Next", "track": "management", "level": 1, "description": "d", "source": "s"}],
        "edges": [{"from": "n0", "to": "n1", "kind": "promotion", "source": "s"}]}
    })");
}

LoadResult Load(const json& j) { return LoadContent(j.dump()); }

} // namespace

TEST_CASE("the default content loads with the article's facts", "[loader]") {
    const LoadResult r = LoadContent(test::DefaultContent());
    INFO(test::Describe(r));
    REQUIRE(r.Ok());
    REQUIRE(r.problems.empty()); // not even a warning in the shipped file
    const Content& c = r.content;

    SECTION("two roles") {
        REQUIRE(c.roles.size() == 2);
        CHECK(c.roles[0].id == "em");
        CHECK(c.roles[0].name == "Engineering Manager");
        CHECK(c.roles[1].id == "tl");
        CHECK(c.roles[1].name == "Tech Lead");
    }
    // A range row's unit and each role's {min, max}, EM first.
    auto ranges = [&](const char* id, Unit unit) {
        const Row& row = c.rows.at(c.RowIndex(id));
        CHECK(row.kind == RowKind::Range);
        CHECK(row.unit == unit);
        std::vector<double> out;
        for (const Cell& cell : row.cells) out.insert(out.end(), {cell.range.min, cell.range.max});
        return out;
    };
    SECTION("salary ranges in US dollars as the article states them") {
        CHECK(ranges("salary", Unit::Usd) == std::vector<double>{132479, 163717, 124240, 153181});
    }
    SECTION("experience in years") { CHECK(ranges("experience", Unit::Years) == std::vector<double>{3, 5, 5, 7}); }
    SECTION("the article's lists, item for item") {
        auto count = [&](const char* row, std::size_t role) { return c.rows.at(c.RowIndex(row)).cells[role].items.size(); };
        // "What do engineering managers do?" has 7 bullets; "What do tech leads do?" 7 plus the Scrum note.
        CHECK(count("duties", 0) == 7);
        CHECK(count("duties", 1) == 8);
        // "Their major benefits to an organization": four each.
        CHECK(count("benefits", 0) == 4);
        CHECK(count("benefits", 1) == 4);
        // The overview table's soft skills: five each.
        CHECK(count("soft-skills", 0) == 5);
        CHECK(count("soft-skills", 1) == 5);
        CHECK(c.rows.size() == 9);
    }
    SECTION("every item cites a section of the article") {
        for (const Row& row : c.rows)
            for (const Cell& cell : row.cells) {
                for (const Item& item : cell.items) CHECK(c.SectionHeading(item.source) != item.source);
                if (row.kind == RowKind::Range) CHECK(c.SectionHeading(cell.range.source) != cell.range.source);
            }
    }
    SECTION("the career ladder of the article") {
        CHECK(c.ladder.nodes.size() == 7);
        CHECK(c.ladder.edges.size() == 8);
        for (const char* id : {"engineer", "em", "director", "vp", "tl", "architect", "cto"})
            CHECK(c.NodeIndex(id) != Content::npos);
    }
}

TEST_CASE("the minimal content is valid", "[loader]") {
    const LoadResult r = Load(Minimal());
    INFO(test::Describe(r));
    CHECK(r.Ok());
    CHECK(r.problems.empty());
}

TEST_CASE("each file-level problem has a stable code", "[loader]") {
    json j = Minimal();
    SECTION("truncated JSON") {
        const std::string text = j.dump();
        const LoadResult r = LoadContent(text.substr(0, text.size() / 2));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == code::kJsonSyntax);
        CHECK(r.problems[0].message.find("ends too early") != std::string::npos);
    }
    SECTION("garbage in the middle names line and column") {
        const LoadResult r = LoadContent("{\n  \"format\": x\n}");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == code::kJsonSyntax);
        CHECK(r.problems[0].message.find("line 2") != std::string::npos);
    }
    SECTION("not UTF-8") {
        const LoadResult r = LoadContent(std::string("{\"title\": \"caf\xE9\"}"));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == code::kJsonUtf8);
    }
    SECTION("too large") {
        const std::string big(50u * 1024u * 1024u, ' ');
        const LoadResult r = LoadContent(big);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == code::kJsonTooLarge);
    }
    SECTION("nested 10,000 deep") {
        const std::string deep = std::string(10000, '[') + std::string(10000, ']');
        const LoadResult r = LoadContent(deep);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == code::kJsonTooDeep);
    }
    SECTION("not an object") {
        const LoadResult r = LoadContent("[1, 2]");
        CHECK(test::HasProblem(r, code::kType, ""));
    }
    SECTION("wrong format and version") {
        j["format"] = "something-else";
        j["version"] = 2;
        const LoadResult r = Load(j);
        CHECK(test::HasProblem(r, code::kFormat, "format"));
        CHECK(test::HasProblem(r, code::kFormat, "version"));
    }
}

TEST_CASE("each field problem has a stable code and a JSON path", "[loader]") {
    json j = Minimal();
    SECTION("missing required key") {
        j["roles"][1].erase("name");
        CHECK(test::HasProblem(Load(j), code::kMissing, "roles[1].name"));
    }
    SECTION("wrong type") {
        j["comparison"][1]["cells"]["b"]["min"] = "lots";
        CHECK(test::HasProblem(Load(j), code::kType, "comparison[1].cells.b.min"));
    }
    SECTION("empty string") {
        j["roles"][0]["summary"] = "   ";
        CHECK(test::HasProblem(Load(j), code::kEmpty, "roles[0].summary"));
    }
    SECTION("value outside its set") {
        j["comparison"][0]["kind"] = "table";
        j["ladder"]["edges"][0]["kind"] = "jump";
        const LoadResult r = Load(j);
        CHECK(test::HasProblem(r, code::kEnum, "comparison[0].kind"));
        CHECK(test::HasProblem(r, code::kEnum, "ladder.edges[0].kind"));
    }
    SECTION("an unknown key is an error, as in the schema, and names the key it is near") {
        j["roles"][0]["sumary"] = "misspelt";
        j["roles"][1]["zzz"] = 1;
        const LoadResult r = Load(j);
        CHECK_FALSE(r.Ok());
        REQUIRE(r.problems.size() == 2);
        CHECK(r.problems[0].code == code::kUnknownKey);
        CHECK(r.problems[0].path == "roles[0].sumary");
        CHECK(r.problems[0].severity == Severity::Error);
        CHECK(r.problems[0].message == "unknown key \"sumary\" (did you mean \"summary\"?)");
        CHECK(r.problems[1].message == "unknown key \"zzz\"");
    }

    SECTION("a role's colour is #rrggbb, and is kept as written") {
        j["roles"][0]["colour"] = "#0B7A75";
        j["roles"][1]["colour"] = "teal";
        const LoadResult r = Load(j);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == code::kType);
        CHECK(r.problems[0].path == "roles[1].colour");
        CHECK(r.problems[0].message.find("#rrggbb") != std::string::npos);
        j["roles"][1].erase("colour");
        const LoadResult ok = Load(j);
        REQUIRE(ok.Ok());
        CHECK(ok.content.roles[0].colour == "#0B7A75");
        CHECK(ok.content.roles[1].colour.empty());
    }
    SECTION("duplicate ids") {
        j["roles"][1]["id"] = "a";
        j["sections"].push_back({{"id", "s"}, {"heading", "Again"}});
        const LoadResult r = Load(j);
        CHECK(test::HasProblem(r, code::kDuplicateId, "roles[1].id"));
        CHECK(test::HasProblem(r, code::kDuplicateId, "sections[1].id"));
    }
    SECTION("references that point nowhere") {
        j["roles"][0]["source"] = "nope";
        j["comparison"][0]["cells"]["c"] = {{"items", json::array()}};
        j["ladder"]["edges"][0]["to"] = "n9";
        const LoadResult r = Load(j);
        CHECK(test::HasProblem(r, code::kUnknownRef, "roles[0].source"));
        CHECK(test::HasProblem(r, code::kUnknownRef, "comparison[0].cells.c"));
        CHECK(test::HasProblem(r, code::kUnknownRef, "ladder.edges[0].to"));
    }
    SECTION("a role without a cell") {
        j["comparison"][0]["cells"].erase("b");
        CHECK(test::HasProblem(Load(j), code::kCellMissing, "comparison[0].cells.b"));
    }
    SECTION("min greater than max, and negative values") {
        j["comparison"][1]["cells"]["a"]["min"] = 10;
        j["comparison"][1]["cells"]["b"]["min"] = -1;
        const LoadResult r = Load(j);
        CHECK(test::HasProblem(r, code::kRangeInverted, "comparison[1].cells.a.min"));
        CHECK(test::HasProblem(r, code::kRangeNegative, "comparison[1].cells.b.min"));
    }
    SECTION("every problem is reported, not just the first") {
        j["roles"][0].erase("name");
        j["roles"][1]["summary"] = "";
        j["comparison"][1]["cells"]["a"]["max"] = 0;
        const LoadResult r = Load(j);
        CHECK(r.ErrorCount() == 3);
        CHECK_FALSE(r.Ok());
    }
}

TEST_CASE("the loader survives hostile bytes", "[loader]") {
    const std::string text = test::DefaultContent();
    SECTION("every truncation of the default content") {
        for (std::size_t n = 0; n < text.size(); n += 97) {
            const LoadResult r = LoadContent(text.substr(0, n));
            CHECK_FALSE(r.Ok());
        }
    }
    SECTION("random byte flips") {
        std::uint32_t seed = 12345;
        auto next = [&] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
        int refused = 0;
        for (int round = 0; round < 300; ++round) {
            std::string mutated = text;
            for (int k = 0; k < 4; ++k) mutated[next() % mutated.size()] = static_cast<char>(next() & 0xFF);
            const LoadResult r = LoadContent(mutated); // must return, with or without problems
            // Accepted content is whole enough to draw; refused content says what is wrong.
            if (r.Ok()) CHECK(r.content.roles.size() >= 2);
            else ++refused;
            for (const Problem& problem : r.problems) {
                CHECK_FALSE(problem.code.empty());
                CHECK_FALSE(problem.message.empty());
            }
        }
        CHECK(refused > 0); // the flips did break files, so refusals were met and checked
    }
    SECTION("odd but well-formed JSON values everywhere") {
        for (const char* doc : {"null", "1", "\"x\"", "{}", "{\"roles\": {}}", "{\"sections\": [1, null, {}]}",
                                "{\"comparison\": [{\"kind\": \"range\", \"cells\": {\"a\": []}}]}",
                                "{\"ladder\": {\"nodes\": [{}], \"edges\": [{}]}}"}) {
            const LoadResult r = LoadContent(doc);
            CHECK_FALSE(r.Ok());
        }
    }
}

TEST_CASE("UTF-8 validation", "[loader]") {
    CHECK(IsValidUtf8("plain"));
    CHECK(IsValidUtf8("\xE2\x80\x94 dash"));
    CHECK(IsValidUtf8("\xF0\x9F\x98\x80"));
    CHECK_FALSE(IsValidUtf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(IsValidUtf8("\xE2\x80"));         // truncated sequence
    CHECK_FALSE(IsValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
}

TEST_CASE("the content format's table of problem codes lists exactly the loader's codes", "[loader]") {
    const std::string readme = test::ReadSourceFile("/docs/content-format.md");
    const std::size_t from = readme.find("## Problem codes");
    REQUIRE(from != std::string::npos);
    const std::size_t to = readme.find("\n## ", from + 1);
    std::set<std::string> listed;
    std::istringstream lines(readme.substr(from, to == std::string::npos ? std::string::npos : to - from));
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("| `", 0) != 0) continue; // a table row starts with its code
        listed.insert(line.substr(3, line.find('`', 3) - 3));
    }
    const std::set<std::string> codes(std::begin(code::kAll), std::end(code::kAll));
    CHECK(listed == codes);
    CHECK(codes.size() == std::size(code::kAll)); // no code twice
}

TEST_CASE("problems print as file or path, then the message, and warnings say so", "[loader]") {
    CHECK(FormatProblem({code::kEmpty, "roles[1].name", "must not be empty", Severity::Error}, "x.json") ==
          "roles[1].name: must not be empty");
    CHECK(FormatProblem({code::kUnknownKey, "", "unknown key", Severity::Warning}, "x.json") == "x.json: warning: unknown key");
    CHECK(FormatProblem({code::kJsonSyntax, "", "not JSON", Severity::Error}) == "not JSON");
    const Problem unreadable = UnreadableFile("cannot open x.json");
    CHECK(unreadable.code == code::kFileUnreadable);
    CHECK(unreadable.severity == Severity::Error);
    CHECK(unreadable.message == "cannot open x.json: check the path and permissions");
}
