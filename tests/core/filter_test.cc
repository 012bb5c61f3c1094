#include "core/filter.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "support/dataset_builder.h"
#include "support/indexed.h"

namespace lore {
namespace {

std::string filter_dataset() {
  return test::DatasetBuilder("filters", "Filters")
      .quote("q-sam", "Short words.", {"iconic", "hope"})
      .field("speaker", "Sam Walden")
      .quote("q-micah", "Another line.", {"iconic"})
      .field("speaker", "Micah")
      .quote("q-anon", "No speaker here.", {"hope"})
      .quote("q-spoiler", "The ending.", {"iconic", "ending"})
      .field("speaker", "Sam Walden")
      .spoiler()
      .trivia("t-cast", "X plays Y.", "Cast", {"actor"})
      .field("question", "Who plays Y?")
      .field("answer", "X")
      .trivia("t-plain", "A fact.", "crew", {"crew", "hope"})
      .trivia("t-spoiler", "An ending fact.", "plot", {"ending"})
      .field("question", "How does it end?")
      .field("answer", "Like so")
      .spoiler()
      .scene("s1", "Start", 1, "Beginning.", {"hope"})
      .egg("e1", "Egg", "Hidden.", {"iconic"})
      .toml();
}

using Ids = std::vector<std::string_view>;

class FilterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult result = load_dataset(filter_dataset(), "filters.toml");
    ASSERT_TRUE(result.dataset.has_value());
    catalog_.add(std::move(*result.dataset));
  }
  Ids select(const Filter& filter) const {
    Ids ids;
    for (const Entry* entry : select_entries(catalog_, filter).entries()) ids.push_back(entry->id);
    return ids;
  }
  Catalog catalog_;
};

TEST_F(FilterTest, NoConditionsLeaveOutOnlySpoilers) {
  EXPECT_EQ(select({}), (Ids{"q-sam", "q-micah", "q-anon", "t-cast", "t-plain", "s1", "e1"}));
}

TEST_F(FilterTest, SpoilersComeInWhenIncluded) {
  Filter filter;
  filter.include_spoilers = true;
  EXPECT_EQ(select(filter), (Ids{"q-sam", "q-micah", "q-anon", "q-spoiler", "t-cast", "t-plain",
                                 "t-spoiler", "s1", "e1"}));
}

TEST_F(FilterTest, Kinds) {
  Filter filter;
  filter.kinds = {Kind::quote};
  EXPECT_EQ(select(filter), (Ids{"q-sam", "q-micah", "q-anon"}));
  filter.kinds = {Kind::egg, Kind::trivia};
  EXPECT_EQ(select(filter), (Ids{"t-cast", "t-plain", "e1"}));
}

TEST_F(FilterTest, EveryTagMustHold) {
  Filter filter;
  filter.tags = {"iconic"};
  EXPECT_EQ(select(filter), (Ids{"q-sam", "q-micah", "e1"}));
  filter.tags = {"iconic", "hope"};
  EXPECT_EQ(select(filter), (Ids{"q-sam"}));
  filter.tags = {"hope", "iconic", "crew"};
  EXPECT_EQ(select(filter), Ids{});
  filter.tags = {"icon"};  // a tag matches whole
  EXPECT_EQ(select(filter), Ids{});
}

TEST_F(FilterTest, ExcludedTags) {
  Filter filter;
  filter.excluded_tags = {"iconic"};
  EXPECT_EQ(select(filter), (Ids{"q-anon", "t-cast", "t-plain", "s1"}));
  filter.excluded_tags = {"iconic", "hope"};
  EXPECT_EQ(select(filter), (Ids{"t-cast"}));
}

TEST_F(FilterTest, TagsAndExclusionsCombine) {
  Filter filter;
  filter.tags = {"hope"};
  filter.excluded_tags = {"iconic"};
  EXPECT_EQ(select(filter), (Ids{"q-anon", "t-plain", "s1"}));
}

