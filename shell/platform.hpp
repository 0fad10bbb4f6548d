// The SDL2 + OpenGL 3 (desktop) / WebGL2 (browser) frame loop, shared by both entry
// points. The entries pass in what differs (GL profile, shader version, window size),
// so no platform #ifdef lives here.
#pragma once

#include "app.hpp"

#include <cstdint>
#include <string>
#include <vector>


struct SDL_Window;

namespace crossroads::shell {

struct PlatformOptions {
    const char* title = "Crossroads";
    int width = 1280;
    int height = 800;
    bool gles = false;                      // OpenGL ES 3 / WebGL2 context instead of desktop GL 3.2 core
    const char* glsl_version = "#version 150";
    bool vsync = true;
    bool ignore_mouse = false; // screenshots: no hover state from wherever the pointer happens to be
};

struct Platform {
    SDL_Window* window = nullptr;
    void* gl_context = nullptr;
    bool quit = false;   // the user closed the window
    int quiet_frames = 0; // frames since the last input event (the loop may sleep when idle)
    bool ignore_mouse = false;
    int fingers = 0;           // touch points down now
    ImVec2 gesture_focus;      // last two-finger centre, in pixels
    bool gesture_started = false;
    bool clear_mouse = false; // a finger lifted last frame: take the pointer away now
};

// Crossroads and what it was built with: Dear ImGui, SDL2 (compiled against and running),
// nlohmann/json and the compiler. Needs no window. PlatformInit puts them in app.versions.
std::vector<VersionLine> PlatformVersions();

// Creates the window, GL context and ImGui context with both backends.
// On failure returns false with a message for the user in `error`.
bool PlatformInit(Platform& platform, AppState& app, const PlatformOptions& options, std::string& error);

// One whole frame: events, fonts at the current pixel ratio, AppFrame, render, swap.
// Returns the number of input events handled.
int PlatformFrame(Platform& platform, AppState& app);

// True when the loop may stop drawing until the next event: no input for a dozen frames
// (Dear ImGui settles hover and layout in a few), no button held, nothing queued or
// animating. Both entry points sleep by this rule.
bool PlatformIdle(const Platform& platform, const AppState& app);

// Input events Dear ImGui's queue holds back for later frames (it takes a press and a
// release of one key in separate frames): the loop must not sleep while there are any.
bool PlatformInputQueued();

// The last rendered frame as RGBA rows, bottom row first (OpenGL order).
std::vector<std::uint8_t> PlatformReadPixels(int& width, int& height);

void PlatformShutdown(Platform& platform);

} // namespace crossroads::shell
