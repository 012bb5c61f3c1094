// Issue 9: bidi controls are escaped like the other controls.
#include "util/text_escape.h"

#include <gtest/gtest.h>

#include <string>

#include "util/utf8.h"

namespace lore {
namespace {

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