TEST_F(FilterTest, SpeakerIgnoresCase) {
  Filter filter;
  filter.speaker = "sam walden";
  EXPECT_EQ(select(filter), (Ids{"q-sam"}));
  filter.speaker = "SAM WALDEN";
  EXPECT_EQ(select(filter), (Ids{"q-sam"}));
  filter.speaker = "Sam";  // the whole name, not a part of it
  EXPECT_EQ(select(filter), Ids{});
  filter.speaker = "micah";
  EXPECT_EQ(select(filter), (Ids{"q-micah"}));
}

TEST_F(FilterTest, CategoryIgnoresCase) {
  Filter filter;
  filter.category = "cast";
  EXPECT_EQ(select(filter), (Ids{"t-cast"}));
  filter.category = "CREW";
  EXPECT_EQ(select(filter), (Ids{"t-plain"}));
  filter.category = "cas";
  EXPECT_EQ(select(filter), Ids{});
}

TEST_F(FilterTest, RequireQuestion) {
  Filter filter;
  filter.require_question = true;
  EXPECT_EQ(select(filter), (Ids{"t-cast"}));
  filter.include_spoilers = true;
  EXPECT_EQ(select(filter), (Ids{"t-cast", "t-spoiler"}));
}

TEST_F(FilterTest, AllConditionsCombine) {
  Filter filter;
  filter.kinds = {Kind::quote};
  filter.tags = {"iconic"};
  filter.speaker = "sam walden";
  filter.include_spoilers = true;
  EXPECT_EQ(select(filter), (Ids{"q-sam", "q-spoiler"}));
  filter.excluded_tags = {"ending"};
  EXPECT_EQ(select(filter), (Ids{"q-sam"}));
  filter.length = LengthLimit::long_only;
  filter.length_cutoff = 5;
  EXPECT_EQ(select(filter), (Ids{"q-sam"}));  // "Short words." is 12 characters
  filter.length_cutoff = 12;
  EXPECT_EQ(select(filter), Ids{});
}

TEST_F(FilterTest, SpeakerAndCategoryLeaveOutKindsWithoutThem) {
  Filter filter;
  filter.speaker = "Micah";
  filter.kinds = {Kind::trivia};
  EXPECT_EQ(select(filter), Ids{});
  Filter category;
  category.category = "cast";
  category.kinds = {Kind::quote};
  EXPECT_EQ(select(category), Ids{});
}

// ------------------------------------------------------------------ length boundary

