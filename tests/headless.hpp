// The shell without a screen: Dear ImGui with no renderer (as in ImGui's example_null),
// the app's own frame, driven with synthetic input. Shared by the unit tests (which wrap
// it with Catch2 checks) and the soak (which counts frames through `after_frame`), so
// both press, click and type through Dear ImGui's input queue, as the platform layer's
// SDL2 backend does.
#pragma once

#include "app.hpp"

#include <imgui.h>

#include <functional>
#include <string>

namespace test { // as tests/unit/test_util.hpp

namespace shell = crossroads::shell;

class Headless {
public:
    shell::AppState app;
    std::function<void()> after_frame; // called after every frame drawn

    explicit Headless(float width = 1280, float height = 800) : context_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard; // as the platform layer sets it
    }
    ~Headless() { ImGui::DestroyContext(context_); }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    ImGuiContext* context() const { return context_; }

    // Content, theme and fonts at 1x, as the app starts; false if the content did not load.
    bool Load(const std::string& content, const std::string& label) {
        const bool loaded = shell::AppLoadContent(app, content, label);
        shell::AppApplyTheme(app);
        PixelRatio(1.0f);
        return loaded;
    }

    void Frame() {
        ImGui::NewFrame();
        shell::AppFrame(app);
        ImGui::Render();
        if (after_frame) after_frame();
    }
    void Frames(int n) {
        for (int i = 0; i < n; ++i) Frame();
    }
    // Shows a view (and a quiz) and draws the two frames ImGui needs to settle its layout.
    void Open(crossroads::View view) {
        app.session.view = view;
        Frames(2);
    }
    void Open(crossroads::View view, crossroads::QuizKind quiz) {
        app.session.quiz.active = quiz;
        Open(view);
    }

    const shell::UiRect* Rect(const std::string& id) const {
        for (const shell::UiRect& r : app.rects)
            if (r.id == id) return &r;
        return nullptr;
    }
    static ImVec2 Centre(const shell::UiRect& r) { return ImVec2(r.x + r.w * 0.5f, r.y + r.h * 0.5f); }

    // The pointer moves to a point; the left button goes down or up (taken next frame).
    static void MoveTo(ImVec2 at) { ImGui::GetIO().AddMousePosEvent(at.x, at.y); }
    static void Button(bool down) { ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, down); }

    // Press and release the left button at a point; two more frames let what the click
    // changed be laid out and any scroll it asked for be applied, so rects read next are
    // where things are.
    void ClickAt(ImVec2 at) {
        MoveTo(at);
        Frame();
        Button(true);
        Frame();
        Button(false);
        Frames(3);
    }
    // A click at the centre of a recorded rectangle; false if this frame has none.
    bool Click(const std::string& id) {
        const shell::UiRect* r = Rect(id);
        if (!r) return false;
        ClickAt(Centre(*r)); // the centre is read before the next frame rebuilds the rects
        return true;
    }

    // Press a key for one frame (with Shift or Ctrl held), release it the next.
    void Press(ImGuiKey key, bool shift = false, bool ctrl = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Shift, shift);
        io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
        io.AddKeyEvent(key, true);
        Frame();
        io.AddKeyEvent(key, false);
        io.AddKeyEvent(ImGuiMod_Shift, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
        Frame();
    }

    // Characters one at a time, each taken in its own frames.
    void Type(const std::string& text) {
        for (char c : text) {
            ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(static_cast<unsigned char>(c)));
            Frames(2);
        }
    }

    void Drag(ImVec2 from, ImVec2 by, int steps) {
        MoveTo(from);
        Frame();
        Button(true);
        Frame();
        for (int i = 1; i <= steps; ++i) {
            const float t = static_cast<float>(i) / static_cast<float>(steps);
            MoveTo(ImVec2(from.x + by.x * t, from.y + by.y * t));
            Frame();
        }
        Button(false);
        Frames(2);
    }

    void Wheel(ImVec2 at, float amount) {
        MoveTo(at);
        ImGui::GetIO().AddMouseWheelEvent(0.0f, amount);
        Frames(2);
    }

    void Resize(float width, float height) {
        ImGui::GetIO().DisplaySize = ImVec2(width, height);
        Frames(3);
    }

    // A new pixel ratio rebuilds the font atlas, as the platform layer does; true if it did.
    bool PixelRatio(float ratio) {
        if (!shell::AppEnsureFonts(app, ratio)) return false;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        return true;
    }

private:
    ImGuiContext* context_;
};

} // namespace test
