// PNG files of screenshots, through stb_image_write (Debian's libstb-dev), the encoder most
// Dear ImGui tools use.
#pragma once

#include <cstdint>
#include <vector>

namespace crossroads {

// rgba holds width * height * 4 bytes, top row first unless flip_rows is set
// (OpenGL's glReadPixels returns the bottom row first). Empty when there is nothing to encode.
std::vector<std::uint8_t> EncodePng(int width, int height, const std::uint8_t* rgba, bool flip_rows);

} // namespace crossroads
