// crossroads_soak: the real shell (the app's own frame, every view) without a screen, as in
// the unit tests: Dear ImGui with no renderer, fed seeded random input for many frames.
// Clicks on every recorded control, drags, wheel zooms, keys, filter typing, quiz answers
// and retries (on the canvas and through the text version's actions), window sizes from
// a phone to 2560x1440, pixel ratios, themes, touch mode, and content reloads (valid,
// then broken, then fixed). It checks that
// - resident memory after the warm-up stays within --max-growth-kb of its warm-up peak;
// - no IM_ASSERT fails and no two items share an ImGui ID in a frame (ImGui and the
//   shell are compiled again for this program, with asserts on and ImGui's test-engine
//   hooks reporting every item; see soak_imconfig.h);
// - every view and both quizzes were drawn, quiz answers were given and retried, and
//   the session still encodes and decodes at the end.
// Prints a summary (and writes it as JSON with --json FILE); exits 1 on any failure.
#include "app.hpp"
#include "embedded.hpp"
#include "headless.hpp"

#include "crossroads/quiz.hpp"
#include "crossroads/session.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

using namespace crossroads;
using namespace crossroads::shell;

namespace {

struct Options {
    long frames = 100000;
    long warmup = 0; // 0: the first 40% of the frames (memory settles within about 40,000)
    std::uint32_t seed = 1;
    long max_growth_kb = 1024;
    bool memory_check = true; // off under AddressSanitizer, whose quarantine grows by design
    long inject_leak_kb = 0;  // kept per step after the warm-up: proves the memory check fails
    std::string json;
};

// Everything the run finds; reached from ImGui's hooks through ImGuiContext::TestEngine.
struct Soak {
    Options options;
    test::Headless ui; // the ImGui context and the app, driven as the unit tests drive them
    AppState& app = ui.app;
    Rng rng{1};
    long frames = 0;
    std::map<std::string, long> actions;
    std::map<std::string, long> frames_in;
    long asserts = 0;
    std::vector<std::string> assert_messages;
    long id_conflicts = 0;
    std::vector<std::string> conflict_messages;
    std::unordered_set<ImGuiID> seen_ids;
    int seen_frame = -1;
    long rss_warmup_peak_kb = 0, rss_after_peak_kb = 0, rss_final_kb = 0;
    long imgui_allocations_warmup = 0;
    int imgui_windows_warmup = 0;
    std::vector<std::pair<long, long>> rss_samples; // (frame, kB), about every 500 frames
    std::string content;
    std::vector<std::vector<char>> injected; // --inject-leak-kb
};

Soak* Current() {
    ImGuiContext* g = ImGui::GetCurrentContext();
    return g ? static_cast<Soak*>(g->TestEngine) : nullptr;
}

long ResidentKb() {
    // /proc/self/statm: size resident shared text lib data dt, in pages.
    std::ifstream statm("/proc/self/statm");
    long size = 0, resident = 0;
    statm >> size >> resident;
    return resident * 4; // 4 KiB pages on the machines this runs on
}

float Uniform(Rng& rng) { return static_cast<float>(rng.Next() >> 8) / static_cast<float>(1u << 24); }
bool Chance(Rng& rng, float p) { return Uniform(rng) < p; }

// [SECTION] Frames and input

// Every frame is counted by view, through the driver's after_frame.
void CountFrame(Soak& s) {
    ++s.frames;
    std::string where = ToString(s.app.session.view);
    if (s.app.session.view == View::Quiz) where += s.app.session.quiz.active == QuizKind::Fit ? ".fit" : ".knowledge";
    ++s.frames_in[where];
}

void Frame(Soak& s) { s.ui.Frame(); }
void Frames(Soak& s, int n) { s.ui.Frames(n); }

bool Click(Soak& s, const std::string& id) {
    if (!s.ui.Click(id)) return false;
    ++s.actions["click"];
    return true;
}

void Key(Soak& s, ImGuiKey key, bool shift = false, bool ctrl = false) {
    s.ui.Press(key, shift, ctrl);
    ++s.actions["key"];
}

void Type(Soak& s, const std::string& text) {
    s.ui.Type(text);
    ++s.actions["type"];
}

void Drag(Soak& s, ImVec2 from, ImVec2 by, int steps) {
    s.ui.Drag(from, by, steps);
    ++s.actions["drag"];
}

void Wheel(Soak& s, ImVec2 at, float amount) {
    s.ui.Wheel(at, amount);
    ++s.actions["wheel"];
}

void Resize(Soak& s, float w, float h) {
    s.ui.Resize(w, h);
    ++s.actions["resize"];
}

void PixelRatio(Soak& s, float ratio) {
    s.ui.PixelRatio(ratio);
    Frames(s, 2);
    ++s.actions["pixel ratio"];
}

// As `--watch` does on a save: a broken version (kept aside, problems shown), then the
// good one again.
void Reload(Soak& s) {
    AppReloadContent(s.app, s.content.substr(0, s.content.size() / 2), "half-saved.json");
    Frames(s, 3);
    AppReloadContent(s.app, s.content, "the default content");
    Frames(s, 3);
    ++s.actions["reload"];
}

// The text version: the page's HTML for the view, and one of its form actions.
void TextVersion(Soak& s) {
    const std::string html = TextVersionFor(s.app);
    if (html.empty()) ++s.actions["text version empty"];
    static const char* const kActions[] = {
        R"({"act":"view","value":"compare"})", R"({"act":"view","value":"ladder"})", R"({"act":"view","value":"quiz"})",
        R"({"act":"quiz","value":"fit"})",     R"({"act":"quiz","value":"knowledge"})", R"({"act":"diff","value":"true"})",
        R"({"act":"diff","value":"false"})",   R"({"act":"filter","value":"lead"})",    R"({"act":"filter","value":""})",
        R"({"act":"rate","value":"4"})",       R"({"act":"rate","value":"2"})",         R"({"act":"fitNext"})",
        R"({"act":"fitBack"})",                R"({"act":"fitFinish"})",                R"({"act":"fitReopen"})",
        R"({"act":"check"})",                  R"({"act":"next"})",                     R"({"act":"back"})",
        R"({"act":"retry"})",                  R"({"act":"move","from":0,"to":2})",     R"({"act":"nonsense"})"};
    std::string error;
    TextVersionAction(s.app, nlohmann::json::parse(kActions[s.rng.Below(std::size(kActions))]), error);
    // A knowledge question answered with its first option, so attempts get finished.
    if (const Question* q = s.app.session.view == View::Quiz ? KnowledgeCurrent(s.app) : nullptr) {
        if (!q->options.empty()) KnowledgeChoose(s.app, q->options[s.rng.Below(static_cast<std::uint32_t>(q->options.size()))].id);
        KnowledgeCheck(s.app);
    }
    Frames(s, 2);
    ++s.actions["text version"];
}

// [SECTION] The script

constexpr float kSizes[][2] = {{360, 640}, {768, 1024}, {1280, 800}, {1920, 1080}, {2560, 1440}};
constexpr float kRatios[] = {1.0f, 1.5f, 2.0f};

// Warm-up: every view at every size and pixel ratio, the About box, the text version and
// a reload, so that every buffer (the font atlas at 2x, the largest draw lists) has met
// its largest use before memory is watched.
void Tour(Soak& s) {
    for (float ratio : kRatios) {
        PixelRatio(s, ratio);
        for (const auto& size : kSizes) {
            Resize(s, size[0], size[1]);
            for (const char* tab : {"tab.compare", "tab.ladder", "tab.quiz"}) {
                Click(s, tab);
                Frames(s, 5);
                TextVersion(s);
            }
            if (Click(s, "about.open")) Key(s, ImGuiKey_Escape);
        }
    }
    PixelRatio(s, 1.0f);
    Reload(s);
    Resize(s, 1280, 800);
}

// One random step: most often a click on a recorded control of the current screen.
void Step(Soak& s) {
    Rng& rng = s.rng;
    const float pick = Uniform(rng);
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 anywhere(Uniform(rng) * io.DisplaySize.x, Uniform(rng) * io.DisplaySize.y);
    if (pick < 0.40f) {
        if (s.app.rects.empty()) return Frame(s);
        // Quiz controls get extra weight so that attempts are finished and retried.
        std::vector<const UiRect*> quiz;
        for (const UiRect& r : s.app.rects)
            if (r.id.rfind("quiz.", 0) == 0) quiz.push_back(&r);
        const UiRect* r = !quiz.empty() && Chance(rng, 0.5f)
                              ? quiz[rng.Below(static_cast<std::uint32_t>(quiz.size()))]
                              : &s.app.rects[rng.Below(static_cast<std::uint32_t>(s.app.rects.size()))];
        s.ui.ClickAt(test::Headless::Centre(*r));
        ++s.actions["click"];
    } else if (pick < 0.52f) {
        // Drags start on a control (ladder cards, ordering rows) or anywhere.
        ImVec2 from = anywhere;
        if (!s.app.rects.empty() && Chance(rng, 0.7f)) from = test::Headless::Centre(s.app.rects[rng.Below(static_cast<std::uint32_t>(s.app.rects.size()))]);
        Drag(s, from, ImVec2((Uniform(rng) - 0.5f) * 400.0f, (Uniform(rng) - 0.5f) * 300.0f), 2 + static_cast<int>(rng.Below(8)));
    } else if (pick < 0.60f) {
        Wheel(s, anywhere, Chance(rng, 0.5f) ? 1.0f : -1.0f);
    } else if (pick < 0.75f) {
        static const ImGuiKey kKeys[] = {ImGuiKey_Tab, ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow,
                                         ImGuiKey_Enter, ImGuiKey_Space, ImGuiKey_Escape, ImGuiKey_Backspace, ImGuiKey_Home, ImGuiKey_End};
        Key(s, kKeys[rng.Below(std::size(kKeys))], Chance(rng, 0.25f), Chance(rng, 0.15f));
    } else if (pick < 0.82f) {
        // Filter typing, or keys the views take as shortcuts (+ - 0 h t 1-5).
        if (Chance(rng, 0.5f)) Click(s, "compare.filter");
        static const char kChars[] = "abcdefghijklmnopqrstuvwxyz +-0123456789ht";
        std::string text;
        for (std::uint32_t i = 1 + rng.Below(6); i > 0; --i) text += kChars[rng.Below(sizeof kChars - 1)];
        Type(s, text);
        if (s.app.session.compare.filter.size() > 40) Key(s, ImGuiKey_Backspace); // stays within reason
    } else if (pick < 0.86f) {
        Click(s, std::string("tab.") + (Chance(rng, 0.34f) ? "compare" : Chance(rng, 0.5f) ? "ladder" : "quiz"));
    } else if (pick < 0.90f) {
        TextVersion(s);
    } else if (pick < 0.91f) {
        const auto& size = kSizes[rng.Below(std::size(kSizes))];
        Resize(s, size[0], size[1]);
    } else if (pick < 0.915f) {
        PixelRatio(s, kRatios[rng.Below(std::size(kRatios))]);
    } else if (pick < 0.92f) {
        Reload(s);
    } else if (pick < 0.93f) {
        s.app.touch = !s.app.touch;
        if (Chance(rng, 0.5f)) Click(s, "theme.toggle");
        Frame(s);
        ++s.actions["touch/theme"];
    } else {
        // The pointer wandering over the page (hover, tooltips).
        test::Headless::MoveTo(anywhere);
        Frames(s, 1 + static_cast<int>(rng.Below(4)));
        ++s.actions["hover"];
    }
}

// The checks themselves, checked: one frame with two buttons of the same ID, and one
// failed assertion, must both be seen; then the counts start again from zero.
bool SelfCheck(Soak& s, std::string& problem) {
    s.id_conflicts = s.asserts = 0;
    ImGui::NewFrame();
    ImGui::Begin("soak self-check");
    ImGui::Button("twice");
    ImGui::Button("twice");
    ImGui::End();
    IM_ASSERT(s.frames < 0 && "the soak's own deliberate failure");
    ImGui::Render();
    if (s.id_conflicts != 1) problem = "the ID-conflict hook did not see a duplicate (is IMGUI_ENABLE_TEST_ENGINE set?)";
    else if (s.asserts != 1) problem = "IM_ASSERT did not report a failure (is soak_imconfig.h in use?)";
    s.id_conflicts = s.asserts = 0;
    s.conflict_messages.clear();
    s.assert_messages.clear();
    return problem.empty();
}

void SampleMemory(Soak& s, bool warming) {
    const long kb = ResidentKb();
    if (s.rss_samples.empty() || s.frames - s.rss_samples.back().first >= 500) s.rss_samples.emplace_back(s.frames, kb);
    long& peak = warming ? s.rss_warmup_peak_kb : s.rss_after_peak_kb;
    peak = std::max(peak, kb);
}

bool ParseOptions(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool has_value = i + 1 < argc;
        if (a == "--frames" && has_value) o.frames = std::atol(argv[++i]);
        else if (a == "--warmup" && has_value) o.warmup = std::atol(argv[++i]);
        else if (a == "--seed" && has_value) o.seed = static_cast<std::uint32_t>(std::strtoul(argv[++i], nullptr, 10));
        else if (a == "--max-growth-kb" && has_value) o.max_growth_kb = std::atol(argv[++i]);
        else if (a == "--no-memory-check") o.memory_check = false;
        else if (a == "--inject-leak-kb" && has_value) o.inject_leak_kb = std::atol(argv[++i]);
        else if (a == "--json" && has_value) o.json = argv[++i];
        else {
            std::fprintf(stderr,
                         "crossroads_soak: unknown option %s\nusage: crossroads_soak [--frames N] [--warmup N] [--seed S] "
                         "[--max-growth-kb K] [--no-memory-check] [--inject-leak-kb K] [--json FILE]\n",
                         a.c_str());
            return false;
        }
    }
    if (o.frames < 1000) {
        std::fprintf(stderr, "crossroads_soak: --frames must be at least 1000\n");
        return false;
    }
    if (o.warmup <= 0) o.warmup = o.frames * 2 / 5;
    return true;
}

} // namespace

