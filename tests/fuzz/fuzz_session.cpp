// libFuzzer target: the stored-session decoder (localStorage value, SCORM suspend data).
// Property: whatever it accepts re-encodes to bytes it accepts again, unchanged.
#include "crossroads/session.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using crossroads::SessionDecode;
    const SessionDecode d = crossroads::DecodeSession(std::string_view(reinterpret_cast<const char*>(data), size));
    if (d.status != SessionDecode::Status::Ok) {
        if (d.status != SessionDecode::Status::Empty && d.problem.empty()) __builtin_trap(); // refused without saying why
        return 0;
    }
    const std::string once = crossroads::EncodeSession(d.session);
    const SessionDecode again = crossroads::DecodeSession(once);
    if (again.status != SessionDecode::Status::Ok || crossroads::EncodeSession(again.session) != once) __builtin_trap();
    return 0;
}
