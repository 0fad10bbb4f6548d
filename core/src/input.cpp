#include "crossroads/input.hpp"

#include <algorithm>
#include <cmath>

namespace crossroads {

float WheelPixels(float delta, WheelMode mode, float page_px) {
    switch (mode) {
        case WheelMode::Line: return delta * kWheelLinePx;
        case WheelMode::Page: return delta * page_px * kWheelPageShare;
        case WheelMode::Pixel: break;
    }
    return delta;
}

void VelocityTracker::Add(double time_s, float position) {
    time_[count_ % kCapacity] = time_s;
    pos_[count_ % kCapacity] = position;
    ++count_;
}

float VelocityTracker::Velocity() const {
    if (count_ < 2) return 0.0f;
    const std::size_t last = (count_ - 1) % kCapacity;
    if (lifted_ >= 0 && lifted_ - time_[last] > kFingerStoppedTime) return 0.0f;
    const std::size_t kept = std::min(count_, kCapacity);
    // The oldest sample still inside the window, going back from the last.
    std::size_t first = last;
    for (std::size_t back = 1; back < kept; ++back) {
        const std::size_t i = (count_ - 1 - back) % kCapacity;
        if (time_[last] - time_[i] > kFlingSampleWindow) break;
        first = i;
    }
    const double dt = time_[last] - time_[first];
    if (first == last || dt <= 0) return 0.0f;
    return static_cast<float>((pos_[last] - pos_[first]) / dt);
}

float FlingStep(float& speed, double dt_s) {
    if (speed == 0.0f || dt_s <= 0) return 0.0f;
    // Speed decays as k^t (t in ms); the distance is its integral over the step.
    const double k = std::log(static_cast<double>(kFlingDecayPerMs));
    const double ms = dt_s * 1000.0;
    const double decay = std::pow(static_cast<double>(kFlingDecayPerMs), ms);
    const double moved = static_cast<double>(speed) / 1000.0 * (decay - 1.0) / k; // px
    speed = static_cast<float>(speed * decay);
    if (std::fabs(speed) < kFlingStopSpeed) speed = 0.0f;
    return static_cast<float>(moved);
}

float FlingStart(float finger_speed) {
    if (std::fabs(finger_speed) < kFlingStopSpeed * 10.0f) return 0.0f; // a slow lift is a stop, not a fling
    return std::clamp(finger_speed, -kFlingMaxSpeed, kFlingMaxSpeed);
}

} // namespace crossroads
