#include "crossroads/cli.hpp"

#include <catch2/catch.hpp>

using namespace crossroads;
using Mode = CliOptions::Mode;

TEST_CASE("command line", "[cli]") {
    SECTION("no arguments runs the app") { CHECK(ParseCommandLine({}).mode == Mode::Run); }
    SECTION("--check FILE") {
        const CliOptions o = ParseCommandLine({"--check", "x.json"});
        CHECK(o.mode == Mode::Check);
        CHECK(o.content_path == "x.json");
    }
    SECTION("--screenshot with view, theme and size") {
        const CliOptions o =
            ParseCommandLine({"--screenshot", "o.png", "--view", "compare", "--theme", "dark", "--width", "360", "--height", "640"});
        CHECK(o.mode == Mode::Screenshot);
        CHECK(o.screenshot_path == "o.png");
        CHECK(o.has_view);
        CHECK(o.view == View::Compare);
        CHECK(o.has_theme);
        CHECK(o.theme == Theme::Dark);
        CHECK(o.width == 360);
        CHECK(o.height == 640);
    }
    SECTION("mistakes are errors with a message, never a crash") {
        CHECK(ParseCommandLine({"--check"}).mode == Mode::Error);
        CHECK(ParseCommandLine({"--view", "garden"}).error.find("garden") != std::string::npos);
        CHECK(ParseCommandLine({"--width", "12"}).mode == Mode::Error);
        CHECK(ParseCommandLine({"--width", "12px"}).mode == Mode::Error);
        CHECK(ParseCommandLine({"--bogus"}).mode == Mode::Error);
    }
    SECTION("help and version") {
        CHECK(ParseCommandLine({"--help"}).mode == Mode::Help);
        CHECK(ParseCommandLine({"--version"}).mode == Mode::Version);
    }
}
