// The browser entry: Emscripten's main loop drives the shared frame, and a small
// JS bridge exposes the automation hook (window.crossroads) to tests and host pages.
// This file and shell/desktop_main.cpp are the only platform-specific C++.
#include "app.hpp"
#include "embedded.hpp"
#include "platform.hpp"

#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <string>

namespace {

using namespace crossroads;

// Everything the page keeps alive; allocated once in main() and handed to the loop
// and the JS bridge as a pointer, so no C++ global is needed.
struct WebApp {
    shell::AppState app;
    shell::Platform platform;
    std::string reply; // the last JSON handed to JS, kept alive until the next call
    bool ready = false;
};

// window.crossroads: state() and rects() parse the JSON the app writes. Rectangles
// come from ImGui in canvas pixels (CSS px) and are moved to viewport coordinates.
EM_JS(void, cr_install_bridge, (WebApp * web), {
    const read = function(fn) { return JSON.parse(UTF8ToString(fn(web))); };
    window.crossroads = {
        state: function() { return read(_cr_state_json); },
        rects: function() {
            const rects = read(_cr_rects_json);
            const box = Module.canvas.getBoundingClientRect();
            for (const id in rects) { rects[id].x += box.left; rects[id].y += box.top; }
            return rects;
        }
    };
});

EM_JS(void, cr_signal_ready, (), {
    document.documentElement.classList.add('cr-ready');
    window.dispatchEvent(new Event('crossroads:ready'));
});

EM_JS(void, cr_show_failure, (const char* title, const char* text), {
    if (window.crossroadsBoot) window.crossroadsBoot.fail(UTF8ToString(title), UTF8ToString(text), false);
});

// The canvas follows its container (#app), whatever sets that size: the window, an
// iframe, the host page's layout.
void FollowContainer(WebApp& web) {
    double css_w = 0, css_h = 0;
    if (emscripten_get_element_css_size("#app", &css_w, &css_h) != EMSCRIPTEN_RESULT_SUCCESS) return;
    const int w = std::max(1, static_cast<int>(std::lround(css_w)));
    const int h = std::max(1, static_cast<int>(std::lround(css_h)));
    int cur_w = 0, cur_h = 0;
    SDL_GetWindowSize(web.platform.window, &cur_w, &cur_h);
    if (w != cur_w || h != cur_h) SDL_SetWindowSize(web.platform.window, w, h);
}

void Frame(void* arg) {
    WebApp& web = *static_cast<WebApp*>(arg);
    FollowContainer(web);
    shell::PlatformFrame(web.platform, web.app);
    // ImGui settles auto-sized items in its second frame: announce readiness after it,
    // so the first rects() a test reads are final.
    if (!web.ready && web.app.frame_count >= 2) {
        web.ready = true;
        cr_signal_ready();
    }
}

} // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* cr_state_json(WebApp* web) {
    web->reply = shell::AppStateJson(web->app);
    return web->reply.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* cr_rects_json(WebApp* web) {
    web->reply = shell::AppRectsJson(web->app);
    return web->reply.c_str();
}
}

int main() {
    auto* web = new WebApp(); // lives as long as the page
    shell::AppLoadContent(web->app, std::string_view(reinterpret_cast<const char*>(assets::kDefaultContent),
                                                     assets::kDefaultContent_size), "the default content");
    // Keys go to the canvas only while it has focus: the host page keeps its keyboard.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    double css_w = 1280, css_h = 800;
    emscripten_get_element_css_size("#app", &css_w, &css_h);
    shell::PlatformOptions options;
    options.gles = true;
    options.glsl_version = "#version 300 es";
    options.width = std::max(1, static_cast<int>(css_w));
    options.height = std::max(1, static_cast<int>(css_h));
    std::string error;
    if (!shell::PlatformInit(web->platform, web->app, options, error)) {
        cr_show_failure("Crossroads could not start", error.c_str());
        return 1;
    }
    cr_install_bridge(web);
    emscripten_set_main_loop_arg(Frame, web, 0, false);
    return 0;
}
