#include "core/entry.h"

#include <gtest/gtest.h>

namespace lore {
namespace {

TEST(DatasetInfoAttribution, TitleWithYear) {
  DatasetInfo info;
  info.title = "IO";
  info.year = 2019;
  EXPECT_EQ(info.attribution(), "IO (2019)");
}

TEST(DatasetInfoAttribution, TitleAloneWithoutYear) {
  DatasetInfo info;
  info.title = "Fortunes \xE2\x80\x94 mine";
  EXPECT_EQ(info.attribution(), "Fortunes \xE2\x80\x94 mine");
}

TEST(DatasetInfoCredit, TheWorkUnlessACollection) {
  DatasetInfo info;
  info.title = "IO";
  info.year = 2019;
  EXPECT_EQ(info.credit(), "IO (2019)");
  info.collection = true;
  EXPECT_EQ(info.credit(), "");
  EXPECT_EQ(info.attribution(), "IO (2019)");  // still how the dataset names itself
}

TEST(EntryBody, IsTheMainTextOfEachKind) {
  Entry entry;
  entry.text = "the text";
  entry.fact = "the fact";
  entry.description = "the description";
  entry.title = "the title";
  entry.kind = Kind::quote;
  EXPECT_EQ(entry.body(), "the text");
  entry.kind = Kind::egg;
  EXPECT_EQ(entry.body(), "the text");
  entry.kind = Kind::trivia;
  EXPECT_EQ(entry.body(), "the fact");
  entry.kind = Kind::scene;
  EXPECT_EQ(entry.body(), "the description");
}

TEST(EntryHasTag, MatchesWholeTagsOnly) {
  Entry entry;
  entry.tags = {"iconic", "hope"};
  EXPECT_TRUE(entry.has_tag("iconic"));
  EXPECT_TRUE(entry.has_tag("hope"));
  EXPECT_FALSE(entry.has_tag("icon"));
  EXPECT_FALSE(entry.has_tag("Iconic"));
  EXPECT_FALSE(entry.has_tag(""));
}

}  // namespace
}  // namespace lore