// Dear ImGui's live allocations, counted by its allocator hooks (its own count is part
// of the debug tools, which the build leaves out).
struct Allocations {
    long live = 0;
};
void* CountedAlloc(std::size_t size, void* user) {
    ++static_cast<Allocations*>(user)->live;
    return std::malloc(size);
}
void CountedFree(void* ptr, void* user) {
    if (ptr) --static_cast<Allocations*>(user)->live;
    std::free(ptr);
}

// [SECTION] ImGui's hooks (declared by imgui_internal.h with IMGUI_ENABLE_TEST_ENGINE)

void SoakAssertFailed(const char* expression, const char* file, int line) {
    Soak* s = Current();
    char message[512];
    std::snprintf(message, sizeof message, "IM_ASSERT(%s) failed at %s:%d", expression, file, line);
    if (!s) {
        std::fprintf(stderr, "crossroads_soak: %s (no ImGui context)\n", message);
        std::abort();
    }
    ++s->asserts;
    if (s->assert_messages.size() < 20) s->assert_messages.push_back(std::string(message) + " (frame " + std::to_string(s->frames) + ")");
}

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    Soak* s = static_cast<Soak*>(ctx->TestEngine);
    if (!s || id == 0) return;
    if (s->seen_frame != ctx->FrameCount) {
        s->seen_ids.clear();
        s->seen_frame = ctx->FrameCount;
    }
    if (s->seen_ids.insert(id).second) return;
    ++s->id_conflicts;
    if (s->conflict_messages.size() < 20) {
        char message[512];
        std::snprintf(message, sizeof message, "ID 0x%08X used twice in frame %ld, window \"%s\", at (%.0f, %.0f)-(%.0f, %.0f)", id,
                      s->frames, ctx->CurrentWindow ? ctx->CurrentWindow->Name : "?", bb.Min.x, bb.Min.y, bb.Max.x, bb.Max.y);
        s->conflict_messages.push_back(message);
    }
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

