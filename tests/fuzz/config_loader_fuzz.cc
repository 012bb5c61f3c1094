// config.toml: any text gives settings and diagnostics, never a crash.

#include "core/config_loader.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  const ConfigFile config = parse_config(fuzz::as_text(data, size), "config.toml");
  for (const Diagnostic& diagnostic : config.diagnostics) {
    FUZZ_CHECK(!format_diagnostic(diagnostic).empty());
  }
  // Any key TOML allows, the empty one ('' = 1) included, is a setting with a position;
  // the command line turns one it does not know into a warning "unknown key".
  for (const ConfigSetting& setting : config.settings) {
    FUZZ_CHECK(setting.position.line >= 1 && setting.position.column >= 1);
  }
  return 0;
}
