#include "crossroads/input.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace crossroads;

TEST_CASE("a wheel delta in pixels, lines or pages", "[input]") {
    CHECK(WheelPixels(5, WheelMode::Pixel, 600) == Approx(5));
    CHECK(WheelPixels(-600, WheelMode::Pixel, 600) == Approx(-600));
    CHECK(WheelPixels(3, WheelMode::Line, 600) == Approx(120));
    CHECK(WheelPixels(1, WheelMode::Page, 600) == Approx(525));
}

TEST_CASE("the finger's speed comes from its last 100 ms", "[input]") {
    VelocityTracker t;
    CHECK(t.Velocity() == 0);
    t.Add(0.0, 0);
    CHECK(t.Velocity() == 0); // one sample: no speed
    // Slow at first, then 20 px every 10 ms (2,000 px/s): only the recent part counts.
    t.Add(0.5, 10);
    for (int i = 1; i <= 12; ++i) t.Add(0.5 + i * 0.01, 10.0f + static_cast<float>(i) * 20.0f);
    CHECK(t.Velocity() == Approx(2000).margin(1));
    // More samples than it keeps: still the recent speed, upwards now.
    for (int i = 1; i <= 40; ++i) t.Add(1.0 + i * 0.01, 500.0f - static_cast<float>(i) * 5.0f);
    CHECK(t.Velocity() == Approx(-500).margin(1));
    // Lifted right after the last move: the speed stands; held still first: no speed.
    t.Lift(1.40 + 0.01);
    CHECK(t.Velocity() == Approx(-500).margin(1));
    t.Lift(1.40 + 0.2);
    CHECK(t.Velocity() == 0);
    t.Reset();
    CHECK(t.Velocity() == 0);
}

TEST_CASE("a fling slows down as iOS's does and stops", "[input]") {
    float speed = FlingStart(2000);
    REQUIRE(speed == Approx(2000));
    // One second at 0.998 per ms keeps 0.998^1000 (13.5 %) of the speed.
    float moved = 0;
    for (int i = 0; i < 60; ++i) moved += FlingStep(speed, 1.0 / 60);
    CHECK(speed == Approx(2000 * std::pow(0.998, 1000)).epsilon(0.001));
    // The distance is the integral of the speed: the same in one step or in sixty.
    float speed2 = 2000;
    CHECK(FlingStep(speed2, 1.0) == Approx(moved).epsilon(0.001));
    CHECK(moved > 0);
    CHECK(moved < 2000); // slower than the start all the way
    // It comes to rest by itself.
    int frames = 0;
    while (speed != 0 && frames < 10000) { FlingStep(speed, 1.0 / 60); ++frames; }
    CHECK(speed == 0);
    CHECK(frames < 400);
    // Upwards is the mirror image.
    float up = -2000, down = 2000;
    CHECK(FlingStep(up, 0.1) == Approx(-FlingStep(down, 0.1)));
}

TEST_CASE("a release starts a fling only when the finger was moving", "[input]") {
    CHECK(FlingStart(50) == 0);      // lifted at rest: it stays
    CHECK(FlingStart(-50) == 0);
    CHECK(FlingStart(20000) == Approx(kFlingMaxSpeed));
    CHECK(FlingStart(-20000) == Approx(-kFlingMaxSpeed));
    float zero = 0;
    CHECK(FlingStep(zero, 0.1) == 0);
}
