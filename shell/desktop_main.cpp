// The desktop program: development, content checking (--check) and screenshots.
#include "app.hpp"
#include "platform.hpp"

#include "crossroads/author.hpp"
#include "crossroads/check.hpp"
#include "crossroads/loader.hpp"
#include "crossroads/cli.hpp"
#include "crossroads/i18n.hpp"
#include "crossroads/png.hpp"
#include "crossroads/version.hpp"
#include "crossroads/watch.hpp"

#include <SDL.h>

#include "catalogues.hpp"
#include "embedded.hpp"

#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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

// The translations to work on: DIR's .po files, or those built in.
bool ReadTranslations(const std::string& dir, std::vector<i18n::NamedText>& out) {
    if (dir.empty()) {
        for (const assets::EmbeddedFile& f : assets::kCatalogues) out.push_back({std::string(f.name), std::string(f.text)});
        return true;
    }
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
        if (entry.path().extension() != ".po") continue;
        std::string problem;
        const std::optional<std::string> text = ReadWholeFile(entry.path().string(), problem);
        if (!text) {
            std::cerr << "crossroads: " << problem << "\n";
            return false;
        }
        out.push_back({entry.path().filename().string(), *text});
    }
    if (error) {
        std::cerr << "crossroads: cannot read the folder " << dir << ": " << error.message() << "\n";
        return false;
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return true;
}

// --strings check [DIR] | --strings export DIR
int Strings(const CliOptions& options) {
    const bool exporting = options.strings_action == CliOptions::StringsAction::Export;
    std::vector<i18n::NamedText> translations;
    if (!ReadTranslations(exporting ? std::string() : options.strings_dir, translations)) return 2;
    if (exporting) {
        std::error_code error;
        std::filesystem::create_directories(options.strings_dir, error);
        for (const i18n::NamedText& file : i18n::ExportCatalogues(assets::kStringsTemplate, translations, CROSSROADS_VERSION)) {
            const std::filesystem::path path = std::filesystem::path(options.strings_dir) / file.name;
            std::ofstream out(path, std::ios::binary);
            if (!(out << file.text)) {
                std::cerr << "crossroads: cannot write " << path.string() << "\n";
                return 2;
            }
            std::cout << "wrote " << path.string() << "\n";
        }
        return 0;
    }
    int errors = 0;
    for (const Problem& p : i18n::CheckCatalogues(assets::kStringsTemplate, translations)) {
        std::cerr << p.path << ": " << (p.severity == Severity::Warning ? "warning: " : "") << p.message << "\n";
        if (p.severity == Severity::Error) ++errors;
    }
    std::cout << translations.size() << " translation(s) checked: " << (errors ? std::to_string(errors) + " error(s)" : std::string("no errors")) << "\n";
    return errors ? 1 : 0;
}

// The system's language preferences, most preferred first: LANGUAGE (a colon list), then the
// locale (LC_ALL, LC_MESSAGES, LANG), "de_DE.UTF-8" read as de-DE.
std::vector<std::string> SystemLanguages() {
    std::vector<std::string> tags;
    auto add = [&](std::string value) {
        value = value.substr(0, value.find_first_of(".@"));
        std::replace(value.begin(), value.end(), '_', '-');
        if (!value.empty() && value != "C" && value != "POSIX") tags.push_back(value);
    };
    if (const char* list = std::getenv("LANGUAGE")) {
        std::string rest = list;
        for (std::size_t at; (at = rest.find(':')) != std::string::npos; rest.erase(0, at + 1)) add(rest.substr(0, at));
        add(rest);
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(name); value && *value) {
            add(value);
            break;
        }
    return tags;
}

std::optional<std::string> Embedded(const std::vector<assets::EmbeddedFile>& files, const std::string& name) {
    for (const assets::EmbeddedFile& f : files)
        if (f.name == name) return std::string(f.text);
    return std::nullopt;
}

// The interface and the content in `language`: the content's translation is the embedded one
// for the default content, else the file beside --content FILE (NAME.LANG.json), if any.
void ShowLanguage(shell::AppState& app, const std::string& language, const std::string& content_path) {
    shell::AppSetLanguage(app, language, Embedded(assets::kCatalogues, language + ".po").value_or(""));
    std::string error;
    if (content_path.empty()) {
        const std::string_view source(reinterpret_cast<const char*>(assets::kDefaultContent), assets::kDefaultContent_size);
        // All embedded content translations are of the default content: NAME.LANG.json.
        std::optional<std::string_view> translation;
        const std::string suffix = "." + language + ".json";
        for (const assets::EmbeddedFile& f : assets::kContentTranslations)
            if (f.name.size() > suffix.size() && f.name.substr(f.name.size() - suffix.size()) == suffix) translation = f.text;
        shell::AppShowContentIn(app, source, translation, shell::kDefaultContentName);
    } else if (const std::optional<std::string> source = ReadWholeFile(content_path, error)) {
        const std::string translation_path = TranslationPath(content_path, language);
        std::error_code missing;
        const std::optional<std::string> translation =
            std::filesystem::exists(translation_path, missing) ? ReadWholeFile(translation_path, error) : std::nullopt;
        shell::AppShowContentIn(app, *source, translation ? std::optional<std::string_view>(*translation) : std::nullopt,
                                translation ? translation_path : content_path);
    }
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
        // TRANSLATORS: {error} says why the file could not be opened; {path} is its path. Save keeps the old file as {path}~.
        app.author.message = i18n::Format(app.tr("author.file.replacing", "{error} A new comparison is open instead; Save writes it to {path} and keeps what was there as {path}~."),
                                          {{"error", error}, {"path", path}});
        app.author.message_is_error = true;
    } else {
        // TRANSLATORS: {path} is the file that Save will create.
        app.author.message = i18n::Format(app.tr("author.file.creating", "A new comparison; Save creates {path}."), {{"path", path}});
    }
}

void SaveEdited(shell::AppState& app) {
    app.author.save_requested = false;
    std::string error;
    if (author::SaveFile(app.author.file_path, app.author.doc.Text(), error)) {
        shell::AuthorSaved(app);
        app.author.message.clear();
    } else {
        // TRANSLATORS: {error} says why (from the system, in English).
        app.author.message = i18n::Format(app.tr("author.save.failed", "Not saved: {error}"), {{"error", error}});
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
        case CliOptions::Mode::Strings: return Strings(options);
        case CliOptions::Mode::Run:
        case CliOptions::Mode::Screenshot: break;
    }

    shell::AppState app;
    shell::AppSetCjkFonts(app, Embedded(assets::kCjkFonts, "noto-sans-jp-regular.ttf").value_or(""),
                          Embedded(assets::kCjkFonts, "noto-sans-jp-bold.ttf").value_or(""));
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

    {
        const std::string language = !options.language.empty() ? options.language : i18n::ChooseLanguage(SystemLanguages()).code;
        if (language != "en" && !options.edit) ShowLanguage(app, language, options.content_path);
        else shell::AppSetLanguage(app, language, Embedded(assets::kCatalogues, language + ".po").value_or(""));
    }
    if (options.edit) StartEditing(app, options.edit_path); // after the language: it says what it opened

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
            if (!app.language_requested.empty()) {
                const std::string language = std::move(app.language_requested);
                app.language_requested.clear();
                // Author mode edits one file: only the interface changes language there.
                if (app.author.started) shell::AppSetLanguage(app, language, Embedded(assets::kCatalogues, language + ".po").value_or(""));
                else ShowLanguage(app, language, options.content_path);
                platform.quiet_frames = 0;
            }
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
