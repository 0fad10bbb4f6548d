#include "crossroads/png.hpp"

#include <catch2/catch.hpp>

#include <cstring>

using namespace crossroads;

namespace {
std::uint32_t Be32(const std::vector<std::uint8_t>& b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}
} // namespace

TEST_CASE("checksums match their reference values", "[png]") {
    const char* digits = "123456789";
    CHECK(Crc32(reinterpret_cast<const std::uint8_t*>(digits), 9) == 0xCBF43926u);
    const char* wiki = "Wikipedia";
    CHECK(Adler32(reinterpret_cast<const std::uint8_t*>(wiki), 9) == 0x11E60398u);
}

TEST_CASE("PNG encoding", "[png]") {
    const int w = 3, h = 2;
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(w * h * 4));
    for (std::size_t i = 0; i < rgba.size(); ++i) rgba[i] = static_cast<std::uint8_t>(i * 7);
    const auto png = EncodePng(w, h, rgba.data(), false);
    REQUIRE(png.size() > 8 + 25 + 12);
    CHECK(std::memcmp(png.data(), "\x89PNG\r\n\x1a\n", 8) == 0);
    CHECK(Be32(png, 8) == 13);                              // IHDR length
    CHECK(std::memcmp(png.data() + 12, "IHDR", 4) == 0);
    CHECK(Be32(png, 16) == 3);                              // width
    CHECK(Be32(png, 20) == 2);                              // height
    CHECK(Be32(png, 29) == Crc32(png.data() + 12, 17));     // IHDR CRC covers type + data
    // IDAT holds the raw scanlines in one stored block: filter byte + row, per row.
    const std::uint32_t idat_len = Be32(png, 33);
    CHECK(std::memcmp(png.data() + 37, "IDAT", 4) == 0);
    CHECK(idat_len == 2 + 5 + (1 + 3 * 4) * 2 + 4);
    const std::uint8_t* block = png.data() + 41 + 2 + 5;
    CHECK(block[0] == 0);                                   // filter "none"
    CHECK(std::memcmp(block + 1, rgba.data(), 12) == 0);    // first row as given
    SECTION("flipped rows put the last row first") {
        const auto flipped = EncodePng(w, h, rgba.data(), true);
        CHECK(std::memcmp(flipped.data() + 41 + 7 + 1, rgba.data() + 12, 12) == 0);
    }
    CHECK(std::memcmp(png.data() + png.size() - 8, "IEND", 4) == 0);
}
