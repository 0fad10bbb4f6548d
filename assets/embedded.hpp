// Files compiled into the program by assets/CMakeLists.txt. Each array ends with a
// zero byte that `_size` does not count.
#pragma once

#include <cstddef>

namespace crossroads::assets {
extern const unsigned char kFontRegular[];
extern const std::size_t kFontRegular_size;
extern const unsigned char kFontSemiBold[];
extern const std::size_t kFontSemiBold_size;
extern const unsigned char kFontCjkNames[]; // the CJK glyphs of the language menu's names
extern const std::size_t kFontCjkNames_size;
extern const unsigned char kDefaultContent[];
extern const std::size_t kDefaultContent_size;
} // namespace crossroads::assets
