#include "util/text_escape.h"

#include <gtest/gtest.h>

#include <string>
#include "util/utf8.h"

namespace lore {
namespace {

TEST(EscapeControls, OrdinaryTextIsUnchanged) {
  EXPECT_EQ(escape_controls(""), "");
  EXPECT_EQ(escape_controls("Hope is not a plan."), "Hope is not a plan.");
  const std::string seed =
      "\xE2\x80\x9C"
      "Earth is our home.\xE2\x80\x9D \xE2\x80\x94 Sam\xE2\x80\x99s "
      "caf\xC3\xA9, \xE6\x97\xA5\xE6\x9C\xAC, \xC2\xA0nbsp";
  EXPECT_EQ(escape_controls(seed), seed);
  EXPECT_EQ(escape_controls("back\\slash"), "back\\slash");
}

TEST(EscapeControls, NewlineAndTabAreKept) {
  EXPECT_EQ(escape_controls("one\ntwo\tthree"), "one\ntwo\tthree");
}

TEST(EscapeControls, EscIsShownEscaped) {
  EXPECT_EQ(escape_controls("a\x1b[31mred\x1b[0m"), "a\\x1b[31mred\\x1b[0m");
  EXPECT_EQ(escape_controls("\x1b]0;title\x07"), "\\x1b]0;title\\x07");
}

TEST(EscapeControls, OtherC0ControlsAreEscaped) {
  EXPECT_EQ(escape_controls(std::string("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(escape_controls("\r"), "\\x0d");
  EXPECT_EQ(escape_controls("\x08"), "\\x08");
  EXPECT_EQ(escape_controls("\x1f"), "\\x1f");
}

TEST(EscapeControls, DelIsEscaped) {
  EXPECT_EQ(escape_controls("a\x7f"
                            "b"),
            "a\\x7fb");
}

TEST(EscapeControls, C1ControlsAreEscaped) {
  EXPECT_EQ(escape_controls("\xC2\x85"), "\\u0085");  // NEL
  EXPECT_EQ(escape_controls("\xC2\x9B"
                            "2J"),
            "\\u009b2J");  // CSI
  EXPECT_EQ(escape_controls("\xC2\x80"), "\\u0080");
  EXPECT_EQ(escape_controls("\xC2\x9F"), "\\u009f");
}

TEST(EscapeControls, NoControlByteSurvives) {
  std::string all;
  for (int c = 0; c < 0x20; ++c) all += static_cast<char>(c);
  all += '\x7f';
  for (int c = 0x80; c < 0xA0; ++c) {
    all += static_cast<char>(0xC2);
    all += static_cast<char>(c);
  }
  const std::string escaped = escape_controls(all);
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    const auto byte = static_cast<unsigned char>(escaped[i]);
    if (byte == '\n' || byte == '\t') continue;
    EXPECT_GE(byte, 0x20) << "raw control at " << i;
    EXPECT_NE(byte, 0x7f) << "raw DEL at " << i;
    if (byte == 0xC2 && i + 1 < escaped.size()) {
      EXPECT_FALSE(static_cast<unsigned char>(escaped[i + 1]) < 0xA0) << "raw C1 at " << i;
    }
  }
}

TEST(EscapeTsvField, EscapesTheSeparatorsAndBackslash) {
  EXPECT_EQ(escape_tsv_field("a\tb"), "a\\tb");
  EXPECT_EQ(escape_tsv_field("a\nb"), "a\\nb");
  EXPECT_EQ(escape_tsv_field("a\rb"), "a\\rb");
  EXPECT_EQ(escape_tsv_field("C:\\dir"), "C:\\\\dir");
}

TEST(EscapeTsvField, OtherControlsAsEscapeControlsWritesThem) {
  EXPECT_EQ(escape_tsv_field("\x1b[1m"), "\\x1b[1m");
  EXPECT_EQ(escape_tsv_field("\xC2\x85"), "\\u0085");
  EXPECT_EQ(escape_tsv_field("\x7f"), "\\x7f");
}

TEST(EscapeTsvField, TextStaysIntact) {
  const std::string text = "\xE2\x80\x9CHope\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s \xE6\x97\xA5";
  EXPECT_EQ(escape_tsv_field(text), text);
}

TEST(EscapeTsvField, AnEscapedFieldHasNoTabOrNewline) {
  const std::string field = escape_tsv_field("x\t\ty\n\r\nz\\\t");
  EXPECT_EQ(field.find('\t'), std::string::npos);
  EXPECT_EQ(field.find('\n'), std::string::npos);
  EXPECT_EQ(field.find('\r'), std::string::npos);
  EXPECT_EQ(field, "x\\t\\ty\\n\\r\\nz\\\\\\t");
}

// Issue 9: bidi controls are escaped like the other controls.

TEST(TextEscapeBidi, EveryBidiControlIsEscaped) {
  // U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C.
  EXPECT_EQ(escape_controls("a\u202Ab\u202Bc\u202Cd\u202De\u202Ef"),
            "a\\u202ab\\u202bc\\u202cd\\u202de\\u202ef");
  EXPECT_EQ(escape_controls("\u2066\u2067\u2068\u2069"), "\\u2066\\u2067\\u2068\\u2069");
  EXPECT_EQ(escape_controls("\u200E\u200F\u061C"), "\\u200e\\u200f\\u061c");
  EXPECT_EQ(escape_tsv_field("id\u202Egnp.exe"), "id\\u202egnp.exe");
}

TEST(TextEscapeBidi, NeighboursAreKept) {
  // Zero-width joiners and Arabic letters are text, not controls.
  const std::string text = "\u200D\u2065\u206A\u2029\u061B\u0627";
  EXPECT_EQ(escape_controls(text), text);
  EXPECT_FALSE(utf8::is_bidi_control(0x2029));
  EXPECT_TRUE(utf8::is_bidi_control(0x2069));
}

}  // namespace
}  // namespace lore
