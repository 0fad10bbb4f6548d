// The text version: the content and the session as plain, semantic HTML for screen
// readers and keyboard users (WCAG 2.1 AA), built from the same model the canvas draws.
// The comparison is a table with header cells, the ladder nested lists, the quizzes
// forms. Controls carry data-act attributes (and stable ids, so the page can keep the
// focus across a re-render); the page turns them into the same actions the canvas uses.
#pragma once

#include "crossroads/content.hpp"
#include "crossroads/i18n.hpp"
#include "crossroads/session.hpp"

#include <string>
#include <string_view>

namespace crossroads {

// The page's title (the browser tab, the history) for content with this title. index.html
// holds it for the default content; build-wasm.sh --content writes it for another.
std::string PageTitle(std::string_view content_title);

// Text made safe for HTML element content and quoted attribute values.
std::string HtmlEscape(std::string_view text);
// A translated pattern made safe for element content (quotes may stay as written there),
// then filled with values that are HTML already.
std::string HtmlFill(std::string_view pattern, i18n::Args html_values);

// The view the session shows (session.view), as an HTML fragment. The knowledge check
// must have been started (the session's shuffle decides the order shown). Its words are
// in `tr`'s language.
std::string TextVersionHtml(const i18n::Tr& tr, const Content& content, const Session& session);

} // namespace crossroads
