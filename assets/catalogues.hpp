// The interface's messages compiled into the native program (assets/CMakeLists.txt): the
// template xgettext made from the sources, and the translations in assets/i18n/.
#pragma once

#include <string_view>
#include <vector>

namespace crossroads::assets {
struct EmbeddedFile {
    std::string_view name; // "de.po"
    std::string_view text;
};
extern const std::string_view kStringsTemplate;
extern const std::vector<EmbeddedFile> kCatalogues;          // "de.po", ...
extern const std::vector<EmbeddedFile> kContentTranslations; // "em-vs-tl.de.json", ...: of the default content
extern const std::vector<EmbeddedFile> kCjkFonts;            // "noto-sans-jp-regular.ttf", "noto-sans-jp-bold.ttf"
} // namespace crossroads::assets
