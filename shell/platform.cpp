#include "platform.hpp"

#include <SDL.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

// The GL entry points the screenshot needs; the ImGui OpenGL3 backend brings its own
// loader for the rest. On the web these come from Emscripten's WebGL library.
#include <SDL_opengl.h>

#include <algorithm>
#include <cfloat>
#include <vector>

namespace crossroads::shell {

bool PlatformInit(Platform& platform, AppState& app, const PlatformOptions& options, std::string& error) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        error = std::string("Could not start SDL: ") + SDL_GetError();
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
        error = std::string("Could not open a window: ") + SDL_GetError();
        return false;
    }
    platform.gl_context = SDL_GL_CreateContext(platform.window);
    if (!platform.gl_context) {
        error = std::string("Could not create an OpenGL 3 context: ") + SDL_GetError();
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

int PlatformFrame(Platform& platform, AppState& app) {
    int events = 0;
    bool finger_lifted = false;
    app.gestures.pinch = 1.0f;
    app.gestures.pan = ImVec2(0, 0);
    app.gestures.pressed = false;
    int win_w = 0, win_h = 0;
    SDL_GetWindowSize(platform.window, &win_w, &win_h);
    SDL_Event event;
    std::vector<SDL_Scancode> pressed; // keys that went down in this frame
    bool take_deferred = platform.has_deferred;
    platform.has_deferred = false;
    while (take_deferred || SDL_PollEvent(&event)) {
        if (take_deferred) {
            event = platform.deferred;
            take_deferred = false;
        }
        if (event.type == SDL_KEYDOWN) pressed.push_back(event.key.keysym.scancode);
        if (event.type == SDL_KEYUP && std::find(pressed.begin(), pressed.end(), event.key.keysym.scancode) != pressed.end()) {
            platform.deferred = event;
            platform.has_deferred = true;
            ++events;
            break; // the rest waits for the next frame, in order
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) {
            // The backend reads the modifiers from SDL_GetModState(), which is already past
            // a Shift released right after its arrow: take them from the event itself.
            const Uint16 mod = event.key.keysym.mod;
            ImGuiIO& key_io = ImGui::GetIO();
            key_io.KeyShift = (mod & KMOD_SHIFT) != 0;
            key_io.KeyCtrl = (mod & KMOD_CTRL) != 0;
            key_io.KeyAlt = (mod & KMOD_ALT) != 0;
            key_io.KeySuper = (mod & KMOD_GUI) != 0;
        }
        switch (event.type) {
            case SDL_QUIT: platform.quit = true; break;
            case SDL_MOUSEBUTTONDOWN:
                if (event.button.button == SDL_BUTTON_LEFT && !app.gestures.pressed) {
                    app.gestures.pressed = true;
                    app.gestures.press_pos = ImVec2(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
                }
                break;
            case SDL_FINGERDOWN:
                ++platform.fingers;
                app.touch = true; // from now on, finger-sized targets
                break;
            case SDL_FINGERUP:
                platform.fingers = std::max(0, platform.fingers - 1);
                finger_lifted = platform.fingers == 0;
                if (platform.fingers < 2) platform.gesture_started = false;
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
        ++events;
    }
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
    // ImGui 1.86 asserts on a zero time step, which some browsers' coarse timers give.
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = std::max(io.DeltaTime, 1.0f / 1000.0f);
    // No pointer to hover with: in screenshots, and once a finger has lifted (ImGui 1.86
    // cannot tell touch from mouse, so hover would stick). The release itself is handled
    // at the finger's place first, so the pointer goes away one frame later.
    if (platform.ignore_mouse || (platform.clear_mouse && platform.fingers == 0 && events == 0)) {
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        platform.clear_mouse = false;
    }
    if (finger_lifted) platform.clear_mouse = true;
    KeyboardBeforeNewFrame(app);
    ImGui::NewFrame();
    AppFrame(app);
    ImGui::Render();

    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(platform.window);
    return events;
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
