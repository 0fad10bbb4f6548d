// Pointer rules shared by every platform: what a wheel event is worth in pixels, when a
// press has moved far enough to be a drag, and how a flicked list keeps moving.
// The numbers follow the platforms people know (named at each constant).
#pragma once

#include <cstddef>

namespace crossroads {

// DOM WheelEvent.deltaMode.
enum class WheelMode { Pixel = 0, Line = 1, Page = 2 };

// One line of a line-based wheel, in CSS px: what Chromium and WebKit scroll per line.
constexpr float kWheelLinePx = 40.0f;
// One page of a page-based wheel: the share of the visible height Chromium scrolls.
constexpr float kWheelPageShare = 0.875f;

// A wheel delta in CSS pixels; `page_px` is the height of what it scrolls.
float WheelPixels(float delta, WheelMode mode, float page_px);

// A touch press that moves less than this (CSS px) is a tap; more, and it drags or scrolls
// (Android's touch slop is 8 dp, iOS's about 10 pt).
constexpr float kTouchSlopPx = 10.0f;

// A fling: the list goes on at the finger's speed on release and slows down as iOS's
// normal deceleration does (0.998 of the speed kept per millisecond). It stops below
// kFlingStopSpeed, and never starts faster than Android's maximum fling speed.
constexpr float kFlingDecayPerMs = 0.998f;
constexpr float kFlingStopSpeed = 10.0f;   // px/s
constexpr float kFlingMaxSpeed = 8000.0f;  // px/s
constexpr double kFlingSampleWindow = 0.1; // s: the finger's speed is read over its last 100 ms
constexpr double kFingerStoppedTime = 0.04; // s: lifted this long after its last move, the finger had stopped (Android's rule)

// The speed (px/s) of a finger from its recent positions.
class VelocityTracker {
public:
    void Reset() { count_ = 0; lifted_ = -1; }
    void Add(double time_s, float position); // a move
    void Lift(double time_s) { lifted_ = time_s; }
    // Speed over the moves within kFlingSampleWindow of the last one; 0 with fewer than two,
    // or when the finger lifted more than kFingerStoppedTime after its last move.
    float Velocity() const;

private:
    static constexpr std::size_t kCapacity = 16;
    double time_[kCapacity] = {};
    float pos_[kCapacity] = {};
    std::size_t count_ = 0; // samples added since Reset (the last kCapacity are kept)
    double lifted_ = -1;    // when the finger lifted; -1 = still down
};

// Advances a fling by `dt_s` seconds: returns how far it moves (px) and slows `speed`
// down; `speed` becomes 0 once it drops below kFlingStopSpeed.
float FlingStep(float& speed, double dt_s);
// The speed a release starts a fling with (clamped to kFlingMaxSpeed; 0 if too slow).
float FlingStart(float finger_speed);

} // namespace crossroads
