#include "crossroads/page_texts.hpp"

namespace crossroads {

nlohmann::ordered_json PageTexts(const i18n::Tr& tr) {
    return {
        // TRANSLATORS: the loading screen's heading (the app's name and its question)
        {"page.heading", tr("page.heading", "Crossroads: Engineering Manager or Tech Lead?")},
        // TRANSLATORS: the loading screen's introduction; screen readers also read it as the canvas's description
        {"page.intro", tr("page.intro", "Compare the two roles side by side, follow each career path on the ladder, and see which one fits you, all drawn from one article on both roles.")},
        {"page.loading", tr("page.loading", "Loading Crossroads\u2026")},
        // TRANSLATORS: the canvas's accessible name, read by screen readers
        {"page.canvasLabel", tr("page.canvasLabel", "Crossroads: compare Engineering Manager and Tech Lead")},
        // TRANSLATORS: read by screen readers on the canvas; H and T are the keys themselves, which do not change with the language
        {"page.canvasHelp", tr("page.canvasHelp", "Use Tab and Shift+Tab to move between the controls, and Space or Enter to use them. On the career ladder, the arrow keys select roles, H marks where you are and T your target. Everything is also in the text version, the first link on the page.")},
        // TRANSLATORS: the page's first link (shown when it has the keyboard focus): the same content as plain HTML
        {"page.textLink", tr("page.textLink", "Text version")},
        {"page.textHeading", tr("page.textHeading", "Crossroads: Engineering Manager or Tech Lead? (text version)")},
        {"page.textClose", tr("page.textClose", "Back to the interactive version")},
        {"page.retry", tr("page.retry", "Try again")},
        {"page.fallback", tr("page.fallback", "Use the default content")},
        {"page.noWebGL2.title", tr("page.noWebGL2.title", "Your browser cannot draw Crossroads")},
        {"page.noWebGL2.text", tr("page.noWebGL2.text", "Crossroads needs WebGL 2, which this browser has turned off or does not support.\nTry an up-to-date Firefox, Chrome, Edge or Safari, turn on hardware acceleration in the browser settings, or open the page on another device.")},
        {"page.textFailed", tr("page.textFailed", "The text version could not be downloaded")},
        {"page.checkConnection", tr("page.checkConnection", "Check your connection and try again.")},
        {"page.contextLost.title", tr("page.contextLost.title", "The graphics context was lost")},
        {"page.contextLost.text", tr("page.contextLost.text", "The browser took the graphics context away (for example after a GPU reset). Crossroads carries on by itself when the browser gives it back, and your progress is saved. If this message stays, reload the page.")},
        {"page.stopped.title", tr("page.stopped.title", "Crossroads stopped")},
        // TRANSLATORS: {what} is the browser's own words for the error, in English
        {"page.stopped.text", tr("page.stopped.text", "Something went wrong while loading or running the app ({what}). Check your connection and try again.")},
        {"page.download.title", tr("page.download.title", "Crossroads could not be downloaded")},
        // TRANSLATORS: {why} is the browser's own words for the error, in English
        {"page.download.part", tr("page.download.part", "Part of the app did not arrive ({why}). Check your connection and try again.")},
        {"page.download.files", tr("page.download.files", "The app files did not arrive. Check your connection and try again.")},
        {"page.problems.title", tr("page.problems.title", "This content file has problems")},
        // TRANSLATORS: {name} is the content file's name; the list of its problems follows
        {"page.problems.text", tr("page.problems.text", "{name} cannot be shown. Fix these and reload the page:")},
    };
}

nlohmann::ordered_json PageTextsFile(const std::vector<i18n::NamedText>& catalogues, std::vector<Problem>& problems) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const i18n::Language& language : i18n::Languages()) {
        if (std::string_view(language.code) == "en") continue;
        i18n::Catalogue catalogue;
        if (language.has_catalogue) {
            const std::string name = std::string(language.code) + ".po";
            const i18n::NamedText* file = nullptr;
            for (const i18n::NamedText& c : catalogues)
                if (c.name == name) file = &c;
            if (!file) {
                problems.push_back({code::kFileUnreadable, name, "no translation file for " + std::string(language.code)});
                continue;
            }
            std::vector<Problem> own;
            catalogue = i18n::Catalogue::FromPo(i18n::ParsePo(file->text, own), own);
            for (Problem& p : own) p.path = name + ":" + p.path;
            problems.insert(problems.end(), own.begin(), own.end());
        } else {
            catalogue = i18n::PseudoCatalogue();
        }
        out[language.code] = PageTexts(i18n::Tr(&catalogue));
    }
    return out;
}

} // namespace crossroads
