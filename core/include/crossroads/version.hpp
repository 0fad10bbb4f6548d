#pragma once

namespace crossroads {
// Set by CMake from project(VERSION); the About panel and --version show it.
#ifndef CROSSROADS_VERSION
#define CROSSROADS_VERSION "0.0.0-dev"
#endif
inline constexpr const char* kVersion = CROSSROADS_VERSION;
} // namespace crossroads
