// `--check FILE [--json]`: a content file's verdict, as "path: message" lines for people and
// as JSON for tools (the SCORM packer reads the title and pass mark from it, the schema
// agreement test reads the problem codes). Shared by the desktop program and the core-only
// `crossroads-check`, so both say the same.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crossroads {

// Exit codes of --check: valid, has problems, cannot be read.
enum CheckExit : int { kCheckValid = 0, kCheckProblems = 1, kCheckUnreadable = 2 };

struct CheckReport {
    int exit_code = kCheckValid;
    std::string out; // the JSON report (only with json)
    std::string err; // one line per problem (without json)
};

// `bytes` is the file's content, or nullopt when it could not be read (`read_error`: why).
// `source`: for a translation, its source file's bytes (then only texts may differ).
CheckReport CheckContent(const std::optional<std::string>& bytes, std::string_view read_error,
                         std::string_view file, bool json, const std::optional<std::string>& source = std::nullopt);

// Reads and checks the file at `path`; a translation ("name.de.json" beside "name.json")
// is checked against its source too.
CheckReport CheckFile(const std::string& path, bool json);

// The whole file at `path`, or nullopt with `error` saying why it could not be read.
std::optional<std::string> ReadWholeFile(const std::string& path, std::string& error);
// `bytes` written as the whole file at `path`; false with `error` saying why (a file left
// half written is removed).
bool WriteWholeFile(const std::string& path, std::string_view bytes, std::string& error);

} // namespace crossroads
