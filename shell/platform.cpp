#include "platform.hpp"

#include <SDL.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <imgui_internal.h> // the input queue, to keep the loop awake while it holds events

// The GL entry points the screenshot needs; the ImGui OpenGL3 backend brings its own
// loader for the rest. On the web these come from Emscripten's WebGL library.
#include <SDL_opengl.h>

#include "crossroads/version.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cfloat>
#include <vector>

namespace crossroads::shell {

std::vector<VersionLine> PlatformVersions() {
    SDL_version compiled, linked;
    SDL_VERSION(&compiled);
    SDL_GetVersion(&linked);
    const auto sdl = [](const SDL_version& v) {
        return std::to_string(v.major) + "." + std::to_string(v.minor) + "." + std::to_string(v.patch);
    };
#if defined(__clang__)
    const std::string compiler = std::string("clang ") + __clang_version__;
#elif defined(__GNUC__)
    const std::string compiler = std::string("GCC ") + __VERSION__;
#else
    const std::string compiler = "unknown";
#endif
    return {
        {"Crossroads", kVersion},
        {"Dear ImGui", IMGUI_VERSION},
        {"SDL2 (compiled against)", sdl(compiled)},
        {"SDL2 (running)", sdl(linked)},
        {"nlohmann/json", std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." + std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                              std::to_string(NLOHMANN_JSON_VERSION_PATCH)},
        {"Compiler", compiler},
    };
}

bool PlatformInit(Platform& platform, AppState& app, const PlatformOptions& options, std::string& error) {
    app.versions = PlatformVersions();
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        // TRANSLATORS: {error} is SDL's own explanation (English); SDL is the name of a library
        error = i18n::Format(app.tr("platform.sdlFailed", "Could not start SDL: {error}"), {{"error", SDL_GetError()}});
        return false;
    }
    if (options.gles) {
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    } else {
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    }
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    platform.window = SDL_CreateWindow(options.title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                                       options.height, flags);
    if (!platform.window) {
        // TRANSLATORS: {error} is SDL's own explanation (English)
        error = i18n::Format(app.tr("platform.windowFailed", "Could not open a window: {error}"), {{"error", SDL_GetError()}});
        return false;
    }
    platform.gl_context = SDL_GL_CreateContext(platform.window);
    if (!platform.gl_context) {
        // TRANSLATORS: keep "OpenGL" written exactly so (the web page looks for it); {error} is SDL's own explanation (English)
        error = i18n::Format(app.tr("platform.glFailed", "Could not create an OpenGL 3 context: {error}"), {{"error", SDL_GetError()}});
        return false;
    }
    SDL_GL_MakeCurrent(platform.window, platform.gl_context);
    SDL_GL_SetSwapInterval(options.vsync ? 1 : 0);
    platform.ignore_mouse = options.ignore_mouse;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is computed; the session, not imgui.ini, is what persists
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForOpenGL(platform.window, platform.gl_context);
    ImGui_ImplOpenGL3_Init(options.glsl_version);
    AppApplyTheme(app);
    return true;
}

namespace {
// The finger's speed comes from the events' own times, not the frames': a slow frame
// must not make a flick look like a stop.
double FingerTime(const SDL_Event& event) { return static_cast<double>(event.tfinger.timestamp) / 1000.0; }
void TrackFinger(AppState& app, const SDL_Event& event, int win_h) {
    app.touch_scroll.tracker.Add(FingerTime(event), event.tfinger.y * static_cast<float>(win_h));
}
} // namespace

namespace {

struct Polled {
    int events = 0;
    bool finger_lifted = false; // the last finger came up this frame
};

// Takes the frame's SDL events: fingers and gestures into app.gestures, everything into
// Dear ImGui's queue.
Polled PollEvents(Platform& platform, AppState& app, int win_w, int win_h) {
    Polled polled;
    // Every event goes to Dear ImGui's input queue, which keeps their order: a press and the
    // moves after it, or a key pressed and released, in one frame are taken one by one.
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        // A finger lands where the last one lifted: SDL sends no move, and Dear ImGui's pointer
        // was taken away at the lift (below), so the press must bring it back itself.
        if (event.type == SDL_MOUSEBUTTONDOWN && event.button.which == SDL_TOUCH_MOUSEID) {
            ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
            ImGui::GetIO().AddMousePosEvent(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        switch (event.type) {
            case SDL_QUIT: platform.quit = true; break;
            case SDL_FINGERDOWN:
                ++platform.fingers;
                app.touch = true; // from now on, finger-sized targets
                if (platform.fingers == 1) app.touch_scroll.tracker.Reset();
                TrackFinger(app, event, win_h);
                break;
            case SDL_FINGERMOTION: TrackFinger(app, event, win_h); break;
            case SDL_FINGERUP:
                platform.fingers = std::max(0, platform.fingers - 1);
                polled.finger_lifted = platform.fingers == 0;
                if (platform.fingers < 2) platform.gesture_started = false;
                app.touch_scroll.tracker.Lift(FingerTime(event)); // held still first: no fling
                break;
            case SDL_MULTIGESTURE: {
                // SDL reports the change of finger distance and the centre, both normalised.
                const ImVec2 focus(event.mgesture.x * static_cast<float>(win_w), event.mgesture.y * static_cast<float>(win_h));
                app.gestures.pinch *= 1.0f + event.mgesture.dDist * 2.5f;
                if (platform.gesture_started)
                    app.gestures.pan = ImVec2(app.gestures.pan.x + focus.x - platform.gesture_focus.x,
                                              app.gestures.pan.y + focus.y - platform.gesture_focus.y);
                platform.gesture_focus = focus;
                platform.gesture_started = true;
                app.gestures.focus = focus;
                break;
            }
            default: break;
        }
        ++polled.events;
    }
    return polled;
}

// Clears to the window colour, draws the frame's ImGui data and shows it.
void Present(Platform& platform, int fb_w, int fb_h) {
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(platform.window);
}

} // namespace

int PlatformFrame(Platform& platform, AppState& app) {
    app.gestures.pinch = 1.0f;
    app.gestures.pan = ImVec2(0, 0);
    int win_w = 0, win_h = 0;
    SDL_GetWindowSize(platform.window, &win_w, &win_h);
    const Polled polled = PollEvents(platform, app, win_w, win_h);
    const int events = polled.events;
    app.gestures.fingers = platform.fingers;
    platform.quiet_frames = events > 0 ? 0 : platform.quiet_frames + 1;

    // Text is rasterised at the device pixel ratio so it stays crisp on HiDPI screens.
    int fb_w = 0, fb_h = 0;
    SDL_GL_GetDrawableSize(platform.window, &fb_w, &fb_h);
    const float ratio = win_w > 0 ? static_cast<float>(fb_w) / static_cast<float>(win_w) : 1.0f;
    // Before the first frame the backend uploads the atlas itself; after it, a rebuilt atlas
    // (another pixel ratio, new content) is uploaded here.
    if (AppEnsureFonts(app, ratio) && app.frame_count > 0) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // No pointer to hover with: in screenshots, and once a finger has lifted (SDL's mouse
    // made from the finger stays where it lifted, so hover would stick). The release itself
    // is handled at the finger's place first, so the pointer goes away one frame later.
    if (platform.ignore_mouse || (platform.clear_mouse && platform.fingers == 0 && events == 0)) {
        ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        platform.clear_mouse = false;
    }
    if (polled.finger_lifted) platform.clear_mouse = true;
    ImGui::NewFrame();
    AppFrame(app);
    ImGui::Render();

    Present(platform, fb_w, fb_h);
    return events;
}

bool PlatformIdle(const Platform& platform, const AppState& app) {
    constexpr int kQuietFramesBeforeIdle = 12;
    return platform.quiet_frames >= kQuietFramesBeforeIdle && !ImGui::IsMouseDown(ImGuiMouseButton_Left) &&
           !PlatformInputQueued() && !AppAnimating(app);
}

bool PlatformInputQueued() {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    return g && !g->InputEventsQueue.empty();
}

std::vector<std::uint8_t> PlatformReadPixels(int& width, int& height) {
    GLint viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_VIEWPORT, viewport);
    width = viewport[2];
    height = viewport[3];
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    return pixels;
}

void PlatformShutdown(Platform& platform) {
    if (ImGui::GetCurrentContext()) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (platform.gl_context) SDL_GL_DeleteContext(platform.gl_context);
    if (platform.window) SDL_DestroyWindow(platform.window);
    platform.gl_context = nullptr;
    platform.window = nullptr;
    SDL_Quit();
}

} // namespace crossroads::shell
