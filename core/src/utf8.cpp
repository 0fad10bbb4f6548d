#include "crossroads/utf8.hpp"

#include <algorithm>

namespace crossroads::utf8 {

std::size_t Boundary(std::string_view text, std::size_t at) {
    at = std::min(at, text.size());
    while (at > 0 && at < text.size() && IsContinuation(text[at])) --at;
    return at;
}

std::size_t Previous(std::string_view text, std::size_t at) {
    at = Boundary(text, at);
    if (at == 0) return 0;
    do --at;
    while (at > 0 && IsContinuation(text[at]));
    return at;
}

std::size_t PrefixBytes(std::string_view text, std::size_t characters) {
    std::size_t end = 0;
    for (std::size_t n = 0; end < text.size() && n < characters; ++n) {
        do ++end;
        while (end < text.size() && IsContinuation(text[end]));
    }
    return end;
}

} // namespace crossroads::utf8
