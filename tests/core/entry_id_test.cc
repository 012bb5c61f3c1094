#include "core/entry_id.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/dataset_loader.h"

namespace lore {
namespace {

TEST(KebabWords, TheExampleOfTheHeader) {
  EXPECT_EQ(kebab_words("It’s a Café!"), "its-a-cafe");
}

TEST(KebabWords, LowercaseWordsJoinedByHyphens) {
  EXPECT_EQ(kebab_words("So it goes."), "so-it-goes");
  EXPECT_EQ(kebab_words("  Hope   is not a PLAN  "), "hope-is-not-a-plan");
  EXPECT_EQ(kebab_words("Room 101, floor 3"), "room-101-floor-3");
}

TEST(KebabWords, AccentsAreStrippedAndPunctuationDropped) {
  EXPECT_EQ(kebab_words("Ünïcödé — «quoted» text!"), "unicode-quoted-text");
  EXPECT_EQ(kebab_words("naïve café crème brûlée"), "naive-cafe-creme-brulee");
  EXPECT_EQ(kebab_words("don't/won't"), "dont-wont");
  EXPECT_EQ(kebab_words("snake_case and kebab-case"), "snake-case-and-kebab-case");
}

TEST(KebabWords, WordsWithNoAsciiLetterOrDigitAreLeftOut) {
  EXPECT_EQ(kebab_words("日本語 and text"), "and-text");
  EXPECT_EQ(kebab_words("日本語"), "");
  EXPECT_EQ(kebab_words("…!?"), "");
  EXPECT_EQ(kebab_words(""), "");
}

TEST(KebabWords, AtMostMaxWords) {
  EXPECT_EQ(kebab_words("one two three four five six", 5), "one-two-three-four-five");
  EXPECT_EQ(kebab_words("one two", 5), "one-two");
  EXPECT_EQ(kebab_words("日本 one 語 two three", 2), "one-two");
}

TEST(KebabWords, AboutMaxLengthWholeWordsOnly) {
  // "alpha-beta" is 10; "-gamma" would pass 12.
  EXPECT_EQ(kebab_words("alpha beta gamma", SIZE_MAX, 12), "alpha-beta");
  // A first word longer than the limit is cut to it.
  EXPECT_EQ(kebab_words("supercalifragilistic word", SIZE_MAX, 5), "super");
}

TEST(KebabWords, TheResultIsAValidId) {
  for (const char* text : {"So it goes.", "It’s a Café!", "A -- B", "x", "3 2 1", "Zoë's--ÉCOLE"}) {
    const std::string id = kebab_words(text);
    EXPECT_TRUE(is_kebab_case(id)) << text << " gave '" << id << "'";
  }
}

TEST(UniqueId, TheBaseWhenFree) {
  EXPECT_EQ(unique_id("so-it-goes", {}), "so-it-goes");
  EXPECT_EQ(unique_id("so-it-goes", {"other", "so-it-goes-2"}), "so-it-goes");
}

TEST(UniqueId, ThenTwoThreeAndSoOn) {
  EXPECT_EQ(unique_id("x", {"x"}), "x-2");
  EXPECT_EQ(unique_id("x", {"x", "x-2"}), "x-3");
  EXPECT_EQ(unique_id("x", {"x-2", "x", "x-3", "x-5"}), "x-4");
}

TEST(UniqueId, ManyTaken) {
  std::vector<std::string> storage{"q"};
  for (int i = 2; i <= 100; ++i) storage.push_back("q-" + std::to_string(i));
  const std::vector<std::string_view> taken(storage.begin(), storage.end());
  EXPECT_EQ(unique_id("q", taken), "q-101");
}

}  // namespace
}  // namespace lore
