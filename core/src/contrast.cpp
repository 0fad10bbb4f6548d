#include "crossroads/contrast.hpp"

#include <algorithm>
#include <cmath>

namespace crossroads {

namespace {
double Linear(double channel) {
    const double c = std::clamp(channel, 0.0, 1.0);
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
} // namespace

double RelativeLuminance(Rgb colour) {
    return 0.2126 * Linear(colour.r) + 0.7152 * Linear(colour.g) + 0.0722 * Linear(colour.b);
}

double ContrastRatio(Rgb a, Rgb b) {
    const double la = RelativeLuminance(a), lb = RelativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb Over(Rgb colour, double alpha, Rgb background) {
    const double t = std::clamp(alpha, 0.0, 1.0);
    return {background.r + (colour.r - background.r) * t, background.g + (colour.g - background.g) * t,
            background.b + (colour.b - background.b) * t};
}

} // namespace crossroads
