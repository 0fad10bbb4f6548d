// Dear ImGui's stock OpenGL3 backend, built for the web with its GL state queries answered
// here instead of by WebGL.
//
// Why: in a browser every glGetIntegerv/glIsEnabled is a synchronous round trip to the GPU
// process that waits until all queued drawing is done. The backend makes 20 of them a
// frame to back up and restore GL state; measured in headless Chromium they were most of a
// frame's main-thread time (~50 ms of ~52 ms while the mouse moves). Crossroads owns its
// WebGL2 context and nothing else draws into it, so between frames the context is in its
// default state: answering the backup queries with those defaults makes the restore
// harmless (the next frame's setup sets everything it needs again).
//
// The shader compile and link checks are answered "fine" at once for the same reason: a
// check waits for the GPU process to finish compiling, and not waiting lets it compile
// while the font atlas is built. The real check runs after the first frame
// (CrossroadsGlCheckShaders) and a failure is shown to the visitor.
#include <GLES3/gl3.h>

namespace {

void CrGetIntegerv(GLenum name, GLint* out) {
    switch (name) {
        case GL_MAJOR_VERSION: out[0] = 3; return; // WebGL2 is OpenGL ES 3.0
        case GL_MINOR_VERSION: out[0] = 0; return;
        case GL_ACTIVE_TEXTURE: out[0] = GL_TEXTURE0; return;
        case GL_CURRENT_PROGRAM:
        case GL_TEXTURE_BINDING_2D:
        case GL_SAMPLER_BINDING:
        case GL_ARRAY_BUFFER_BINDING:
        case GL_ELEMENT_ARRAY_BUFFER_BINDING:
        case GL_VERTEX_ARRAY_BINDING: out[0] = 0; return;
        case GL_VIEWPORT:
        case GL_SCISSOR_BOX: out[0] = out[1] = out[2] = out[3] = 0; return;
        case GL_BLEND_SRC_RGB:
        case GL_BLEND_SRC_ALPHA: out[0] = GL_ONE; return;
        case GL_BLEND_DST_RGB:
        case GL_BLEND_DST_ALPHA: out[0] = GL_ZERO; return;
        case GL_BLEND_EQUATION_RGB:
        case GL_BLEND_EQUATION_ALPHA: out[0] = GL_FUNC_ADD; return;
        default: glGetIntegerv(name, out); return; // anything else: ask WebGL
    }
}

GLboolean CrIsEnabled(GLenum cap) {
    switch (cap) {
        case GL_BLEND:
        case GL_CULL_FACE:
        case GL_DEPTH_TEST:
        case GL_STENCIL_TEST:
        case GL_SCISSOR_TEST: return GL_FALSE;
        default: return glIsEnabled(cap);
    }
}

void CrGetShaderiv(GLuint shader, GLenum name, GLint* out) {
    if (name == GL_COMPILE_STATUS) out[0] = GL_TRUE;
    else if (name == GL_INFO_LOG_LENGTH) out[0] = 0;
    else glGetShaderiv(shader, name, out);
}

void CrGetProgramiv(GLuint program, GLenum name, GLint* out) {
    if (name == GL_LINK_STATUS) out[0] = GL_TRUE;
    else if (name == GL_INFO_LOG_LENGTH) out[0] = 0;
    else glGetProgramiv(program, name, out);
}

} // namespace

#define glGetIntegerv CrGetIntegerv
#define glIsEnabled CrIsEnabled
#define glGetShaderiv CrGetShaderiv
#define glGetProgramiv CrGetProgramiv
#include "imgui_impl_opengl3.cpp"
#undef glGetIntegerv
#undef glIsEnabled
#undef glGetShaderiv
#undef glGetProgramiv

#include <string>

// The check deferred above: true when the backend's program linked. Otherwise the driver's
// log goes into `log`.
bool CrossroadsGlCheckShaders(std::string& log) {
    const ImGui_ImplOpenGL3_Data* bd = ImGui_ImplOpenGL3_GetBackendData();
    if (!bd || bd->ShaderHandle == 0) {
        log = "the drawing program was never created";
        return false;
    }
    GLint linked = GL_FALSE;
    glGetProgramiv(bd->ShaderHandle, GL_LINK_STATUS, &linked);
    if (linked == GL_TRUE) return true;
    GLint length = 0;
    glGetProgramiv(bd->ShaderHandle, GL_INFO_LOG_LENGTH, &length);
    log.assign(static_cast<std::size_t>(length > 1 ? length : 1), '\0');
    glGetProgramInfoLog(bd->ShaderHandle, length > 1 ? length : 1, nullptr, log.data());
    log.resize(std::char_traits<char>::length(log.c_str())); // up to the driver's terminating NUL
    if (log.empty()) log = "the graphics driver did not say why";
    return false;
}

// After a lost WebGL context comes back, every object made in it is gone: forget them
// without deleting (deleting an object of the lost context is an error in WebGL), so
// that the next frame makes the program, buffers and font texture again.
void CrossroadsGlForgetObjects() {
    ImGui_ImplOpenGL3_Data* bd = ImGui_ImplOpenGL3_GetBackendData();
    if (!bd) return;
    bd->FontTexture = 0;
    bd->ShaderHandle = 0;
    bd->VboHandle = bd->ElementsHandle = 0;
    bd->VertexBufferSize = bd->IndexBufferSize = 0; // the new buffers have no storage yet
    ImGui::GetIO().Fonts->SetTexID(0);
}
