#include "util/edit_distance.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace lore {
namespace {

using Words = std::vector<std::string>;

TEST(EditDistance, ClassicExamples) {
  EXPECT_EQ(edit_distance("", ""), 0U);
  EXPECT_EQ(edit_distance("abc", ""), 3U);
  EXPECT_EQ(edit_distance("", "abcd"), 4U);
  EXPECT_EQ(edit_distance("same", "same"), 0U);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3U);
  EXPECT_EQ(edit_distance("flaw", "lawn"), 2U);
  EXPECT_EQ(edit_distance("quote", "qoute"), 1U);  // two neighbours swapped: one edit
  EXPECT_EQ(edit_distance("trivia", "trivai"), 1U);
  EXPECT_EQ(edit_distance("ab", "ba"), 1U);
  EXPECT_EQ(edit_distance("abc", "ca"), 3U);  // no edit is made twice (not 2 by a swap)
  EXPECT_EQ(edit_distance("scene", "scenes"), 1U);
}

TEST(EditDistance, IsSymmetric) {
  const std::vector<std::string_view> words{"", "io", "sam", "micah", "elon", "hope-is-not-a-plan"};
  for (std::string_view a : words) {
    for (std::string_view b : words)
      EXPECT_EQ(edit_distance(a, b), edit_distance(b, a)) << a << " / " << b;
  }
}

TEST(EditDistance, CountsCodePointsNotBytes) {
  EXPECT_EQ(edit_distance("caf\xC3\xA9", "cafe"), 1U);  // é is two bytes, one edit
  EXPECT_EQ(edit_distance("\xE6\x97\xA5\xE6\x9C\xAC", "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"), 1U);
  EXPECT_EQ(edit_distance("\xE2\x80\x9Cx\xE2\x80\x9D", "\"x\""), 2U);
}

TEST(NearestWords, SuggestsATypo) {
  const std::vector<std::string_view> commands{"quote", "trivia", "scene",  "egg",  "random",
                                               "show",  "list",   "search", "info", "tags"};
  EXPECT_EQ(nearest_words("qoute", commands), Words{"quote"});
  EXPECT_EQ(nearest_words("sceen", commands), Words{"scene"});
  EXPECT_EQ(nearest_words("lsit", commands), Words{"list"});
}

TEST(NearestWords, ASwappedPairIsNearerThanAnotherWord) {
  // "widht" is one swap from "width" but three edits from "weight".
  const std::vector<std::string_view> keys{"weight", "width", "wrap"};
  EXPECT_EQ(nearest_words("widht", keys, 1), Words{"width"});
  EXPECT_EQ(nearest_words("wieght", keys, 1), Words{"weight"});
}

TEST(NearestWords, BestFirstAndAtMostTheLimit) {
  const std::vector<std::string_view> candidates{"cart", "dog", "cat", "at"};
  EXPECT_EQ(nearest_words("cat", candidates), (Words{"cat", "cart", "at"}));
  EXPECT_EQ(nearest_words("cat", candidates, 2), (Words{"cat", "cart"}));
  EXPECT_EQ(nearest_words("cat", candidates, 1), Words{"cat"});
}

TEST(NearestWords, LeavesOutWordsTooFarAway) {
  const std::vector<std::string_view> candidates{"quote", "trivia"};
  EXPECT_TRUE(nearest_words("zzzzzzzz", candidates).empty());
  EXPECT_TRUE(nearest_words("xyz", {}).empty());
}

TEST(NearestWords, IncludesCandidatesThatContainTheWord) {
  const std::vector<std::string_view> ids{"hope-is-not-a-plan", "earth-is-our-home", "cast-micah"};
  EXPECT_EQ(nearest_words("hope", ids), Words{"hope-is-not-a-plan"});
  EXPECT_EQ(nearest_words("micah", ids), Words{"cast-micah"});
}

TEST(NearestWords, ListsEachCandidateOnce) {
  const std::vector<std::string_view> candidates{"abc", "abd", "abc"};
  EXPECT_EQ(nearest_words("abc", candidates), (Words{"abc", "abd"}));
}

}  // namespace
}  // namespace lore
