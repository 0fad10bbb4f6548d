#include "crossroads/png.hpp"

#include <catch2/catch.hpp>

// The decoder of the same library reads the PNGs back.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#include <stb/stb_image.h>

#include <cstring>
#include <memory>

using namespace crossroads;

namespace {
// The pixels of a PNG, top row first, or empty when it does not decode as w x h RGBA.
std::vector<std::uint8_t> Decode(const std::vector<std::uint8_t>& png, int w, int h) {
    int dw = 0, dh = 0, channels = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(png.data(), static_cast<int>(png.size()), &dw, &dh, &channels, 4), stbi_image_free);
    if (!pixels || dw != w || dh != h) return {};
    return {pixels.get(), pixels.get() + static_cast<std::size_t>(w * h * 4)};
}
} // namespace

TEST_CASE("PNG encoding", "[png]") {
    const int w = 3, h = 2;
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(w * h * 4));
    for (std::size_t i = 0; i < rgba.size(); ++i) rgba[i] = static_cast<std::uint8_t>(i * 7);
    const std::vector<std::uint8_t> png = EncodePng(w, h, rgba.data(), false);
    REQUIRE(png.size() > 8);
    CHECK(std::memcmp(png.data(), "\x89PNG\r\n\x1a\n", 8) == 0);
    SECTION("it decodes to the same pixels") { CHECK(Decode(png, w, h) == rgba); }
    SECTION("flipped rows put the last row first") {
        std::vector<std::uint8_t> flipped_rows(rgba.begin() + 12, rgba.end());
        flipped_rows.insert(flipped_rows.end(), rgba.begin(), rgba.begin() + 12);
        CHECK(Decode(EncodePng(w, h, rgba.data(), true), w, h) == flipped_rows);
    }
    SECTION("nothing to encode gives no bytes") {
        CHECK(EncodePng(0, 2, rgba.data(), false).empty());
        CHECK(EncodePng(3, 2, nullptr, false).empty());
    }
}
