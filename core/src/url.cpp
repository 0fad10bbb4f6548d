#include "crossroads/url.hpp"

#include "crossroads/i18n.hpp"

#include "crossroads/cmi5.hpp"

#include <cctype>
#include <cstdlib>
#include <cstring>

namespace crossroads {

std::string PercentDecode(std::string_view text) {
    std::string out;
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') out.push_back(' ');
        else if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
            i += 2;
        } else out.push_back(text[i]);
    }
    return out;
}

std::string PercentEncode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || (ch != '\0' && std::strchr("-_.!~*'()", ch) != nullptr)) {
            out.push_back(ch);
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0x0F]);
        }
    }
    return out;
}

bool IsSameOrigin(std::string_view url, std::string_view origin) {
    if (url.empty()) return false;
    if (url.substr(0, 2) == "//" || url.substr(0, 2) == "\\\\") return false; // scheme-relative: another host
    // A scheme ("x:" before any '/', '?' or '#') makes it absolute.
    const std::size_t colon = url.find(':');
    const std::size_t stop = url.find_first_of("/?#");
    if (colon == std::string_view::npos || (stop != std::string_view::npos && stop < colon)) return true; // relative
    if (origin.empty()) return false;
    // Absolute: same origin means the same scheme://host[:port] followed by a path or nothing.
    if (url.substr(0, origin.size()) != origin) return false;
    return url.size() == origin.size() || url[origin.size()] == '/' || url[origin.size()] == '?' || url[origin.size()] == '#';
}

bool IsOrigin(std::string_view text) {
    const std::size_t sep = text.find("://");
    if (sep == std::string_view::npos) return false;
    const std::string_view scheme = text.substr(0, sep), host = text.substr(sep + 3);
    if (scheme != "http" && scheme != "https") return false;
    if (host.empty() || host.size() > 255) return false;
    for (char c : host)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' || c == '[' || c == ']')) return false;
    return true;
}

std::vector<std::pair<std::string, std::string>> QueryPairs(std::string_view text) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!text.empty() && (text.front() == '?' || text.front() == '#')) text.remove_prefix(1);
    while (!text.empty()) {
        const std::size_t amp = text.find('&');
        const std::string_view pair = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        if (pair.empty()) continue;
        const std::size_t eq = pair.find('=');
        out.emplace_back(PercentDecode(pair.substr(0, eq)), eq == std::string_view::npos ? std::string() : PercentDecode(pair.substr(eq + 1)));
    }
    return out;
}

namespace {

constexpr std::size_t kMaxResultLink = 4096;

void ParsePairs(std::string_view text, UrlParams& out, std::string_view origin) {
    for (const auto& pair : QueryPairs(text)) {
        const std::string& key = pair.first;   // named, not bound: C++17 lambdas cannot capture bindings
        const std::string& value = pair.second;
        auto warn = [&](const std::string& why) { out.warnings.push_back("ignored URL parameter \"" + key + "\": " + why); };
        if (key == "view") {
            View v = View::Compare;
            if (ParseView(value, v)) out.view = v;
            else warn("use compare, ladder, quiz or author");
            out.author = out.author || (out.view && *out.view == View::Author);
        } else if (key == "quiz") {
            QuizKind q;
            if (ParseQuizKind(value, q)) out.quiz = q;
            else warn("use fit or knowledge");
        } else if (key == "theme") {
            if (value == "light") out.theme = ThemeSetting::Light;
            else if (value == "dark") out.theme = ThemeSetting::Dark;
            else if (value == "auto") out.theme = ThemeSetting::Auto;
            else warn("use light, dark or auto");
        } else if (key == "content") {
            if (IsSameOrigin(value, origin)) out.content = value;
            else {
                out.content_refused = value;
                warn("only content files from this site can be loaded");
            }
        } else if (key == "lang") {
            if (const i18n::Language* language = i18n::FindLanguage(value)) out.language = language->code;
            else warn("use " + i18n::LanguageList());
        } else if (key == "seed") {
            char* end = nullptr;
            const unsigned long long v = value.empty() ? 0 : std::strtoull(value.c_str(), &end, 10);
            if (!value.empty() && *end == '\0' && value[0] != '-' && v <= 0xFFFFFFFFull) out.seed = static_cast<std::uint32_t>(v);
            else warn("use a whole number from 0 to 4294967295");
        } else if (key == "author") {
            if (value == "1" || value == "true") out.author = true;
            else if (!(value == "0" || value == "false")) warn("use 1 or 0");
        } else if (key == "embed") {
            if (value == "1" || value == "true") out.embed = true;
            else if (!(value == "0" || value == "false")) warn("use 1 or 0");
        } else if (key == "result") {
            // Read against the content once it is loaded (DecodeResultLink), which says
            // what is wrong with a bad one; only an absurd length is refused here.
            if (value.size() <= kMaxResultLink) out.result = value;
            else warn("too long to be a result link");
        } else if (key == "parentOrigin") {
            if (IsOrigin(value)) out.parent_origin = value;
            else warn("use the host page's origin, like https://courses.example.org");
        } else if (!cmi5::IsLaunchParameter(key)) { // those are read when a cmi5 LMS launched the page
            warn("unknown parameter");
        }
    }
}

} // namespace

UrlParams ParseUrlParams(std::string_view query, std::string_view fragment, std::string_view origin) {
    UrlParams out;
    ParsePairs(query, out, origin);
    ParsePairs(fragment, out, origin);
    return out;
}

std::string FragmentFor(const Session& session) {
    std::string out = std::string("view=") + ToString(session.view);
    if (session.view == View::Quiz) out += std::string("&quiz=") + ToString(session.quiz.active);
    return out;
}

} // namespace crossroads
