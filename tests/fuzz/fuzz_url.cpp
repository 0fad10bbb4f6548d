// libFuzzer target: the URL-parameter parser. The input is split at its first two
// newlines into query, fragment and origin.
#include "crossroads/url.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size), parts[3];
    for (int i = 0; i < 2; ++i) {
        const std::size_t nl = in.find('\n');
        parts[i] = in.substr(0, nl);
        in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
    }
    parts[2] = in;
    (void)crossroads::ParseUrlParams(parts[0], parts[1], parts[2]);
    return 0;
}
