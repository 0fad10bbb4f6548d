// libFuzzer target: messages from the host page (postMessage commands).
#include "crossroads/host.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const crossroads::HostCommand c = crossroads::ParseHostCommand(std::string_view(reinterpret_cast<const char*>(data), size));
    if (c.kind == crossroads::HostCommand::Kind::Invalid && c.error.empty()) __builtin_trap(); // ignored without saying why
    return 0;
}
