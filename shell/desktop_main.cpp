// The desktop program: development, content checking (--check) and screenshots.
#include "app.hpp"
#include "platform.hpp"

#include "crossroads/author.hpp"
#include "crossroads/check.hpp"
#include "crossroads/cli.hpp"
#include "crossroads/png.hpp"
#include "crossroads/version.hpp"
#include "crossroads/watch.hpp"

#include <SDL.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

namespace {

using namespace crossroads;

int Check(const std::string& path, bool json) {
    const CheckReport report = CheckFile(path, json);
    std::cout << report.out;
    std::cerr << report.err;
    return report.exit_code;
}

// --edit [FILE]: the Author view with FILE, or a new comparison that Save writes to FILE.
void StartEditing(shell::AppState& app, const std::string& path_given) {
    app.author.enabled = true;
    app.session.view = View::Author;
    const std::string path = path_given.empty() ? "new-comparison.json" : path_given;
    const std::string name = std::filesystem::path(path).filename().string();
    std::error_code missing;
    const bool exists = std::filesystem::exists(path, missing);
    std::string error;
    if (exists) {
        if (const std::optional<std::string> bytes = ReadWholeFile(path, error)) {
            if (shell::AuthorOpen(app, *bytes, name, path)) return;
            error = app.author.message;
        }
    }
    shell::AuthorNew(app);
    app.author.file_path = path;
    app.author.name = name;
    if (exists) {
        // Not JSON, or unreadable: the file stays as it is until a Save, which keeps it as FILE~.
        app.author.message = error + " A new comparison is open instead; Save writes it to " + path +
                             " and keeps what was there as " + path + "~.";
        app.author.message_is_error = true;
    } else {
        app.author.message = "A new comparison; Save creates " + path + ".";
    }
}

void SaveEdited(shell::AppState& app) {
    app.author.save_requested = false;
    std::string error;
    if (author::SaveFile(app.author.file_path, app.author.doc.Text(), error)) {
        shell::AuthorSaved(app);
        app.author.message.clear();
    } else {
        app.author.message = "Not saved: " + error;
        app.author.message_is_error = true;
        app.author.quit_after_save = false;
    }
}

} // namespace

int main(int argc, char** argv) {
    const CliOptions options = ParseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    switch (options.mode) {
        case CliOptions::Mode::Error: std::cerr << "crossroads: " << options.error << "\n\n" << kCliUsage(); return 2;
        case CliOptions::Mode::Help: std::cout << kCliUsage(); return 0;
        case CliOptions::Mode::Version: std::cout << shell::VersionsText(shell::PlatformVersions()); return 0;
        case CliOptions::Mode::Check: return Check(options.content_path, options.json);
        case CliOptions::Mode::Run:
        case CliOptions::Mode::Screenshot: break;
    }

    shell::AppState app;
    if (options.has_view) app.session.view = options.view;
    if (options.has_theme) app.session.theme = options.theme;
    if (options.content_path.empty()) {
        shell::AppLoadDefaultContent(app);
    } else {
        std::string error;
        if (const std::optional<std::string> bytes = ReadWholeFile(options.content_path, error)) {
            shell::AppLoadContent(app, *bytes, options.content_path);
        } else {
            // Shown in the app as a problem list, like invalid content.
            app.content_name = options.content_path;
            app.problems.push_back(UnreadableFile(error));
        }
    }

    if (options.edit) StartEditing(app, options.edit_path);

    shell::Platform platform;
    shell::PlatformOptions popts;
    popts.width = options.width;
    popts.height = options.height;
    popts.vsync = options.mode != CliOptions::Mode::Screenshot;
    popts.ignore_mouse = options.mode == CliOptions::Mode::Screenshot;
    std::string error;
    if (!shell::PlatformInit(platform, app, popts, error)) {
        std::cerr << "crossroads: " << error << "\n";
        shell::PlatformShutdown(platform);
        return 1;
    }
    int status = 0;
    if (options.mode == CliOptions::Mode::Screenshot) {
        for (int i = 0; i < options.frames; ++i) shell::PlatformFrame(platform, app);
        int w = 0, h = 0;
        const std::vector<std::uint8_t> pixels = shell::PlatformReadPixels(w, h);
        const std::vector<std::uint8_t> png = EncodePng(w, h, pixels.data(), true);
        std::string write_error;
        if (!WriteWholeFile(options.screenshot_path, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()), write_error)) {
            std::cerr << "crossroads: " << write_error << "\n";
            status = 1;
        }
    } else {
        // --watch: the file is looked at every loop turn, and the loop turns at least every
        // half second, so a save shows within about half a second.
        std::optional<FileWatch> watch;
        if (options.watch) watch.emplace(options.content_path);
        while (!platform.quit) {
            if (watch && watch->Poll()) {
                std::string read_error;
                if (const auto bytes = ReadWholeFile(options.content_path, read_error)) shell::AppReloadContent(app, *bytes, options.content_path);
                else {
                    app.reload_problems = {UnreadableFile(read_error)};
                    app.reload_name = options.content_path;
                }
                platform.quiet_frames = 0; // draw until the new layout settles
            }
            shell::PlatformFrame(platform, app);
            if (app.author.save_requested) {
                SaveEdited(app);
                platform.quiet_frames = 0;
            }
            // Closing with unsaved changes asks first (the Author view's question).
            if (app.author.quit_after_save && !app.author.doc.Dirty()) break;
            if (platform.quit && app.author.started && app.author.doc.Dirty() && !app.author.quit_ok) {
                platform.quit = false;
                app.author.quit_asked = true;
                platform.quiet_frames = 0;
            }
            if (app.author.quit_ok) break;
            // Nothing changed for a while: wait for input instead of redrawing at 60 Hz.
            if (shell::PlatformIdle(platform, app)) SDL_WaitEventTimeout(nullptr, 500);
        }
    }
    shell::PlatformShutdown(platform);
    return status;
}
