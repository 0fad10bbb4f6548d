// Text fields. Where the platform has a text input of its own (the web page's hidden
// <input>, which brings the on-screen keyboard, IME composition, dead keys and the
// clipboard), that input does the editing: each frame the field takes over its value,
// selection and composing range, and reports what it holds so the platform can follow
// changes the app makes (Escape's revert, a cleared filter).
#include "app.hpp"

#include "crossroads/utf8.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

namespace crossroads::shell {

namespace {

// `at` within `text` and on a character boundary (never inside a UTF-8 sequence).
int Boundary(const std::string& text, int at) {
    return static_cast<int>(utf8::Boundary(text, static_cast<std::size_t>(std::max(at, 0))));
}

// Runs every frame while the field is active (ImGuiInputTextFlags_CallbackAlways).
int FollowExternalInput(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag != ImGuiInputTextFlags_CallbackAlways) return 0;
    TextEditUi& t = *static_cast<TextEditUi*>(data->UserData);
    if (t.pending) {
        t.pending = false;
        const std::string& v = t.pending_value;
        data->DeleteChars(0, data->BufTextLen);
        data->InsertChars(0, v.data(), v.data() + v.size());
        const std::string now(data->Buf, static_cast<std::size_t>(data->BufTextLen));
        // Anchor and caret: a selection made backwards keeps its caret at the start.
        data->SelectionStart = Boundary(now, t.pending_start);
        data->SelectionEnd = Boundary(now, t.pending_end);
        data->CursorPos = data->SelectionEnd;
        const bool composing = t.pending_compose_start >= 0 && t.pending_compose_end > t.pending_compose_start;
        t.compose_start = composing ? Boundary(now, t.pending_compose_start) : -1;
        t.compose_end = composing ? Boundary(now, t.pending_compose_end) : -1;
    }
    t.value.assign(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    const bool selected = data->SelectionStart != data->SelectionEnd;
    t.sel_start = selected ? data->SelectionStart : data->CursorPos;
    t.sel_end = selected ? data->SelectionEnd : data->CursorPos;
    return 0;
}

// The composing part of the text (IME) underlined, as text editors show it.
void UnderlineComposition(const TextEditUi& t, ImGuiID id) {
    if (t.compose_start < 0 || t.compose_end <= t.compose_start) return;
    const ImGuiInputTextState* state = ImGui::GetInputTextState(id);
    if (!state) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 min = ImGui::GetItemRectMin();
    const char* text = t.value.c_str();
    const float x0 = min.x + style.FramePadding.x - state->ScrollX;
    const float a = x0 + ImGui::CalcTextSize(text, text + t.compose_start).x;
    const float b = x0 + ImGui::CalcTextSize(text, text + t.compose_end).x;
    const float y = min.y + style.FramePadding.y + ImGui::GetFontSize() + 1.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true);
    dl->AddLine(ImVec2(a, y), ImVec2(b, y), ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
    dl->PopClipRect();
}

void ForgetField(TextEditUi& t) {
    t.field.clear();
    t.id = 0;
    t.pending = false;
    t.compose_start = t.compose_end = -1;
}

} // namespace

bool TextField(AppState& app, const char* id, const char* hint, std::string& value, float width) {
    TextEditUi& t = app.text_edit;
    const std::string label = std::string("##") + id; // ids can be long: author.field.<json path>
    ImGui::SetNextItemWidth(width);
    const bool changed = t.external
                             ? ImGui::InputTextWithHint(label.c_str(), hint, &value, ImGuiInputTextFlags_CallbackAlways, FollowExternalInput, &t)
                             : ImGui::InputTextWithHint(label.c_str(), hint, &value);
    RecordRect(app, id);
    const ImGuiID item = ImGui::GetItemID();
    if (!ImGui::IsItemActive()) {
        if (t.id == item) ForgetField(t);
        return changed;
    }
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    // An on-screen keyboard that shrinks the page (or a smaller window) must not hide the
    // field being typed in: it is scrolled back into view.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (min.y < window->InnerClipRect.Min.y || max.y > window->InnerClipRect.Max.y)
        ImGui::ScrollToRect(window, ImRect(min, max), ImGuiScrollFlags_KeepVisibleEdgeY);
    const UiRect rect{id, min.x, min.y, max.x - min.x, max.y - min.y};
    if (t.id != item || rect.x != t.rect.x || rect.y != t.rect.y || rect.w != t.rect.w || rect.h != t.rect.h) {
        if (t.id != item) {
            // Until the field's first callback reports them: its value, the caret at the end.
            t.value = value;
            t.sel_start = t.sel_end = static_cast<int>(value.size());
            t.compose_start = t.compose_end = -1;
            t.label = hint;
        }
        t.field = id;
        t.id = item;
        t.rect = rect;
        t.font_px = ImGui::GetFontSize();
        }
    if (!t.external) {
        t.value = value;
        t.sel_start = t.sel_end = static_cast<int>(value.size());
    }
    UnderlineComposition(t, item);
    return changed;
}

void TextEditEndFrame(AppState& app) {
    TextEditUi& t = app.text_edit;
    if (t.id == 0) return;
    // The field was not drawn (another view) or something else took the focus.
    if (ImGui::GetActiveID() != t.id) ForgetField(t);
    else if (t.release && t.release_id == t.id) ImGui::ClearActiveID();
    t.release = false;
}

void AppTextInput(AppState& app, std::string value, int sel_start, int sel_end, int compose_start, int compose_end) {
    TextEditUi& t = app.text_edit;
    if (t.id == 0) return; // no field is being edited any more: the edit has nowhere to go
    t.pending = true;
    t.pending_value = std::move(value);
    t.pending_start = sel_start;
    t.pending_end = sel_end;
    t.pending_compose_start = compose_start;
    t.pending_compose_end = compose_end;
}

void AppTextKey(AppState& app, TextKey key) {
    ImGuiIO& io = ImGui::GetIO();
    // Dear ImGui's queue hands a press and its release to separate frames.
    const auto press = [&io](ImGuiKey k, bool shift) {
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
        io.AddKeyEvent(k, true);
        io.AddKeyEvent(k, false);
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    };
    switch (key) {
        case TextKey::Enter: press(ImGuiKey_Enter, false); break;
        case TextKey::Escape: press(ImGuiKey_Escape, false); break;
        case TextKey::Tab: press(ImGuiKey_Tab, false); break;
        case TextKey::ShiftTab: press(ImGuiKey_Tab, true); break;
        case TextKey::Release:
            // For the field edited now: a click on another field may activate that one
            // before the release is handled, and it must stay active.
            app.text_edit.release = app.text_edit.id != 0;
            app.text_edit.release_id = app.text_edit.id;
            break;
    }
}

} // namespace crossroads::shell
