// config.toml: any text gives settings and diagnostics, never a crash.

#include "core/config_loader.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  const ConfigFile config = parse_config(fuzz::as_text(data, size), "config.toml");
  for (const Diagnostic& diagnostic : config.diagnostics) {
    FUZZ_CHECK(!format_diagnostic(diagnostic).empty());
  }
  for (const ConfigSetting& setting : config.settings) FUZZ_CHECK(!setting.key.empty());
  return 0;
}
