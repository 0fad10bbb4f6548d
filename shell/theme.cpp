#include "theme.hpp"

#include "crossroads/contrast.hpp"

namespace crossroads::shell {

namespace {

ImVec4 Hex(unsigned rgb, float alpha = 1.0f) {
    return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(rgb & 0xFF) / 255.0f, alpha);
}

ImVec4 WithAlpha(ImVec4 c, float alpha) { return ImVec4(c.x, c.y, c.z, alpha); }

ImVec4 Mix(ImVec4 a, ImVec4 b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}

// Chosen so text, muted text and the role colours reach WCAG AA (4.5:1) on both
// the background and the surface colour of their theme.
const Palette kLight = {
    Hex(0xF4F6F9), // background
    Hex(0xFFFFFF), // surface
    Hex(0xEEF1F5), // surface_alt
    Hex(0xD3D8E0), // border
    Hex(0x7D8799), // control_border
    Hex(0x1A1F29), // text
    Hex(0x525B6B), // text_muted
    Hex(0x2450C0), // accent
    Hex(0xFFFFFF), // accent_text
    Hex(0x2F54C8), // management
    Hex(0xA04A0A), // technical
    Hex(0x23714A), // shared
    Hex(0x6B3FC4), // overlap
    Hex(0xB42318), // error
};

const Palette kDark = {
    Hex(0x13161C), // background
    Hex(0x1B1F27), // surface
    Hex(0x242A35), // surface_alt
    Hex(0x363E4C), // border
    Hex(0x707C90), // control_border
    Hex(0xE7EAF0), // text
    Hex(0xA6AEBB), // text_muted
    Hex(0x7DA4FF), // accent
    Hex(0x0D1017), // accent_text
    Hex(0x86A8FF), // management
    Hex(0xF2A765), // technical
    Hex(0x63CF93), // shared
    Hex(0xC3A6FF), // overlap
    Hex(0xFF8A80), // error
};

} // namespace

const Palette& PaletteFor(Theme theme) { return theme == Theme::Dark ? kDark : kLight; }

ImVec4 RoleColour(const Palette& palette, std::size_t role_index) {
    switch (role_index % 3) {
        case 0: return palette.management;
        case 1: return palette.technical;
        default: return palette.overlap;
    }
}

ImVec4 RoleColour(const Palette& palette, const Content& content, std::size_t role_index) {
    const std::optional<Rgb> own = role_index < content.roles.size() ? ParseHexColour(content.roles[role_index].colour) : std::nullopt;
    if (!own) return RoleColour(palette, role_index);
    const auto rgb = [](ImVec4 c) { return Rgb{c.x, c.y, c.z}; };
    const Rgb shown = Readable(*own, {rgb(palette.background), rgb(palette.surface), rgb(palette.surface_alt)});
    return ImVec4(static_cast<float>(shown.r), static_cast<float>(shown.g), static_cast<float>(shown.b), 1.0f);
}

void ApplyTheme(Theme theme, bool touch) {
    const Palette& p = PaletteFor(theme);
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(16, 14);
    s.FramePadding = touch ? ImVec2(14, 14) : ImVec2(10, 7); // 16 px text + 28 = 44 px targets on touch
    s.CellPadding = ImVec2(10, 8);
    s.ItemSpacing = touch ? ImVec2(12, 10) : ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.ScrollbarSize = 12;
    s.GrabMinSize = 12;
    s.WindowRounding = 0;
    s.ChildRounding = 8;
    s.FrameRounding = 6;
    s.PopupRounding = 8;
    s.ScrollbarRounding = 6;
    s.GrabRounding = 6;
    s.TabRounding = 6;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 1;
    s.PopupBorderSize = 1;
    s.FrameBorderSize = 1;
    s.AntiAliasedLines = true;
    s.AntiAliasedFill = true;

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.text_muted;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = WithAlpha(p.surface, 0.0f);
    c[ImGuiCol_PopupBg] = p.surface;
    c[ImGuiCol_Border] = p.control_border; // frames and popups; child windows draw no border
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = p.surface;
    c[ImGuiCol_FrameBgHovered] = Mix(p.surface, p.accent, 0.08f);
    c[ImGuiCol_FrameBgActive] = Mix(p.surface, p.accent, 0.16f);
    c[ImGuiCol_TitleBg] = p.surface;
    c[ImGuiCol_TitleBgActive] = p.surface;
    c[ImGuiCol_TitleBgCollapsed] = p.surface;
    c[ImGuiCol_MenuBarBg] = p.surface;
    c[ImGuiCol_ScrollbarBg] = WithAlpha(p.background, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = Mix(p.background, p.text_muted, 0.45f);
    c[ImGuiCol_ScrollbarGrabHovered] = Mix(p.background, p.text_muted, 0.65f);
    c[ImGuiCol_ScrollbarGrabActive] = p.text_muted;
    c[ImGuiCol_CheckMark] = p.accent_text;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_SliderGrabActive] = p.accent;
    c[ImGuiCol_Button] = p.surface;
    c[ImGuiCol_ButtonHovered] = Mix(p.surface, p.accent, 0.10f);
    c[ImGuiCol_ButtonActive] = Mix(p.surface, p.accent, 0.20f);
    c[ImGuiCol_Header] = Mix(p.surface, p.accent, 0.12f);
    c[ImGuiCol_HeaderHovered] = Mix(p.surface, p.accent, 0.18f);
    c[ImGuiCol_HeaderActive] = Mix(p.surface, p.accent, 0.26f);
    c[ImGuiCol_Separator] = p.border;
    c[ImGuiCol_SeparatorHovered] = p.accent;
    c[ImGuiCol_SeparatorActive] = p.accent;
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripActive] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Tab] = WithAlpha(p.surface, 0.0f);
    c[ImGuiCol_TabHovered] = Mix(p.surface, p.accent, 0.12f);
    c[ImGuiCol_TabActive] = p.accent;
    c[ImGuiCol_TabUnfocused] = c[ImGuiCol_Tab];
    c[ImGuiCol_TabUnfocusedActive] = p.accent;
    c[ImGuiCol_TableHeaderBg] = p.surface_alt;
    c[ImGuiCol_TableBorderStrong] = p.border;
    c[ImGuiCol_TableBorderLight] = WithAlpha(p.border, 0.7f);
    c[ImGuiCol_TableRowBg] = p.surface;
    c[ImGuiCol_TableRowBgAlt] = Mix(p.surface, p.surface_alt, 0.6f);
    c[ImGuiCol_TextSelectedBg] = WithAlpha(p.accent, 0.30f);
    // The shell draws its own focus ring (keyboard.cpp) around every focusable item, also
    // the custom-drawn ones ImGui does not outline.
    c[ImGuiCol_NavHighlight] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ModalWindowDimBg] = WithAlpha(p.text, 0.35f);
    c[ImGuiCol_PopupBg] = p.surface;
}

} // namespace crossroads::shell
