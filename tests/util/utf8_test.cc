#include "util/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace lore::utf8 {
namespace {

// Characters used below, spelled out so the bytes are plain to see.
constexpr std::string_view kEAcute = "\xC3\xA9";                 // é, precomposed
constexpr std::string_view kCombiningAcute = "\xCC\x81";         // U+0301
constexpr std::string_view kNihon = "\xE6\x97\xA5\xE6\x9C\xAC";  // 日本
constexpr std::string_view kHeart = "\xE2\x9D\xA4";              // ❤ U+2764 (text style)
constexpr std::string_view kVs16 = "\xEF\xB8\x8F";               // U+FE0F
constexpr std::string_view kThumbsUp = "\xF0\x9F\x91\x8D";       // 👍 U+1F44D
constexpr std::string_view kMediumSkin = "\xF0\x9F\x8F\xBD";     // U+1F3FD
constexpr std::string_view kZwj = "\xE2\x80\x8D";                // U+200D
constexpr std::string_view kWoman = "\xF0\x9F\x91\xA9";          // 👩
constexpr std::string_view kRocket = "\xF0\x9F\x9A\x80";         // 🚀
constexpr std::string_view kLeftQuote = "\xE2\x80\x9C";          // “
constexpr std::string_view kEmDash = "\xE2\x80\x94";             // —

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out += part;
  return out;
}

TEST(Utf8DisplayWidth, AsciiIsOneColumnPerCharacter) {
  EXPECT_EQ(display_width(""), 0U);
  EXPECT_EQ(display_width("a"), 1U);
  EXPECT_EQ(display_width("Hope is not a plan."), 19U);
}

TEST(Utf8DisplayWidth, CjkCharactersAreTwoColumnsEach) {
  EXPECT_EQ(display_width(kNihon), 4U);
  EXPECT_EQ(display_width("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"), 6U);  // 日本語
  EXPECT_EQ(display_width("\xED\x95\x9C\xEA\xB5\xAD"), 4U);              // 한국 (Hangul)
  EXPECT_EQ(display_width("\xEF\xBC\xA1"), 2U);                          // Ａ fullwidth
  EXPECT_EQ(display_width(cat({"a", kNihon, "b"})), 6U);
}

TEST(Utf8DisplayWidth, CombiningMarksTakeNoColumn) {
  EXPECT_EQ(display_width(cat({"e", kCombiningAcute})), 1U);
  EXPECT_EQ(display_width(cat({"Cafe", kCombiningAcute})), 4U);
  // Decomposed and precomposed forms take the same room.
  EXPECT_EQ(display_width(cat({"caf", kEAcute})), display_width(cat({"cafe", kCombiningAcute})));
  // Two marks on one base.
  EXPECT_EQ(display_width(cat({"a", kCombiningAcute, "\xCC\x88"})), 1U);
}

TEST(Utf8DisplayWidth, PunctuationOfTheSeedIsOneColumn) {
  EXPECT_EQ(display_width(kLeftQuote), 1U);
  EXPECT_EQ(display_width(kEmDash), 1U);
  EXPECT_EQ(display_width("It\xE2\x80\x99s"), 4U);  // It’s
}

TEST(Utf8DisplayWidth, EmojiAreTwoColumns) {
  EXPECT_EQ(display_width(kThumbsUp), 2U);
  // A skin tone modifier joins its base: still one wide cluster.
  EXPECT_EQ(display_width(cat({kThumbsUp, kMediumSkin})), 2U);
  // A ZWJ sequence (woman astronaut) is one cluster of two columns.
  EXPECT_EQ(display_width(cat({kWoman, kZwj, kRocket})), 2U);
}

TEST(Utf8DisplayWidth, Vs16MakesATextSymbolWide) {
  EXPECT_EQ(display_width(kHeart), 1U);
  EXPECT_EQ(display_width(cat({kHeart, kVs16})), 2U);
  EXPECT_EQ(display_width(cat({"I ", kHeart, kVs16, " IO"})), 7U);
}

TEST(Utf8DisplayWidth, InvalidBytesCountOneColumnEach) {
  EXPECT_EQ(display_width("\xFF"), 1U);
  EXPECT_EQ(display_width("a\xFF"
                          "b"),
            3U);
  EXPECT_EQ(display_width("\xC3"), 1U);       // truncated two-byte sequence
  EXPECT_EQ(display_width("a\xE2\x80"), 3U);  // truncated three-byte sequence: two bad bytes
  EXPECT_EQ(display_width("\xC0\xAF"), 2U);   // overlong encoding of '/'
}

