// URL parameters and the fragment: how a link (or a course page) opens Crossroads.
// Parsed here so that every malformed value becomes a warning, never a crash.
#pragma once

#include "crossroads/session.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crossroads {

enum class ThemeSetting { Light, Dark, Auto };

struct UrlParams {
    std::optional<View> view;
    std::optional<QuizKind> quiz;
    std::optional<ThemeSetting> theme;
    std::string content;               // a same-origin URL of a content file, or empty
    std::string content_refused;       // a content URL on another site, refused: the page says so
    std::string language;              // lang=de: the interface's language (a code of i18n::Languages()), or empty
    std::optional<std::uint32_t> seed; // the knowledge check's first shuffle (tests, shared classes)
    bool embed = false;                // embed=1: inside a course page
    bool author = false;               // author=1 or view=author: the Author tab is shown
    std::string parent_origin;         // parentOrigin=https://host: the only origin events go to and commands come from
    std::string result;                // result=fit:...: a quiz result to show read-only (result_link.hpp reads it)
    std::vector<std::string> warnings; // one per parameter that was ignored, for the console
};

// `query` is location.search ("?view=ladder&theme=dark"), `fragment` is location.hash
// ("#view=quiz&quiz=fit"); the fragment wins where both name the same thing. `origin` is
// the page's origin ("https://example.org"), used to refuse content from elsewhere.
UrlParams ParseUrlParams(std::string_view query, std::string_view fragment, std::string_view origin);

// The fragment that reopens the current view: "view=ladder", "view=quiz&quiz=fit".
std::string FragmentFor(const Session& session);

std::string PercentDecode(std::string_view text);
// encodeURIComponent's rule: every byte but A-Z a-z 0-9 - _ . ! ~ * ' ( ) as %XX.
std::string PercentEncode(std::string_view text);
// A query or fragment ("?a=1&b=x%20y", "#view=quiz") as decoded name/value pairs, in order.
std::vector<std::pair<std::string, std::string>> QueryPairs(std::string_view text);
// True for a relative URL, or an absolute one on `origin`.
bool IsSameOrigin(std::string_view url, std::string_view origin);
// "https://host" or "http://host:port", nothing after: what postMessage accepts as a target.
bool IsOrigin(std::string_view text);

} // namespace crossroads
