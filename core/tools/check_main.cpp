// crossroads-check FILE [--json]: `crossroads --check` without the app (no SDL, no Dear ImGui).
// The web build runs it under node, so packaging a course needs no native build.
#include "crossroads/check.hpp"
#include "crossroads/cli.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace crossroads;
    std::vector<std::string> args{"--check"};
    args.insert(args.end(), argv + 1, argv + argc);
    const CliOptions options = ParseCommandLine(args);
    if (options.mode != CliOptions::Mode::Check) {
        std::cerr << "crossroads-check: " << (options.error.empty() ? "unexpected option" : options.error)
                  << "\nusage: crossroads-check FILE [--json]\n";
        return kCheckUnreadable;
    }
    const CheckReport report = CheckFile(options.content_path, options.json);
    std::cout << report.out;
    std::cerr << report.err;
    return report.exit_code;
}
