// Saving a document on the desktop: atomically, the previous version kept as FILE~.
#include "crossroads/author.hpp"

#include "crossroads/check.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace crossroads::author {

bool SaveFile(const std::string& path, const std::string& text, std::string& error) {
    const std::string temp = path + ".crossroads-saving";
    if (!WriteWholeFile(temp, text, error)) return false;
    std::string read_error;
    if (const std::optional<std::string> previous = ReadWholeFile(path, read_error)) {
        if (!WriteWholeFile(path + "~", *previous, error)) {
            std::remove(temp.c_str());
            error += " (the previous version could not be kept, so nothing was saved)";
            return false;
        }
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        error = "cannot replace " + path + ": " + std::strerror(errno);
        std::remove(temp.c_str());
        return false;
    }
    return true;
}

} // namespace crossroads::author
