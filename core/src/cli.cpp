#include "crossroads/cli.hpp"

#include "crossroads/i18n.hpp"

#include <cstdlib>

namespace crossroads {

const char* kCliUsage() {
    return "usage: crossroads [--content FILE [--watch]] [--view compare|ladder|quiz] [--theme light|dark]\n"
           "       crossroads --edit [FILE]\n"
           "       crossroads --check FILE [--json]\n"
           "       crossroads --screenshot OUT.png [--view V] [--theme T] [--width W] [--height H] [--content FILE]\n"
           "       crossroads --strings export DIR | --strings check [DIR]\n"
           "       crossroads --version | --help\n"
           "\n"
           "  --check FILE       validate a content file: one 'path: message' line per problem on stderr;\n"
           "                     exit 0 when valid, 1 when it has problems, 2 when it cannot be read\n"
           "  --json             with --check: the verdict, each problem's code and the title and pass\n"
           "                     mark as JSON on stdout, for tools\n"
           "  --screenshot OUT   draw a few frames, write them to OUT as PNG, and exit\n"
           "  --edit [FILE]      author mode: edit FILE with forms (a new comparison when FILE is absent or\n"
           "                     does not exist yet); Save writes it, keeping the previous version as FILE~\n"
           "  --lang CODE        the interface's language: en, de, ja or en-XA (a pseudo-language for\n"
           "                     testing layouts); the default follows LANGUAGE / LANG\n"
           "  --strings export DIR   write the message template (crossroads.pot) and every translation\n"
           "                     brought up to date with it (LANG.po) into DIR, for translators\n"
           "  --strings check [DIR]  check the translations in DIR (default: those built in) against the\n"
           "                     code's messages: missing, changed and unused messages, placeholders\n"
           "  --watch            reload the --content file whenever it changes (for authors); an invalid\n"
           "                     version lists its problems over the last good one until it is fixed\n";
}

namespace {
bool ParseInt(const std::string& text, int lo, int hi, int& out) {
    if (text.empty()) return false;
    char* end = nullptr;
    const long v = std::strtol(text.c_str(), &end, 10);
    if (*end != '\0' || v < lo || v > hi) return false;
    out = static_cast<int>(v);
    return true;
}
} // namespace

CliOptions ParseCommandLine(const std::vector<std::string>& args) {
    CliOptions o;
    auto fail = [&](std::string message) {
        o.mode = CliOptions::Mode::Error;
        o.error = std::move(message);
        return o;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        auto value = [&]() -> const std::string& { return args[++i]; };
        if (a == "--help" || a == "-h") { o.mode = CliOptions::Mode::Help; return o; }
        if (a == "--version") { o.mode = CliOptions::Mode::Version; return o; }
        if (a == "--watch") { o.watch = true; continue; }
        if (a == "--json") { o.json = true; continue; }
        if (a == "--edit") {
            o.edit = true;
            if (has_value && args[i + 1].rfind("--", 0) != 0) o.edit_path = value();
            continue;
        }
        if (a == "--strings") {
            if (!has_value) return fail("--strings takes export DIR or check [DIR]");
            const std::string& action = value();
            o.mode = CliOptions::Mode::Strings;
            if (action == "export") {
                if (i + 1 == args.size() || args[i + 1].rfind("--", 0) == 0) return fail("--strings export needs the folder to write to");
                o.strings_action = CliOptions::StringsAction::Export;
                o.strings_dir = value();
            } else if (action == "check") {
                o.strings_action = CliOptions::StringsAction::Check;
                if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) o.strings_dir = value();
            } else {
                return fail("--strings takes export DIR or check [DIR], not '" + action + "'");
            }
            continue;
        }
        if (a == "--check" || a == "--content" || a == "--lang" || a == "--screenshot" || a == "--view" || a == "--theme" ||
            a == "--width" || a == "--height" || a == "--frames") {
            if (!has_value) return fail(a + " needs a value");
            const std::string& v = value();
            if (a == "--check") { o.mode = CliOptions::Mode::Check; o.content_path = v; }
            else if (a == "--content") o.content_path = v;
            else if (a == "--lang") {
                if (!i18n::FindLanguage(v)) return fail("--lang takes " + i18n::LanguageList() + ", not '" + v + "'");
                o.language = i18n::FindLanguage(v)->code;
            }
            else if (a == "--screenshot") { o.mode = CliOptions::Mode::Screenshot; o.screenshot_path = v; }
            else if (a == "--view") {
                if (!ParseView(v, o.view)) return fail("--view takes compare, ladder, quiz or author, not '" + v + "'");
                o.has_view = true;
            } else if (a == "--theme") {
                if (!ParseTheme(v, o.theme)) return fail("--theme takes light or dark, not '" + v + "'");
                o.has_theme = true;
            } else if (a == "--width") {
                if (!ParseInt(v, 200, 8192, o.width)) return fail("--width takes a number of pixels from 200 to 8192");
            } else if (a == "--height") {
                if (!ParseInt(v, 200, 8192, o.height)) return fail("--height takes a number of pixels from 200 to 8192");
            } else if (!ParseInt(v, 1, 1000, o.frames)) {
                return fail("--frames takes a number from 1 to 1000");
            }
            continue;
        }
        return fail("unknown option '" + a + "'");
    }
    if (o.edit && (o.mode == CliOptions::Mode::Check || o.watch || !o.content_path.empty()))
        return fail("--edit FILE opens the file to edit: it does not go with --check, --content or --watch");
    if (o.mode == CliOptions::Mode::Strings && (o.edit || o.watch || !o.content_path.empty()))
        return fail("--strings works alone: not with --edit, --content or --watch");
    if (o.json && o.mode != CliOptions::Mode::Check) return fail("--json works only with --check FILE");
    if (o.watch && (o.mode != CliOptions::Mode::Run || o.content_path.empty()))
        return fail("--watch needs --content FILE, and works only in the app (not with --check or --screenshot)");
    return o;
}

} // namespace crossroads
