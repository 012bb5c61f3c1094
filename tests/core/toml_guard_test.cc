#include "core/toml_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace lore {
namespace {

std::string repeated(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

/// "a.a.a...a" with `parts` parts.
std::string dotted(std::size_t parts) {
  return "a" + repeated(".a", parts - 1);
}

TEST(TomlGuard, OrdinaryTomlPasses) {
  EXPECT_FALSE(check_toml_nesting(""));
  EXPECT_FALSE(check_toml_nesting("[dataset]\nid = \"x\"\n[[quote]]\ntext = 'a.b.c'\n"));
  EXPECT_FALSE(check_toml_nesting("a.b.c = [[1, 2], {x.y = 3}]\npi = 3.14\n"));
  EXPECT_FALSE(check_toml_nesting("[a.b.c]\n[[d.e]]\nf = 1979-05-27T07:32:00.999\n"));
}

TEST(TomlGuard, LimitItselfPasses) {
  EXPECT_FALSE(check_toml_nesting(dotted(kMaxTomlNesting) + " = 1\n"));
  EXPECT_FALSE(check_toml_nesting("[" + dotted(kMaxTomlNesting) + "]\n"));
  EXPECT_FALSE(check_toml_nesting("a = " + repeated("[", kMaxTomlNesting - 1) +
                                  repeated("]", kMaxTomlNesting - 1) + "\n"));
}

TEST(TomlGuard, DeepDottedKeyIsRefusedWithItsPosition) {
  const auto error = check_toml_nesting("# fine\n" + dotted(50000) + " = 1\n");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 2u);
  EXPECT_EQ(error->column, 2u * kMaxTomlNesting);  // the dot after part 128
  EXPECT_EQ(error->message, "too many dotted parts in a key (more than 128)");
}

TEST(TomlGuard, DeepTableHeadersAreRefused) {
  for (const std::string open : {"[", "[["}) {
    const auto error = check_toml_nesting(open + dotted(kMaxTomlNesting + 1) + "]\n");
    ASSERT_TRUE(error) << open;
    EXPECT_EQ(error->line, 1u);
    EXPECT_NE(error->message.find("dotted parts"), std::string::npos);
  }
}

TEST(TomlGuard, DeepArraysAndInlineTablesAreRefused) {
  const auto arrays = check_toml_nesting("x = " + repeated("[", 100000));
  ASSERT_TRUE(arrays);
  EXPECT_EQ(arrays->message, "nested too deeply (more than 128 levels)");
  EXPECT_EQ(arrays->column, 5u + kMaxTomlNesting);
  EXPECT_TRUE(check_toml_nesting("x = " + repeated("{a = ", 200)));
  EXPECT_TRUE(check_toml_nesting("x = " + repeated("[{a = ", 100)));
}

TEST(TomlGuard, InlineTableDepthAddsToDottedParts) {
  // Each level of nesting and each dotted part is one level for toml++.
  EXPECT_TRUE(check_toml_nesting("x = " + repeated("{a = ", 64) + dotted(70) + " = 1"));
  EXPECT_TRUE(check_toml_nesting(dotted(100) + " = " + repeated("[", 40)));
}

TEST(TomlGuard, StringsAndCommentsDoNotCount) {
  const std::string dots = repeated(".", 1000);
  const std::string brackets = repeated("[{", 1000);
  EXPECT_FALSE(check_toml_nesting("a = \"" + dots + brackets + "\"\n"));
  EXPECT_FALSE(check_toml_nesting("a = '" + dots + brackets + "'\n"));
  EXPECT_FALSE(check_toml_nesting("a = \"\"\"\n" + dots + "\n" + brackets + "\"\"\"\n"));
  EXPECT_FALSE(check_toml_nesting("a = '''\n" + dots + "\n" + brackets + "'''\n"));
  EXPECT_FALSE(check_toml_nesting("# " + dots + brackets + "\n"));
  EXPECT_FALSE(check_toml_nesting("\"" + dots + "\" = 1\n"));
  EXPECT_FALSE(check_toml_nesting("[\"" + dots + "\"]\n"));
}

TEST(TomlGuard, EscapedQuotesDoNotEndAString) {
  EXPECT_FALSE(check_toml_nesting("a = \"\\\"" + repeated("[", 500) + "\"\n"));
  EXPECT_FALSE(check_toml_nesting("a = \"\"\"\\\"\"\"" + repeated("[", 500) + "\"\"\"\n"));
  // A literal string has no escapes: its backslash ends nothing.
  EXPECT_TRUE(check_toml_nesting("a = '\\'\nb = " + repeated("[", 500)));
}

TEST(TomlGuard, DeepNestingAfterAStringIsStillFound) {
  const auto error = check_toml_nesting("a = \"x\"\nb = \"\"\"\n\n\"\"\"\n" + dotted(200) + " = 1");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 5u);
}

TEST(TomlGuard, ColumnsCountCodePoints) {
  const auto error = check_toml_nesting("\"é\" = 1\nx = \"é\" " + repeated("[", 300));
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 2u);
  EXPECT_EQ(error->column, 9u + kMaxTomlNesting);
}

}  // namespace
}  // namespace lore
