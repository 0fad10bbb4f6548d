// WCAG 2.1 contrast maths, so colour choices are checked by tests rather than by eye.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossroads {

// An sRGB colour with channels in 0..1.
struct Rgb {
    double r = 0, g = 0, b = 0;
};

// Relative luminance (WCAG 2.1, "relative luminance"): 0 for black, 1 for white.
double RelativeLuminance(Rgb colour);

// Contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 (same) to 21 (black on white); the
// order of the two colours does not matter.
double ContrastRatio(Rgb a, Rgb b);

// A colour drawn with `alpha` over an opaque background, as the screen shows it.
Rgb Over(Rgb colour, double alpha, Rgb background);

// WCAG 2.1 AA thresholds: text (1.4.3) and essential graphics / UI parts (1.4.11).
inline constexpr double kTextContrast = 4.5;
inline constexpr double kGraphicsContrast = 3.0;

// A content file's colour, "#rrggbb" (either case); nullopt for anything else.
std::optional<Rgb> ParseHexColour(std::string_view text);
// "#rrggbb", lower case.
std::string HexColour(Rgb colour);

// `colour`, made just dark or light enough to reach `ratio` against every one of `grounds`:
// mixed toward black on light grounds or toward white on dark ones, so its hue stays. An
// author's colour is shown this way in both themes (and on paper) without being refused.
Rgb Readable(Rgb colour, const std::vector<Rgb>& grounds, double ratio = kTextContrast);

} // namespace crossroads
