// The desktop program's command line, parsed without side effects so it can be tested.
#pragma once

#include "crossroads/session.hpp"

#include <string>
#include <vector>

namespace crossroads {

struct CliOptions {
    enum class Mode { Run, Check, Screenshot, Strings, Help, Version, Error } mode = Mode::Run;
    std::string content_path; // --content FILE (Run, Screenshot) or the file of --check
    std::string screenshot_path;
    bool has_view = false;
    View view = View::Compare;
    bool has_theme = false;
    Theme theme = Theme::Light;
    int width = 1280;
    int height = 800;
    int frames = 4; // frames drawn before a screenshot (layout settles in two)
    bool watch = false; // --watch: reload the --content file when it changes
    bool json = false;  // --json: --check reports as JSON on stdout
    bool edit = false;  // --edit [FILE]: author mode, editing FILE (a new comparison when absent)
    std::string edit_path;
    std::string language;      // --lang CODE: the interface's language (BCP 47); empty = the system's
    // --strings export DIR | --strings check [DIR]: the message catalogue's tools.
    enum class StringsAction { Export, Check } strings_action = StringsAction::Check;
    std::string strings_dir;   // export: where to write; check: where the .po files are (empty = built in)
    std::string error; // for Mode::Error: what was wrong, for the user
};

CliOptions ParseCommandLine(const std::vector<std::string>& args); // args without the program name

const char* kCliUsage();

} // namespace crossroads
