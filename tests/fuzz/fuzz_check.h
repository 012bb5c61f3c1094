#pragma once

// What every fuzz target uses: the input as text, and a check that makes a broken
// property a finding (libFuzzer saves the input on abort).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace lore::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
  std::abort();
}

}  // namespace lore::fuzz

#define FUZZ_CHECK(condition) \
  ((condition) ? (void)0 : ::lore::fuzz::fail(#condition, __FILE__, __LINE__))