TEST(Utf8IsValid, AcceptsWellFormedAndRejectsMalformed) {
  EXPECT_TRUE(is_valid(""));
  EXPECT_TRUE(is_valid("plain"));
  EXPECT_TRUE(is_valid(cat({kEAcute, kNihon, kThumbsUp, kLeftQuote})));
  EXPECT_FALSE(is_valid("\xFF"));
  EXPECT_FALSE(is_valid("ok\xC3"));        // truncated at the end
  EXPECT_FALSE(is_valid("\xC0\xAF"));      // overlong
  EXPECT_FALSE(is_valid("\xED\xA0\x80"));  // a UTF-16 surrogate
  EXPECT_FALSE(is_valid("\x80"));          // a lone continuation byte
}

TEST(Utf8CodePointCount, CountsCodePointsNotBytes) {
  EXPECT_EQ(code_point_count(""), 0U);
  EXPECT_EQ(code_point_count("abc"), 3U);
  EXPECT_EQ(code_point_count(kEAcute), 1U);
  EXPECT_EQ(code_point_count(kNihon), 2U);
  EXPECT_EQ(code_point_count(kThumbsUp), 1U);
  EXPECT_EQ(code_point_count(cat({"e", kCombiningAcute})), 2U);
  EXPECT_EQ(code_point_count("a\xFF\xFE"
                             "b"),
            4U);  // each invalid byte counts one
}

TEST(Utf8Decode, DecodesEachLengthAndReplacesInvalidBytes) {
  std::size_t length = 0;
  EXPECT_EQ(decode("A", 0, length), U'A');
  EXPECT_EQ(length, 1U);
  EXPECT_EQ(decode(kEAcute, 0, length), U'\u00E9');
  EXPECT_EQ(length, 2U);
  EXPECT_EQ(decode(kEmDash, 0, length), U'\u2014');
  EXPECT_EQ(length, 3U);
  EXPECT_EQ(decode(kThumbsUp, 0, length), U'\U0001F44D');
  EXPECT_EQ(length, 4U);
  EXPECT_EQ(decode("x\xFF", 1, length), U'\uFFFD');
  EXPECT_EQ(length, 1U);
  EXPECT_EQ(decode("\xE2\x80", 0, length), U'\uFFFD');  // truncated
  EXPECT_EQ(length, 1U);
  EXPECT_EQ(decode(cat({"ab", kNihon}), 5, length), U'\u672C');  // 本, at its offset
  EXPECT_EQ(length, 3U);
}

TEST(Utf8NextGrapheme, KeepsClustersWhole) {
  const std::string accented = cat({"e", kCombiningAcute, "x"});
  EXPECT_EQ(next_grapheme(accented, 0), 3U);
  EXPECT_EQ(next_grapheme(accented, 3), 4U);
  EXPECT_EQ(next_grapheme(accented, 4), 4U);  // at the end it stays at the end
  EXPECT_EQ(next_grapheme("\r\nx", 0), 2U);   // CR LF is one cluster
  const std::string astronaut = cat({kWoman, kZwj, kRocket, "!"});
  EXPECT_EQ(next_grapheme(astronaut, 0), astronaut.size() - 1);
  const std::string heart = cat({kHeart, kVs16, "a"});
  EXPECT_EQ(next_grapheme(heart, 0), 6U);
  // Two regional indicators make one flag: 🇫🇷 then 🇮🇴.
  const std::string flags = "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7\xF0\x9F\x87\xAE\xF0\x9F\x87\xB4";
  EXPECT_EQ(next_grapheme(flags, 0), 8U);
  EXPECT_EQ(next_grapheme(flags, 8), 16U);
}

TEST(Utf8GraphemeWidth, WidthOfSingleClusters) {
  EXPECT_EQ(grapheme_width("a"), 1);
  EXPECT_EQ(grapheme_width(cat({"a", kCombiningAcute})), 1);
  EXPECT_EQ(grapheme_width("\xE6\x97\xA5"), 2);
  EXPECT_EQ(grapheme_width(cat({kHeart, kVs16})), 2);
  EXPECT_EQ(grapheme_width(cat({kWoman, kZwj, kRocket})), 2);
}

