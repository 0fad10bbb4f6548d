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

std::optional<Rgb> ParseHexColour(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    double channel[3] = {};
    for (std::size_t i = 0; i < 3; ++i) {
        int value = 0;
        for (std::size_t j = 0; j < 2; ++j) {
            const char c = text[1 + i * 2 + j];
            int digit = -1;
            if (c >= '0' && c <= '9') digit = c - '0';
            else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
            if (digit < 0) return std::nullopt;
            value = value * 16 + digit;
        }
        channel[i] = value / 255.0;
    }
    return Rgb{channel[0], channel[1], channel[2]};
}

std::string HexColour(Rgb colour) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "#";
    for (const double c : {colour.r, colour.g, colour.b}) {
        const int v = static_cast<int>(std::lround(std::clamp(c, 0.0, 1.0) * 255.0));
        out += kDigits[v / 16];
        out += kDigits[v % 16];
    }
    return out;
}

Rgb Readable(Rgb colour, const std::vector<Rgb>& grounds, double ratio) {
    auto worst = [&](Rgb c) {
        double least = 21.0;
        for (const Rgb& g : grounds) least = std::min(least, ContrastRatio(c, g));
        return least;
    };
    if (grounds.empty() || worst(colour) >= ratio) return colour;
    // Toward whichever end contrasts more with the grounds; then the least mix that is enough
    // (contrast grows steadily along the way, so halving finds it).
    const Rgb end = worst(Rgb{0, 0, 0}) >= worst(Rgb{1, 1, 1}) ? Rgb{0, 0, 0} : Rgb{1, 1, 1};
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 30; ++i) {
        const double mid = (lo + hi) / 2;
        (worst(Over(end, mid, colour)) >= ratio ? hi : lo) = mid;
    }
    // Rounded to whole bytes as the screen shows it, the colour must still be enough.
    Rgb out = Over(end, hi, colour);
    for (int step = 0; step < 8 && worst(*ParseHexColour(HexColour(out))) < ratio; ++step) {
        hi = std::min(1.0, hi + 1.0 / 255.0);
        out = Over(end, hi, colour);
    }
    return *ParseHexColour(HexColour(out));
}

} // namespace crossroads
