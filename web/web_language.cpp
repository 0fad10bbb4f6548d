// Switching the interface's language on the web: the catalogue (i18n/LANG.po), the
// content's translation (NAME.LANG.json beside the content) and, for Japanese, the CJK
// fonts are downloaded first, so the English first load carries none of them.
#include "web_app.hpp"

#include "crossroads/i18n.hpp"
#include "crossroads/loader.hpp"
#include "crossroads/page_texts.hpp"

#include <emscripten.h>

#include <algorithm>

namespace crossroads::web {

namespace {

// What a download is, in its tag: tag = generation * kKinds + kind.
enum class File : int { Catalogue = 0, Content = 1, CjkRegular = 2, CjkBold = 3 };
constexpr int kKinds = 4;

// Where the content's translation into `code` is: beside the content= file, or beside the
// default content as build-wasm.sh copies it (content/NAME.json).
std::string ContentTranslationUrl(const WebApp& web, const std::string& code) {
    const std::string& name = web.app.content_name;
    const bool from_url = !name.empty() && name != shell::kDefaultContentName;
    return TranslationPath(from_url ? name : std::string("content/") + CROSSROADS_DEFAULT_CONTENT_NAME, code);
}

void Fetch(WebApp& web, File kind, const std::string& url) {
    ++web.language.pending;
    cr_js_fetch_file(&web, web.language.generation * kKinds + static_cast<int>(kind), url.c_str());
}

// <html lang> and the page's own texts (boot.js) follow the app's language.
void TellPage(const WebApp& web, const char* code, bool chosen) {
    cr_js_set_language(code, chosen ? 1 : 0, PageTexts(web.app.tr).dump().c_str());
}

bool NeedsCjkFonts(const std::string& code) { return code == "ja" || code.rfind("ja-", 0) == 0; }

void Apply(WebApp& web) {
    WebApp::LanguageLoad& l = web.language;
    shell::AppState& app = web.app;
    const i18n::Language* language = i18n::FindLanguage(l.code);
    if (!language) return;
    if (l.failed) {
        app.notice = i18n::Format(app.tr("web.language.failed", "The files for {language} could not be downloaded ({why}). Try again from the language menu."),
                                  {{"language", language->name}, {"why", l.why}});
        return;
    }
    if (!l.cjk_regular.empty()) shell::AppSetCjkFonts(app, std::move(l.cjk_regular), std::move(l.cjk_bold));
    shell::AppSetLanguage(app, language->code, l.po);
    // A content file that could not be shown: its problems said again in this language.
    if (!shell::AppHasContent(app) && !app.problems.empty() && app.content_pending.empty()) ShowContentProblems(web);
    // The content follows where it has a translation; the author's document stays as it is.
    if (!web.content_source.empty() && !app.author.started) {
        const std::optional<std::string_view> translation = l.has_content ? std::optional<std::string_view>(l.content) : std::nullopt;
        shell::AppShowContentIn(app, web.content_source, translation, app.content_name);
    }
    TellPage(web, language->code, l.chosen);
}

} // namespace

void RequestLanguage(WebApp& web, const std::string& code, bool chosen) {
    const i18n::Language* language = i18n::FindLanguage(code);
    if (!language) return;
    WebApp::LanguageLoad& l = web.language;
    const int generation = l.generation + 1;
    l = WebApp::LanguageLoad{};
    l.code = language->code;
    l.generation = generation;
    l.chosen = chosen;
    if (language->has_catalogue) Fetch(web, File::Catalogue, std::string("i18n/") + language->code + ".po");
    if (!web.content_source.empty() && std::string_view(language->code) != "en") Fetch(web, File::Content, ContentTranslationUrl(web, language->code));
    if (NeedsCjkFonts(language->code) && web.app.fonts.cjk_regular.empty()) {
        Fetch(web, File::CjkRegular, "fonts/noto-sans-jp-regular.ttf");
        Fetch(web, File::CjkBold, "fonts/noto-sans-jp-bold.ttf");
    }
    if (l.pending == 0) Apply(web);
}

void StartLanguage(WebApp& web, const std::string& url_language, const std::vector<std::string>& lms) {
    const std::vector<std::string> browser = i18n::SplitLanguages(TakeJsString(cr_js_browser_languages()));
    const i18n::Language& language = i18n::StartLanguage(url_language, TakeJsString(cr_js_remembered_language()), lms, browser);
    if (std::string_view(language.code) == "en") TellPage(web, "en", false);
    else RequestLanguage(web, language.code, false);
}

} // namespace crossroads::web

using crossroads::web::WebApp;

extern "C" {
// A language file arrived (status 200) or did not (another status; 0: no answer).
EMSCRIPTEN_KEEPALIVE void cr_file_loaded(WebApp* web, int tag, int status, const char* bytes, int size) {
    WebApp::LanguageLoad& l = web->language;
    if (tag / crossroads::web::kKinds != l.generation || l.pending <= 0) return; // an older choice's
    const auto kind = static_cast<crossroads::web::File>(tag % crossroads::web::kKinds);
    const std::string data = status == 200 && bytes ? std::string(bytes, static_cast<std::size_t>(std::max(size, 0))) : std::string();
    switch (kind) {
        case crossroads::web::File::Catalogue: l.po = data; break;
        case crossroads::web::File::Content: l.content = data; l.has_content = status == 200; break;
        case crossroads::web::File::CjkRegular: l.cjk_regular = data; break;
        case crossroads::web::File::CjkBold: l.cjk_bold = data; break;
    }
    // A content file without a translation is no failure (404): it shows in its own language.
    if (status != 200 && !(kind == crossroads::web::File::Content && status == 404)) {
        l.failed = true;
        l.why = status == 0 ? web->app.tr("web.language.noConnection", "no connection")
                            : crossroads::i18n::Format(web->app.tr("web.language.status", "the server answered {status}"), {{"status", std::to_string(status)}});
    }
    if (--l.pending == 0) crossroads::web::Apply(*web);
    cr_wake(web);
}
}
