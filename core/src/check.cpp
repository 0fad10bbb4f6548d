#include "crossroads/check.hpp"

#include "crossroads/loader.hpp"
#include "crossroads/text_version.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace crossroads {

namespace {
const char* SeverityWord(Severity s) { return s == Severity::Warning ? "warning" : "error"; }

std::string JsonReport(const LoadResult& result, std::string_view file, bool readable) {
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const Problem& p : result.problems)
        problems.push_back({{"code", p.code}, {"path", p.path}, {"severity", SeverityWord(p.severity)},
                            {"message", p.message}});
    nlohmann::ordered_json report = {{"file", file}, {"readable", readable}, {"valid", readable && result.Ok()},
                             {"problems", std::move(problems)}, {"title", nullptr}, {"pageTitle", nullptr}, {"passMark", nullptr}};
    if (readable && result.Ok()) {
        report["title"] = result.content.title;
        report["pageTitle"] = PageTitle(result.content.title);
        // The pass mark exists only where the content has a knowledge check.
        if (result.content.quizzes.knowledge.present) report["passMark"] = result.content.quizzes.knowledge.pass_mark;
    }
    // Replace, never abort, should a path from the command line not be UTF-8.
    return report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}
} // namespace

CheckReport CheckContent(const std::optional<std::string>& bytes, std::string_view read_error,
                         std::string_view file, bool json, const std::optional<std::string>& source) {
    CheckReport report;
    LoadResult result;
    if (bytes) {
        result = source ? LoadTranslation(*source, *bytes) : LoadContent(*bytes);
        report.exit_code = result.Ok() ? kCheckValid : kCheckProblems;
    } else {
        result.problems.push_back(UnreadableFile(std::string(read_error)));
        report.exit_code = kCheckUnreadable;
    }
    if (json) {
        report.out = JsonReport(result, file, bytes.has_value());
    } else {
        for (const Problem& p : result.problems) report.err += FormatProblem(p, file) + "\n";
    }
    return report;
}

CheckReport CheckFile(const std::string& path, bool json) {
    std::string error;
    const std::optional<std::string> bytes = ReadWholeFile(path, error);
    std::optional<std::string> source;
    const std::string source_path = TranslationSourcePath(path);
    std::string source_error;
    if (!source_path.empty()) source = ReadWholeFile(source_path, source_error);
    return CheckContent(bytes, error, path, json, source);
}

std::optional<std::string> ReadWholeFile(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open " + path;
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        error = "cannot read " + path;
        return std::nullopt;
    }
    return buffer.str();
}

bool WriteWholeFile(const std::string& path, std::string_view bytes, std::string& error) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        error = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        error = "cannot write " + path + " (is the disk full?)";
        std::remove(path.c_str());
        return false;
    }
    return true;
}

} // namespace crossroads
