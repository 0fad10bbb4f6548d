// The shell without a screen: Dear ImGui with no renderer (as in ImGui's example_null),
// driven frame by frame with synthetic mouse input.
#include "test_util.hpp"

#include "app.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace crossroads;
using namespace crossroads::shell;

namespace {

// One ImGui context per test, destroyed at the end.
struct Headless {
    AppState app;
    explicit Headless(float width = 1280, float height = 800) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        AppLoadContent(app, test::DefaultContent(), "the default content");
        AppApplyTheme(app);
        AppEnsureFonts(app, 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Headless() { ImGui::DestroyContext(); }
    void Frame() {
        ImGui::NewFrame();
        AppFrame(app);
        ImGui::Render();
    }
    const UiRect* Rect(const std::string& id) const {
        for (const UiRect& r : app.rects)
            if (r.id == id) return &r;
        return nullptr;
    }
    // Press and release the left button at the centre of a recorded rectangle.
    void Click(const std::string& id) {
        const UiRect* r = Rect(id);
        REQUIRE(r);
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(r->x + r->w * 0.5f, r->y + r->h * 0.5f);
        Frame();
        io.MouseDown[0] = true;
        Frame();
        io.MouseDown[0] = false;
        Frame();
    }
};

} // namespace

TEST_CASE("the Compare view draws its controls and records their rectangles", "[shell]") {
    Headless h;
    h.Frame();
    h.Frame();
    for (const char* id : {"tab.compare", "theme.toggle", "about.open", "compare.filter", "compare.differencesOnly",
                           "compare.chart.salary", "compare.chart.experience", "compare.row.duties", "compare.role.em"}) {
        INFO(id);
        const UiRect* r = h.Rect(id);
        REQUIRE(r);
        CHECK(r->w > 0);
        CHECK(r->h > 0);
    }
    CHECK(h.app.compare.visible_rows == 9);
    CHECK(h.app.compare.visible_items == h.app.compare.total_items);
    CHECK_FALSE(h.app.compare.stacked);
}

TEST_CASE("clicking the toggle and typing a filter change the session", "[shell]") {
    Headless h;
    h.Frame();
    h.Frame();
    const int all = h.app.compare.visible_items;
    SECTION("differences only hides the shared soft skills") {
        h.Click("compare.differencesOnly");
        CHECK(h.app.session.compare.differences_only);
        h.Frame();
        CHECK(h.app.compare.visible_items == all - 6);
        const auto state = nlohmann::json::parse(AppStateJson(h.app));
        CHECK(state["compare"]["differencesOnly"] == true);
    }
    SECTION("typing in the filter narrows the rows") {
        h.Click("compare.filter");
        ImGui::GetIO().AddInputCharactersUTF8("budget");
        h.Frame();
        h.Frame();
        CHECK(h.app.session.compare.filter == "budget");
        CHECK(h.app.compare.visible_items < all);
        CHECK(h.app.compare.visible_items > 0);
    }
    SECTION("the theme button switches to dark") {
        h.Click("theme.toggle");
        CHECK(h.app.session.theme == Theme::Dark);
    }
    SECTION("About opens and closes") {
        h.Click("about.open");
        h.Frame();
        CHECK(h.app.about_open);
        REQUIRE(h.Rect("about.close"));
        h.Click("about.close");
        CHECK_FALSE(h.app.about_open);
    }
}

TEST_CASE("a phone-sized screen stacks the roles and nothing leaves the screen", "[shell]") {
    Headless h(360, 640);
    h.Frame();
    h.Frame();
    CHECK(h.app.compare.stacked);
    for (const UiRect& r : h.app.rects) {
        INFO(r.id);
        CHECK(r.x >= 0);
        CHECK(r.x + r.w <= 360.5f);
    }
}

TEST_CASE("invalid content shows the problems instead of a blank screen", "[shell]") {
    Headless h;
    CHECK_FALSE(AppLoadContent(h.app, "{\"format\": \"crossroads-content\"", "broken.json"));
    h.Frame();
    h.Frame();
    CHECK_FALSE(AppHasContent(h.app));
    const auto state = nlohmann::json::parse(AppStateJson(h.app));
    CHECK(state["content"]["ok"] == false);
    CHECK(state["content"]["problems"][0]["code"] == "json.syntax");
    CHECK(h.Rect("about.open")); // the app chrome still works
}
