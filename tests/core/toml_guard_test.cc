#include "core/toml_guard.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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
  EXPECT_FALSE(check_toml_text(""));
  EXPECT_FALSE(check_toml_text("[dataset]\nid = \"x\"\n[[quote]]\ntext = 'a.b.c'\n"));
  EXPECT_FALSE(check_toml_text("a.b.c = [[1, 2], {x.y = 3}]\npi = 3.14\n"));
  EXPECT_FALSE(check_toml_text("[a.b.c]\n[[d.e]]\nf = 1979-05-27T07:32:00.999\n"));
}

TEST(TomlGuard, LimitItselfPasses) {
  EXPECT_FALSE(check_toml_text(dotted(kMaxTomlNesting) + " = 1\n"));
  EXPECT_FALSE(check_toml_text("[" + dotted(kMaxTomlNesting) + "]\n"));
  EXPECT_FALSE(check_toml_text("a = " + repeated("[", kMaxTomlNesting - 1) +
                               repeated("]", kMaxTomlNesting - 1) + "\n"));
}

TEST(TomlGuard, DeepDottedKeyIsRefusedWithItsPosition) {
  const auto error = check_toml_text("# fine\n" + dotted(50000) + " = 1\n");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 2u);
  EXPECT_EQ(error->column, 2u * kMaxTomlNesting);  // the dot after part 128
  EXPECT_EQ(error->message, "too many dotted parts in a key (more than 128)");
}

TEST(TomlGuard, DeepTableHeadersAreRefused) {
  for (const std::string open : {"[", "[["}) {
    const auto error = check_toml_text(open + dotted(kMaxTomlNesting + 1) + "]\n");
    ASSERT_TRUE(error) << open;
    EXPECT_EQ(error->line, 1u);
    EXPECT_NE(error->message.find("dotted parts"), std::string::npos);
  }
}

TEST(TomlGuard, DeepArraysAndInlineTablesAreRefused) {
  const auto arrays = check_toml_text("x = " + repeated("[", 100000));
  ASSERT_TRUE(arrays);
  EXPECT_EQ(arrays->message, "nested too deeply (more than 128 levels)");
  EXPECT_EQ(arrays->column, 5u + kMaxTomlNesting);
  EXPECT_TRUE(check_toml_text("x = " + repeated("{a = ", 200)));
  EXPECT_TRUE(check_toml_text("x = " + repeated("[{a = ", 100)));
}

TEST(TomlGuard, InlineTableDepthAddsToDottedParts) {
  // Each level of nesting and each dotted part is one level for toml++.
  EXPECT_TRUE(check_toml_text("x = " + repeated("{a = ", 63) + "{" + dotted(70) + " = 1"));
  EXPECT_FALSE(check_toml_text("x = " + repeated("{a = ", 63) + "{" + dotted(60) + " = 1"));
  EXPECT_TRUE(check_toml_text(dotted(100) + " = " + repeated("[", 40)));
}

TEST(TomlGuard, StringsAndCommentsDoNotCount) {
  const std::string dots = repeated(".", 1000);
  const std::string brackets = repeated("[{", 1000);
  EXPECT_FALSE(check_toml_text("a = \"" + dots + brackets + "\"\n"));
  EXPECT_FALSE(check_toml_text("a = '" + dots + brackets + "'\n"));
  EXPECT_FALSE(check_toml_text("a = \"\"\"\n" + dots + "\n" + brackets + "\"\"\"\n"));
  EXPECT_FALSE(check_toml_text("a = '''\n" + dots + "\n" + brackets + "'''\n"));
  EXPECT_FALSE(check_toml_text("# " + dots + brackets + "\n"));
  EXPECT_FALSE(check_toml_text("\"" + dots + "\" = 1\n"));
  EXPECT_FALSE(check_toml_text("[\"" + dots + "\"]\n"));
}

TEST(TomlGuard, EscapedQuotesDoNotEndAString) {
  EXPECT_FALSE(check_toml_text("a = \"\\\"" + repeated("[", 500) + "\"\n"));
  EXPECT_FALSE(check_toml_text("a = \"\"\"\\\"\"\"" + repeated("[", 500) + "\"\"\"\n"));
  // A literal string has no escapes: its backslash ends nothing.
  EXPECT_TRUE(check_toml_text("a = '\\'\nb = " + repeated("[", 500)));
}

TEST(TomlGuard, DeepNestingAfterAStringIsStillFound) {
  const auto error = check_toml_text("a = \"x\"\nb = \"\"\"\n\n\"\"\"\n" + dotted(200) + " = 1");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 5u);
}

TEST(TomlGuard, ColumnsCountCodePoints) {
  const auto error = check_toml_text("\"é\" = 1\nx = \"é\" " + repeated("[", 300));
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 2u);
  EXPECT_EQ(error->column, 9u + kMaxTomlNesting);
}

}  // namespace
}  // namespace lore