Entry with_body(Kind kind, const std::string& body) {
  static std::deque<std::string> storage;  // keeps the text the views point at, never moving it
  storage.push_back(body);
  Entry entry;
  entry.kind = kind;
  switch (kind) {
    case Kind::quote:
    case Kind::egg: entry.text = storage.back(); break;
    case Kind::trivia: entry.fact = storage.back(); break;
    case Kind::scene: entry.description = storage.back(); break;
  }
  return entry;
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

Filter length_filter(LengthLimit limit, std::size_t cutoff = kDefaultLengthCutoff) {
  Filter filter;
  filter.length = limit;
  filter.length_cutoff = cutoff;
  return filter;
}

TEST(FilterLength, DefaultCutoffIsFortunes160) {
  EXPECT_EQ(Filter{}.length_cutoff, 160U);
}

TEST(FilterLength, ExactlyAtTheCutoffIsShort) {
  for (const Kind kind : kAllKinds) {
    const Entry at = with_body(kind, repeat("a", 160));
    EXPECT_TRUE(length_filter(LengthLimit::short_only).matches(at)) << kind_name(kind);
    EXPECT_FALSE(length_filter(LengthLimit::long_only).matches(at)) << kind_name(kind);
    EXPECT_TRUE(length_filter(LengthLimit::any).matches(at));
  }
}

TEST(FilterLength, OneOverTheCutoffIsLong) {
  for (const Kind kind : kAllKinds) {
    const Entry over = with_body(kind, repeat("a", 161));
    EXPECT_FALSE(length_filter(LengthLimit::short_only).matches(over)) << kind_name(kind);
    EXPECT_TRUE(length_filter(LengthLimit::long_only).matches(over)) << kind_name(kind);
  }
}

TEST(FilterLength, CountsCharactersNotBytes) {
  const Entry curly = with_body(Kind::quote, repeat("\xE2\x80\x9C", 160));  // 160 “, 480 bytes
  EXPECT_TRUE(length_filter(LengthLimit::short_only).matches(curly));
  const Entry accents = with_body(Kind::quote, repeat("\xC3\xA9", 161));
  EXPECT_TRUE(length_filter(LengthLimit::long_only).matches(accents));
}

TEST(FilterLength, ACustomCutoff) {
  const Entry ten = with_body(Kind::egg, "0123456789");
  EXPECT_TRUE(length_filter(LengthLimit::short_only, 10).matches(ten));
  EXPECT_FALSE(length_filter(LengthLimit::short_only, 9).matches(ten));
  EXPECT_TRUE(length_filter(LengthLimit::long_only, 9).matches(ten));
}

TEST(FilterLength, MeasuresTheBodyNotTheTitle) {
  Entry scene = with_body(Kind::scene, "Short.");
  const std::string long_title = repeat("t", 300);
  scene.title = long_title;
  EXPECT_TRUE(length_filter(LengthLimit::short_only).matches(scene));
}

TEST(SelectEntries, KeepsDatasetOrderAcrossDatasets) {
  Catalog catalog;
  for (const char* id : {"one", "two"}) {
    const test::DatasetBuilder builder =
        test::DatasetBuilder(id, "T").egg("b", "B", "B.").quote("a", "A.");
    catalog.add(builder.dataset(std::string(id) + ".toml"));
  }
  std::vector<std::string> names;
  for (const Entry* entry : select_entries(catalog, {}).entries()) {
    names.push_back(entry->dataset->id + ":" + std::string(entry->id));
  }
  EXPECT_EQ(names, (std::vector<std::string>{"one:b", "one:a", "two:b", "two:a"}));
}

}  // namespace
}  // namespace lore

namespace lore {
namespace {

/// The ids `filter` selects from the filter dataset, in memory or from its index.
std::vector<std::string> selected(bool from_index, const Filter& filter) {
  LoadResult loaded = load_dataset(filter_dataset(), "filters.toml");
  Catalog catalog;
  catalog.add(from_index ? test::indexed(*loaded.dataset) : std::move(*loaded.dataset));
  std::vector<std::string> ids;
  for (const Entry* entry : select_entries(catalog, filter).entries()) ids.emplace_back(entry->id);
  return ids;
}

TEST(FilterOnIndex, SelectsWhatMemorySelects) {
  std::vector<Filter> filters(1);
  for (const std::vector<Kind>& kinds : std::vector<std::vector<Kind>>{
           {}, {Kind::quote}, {Kind::trivia}, {Kind::quote, Kind::egg}}) {
    for (const bool spoilers : {false, true}) {
      Filter filter;
      filter.kinds = kinds;
      filter.include_spoilers = spoilers;
      filters.push_back(filter);
      filter.tags = {"iconic"};
      filters.push_back(filter);
      filter.tags = {"iconic", "hope", "iconic"};
      filters.push_back(filter);
      filter.tags = {"no-such-tag"};
      filters.push_back(filter);
      filter.tags = {};
      filter.excluded_tags = {"hope", "no-such-tag"};
      filters.push_back(filter);
      filter.excluded_tags = {};
      filter.speaker = "sam WALDEN";
      filters.push_back(filter);
      filter.speaker = "";
      filter.category = "CAST";
      filters.push_back(filter);
      filter.category = "";
      filter.require_question = true;
      filters.push_back(filter);
      filter.require_question = false;
      for (const LengthLimit length : {LengthLimit::short_only, LengthLimit::long_only}) {
        filter.length = length;
        filter.length_cutoff = 12;
        filters.push_back(filter);
      }
    }
  }
  for (std::size_t i = 0; i < filters.size(); ++i) {
    EXPECT_EQ(selected(true, filters[i]), selected(false, filters[i])) << "filter " << i;
  }
  EXPECT_FALSE(selected(true, {}).empty());
}

}  // namespace
}  // namespace lore
