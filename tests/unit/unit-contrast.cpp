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
