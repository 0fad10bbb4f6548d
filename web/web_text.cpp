// The page's hidden <input> (web/bridge.js) and the text field being edited. The browser
// does the typing in a real input: it opens the on-screen keyboard, composes with an
// IME, makes dead keys and AltGr characters, and pastes. The field follows the input's
// value and selection; the input follows changes the app makes itself.
#include "web_app.hpp"

#include <string>

namespace crossroads::web {

void SyncTextInput(WebApp& web) {
    const shell::TextEditUi& t = web.app.text_edit;
    WebApp::TextInput& in = web.text;
    if (t.field.empty()) {
        if (in.open) cr_js_text_close();
        in = WebApp::TextInput{};
        return;
    }
    const shell::UiRect& r = t.rect;
    const shell::UiRect& p = in.place;
    if (!in.open || p.id != t.field || p.x != r.x || p.y != r.y || p.w != r.w || p.h != r.h || in.font_px != t.font_px) {
        cr_js_text_open(r.x, r.y, r.w, r.h, t.font_px, t.label.c_str());
        in.place = r;
        in.place.id = t.field;
        in.font_px = t.font_px;
        in.open = true;
    }
    // Never while an IME composes (setting the value would cancel its composition), nor
    // before the page's last edit has reached the field.
    if ((t.value != in.value || t.sel_start != in.anchor || t.sel_end != in.caret) && t.compose_start < 0 && !t.pending) {
        cr_js_text_set(t.value.c_str(), t.sel_start, t.sel_end);
        in.value = t.value;
        in.anchor = t.sel_start;
        in.caret = t.sel_end;
    }
}

void TextInputFromPage(WebApp& web, std::string value, int anchor, int caret, int compose_start, int compose_end) {
    web.text.value = value;
    web.text.anchor = anchor;
    web.text.caret = caret;
    shell::AppTextInput(web.app, std::move(value), anchor, caret, compose_start, compose_end);
}

} // namespace crossroads::web
