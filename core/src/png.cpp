#include "crossroads/png.hpp"

// Memory only: the caller writes the file. The header sits in a system include folder, so
// its code is exempt from the project's warning flags.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>

#include <cstddef>

namespace crossroads {

namespace {
void Append(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}
} // namespace

std::vector<std::uint8_t> EncodePng(int width, int height, const std::uint8_t* rgba, bool flip_rows) {
    std::vector<std::uint8_t> out;
    if (width <= 0 || height <= 0 || rgba == nullptr) return out;
    const int stride = width * 4;
    // Flipping by a negative stride from the last row, rather than stb's global flip flag.
    const std::uint8_t* first = flip_rows ? rgba + static_cast<std::size_t>(stride) * static_cast<std::size_t>(height - 1) : rgba;
    if (!stbi_write_png_to_func(Append, &out, width, height, 4, first, flip_rows ? -stride : stride)) out.clear();
    return out;
}

} // namespace crossroads
