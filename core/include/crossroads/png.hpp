// A minimal PNG encoder (8-bit RGBA, stored deflate blocks) for screenshots:
// no compression library needed, and the output opens in any viewer.
#pragma once

#include <cstdint>
#include <vector>

namespace crossroads {

// rgba holds width * height * 4 bytes, top row first unless flip_rows is set
// (OpenGL's glReadPixels returns the bottom row first).
std::vector<std::uint8_t> EncodePng(int width, int height, const std::uint8_t* rgba, bool flip_rows);

std::uint32_t Crc32(const std::uint8_t* data, std::size_t size, std::uint32_t crc = 0);
std::uint32_t Adler32(const std::uint8_t* data, std::size_t size);

} // namespace crossroads