// [SECTION] Verdict

// What went wrong in the run, one line each; empty when it passed. `growth`: resident
// memory gained after the warm-up, in kB.
std::vector<std::string> Verdict(Soak& s, long growth) {
    std::vector<std::string> failures;
    if (s.options.memory_check && growth > s.options.max_growth_kb)
        failures.push_back("resident memory grew by " + std::to_string(growth) + " kB after the warm-up (limit " +
                           std::to_string(s.options.max_growth_kb) + " kB)");
    if (s.asserts) failures.push_back(std::to_string(s.asserts) + " failed IM_ASSERTs");
    if (s.id_conflicts) failures.push_back(std::to_string(s.id_conflicts) + " ImGui ID conflicts");
    for (const char* where : {"compare", "ladder", "quiz.fit", "quiz.knowledge"})
        if (s.frames_in[where] == 0) failures.push_back(std::string("the ") + where + " view was never drawn");
    if (s.app.events_total == 0) failures.push_back("no quiz answer was given");
    if (s.app.session.quiz.knowledge.attempt < 2) failures.push_back("the knowledge check was never retried");
    const SessionDecode decoded = DecodeSession(EncodeSession(s.app.session));
    if (decoded.status != SessionDecode::Status::Ok) failures.push_back("the final session does not decode: " + decoded.problem);

    return failures;
}