TEST(Utf8PrefixFitting, CutsAsciiAtTheWidth) {
  EXPECT_EQ(prefix_fitting("hello", 3), "hel");
  EXPECT_EQ(prefix_fitting("hello", 5), "hello");
  EXPECT_EQ(prefix_fitting("hello", 80), "hello");
  EXPECT_EQ(prefix_fitting("hello", 0), "");
  EXPECT_EQ(prefix_fitting("", 4), "");
}

TEST(Utf8PrefixFitting, NeverSplitsAWideCharacter) {
  const std::string text = "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E";  // 日本語
  EXPECT_EQ(prefix_fitting(text, 1), "");
  EXPECT_EQ(prefix_fitting(text, 2), "\xE6\x97\xA5");
  EXPECT_EQ(prefix_fitting(text, 3), "\xE6\x97\xA5");
  EXPECT_EQ(prefix_fitting(text, 4), kNihon);
  EXPECT_EQ(prefix_fitting(text, 6), text);
}

TEST(Utf8PrefixFitting, NeverSplitsAGrapheme) {
  const std::string accented = cat({"e", kCombiningAcute, "e", kCombiningAcute});
  EXPECT_EQ(prefix_fitting(accented, 1), cat({"e", kCombiningAcute}));
  const std::string astronaut = cat({kWoman, kZwj, kRocket, "x"});
  EXPECT_EQ(prefix_fitting(astronaut, 1), "");
  EXPECT_EQ(prefix_fitting(astronaut, 2), cat({kWoman, kZwj, kRocket}));
  EXPECT_EQ(prefix_fitting(astronaut, 3), astronaut);
  const std::string heart = cat({kHeart, kVs16, "!"});
  EXPECT_EQ(prefix_fitting(heart, 1), "");
  EXPECT_EQ(prefix_fitting(heart, 2), cat({kHeart, kVs16}));
}

TEST(Utf8PrefixFitting, EveryCutIsAtAClusterBoundaryAndFits) {
  const std::string text = cat({kLeftQuote, "Caf", "e", kCombiningAcute, " ", kNihon, " ",
                                kThumbsUp, kMediumSkin, " ", kHeart, kVs16, kEmDash, "IO"});
  // The cluster boundaries, worked out by hand from the pieces above.
  const std::size_t boundaries[] = {0, 3, 4, 5, 6, 9, 10, 13, 16, 17, 25, 26, 32, 35, 36, 37};
  for (std::size_t width = 0; width <= 20; ++width) {
    const std::string_view prefix = prefix_fitting(text, width);
    EXPECT_LE(display_width(prefix), width) << "width " << width;
    bool at_boundary = false;
    for (const std::size_t boundary : boundaries)
      at_boundary = at_boundary || prefix.size() == boundary;
    EXPECT_TRUE(at_boundary) << "width " << width << " cut at byte " << prefix.size();
    EXPECT_TRUE(is_valid(prefix));
  }
}

TEST(Utf8IsUnsafeControl, FlagsC0DelAndC1ButNotNewlineOrTab) {
  EXPECT_FALSE(is_unsafe_control(U'\n'));
  EXPECT_FALSE(is_unsafe_control(U'\t'));
  EXPECT_FALSE(is_unsafe_control(U' '));
  EXPECT_FALSE(is_unsafe_control(U'a'));
  EXPECT_FALSE(is_unsafe_control(U'\u00A0'));  // no-break space, just after C1
  EXPECT_FALSE(is_unsafe_control(U'\u2014'));
  EXPECT_TRUE(is_unsafe_control(U'\0'));
  EXPECT_TRUE(is_unsafe_control(U'\x1B'));  // ESC
  EXPECT_TRUE(is_unsafe_control(U'\r'));
  EXPECT_TRUE(is_unsafe_control(U'\x1F'));
  EXPECT_TRUE(is_unsafe_control(U'\x7F'));  // DEL
  EXPECT_TRUE(is_unsafe_control(U'\u0080'));
  EXPECT_TRUE(is_unsafe_control(U'\u0085'));  // NEL
  EXPECT_TRUE(is_unsafe_control(U'\u009B'));  // CSI
  EXPECT_TRUE(is_unsafe_control(U'\u009F'));
}

}  // namespace
}  // namespace lore::utf8
