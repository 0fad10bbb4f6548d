// Dear ImGui's compile-time configuration for the soak (IMGUI_USER_CONFIG): every item's
// ID reaches the test-engine hooks (to find ID conflicts), and a failed IM_ASSERT is
// counted and reported instead of aborting the run at the first one.
#pragma once

#define IMGUI_ENABLE_TEST_ENGINE

void SoakAssertFailed(const char* expression, const char* file, int line);
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : SoakAssertFailed(#_EXPR, __FILE__, __LINE__))