int main(int argc, char** argv) {
    Allocations allocations; // outlives the context the soak makes and destroys
    ImGui::SetAllocatorFunctions(CountedAlloc, CountedFree, &allocations);
    auto soak = std::make_unique<Soak>();
    Soak& s = *soak;
    if (!ParseOptions(argc, argv, s.options)) return 2;
    s.rng = Rng{s.options.seed};
    s.content.assign(reinterpret_cast<const char*>(assets::kDefaultContent), assets::kDefaultContent_size);

    ImGuiContext* context = s.ui.context();
    context->TestEngine = &s;
    context->TestEngineHookItems = true;
    s.ui.after_frame = [&s] { CountFrame(s); };
    if (!s.ui.Load(s.content, "the default content")) {
        std::fprintf(stderr, "crossroads_soak: the embedded content did not load\n");
        return 1;
    }
    std::string problem;
    if (!SelfCheck(s, problem)) {
        std::fprintf(stderr, "crossroads_soak: %s\n", problem.c_str());
        return 1;
    }

    const auto started = std::chrono::steady_clock::now();
    Tour(s);
    SampleMemory(s, true);
    while (s.frames < s.options.warmup) {
        Step(s);
        SampleMemory(s, true);
    }
    s.imgui_allocations_warmup = allocations.live;
    s.imgui_windows_warmup = context->Windows.Size;
    // Memory is read after every step (a few frames), so a short-lived peak is not missed
    // on either side of the warm-up line.
    while (s.frames < s.options.frames) {
        Step(s);
        if (s.options.inject_leak_kb > 0) s.injected.emplace_back(static_cast<std::size_t>(s.options.inject_leak_kb) * 1024, 'x');
        SampleMemory(s, false);
    }
    s.rss_final_kb = ResidentKb();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    const long growth = std::max(0L, s.rss_after_peak_kb - s.rss_warmup_peak_kb);
    const std::vector<std::string> failures = Verdict(s, growth);
    const KnowledgeSession& knowledge = s.app.session.quiz.knowledge;

    nlohmann::json report = {
        {"frames", s.frames},
        {"seed", s.options.seed},
        {"seconds", std::round(seconds * 10) / 10},
        {"framesPerSecond", std::lround(static_cast<double>(s.frames) / seconds)},
        {"warmupFrames", s.options.warmup},
        {"rssWarmupPeakKb", s.rss_warmup_peak_kb},
        {"rssAfterWarmupPeakKb", s.rss_after_peak_kb},
        {"rssFinalKb", s.rss_final_kb},
        {"rssGrowthKb", growth},
        {"memoryChecked", s.options.memory_check},
        {"imguiAllocationsAfterWarmup", s.imgui_allocations_warmup},
        {"imguiAllocationsAtEnd", allocations.live},
        {"imguiWindowsAfterWarmup", s.imgui_windows_warmup},
        {"imguiWindowsAtEnd", context->Windows.Size},
        {"imguiAsserts", s.asserts},
        {"idConflicts", s.id_conflicts},
        {"framesByView", s.frames_in},
        {"actions", s.actions},
        {"hostEvents", s.app.events_total},
        {"knowledgeAttempts", knowledge.attempt},
        {"failures", failures},
    };
    std::printf("%s\n", report.dump(2).c_str());
    for (const std::string& m : s.assert_messages) std::fprintf(stderr, "%s\n", m.c_str());
    for (const std::string& m : s.conflict_messages) std::fprintf(stderr, "%s\n", m.c_str());
    report["rssSamples"] = s.rss_samples; // [frame, kB] every 500 frames: the file only
    if (!s.options.json.empty()) std::ofstream(s.options.json) << report.dump(2) << "\n";
    for (const std::string& f : failures) std::fprintf(stderr, "FAILED: %s\n", f.c_str());
    return failures.empty() ? 0 : 1;
}
