#include "core/config_loader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lore {
namespace {

using Values = std::vector<std::string>;

TEST(ParseConfig, AllTypesInFileOrder) {
  const ConfigFile config = parse_config(
      "# defaults\nwidth = 20\ncolor = \"never\"\nspoilers = true\nno-default = false\n"
      "dataset = [\"io\", \"mine\"]\nweight = [\"mine=30\"]\nlength = 80.5\n",
      "/c/config.toml");
  EXPECT_TRUE(config.diagnostics.empty());
  ASSERT_EQ(config.settings.size(), 7U);
  // toml++ keeps keys sorted; the settings come back in the order of the file.
  EXPECT_EQ(config.settings[0].key, "width");
  EXPECT_EQ(config.settings[0].values, Values{"20"});
  EXPECT_EQ(config.settings[1].key, "color");
  EXPECT_EQ(config.settings[1].values, Values{"never"});
  EXPECT_EQ(config.settings[2].key, "spoilers");
  EXPECT_TRUE(config.settings[2].values.empty());
  EXPECT_TRUE(config.settings[2].enabled);
  EXPECT_EQ(config.settings[3].key, "no-default");
  EXPECT_FALSE(config.settings[3].enabled);
  EXPECT_EQ(config.settings[4].key, "dataset");
  EXPECT_EQ(config.settings[4].values, (Values{"io", "mine"}));
  EXPECT_EQ(config.settings[5].values, Values{"mine=30"});
  EXPECT_EQ(config.settings[6].key, "length");
  EXPECT_EQ(config.settings[6].values, Values{"80.5"});
}

TEST(ParseConfig, EachSettingKnowsItsLineAndColumn) {
  const ConfigFile config = parse_config("\n\n   typo = 1\nkind = \"trivia\"\n", "c.toml");
  ASSERT_EQ(config.settings.size(), 2U);
  EXPECT_EQ(config.settings[0].key, "typo");
  EXPECT_EQ(config.settings[0].position.line, 3U);
  EXPECT_EQ(config.settings[0].position.column, 4U);
  EXPECT_EQ(config.settings[1].key, "kind");
  EXPECT_EQ(config.settings[1].values, Values{"trivia"});
  EXPECT_EQ(config.settings[1].position.line, 4U);
  EXPECT_EQ(config.settings[1].position.column, 1U);
}

TEST(ParseConfig, AValueOfAnotherTypeIsAWarningAndIgnored) {
  const ConfigFile config =
      parse_config("width = 20\ncolor = [{ when = \"never\" }]\ndate = 2024-05-17\n", "c.toml");
  ASSERT_EQ(config.settings.size(), 1U);
  EXPECT_EQ(config.settings[0].key, "width");
  ASSERT_EQ(config.diagnostics.size(), 2U);
  for (const Diagnostic& d : config.diagnostics) {
    EXPECT_EQ(d.severity, Severity::warning);
    EXPECT_EQ(d.path, "c.toml");
    EXPECT_EQ(d.column, 1U);
  }
  EXPECT_EQ(format_diagnostic(config.diagnostics[0]).substr(0, 8), "c.toml:2");
}

TEST(ParseConfig, AnArrayOfTablesOrMixedArrayIsAWarning) {
  const ConfigFile config = parse_config("tag = [\"a\", [\"b\"]]\n", "c.toml");
  EXPECT_TRUE(config.settings.empty());
  ASSERT_EQ(config.diagnostics.size(), 1U);
  EXPECT_EQ(config.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(config.diagnostics[0].line, 1U);
  EXPECT_NE(config.diagnostics[0].message.find("'tag'"), std::string::npos);
}

TEST(ParseConfig, ASyntaxSlipLeavesOutItsLineAlone) {
  const ConfigFile config =
      parse_config("width = 20\ncolor = \"never\nseed = 3\n", "/c/config.toml");
  ASSERT_EQ(config.settings.size(), 2U);
  EXPECT_EQ(config.settings[0].key, "width");
  EXPECT_EQ(config.settings[1].key, "seed");
  ASSERT_EQ(config.diagnostics.size(), 1U);
  EXPECT_EQ(config.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(config.diagnostics[0].path, "/c/config.toml");
  EXPECT_EQ(config.diagnostics[0].line, 2U);
  EXPECT_GT(config.diagnostics[0].column, 0U);
  EXPECT_EQ(config.diagnostics[0].message,
            "the string is not closed on its line; the line is left out");
}

TEST(ParseConfig, CommonSlipsAreNamedInPlainWords) {
  const std::vector<std::pair<std::string, std::string>> slips{
      {"widht = \n", "no value after '='"},
      {"spoilers = yes\n", "a yes or no is written true or false"},
      {"weight = io=50\n", "text must be quoted: \"io=50\""},
      {"width = 20\nwidth = 30\n", "'width' is given twice (the first holds)"},
      {"this is not TOML\n", "bad key-value pair: expected '=', saw 'i'"},
  };
  for (const auto& [text, message] : slips) {
    const ConfigFile config = parse_config(text + "color = \"never\"\n", "c.toml");
    ASSERT_EQ(config.diagnostics.size(), 1U) << text;
    EXPECT_EQ(config.diagnostics[0].message, message + "; the line is left out") << text;
    EXPECT_EQ(config.settings.back().key, "color") << text;
  }
}

TEST(ParseConfig, ATableGivenTwiceIsLeftOutWhole) {
  // Its keys must not fall into [quiz], the table before it.
  const ConfigFile config = parse_config(
      "[quote]\nwidth = 20\n[quiz]\ncount = 3\n[quote]\ncolor = \"never\"\nseed = 1\n", "c.toml");
  ASSERT_EQ(config.settings.size(), 2U);
  EXPECT_EQ(config.settings[1].table, "quiz");
  EXPECT_EQ(config.settings[1].key, "count");
  ASSERT_EQ(config.diagnostics.size(), 1U);
  EXPECT_EQ(config.diagnostics[0].line, 5U);
  EXPECT_EQ(config.diagnostics[0].message,
            "table [quote] is given twice; the table is left out (lines 5-7)");
}

TEST(ParseConfig, SomethingLeftOpenToTheEndLosesTheFile) {
  const ConfigFile config = parse_config("width = 20\ntags = \"\"\"open\nseed = 1\n", "c.toml");
  EXPECT_TRUE(config.settings.empty());
  ASSERT_EQ(config.diagnostics.size(), 1U);
  EXPECT_EQ(config.diagnostics[0].severity, Severity::error);
  EXPECT_NE(config.diagnostics[0].message.find("no settings read from this file"),
            std::string::npos);
}

TEST(ParseConfig, AnEmptyFileHasNoSettings) {
  const ConfigFile config = parse_config("", "c.toml");
  EXPECT_TRUE(config.settings.empty());
  EXPECT_TRUE(config.diagnostics.empty());
  const ConfigFile comments = parse_config("# nothing\n\n# here\n", "c.toml");
  EXPECT_TRUE(comments.settings.empty());
  EXPECT_TRUE(comments.diagnostics.empty());
}

TEST(DefaultConfigPath, XdgConfigHomeFirst) {
  EXPECT_EQ(default_config_path("/xdg/config", "/home/u"), "/xdg/config/lore/config.toml");
}

TEST(DefaultConfigPath, ElseDotConfigInHome) {
  EXPECT_EQ(default_config_path(std::nullopt, "/home/u"), "/home/u/.config/lore/config.toml");
  EXPECT_EQ(default_config_path("", "/home/u"), "/home/u/.config/lore/config.toml");
}

TEST(DefaultConfigPath, ARelativeXdgConfigHomeIsIgnored) {
  EXPECT_EQ(default_config_path("relative/config", "/home/u"), "/home/u/.config/lore/config.toml");
}

TEST(DefaultConfigPath, NeitherGivesNoPath) {
  EXPECT_EQ(default_config_path(std::nullopt, std::nullopt), "");
  EXPECT_EQ(default_config_path("relative", "also/relative"), "");
}

// Issue 9: a config.toml nested deeper than toml++ can take is an error, not a crash.

std::string repeated(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

TEST(ConfigLoaderNesting, DeepDottedKeyIsAPositionedError) {
  const ConfigFile config =
      parse_config("color = \"never\"\na" + repeated(".a", 50000) + " = 1\n", "config.toml");
  ASSERT_EQ(config.settings.size(), 1u);  // the line is left out, the rest read
  EXPECT_EQ(config.settings[0].key, "color");
  ASSERT_EQ(config.diagnostics.size(), 1u);
  EXPECT_EQ(config.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(config.diagnostics[0].line, 2u);
  EXPECT_EQ(config.diagnostics[0].column, 256u);
  EXPECT_EQ(config.diagnostics[0].message,
            "too many dotted parts in a key (more than 128); the line is left out");
}

TEST(ConfigLoaderNesting, DeepHeaderAndArrayAreErrors) {
  for (const std::string& text :
       {"[a" + repeated(".a", 50000) + "]\n", "tag = " + repeated("[", 50000) + "\n"}) {
    const ConfigFile config = parse_config(text, "config.toml");
    ASSERT_EQ(config.diagnostics.size(), 1u);
    EXPECT_EQ(config.diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(config.diagnostics[0].line, 1u);
    EXPECT_TRUE(config.settings.empty());
  }
}

// A [table] holds one command's settings; the caller decides what its name means.
TEST(ParseConfig, TablesHoldSettingsOneLevelDeep) {
  const ConfigFile config = parse_config(
      "count = 3\n[quiz]\ncount = 5\nchoices = true\n[quiz.deeper]\nx = 1\n", "c.toml");
  ASSERT_EQ(config.settings.size(), 3U);
  EXPECT_EQ(config.settings[0].table, "");
  EXPECT_EQ(config.settings[1].table, "quiz");
  EXPECT_EQ(config.settings[1].key, "count");
  EXPECT_EQ(config.settings[1].values, Values{"5"});
  EXPECT_EQ(config.settings[1].position.line, 3U);
  EXPECT_EQ(config.settings[2].key, "choices");
  ASSERT_EQ(config.tables.size(), 1U);
  EXPECT_EQ(config.tables[0].name, "quiz");
  EXPECT_EQ(config.tables[0].position.line, 2U);
  ASSERT_EQ(config.diagnostics.size(), 1U);
  EXPECT_EQ(config.diagnostics[0].severity, Severity::warning);
}

}  // namespace
}  // namespace lore
