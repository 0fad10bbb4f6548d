// Helpers shared by the unit tests.
#pragma once

#include "crossroads/loader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

namespace test {

// A file of the source tree (CROSSROADS_SOURCE_DIR is set by CMake), read whole.
inline std::string ReadSourceFile(const std::string& relative) {
    std::ifstream in(std::string(CROSSROADS_SOURCE_DIR) + relative, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline std::string DefaultContent() { return ReadSourceFile("/assets/content/em-vs-tl.json"); }

// The default content, loaded (the test stops if it does not load).
inline crossroads::Content DefaultModel() {
    crossroads::LoadResult r = crossroads::LoadContent(DefaultContent());
    REQUIRE(r.Ok());
    return r.content;
}

inline bool HasProblem(const crossroads::LoadResult& r, const std::string& code, const std::string& path) {
    return std::any_of(r.problems.begin(), r.problems.end(),
                       [&](const crossroads::Problem& p) { return p.code == code && p.path == path; });
}

inline std::string Describe(const crossroads::LoadResult& r) {
    std::string out;
    for (const auto& p : r.problems) out += "[" + p.code + "] " + crossroads::FormatProblem(p) + "\n";
    return out;
}

} // namespace test
