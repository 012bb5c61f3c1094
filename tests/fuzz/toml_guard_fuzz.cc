// The nesting guard in front of toml++: it never fails on any text, and what it lets
// through toml++ parses without running out of stack (ASan reports an overflow).

#include <toml++/toml.h>

#include "core/toml_guard.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  const std::string_view text = fuzz::as_text(data, size);
  const auto error = check_toml_text(text);
  if (error) {
    FUZZ_CHECK(error->line >= 1 && error->column >= 1 && !error->message.empty());
    return 0;
  }
  try {
    const toml::table root = toml::parse(text);
    (void)root.size();
  } catch (const toml::parse_error&) {
  }
  return 0;
}
