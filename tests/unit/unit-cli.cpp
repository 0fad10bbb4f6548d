#include "test_util.hpp"

#include "crossroads/check.hpp"
#include "crossroads/cli.hpp"
#include "crossroads/text_version.hpp"
#include "crossroads/watch.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace crossroads;
using Mode = CliOptions::Mode;

TEST_CASE("command line", "[cli]") {
    SECTION("no arguments runs the app") { CHECK(ParseCommandLine({}).mode == Mode::Run); }
    SECTION("--check FILE") {
        const CliOptions o = ParseCommandLine({"--check", "x.json"});
        CHECK(o.mode == Mode::Check);
        CHECK(o.content_path == "x.json");
    }
    SECTION("--check FILE --json, and --json alone is refused") {
        CHECK(ParseCommandLine({"--check", "x.json", "--json"}).json);
        CHECK(ParseCommandLine({"--json"}).mode == Mode::Error);
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
    SECTION("--watch goes with --content in the app only") {
        const CliOptions o = ParseCommandLine({"--content", "mine.json", "--watch"});
        CHECK(o.mode == Mode::Run);
        CHECK(o.watch);
        CHECK(ParseCommandLine({"--content", "mine.json"}).watch == false);
        CHECK(ParseCommandLine({"--watch"}).mode == Mode::Error);
        CHECK(ParseCommandLine({"--check", "x.json", "--watch"}).mode == Mode::Error);
        CHECK(ParseCommandLine({"--watch", "--screenshot", "o.png", "--content", "x.json"}).error.find("--watch") != std::string::npos);
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

TEST_CASE("FileWatch sees a file rewritten, removed and written again", "[cli][watch]") {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "crossroads-watch-test.json";
    std::filesystem::remove(file);
    const auto write = [&](const std::string& text) { std::ofstream(file, std::ios::binary | std::ios::trunc) << text; };
    FileWatch watch(file.string());
    CHECK_FALSE(watch.Poll()); // nothing there, nothing changed
    write("{}");
    CHECK(watch.Poll());
    CHECK_FALSE(watch.Poll()); // once per change
    write("{\"a\": 1}");       // another size
    CHECK(watch.Poll());
    std::filesystem::remove(file);
    CHECK(watch.Poll());
    CHECK_FALSE(watch.Poll());
    write("{\"a\": 2}");
    CHECK(watch.Poll());
    std::filesystem::remove(file);
}

TEST_CASE("the content check reports for people and, as JSON, for tools", "[cli]") {
    const std::string content = test::DefaultContent();
    SECTION("valid content: exit 0, the title and pass mark the app uses") {
        const CheckReport people = CheckContent(content, "", "c.json", false);
        CHECK(people.exit_code == kCheckValid);
        CHECK(people.err.empty());
        const CheckReport tools = CheckContent(content, "", "c.json", true);
        const nlohmann::ordered_json j = nlohmann::ordered_json::parse(tools.out);
        CHECK(j["valid"] == true);
        CHECK(j["title"] == "Engineering Manager or Tech Lead?");
        CHECK(j["passMark"] == 70);
        CHECK(j["problems"].empty());
        // The page title build-wasm.sh writes is the one web/index.html has for this content.
        CHECK(j["pageTitle"] == PageTitle("Engineering Manager or Tech Lead?"));
        const std::string index = test::ReadSourceFile("/web/index.html");
        CHECK(index.find("<title>" + HtmlEscape(j["pageTitle"].get<std::string>()) + "</title>") != std::string::npos);
    }
    SECTION("content with problems: exit 1, each with its code and path") {
        nlohmann::ordered_json doc = nlohmann::ordered_json::parse(content);
        doc["quizzes"]["knowledge"]["passMark"] = 70.5;
        doc["roles"][0]["sumary"] = "x";
        const CheckReport people = CheckContent(doc.dump(), "", "c.json", false);
        CHECK(people.exit_code == kCheckProblems);
        CHECK(people.err.find("quizzes.knowledge.passMark: a pass mark is a whole percentage") != std::string::npos);
        const nlohmann::ordered_json j = nlohmann::ordered_json::parse(CheckContent(doc.dump(), "", "c.json", true).out);
        CHECK(j["valid"] == false);
        CHECK(j["passMark"].is_null()); // no verdict is read off invalid content
        REQUIRE(j["problems"].size() == 2);
        CHECK(j["problems"][0]["code"] == "field.unknown");
        CHECK(j["problems"][0]["path"] == "roles[0].sumary");
        CHECK(j["problems"][1]["code"] == "field.type");
    }
    SECTION("content without a knowledge check has no pass mark") {
        nlohmann::ordered_json doc = nlohmann::ordered_json::parse(content);
        doc["quizzes"].erase("knowledge");
        const nlohmann::ordered_json j = nlohmann::ordered_json::parse(CheckContent(doc.dump(), "", "c.json", true).out);
        CHECK(j["valid"] == true);
        CHECK(j["passMark"].is_null());
    }
    SECTION("a file that cannot be read: exit 2, said in both forms") {
        const CheckReport people = CheckFile("/nonexistent/c.json", false);
        CHECK(people.exit_code == kCheckUnreadable);
        CHECK(people.err == "/nonexistent/c.json: cannot open /nonexistent/c.json: check the path and permissions\n");
        const nlohmann::ordered_json j = nlohmann::ordered_json::parse(CheckFile("/nonexistent/c.json", true).out);
        CHECK(j["readable"] == false);
        CHECK(j["problems"][0]["code"] == "file.unreadable");
    }
}
