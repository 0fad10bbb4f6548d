// Noticing that a file changed, for `crossroads --content FILE --watch`. Polled by the app
// loop (a stat every half second at most costs nothing), so no platform watch API is
// needed. A change is a different modification time or size, or the file coming or going.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace crossroads {

class FileWatch {
public:
    explicit FileWatch(std::string path); // takes the file's present state as seen
    // True once for each change since the last call (or since construction).
    bool Poll();
    const std::string& Path() const { return path_; }

private:
    struct Stamp {
        bool exists = false;
        std::filesystem::file_time_type time{};
        std::uintmax_t size = 0;
        bool operator!=(const Stamp& o) const { return exists != o.exists || time != o.time || size != o.size; }
    };
    Stamp Read() const;
    std::string path_;
    Stamp last_;
};

} // namespace crossroads
