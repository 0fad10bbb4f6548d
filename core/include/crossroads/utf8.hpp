// Stepping through UTF-8 text by whole characters, for cutting it: a cut inside a
// character's bytes would show as a broken glyph, or make text an LMS or JSON refuses.
// (Checking bytes is IsValidUtf8 in loader.hpp; decoding glyphs is Dear ImGui's.)
#pragma once

#include <cstddef>
#include <string_view>

namespace crossroads::utf8 {

// A byte that continues a character (10xxxxxx) rather than starting one.
constexpr bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
// `at` (clamped to the text) moved back to the start of the character it is in.
std::size_t Boundary(std::string_view text, std::size_t at);
// Where the character before the one at `at` starts (0 at the start).
std::size_t Previous(std::string_view text, std::size_t at);
// The length in bytes of the first `characters` characters (all of a shorter text).
std::size_t PrefixBytes(std::string_view text, std::size_t characters);

} // namespace crossroads::utf8
