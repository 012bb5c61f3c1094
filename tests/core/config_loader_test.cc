// Issue 9: a config.toml nested deeper than toml++ can take is an error, not a crash.
#include "core/config_loader.h"

#include <gtest/gtest.h>

#include <string>

namespace lore {
namespace {

std::string repeated(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

TEST(ConfigLoaderNesting, DeepDottedKeyIsAPositionedError) {
  const ConfigFile config =
      parse_config("color = \"never\"\na" + repeated(".a", 50000) + " = 1\n", "config.toml");
  EXPECT_TRUE(config.settings.empty());
  ASSERT_EQ(config.diagnostics.size(), 1u);
  EXPECT_EQ(config.diagnostics[0].severity, Severity::error);
  EXPECT_EQ(config.diagnostics[0].line, 2u);
  EXPECT_EQ(config.diagnostics[0].column, 256u);
  EXPECT_EQ(config.diagnostics[0].message, "too many dotted parts in a key (more than 128)");
}

TEST(ConfigLoaderNesting, DeepHeaderAndArrayAreErrors) {
  for (const std::string& text :
       {"[a" + repeated(".a", 50000) + "]\n", "tag = " + repeated("[", 50000) + "\n"}) {
    const ConfigFile config = parse_config(text, "config.toml");
    ASSERT_EQ(config.diagnostics.size(), 1u);
    EXPECT_EQ(config.diagnostics[0].severity, Severity::error);
    EXPECT_EQ(config.diagnostics[0].line, 1u);
  }
}

}  // namespace
}  // namespace lore
