#include "crossroads/contrast.hpp"

#include <catch2/catch.hpp>

using namespace crossroads;

TEST_CASE("WCAG contrast ratios", "[contrast]") {
    const Rgb black{0, 0, 0}, white{1, 1, 1};
    CHECK(RelativeLuminance(black) == 0);
    CHECK(RelativeLuminance(white) == Approx(1.0));
    CHECK(ContrastRatio(black, white) == Approx(21.0));
    CHECK(ContrastRatio(white, black) == Approx(21.0)); // order does not matter
    CHECK(ContrastRatio(white, white) == Approx(1.0));
    // #777777 on white is the classic just-failing grey: 4.48:1.
    const double grey = 0x77 / 255.0;
    CHECK(ContrastRatio({grey, grey, grey}, white) == Approx(4.48).margin(0.01));
    // Pure red on white: 4.0:1.
    CHECK(ContrastRatio({1, 0, 0}, white) == Approx(4.0).margin(0.01));
    // Channels outside 0..1 are clamped, never NaN.
    CHECK(ContrastRatio({2, -1, 0.5}, {1, 0, 0.5}) == Approx(1.0));
}

TEST_CASE("a translucent colour is judged as it shows over its background", "[contrast]") {
    const Rgb white{1, 1, 1}, black{0, 0, 0};
    const Rgb half = Over(black, 0.5, white);
    CHECK(half.r == Approx(0.5));
    CHECK(Over(black, 0, white).g == Approx(1.0));
    CHECK(Over(black, 1, white).b == Approx(0.0));
    CHECK(ContrastRatio(Over(black, 0.5, white), white) < ContrastRatio(black, white));
}

TEST_CASE("content colours are read as #rrggbb and written back the same", "[contrast]") {
    const auto c = ParseHexColour("#2F54c8");
    REQUIRE(c);
    CHECK(c->r == Approx(0x2f / 255.0));
    CHECK(c->b == Approx(0xc8 / 255.0));
    CHECK(HexColour(*c) == "#2f54c8");
    for (const char* bad : {"", "#", "2f54c8", "#2f54c", "#2f54c80", "#2g54c8", "#2f54c8 ", "red"}) {
        INFO(bad);
        CHECK_FALSE(ParseHexColour(bad));
    }
}

TEST_CASE("any colour is made readable on light and on dark grounds, keeping what already is", "[contrast]") {
    const std::vector<Rgb> light{{1, 1, 1}, {0.93, 0.945, 0.96}};
    const std::vector<Rgb> dark{{0.075, 0.086, 0.11}, {0.14, 0.165, 0.21}};
    // Every colour of a 9-step grid over the whole sRGB cube, as a byte-rounded hex colour.
    int changed = 0;
    for (int r = 0; r <= 8; ++r)
        for (int g = 0; g <= 8; ++g)
            for (int b = 0; b <= 8; ++b) {
                const Rgb c{r / 8.0, g / 8.0, b / 8.0};
                for (const auto* grounds : {&light, &dark}) {
                    const Rgb out = Readable(c, *grounds);
                    INFO(HexColour(c) << " -> " << HexColour(out));
                    CHECK(ParseHexColour(HexColour(out))); // whole bytes, as drawn
                    for (const Rgb& g2 : *grounds) CHECK(ContrastRatio(out, g2) >= kTextContrast);
                    bool enough = true;
                    for (const Rgb& g2 : *grounds) enough = enough && ContrastRatio(c, g2) >= kTextContrast;
                    if (enough) CHECK(HexColour(out) == HexColour(c));
                    else ++changed;
                }
            }
    CHECK(changed > 100);
    // The hue stays: a pale yellow on white becomes a darker yellow, not a grey.
    const Rgb gold = Readable(*ParseHexColour("#ffd700"), light);
    CHECK(gold.r > gold.g);
    CHECK(gold.g > gold.b);
    CHECK(ContrastRatio(gold, light[1]) < kTextContrast + 0.2); // no darker than the darker ground needs
}
