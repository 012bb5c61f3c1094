#include "render/text_block.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/text_search.h"
#include "support/lines.h"
#include "util/utf8.h"

namespace lore {
namespace {

const std::string kMatch = "\x1b[1;31m";
const std::string kReset = "\x1b[0m";
const std::string kBold = "\x1b[1m";

std::string block(std::string_view text, BlockLayout layout) {
  std::string out;
  append_block(out, text, layout);
  return out;
}

BlockLayout plain(std::size_t width = 0, std::size_t indent = 0) {
  BlockLayout layout;
  layout.width = width;
  layout.indent = indent;
  return layout;
}

/// Removes SGR sequences (ESC [ ... m), the only escapes lore writes itself.
std::string strip_sgr(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      const std::size_t end = text.find('m', i);
      if (end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

using test::lines_of;

std::string without_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\n') out += c;
  }
  return out;
}

TextSearch search(std::string_view pattern, bool ignore_case = false) {
  return std::move(TextSearch::compile(pattern, ignore_case).value());
}

TEST(AppendBlock, PlainTextIsOneLineEndingInNewline) {
  EXPECT_EQ(block("Hope is not a plan.", plain()), "Hope is not a plan.\n");
}

TEST(AppendBlock, AppendsToWhatIsThere) {
  std::string out = "before\n";
  append_block(out, "after", plain());
  EXPECT_EQ(out, "before\nafter\n");
}

TEST(AppendBlock, WrapsAtTheWidth) {
  EXPECT_EQ(block("hello world", plain(5)), "hello\nworld\n");
  EXPECT_EQ(block("Hope is not a plan. But it\xE2\x80\x99s something.", plain(20)),
            "Hope is not a plan.\nBut it\xE2\x80\x99s something.\n");
}

TEST(AppendBlock, IndentsEveryLineWithinTheWidth) {
  EXPECT_EQ(block("-- IO (2019)", plain(0, 4)), "    -- IO (2019)\n");
  EXPECT_EQ(block("-- IO (2019)", plain(10, 4)), "    -- IO\n    (2019)\n");
}

TEST(AppendBlock, IndentWiderThanTheWidth) {
  const std::string out = block("ab cd", plain(3, 4));
  EXPECT_EQ(strip_sgr(out).find_first_not_of(" \nabcd"), std::string::npos);
  std::string letters;
  for (const char c : out) {
    if (c != ' ' && c != '\n') letters += c;
  }
  EXPECT_EQ(letters, "abcd");
}

TEST(AppendBlock, LinesThatFitKeepTheirIndentation) {
  const std::string poem = "So much depends\n  upon\n\ta red wheel\n    barrow";
  EXPECT_EQ(block(poem, plain(40)), poem + "\n");
  EXPECT_EQ(block(poem, plain(40, 2)),
            "  So much depends\n    upon\n  \ta red wheel\n      barrow\n");
}

TEST(AppendBlock, AWideIndentedLineHangsAtItsIndent) {
  EXPECT_EQ(block("    one two three four", plain(12)), "    one two\n    three\n    four\n");
  EXPECT_EQ(block("\tone two", plain(12)), "\tone\n\ttwo\n");
}

TEST(AppendBlock, AnEscapedControlTakesItsPrintedWidth) {
  // "ab\x1bcd" is 8 columns once escaped, though 5 bytes; " ef" makes 11.
  EXPECT_EQ(block("ab\x1b"
                  "cd ef",
                  plain(9)),
            "ab\\x1bcd\nef\n");
  EXPECT_EQ(block("ab\x1b"
                  "cd ef",
                  plain(11)),
            "ab\\x1bcd ef\n");
  EXPECT_EQ(block("\x1b\x1b\x1b", plain(8)), "\\x1b\\x1b\n\\x1b\n");
}

TEST(AppendBlock, KeepsNewlinesOfTheText) {
  EXPECT_EQ(block("first\nsecond", plain()), "first\nsecond\n");
  EXPECT_EQ(block("first\nsecond", plain(0, 2)), "  first\n  second\n");
}

TEST(AppendBlock, ControlCharactersAreEscaped) {
  const std::string out = block(
      "a\x1b[2Jb\xC2\x85"
      "c\x7f",
      plain());
  EXPECT_EQ(out, "a\\x1b[2Jb\\u0085c\\x7f\n");
}

TEST(AppendBlock, ColourOffWritesNoEscape) {
  const TextSearch hope = search("hope", true);
  BlockLayout layout = plain(12);
  layout.style = Style::heading;
  layout.highlight = &hope;
  layout.color = false;
  const std::string out = block("Hope is not a plan, hope is something.", layout);
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
}

TEST(AppendBlock, ColourOnStylesEachLine) {
  BlockLayout layout = plain(5);
  layout.style = Style::heading;
  layout.color = true;
  EXPECT_EQ(block("hello world", layout),
            kBold + "hello" + kReset + "\n" + kBold + "world" + kReset + "\n");
}

TEST(AppendBlock, PlainTextHasNoEscapes) {
  BlockLayout layout = plain();
  layout.color = true;
  EXPECT_EQ(block("just text", layout), "just text\n");
}

TEST(AppendBlock, HighlightsMatches) {
  const TextSearch hope = search("hope", true);
  BlockLayout layout = plain();
  layout.color = true;
  layout.highlight = &hope;
  const std::string out = block("Hope is not a plan.", layout);
  EXPECT_EQ(strip_sgr(out), "Hope is not a plan.\n");
  EXPECT_EQ(out.find(kMatch + "Hope" + kReset), 0U) << out;
  EXPECT_EQ(out.substr(out.size() - 1), "\n");
}

// Lines of a plain block without a match carry no escape at all, and a line with one
// ends with the match's own reset, not a second one.
TEST(AppendBlock, PlainLinesAroundAMatchHaveNoStrayResets) {
  const TextSearch hope = search("hope");
  BlockLayout layout = plain();
  layout.color = true;
  layout.highlight = &hope;
  EXPECT_EQ(block("first line\nsome hope\nlast line", layout),
            "first line\nsome " + kMatch + "hope" + kReset + "\nlast line\n");
}

TEST(AppendBlock, HighlightsEveryMatchInsideTheBaseStyle) {
  const TextSearch bees = search("bees");
  BlockLayout layout = plain();
  layout.color = true;
  layout.style = Style::heading;
  layout.highlight = &bees;
  const std::string out = block("bees, more bees", layout);
  EXPECT_EQ(strip_sgr(out), "bees, more bees\n");
  EXPECT_EQ(out, kBold + kMatch + "bees" + kReset + kBold + ", more " + kMatch + "bees" + kReset +
                     kBold + kReset + "\n");
}

TEST(AppendBlock, AMatchCutByTheWrapIsClosedOnEachLine) {
  const TextSearch whole = search("aaa bbb");
  BlockLayout layout = plain(3);
  layout.color = true;
  layout.highlight = &whole;
  const std::string out = block("aaa bbb", layout);
  const auto lines = lines_of(out);
  ASSERT_EQ(lines.size(), 2U) << out;
  EXPECT_EQ(strip_sgr(lines[0]), "aaa");
  EXPECT_EQ(strip_sgr(lines[1]), "bbb");
  for (const std::string& line : lines) {
    EXPECT_NE(line.find(kMatch), std::string::npos) << line;
    // Whatever a line turns on, it turns off before it ends.
    EXPECT_EQ(line.substr(line.size() - kReset.size()), kReset) << line;
  }
}

TEST(AppendBlock, HighlightIsFoundInEscapedText) {
  // The data's ESC is shown as \x1b; a match after it is still highlighted in place.
  const TextSearch red = search("red");
  BlockLayout layout = plain();
  layout.color = true;
  layout.highlight = &red;
  const std::string out = block("\x1b[31mred", layout);
  EXPECT_EQ(strip_sgr(out), "\\x1b[31mred\n");
  EXPECT_NE(out.find(kMatch + "red" + kReset), std::string::npos) << out;
  // The only ESC bytes are lore's own styles.
  std::string without_styles = out;
  for (const std::string& sequence : {kMatch, kReset}) {
    for (std::size_t at; (at = without_styles.find(sequence)) != std::string::npos;) {
      without_styles.erase(at, sequence.size());
    }
  }
  EXPECT_EQ(without_styles.find('\x1b'), std::string::npos) << without_styles;
}

TEST(AppendBlock, MultibyteWrapsByColumns) {
  const std::string text =
      "\xE2\x80\x9C"
      "Earth is our home. It\xE2\x80\x99s in our blood.\xE2\x80\x9D \xE2\x80\x94 "
      "\xE5\x9C\xB0\xE7\x90\x83\xE3\x81\xAF\xE6\x95\x85\xE9\x83\xB7 caf"
      "e\xCC\x81 "
      "\xF0\x9F\x90\x9D\xF0\x9F\x90\x9D bees";
  for (const std::size_t width : {6U, 9U, 12U, 17U, 25U, 40U}) {
    for (const std::size_t indent : {0U, 4U}) {
      const std::string out = block(text, plain(width, indent));
      SCOPED_TRACE("width " + std::to_string(width) + ", indent " + std::to_string(indent));
      EXPECT_TRUE(utf8::is_valid(out));
      std::string joined;
      for (const std::string& line : lines_of(out)) {
        EXPECT_LE(utf8::display_width(line), width) << "'" << line << "'";
        EXPECT_EQ(line.substr(0, indent), std::string(indent, ' '));
        joined += line;
      }
      // Nothing lost: only the spaces at the breaks are gone.
      EXPECT_EQ(without_spaces(joined), without_spaces(text));
    }
  }
}

}  // namespace
}  // namespace lore