namespace lore {
namespace {

// toml++ 3.3 reaches __builtin_unreachable() on some non-ASCII characters outside
// strings (found by fuzzing: "Café" as a bare word); TOML never allows them there.
TEST(TomlGuard, NonAsciiOutsideStringsIsRefused) {
  const auto error = check_toml_text("a = 1\nCafé = 2\n");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 2u);
  EXPECT_EQ(error->column, 4u);
  EXPECT_EQ(error->message, "a character that is not ASCII outside a string or comment; quote it");
  EXPECT_TRUE(check_toml_text("x = [1,\u00a02]"));
  EXPECT_TRUE(check_toml_text("[\u3000a]"));
}

TEST(TomlGuard, NonAsciiInStringsAndCommentsIsFine) {
  EXPECT_FALSE(
      check_toml_text("\xEF\xBB\xBF"
                      "a = 1\n"));  // a byte order mark
  EXPECT_FALSE(check_toml_text("\"Café\" = 'é'  # é\nb = \"\"\"\n☕\"\"\"\nc = '''🎬'''\n"));
}

}  // namespace
}  // namespace lore

namespace lore {
namespace {

// Issue 10: the places a dataset's text may be cut into parts parsed one at a time.

std::vector<TomlArrayHeader> headers_of(std::string_view text) {
  std::vector<TomlArrayHeader> headers;
  EXPECT_FALSE(
      check_toml_text(text, [&](const TomlArrayHeader& header) { headers.push_back(header); }));
  return headers;
}

TEST(TomlGuardHeaders, PlainArrayHeadersWithTheirLines) {
  const std::string text =
      "[dataset]\nid = 'x'\n[[quote]]\ntext = 'a'\n  [[ trivia ]]  # a comment\r\n"
      "fact = 'b'\n[[egg]]\n";
  const auto headers = headers_of(text);
  ASSERT_EQ(headers.size(), 3u);
  EXPECT_EQ(headers[0].name, "quote");
  EXPECT_EQ(headers[0].line, 3u);
  EXPECT_EQ(headers[0].line_offset, text.find("[[quote]]"));
  EXPECT_EQ(headers[1].name, "trivia");
  EXPECT_EQ(headers[1].line, 5u);
  EXPECT_EQ(headers[1].line_offset, text.find("  [[ trivia"));  // where its line begins
  EXPECT_EQ(headers[2].name, "egg");
  EXPECT_EQ(headers[2].line, 7u);
}

TEST(TomlGuardHeaders, OnlyTopLevelHeadersOutsideStrings) {
  const auto headers = headers_of(
      "a = \"\"\"\n[[quote]]\n\"\"\"\n"
      "b = '''\n[[quote]]\n'''\n"
      "c = [\n[[1]],\n]\n"
      "# [[quote]]\n"
      "d = \"[[quote]]\"\n"
      "[[quote.sub]]\n"
      "[[\"quote\"]]\n"
      "[table]\n"
      "[[scene]]\n");
  ASSERT_EQ(headers.size(), 1u);
  EXPECT_EQ(headers[0].name, "scene");
  EXPECT_EQ(headers[0].line, 15u);
}

TEST(TomlGuardHeaders, ARefusedTextStillSaysWhy) {
  std::size_t told = 0;
  const auto error =
      check_toml_text("[[quote]]\nCafé = 1\n[[quote]]\n", [&](const TomlArrayHeader&) { ++told; });
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 2u);
  EXPECT_EQ(told, 1u);
}

}  // namespace
}  // namespace lore

namespace lore {
namespace {

TEST(DescribeTomlError, CommonSlipsInPlainWords) {
  const std::string redefined = "Error while parsing key-value pair: cannot redefine existing";
  const std::string other = "Error while parsing value: could not determine value type";
  const std::vector<std::vector<std::string>> rows{
      {"width = ", other, "no value after '='"},
      {"width =   # soon", other, "no value after '='"},
      {"speaker = Person", other, "text must be quoted: \"Person\""},
      {"text = \"open", other, "the string is not closed on its line"},
      {"text = 'open", other, "the string is not closed on its line"},
      {"spoiler = yes", other, "a yes or no is written true or false"},
      {"  id = \"a\"", redefined, "'id' is given twice (the first holds)"},
      {"[quote] ", "Error while parsing table header: cannot redefine",
       "table [quote] is given twice"},
      // Nothing to say in plain words: toml++'s own, without "Error while parsing".
      {"year = 20x9", other, "bad value: could not determine value type"},
      {"flag = true", "something else", "something else"},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(describe_toml_error(row[0], row[1]), row[2]) << row[0];
  }
}

TEST(LineRange, EachLineWithoutItsNewline) {
  using Range = std::pair<std::size_t, std::size_t>;
  const std::string text = "one\ntwo\r\n\nfour";
  EXPECT_EQ(line_range(text, 1), (Range{0, 3}));
  EXPECT_EQ(line_range(text, 2), (Range{4, 8}));
  EXPECT_EQ(line_range(text, 3), (Range{9, 9}));
  EXPECT_EQ(line_range(text, 4), (Range{10, 14}));
  EXPECT_EQ(line_range(text, 5), (Range{14, 14}));
}

}  // namespace
}  // namespace lore
