#include "crossroads/watch.hpp"

#include <system_error>
#include <utility>

namespace crossroads {

FileWatch::FileWatch(std::string path) : path_(std::move(path)), last_(Read()) {}

FileWatch::Stamp FileWatch::Read() const {
    // The error_code overloads: a file being rewritten may vanish for a moment; that is
    // a state like any other, never an exception.
    std::error_code ec;
    Stamp s;
    s.exists = std::filesystem::is_regular_file(path_, ec) && !ec;
    if (!s.exists) return s;
    s.time = std::filesystem::last_write_time(path_, ec);
    if (ec) return Stamp{};
    s.size = std::filesystem::file_size(path_, ec);
    if (ec) return Stamp{};
    return s;
}

bool FileWatch::Poll() {
    const Stamp now = Read();
    if (!(now != last_)) return false;
    last_ = now;
    return true;
}

} // namespace crossroads
