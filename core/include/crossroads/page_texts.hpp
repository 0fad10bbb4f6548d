// The web page's own texts, outside the canvas: the loading screen, the failure messages
// of web/boot.js and web/bridge.js, the canvas's label and help, the text version's frame.
// They are catalogue messages like the canvas's. English stays written in the page
// (web/index.html, web/boot.js, web/bridge.js) so that it shows before any code runs; a
// Catch2 test holds those texts to the English here. The other languages reach the page
// twice: at build time as i18n/page.json (tools/page_texts_main.cpp) for what shows before
// the app runs, and from the app itself once it has chosen the language.
#pragma once

#include "crossroads/i18n.hpp"

#include <nlohmann/json.hpp>

namespace crossroads {

// Every page text in the catalogue's language, by id ("page.loading": "Loading ..."):
// English for the default Tr.
nlohmann::ordered_json PageTexts(const i18n::Tr& tr);

// i18n/page.json: {"de": {...}, "ja": {...}, "en-XA": {...}}, every language but English,
// for boot.js to show the page in the learner's language before the app runs. `catalogues`
// are the translations (assets/i18n/*.po) by file name; a language's missing file is a
// problem, and its page stays English.
nlohmann::ordered_json PageTextsFile(const std::vector<i18n::NamedText>& catalogues, std::vector<Problem>& problems);

} // namespace crossroads
