#include "commands/choosing.h"

#include <gtest/gtest.h>

#include <string>

#include "core/dataset_loader.h"
#include "support/catalogs.h"
#include "support/dataset_builder.h"
#include "support/failing_output.h"
#include "support/memory_context.h"
#include "util/output.h"

namespace lore {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

std::vector<std::uint64_t> draws(Random random, int count = 8) {
  std::vector<std::uint64_t> values;
  for (int i = 0; i < count; ++i) values.push_back(random.next());
  return values;
}

// ------------------------------------------------------------------ randomness

TEST(MakeRandom, ASeedGivesItsSequence) {
  ChoiceOptions options;
  options.seed = 42;
  Environment environment;
  environment.entropy_seed = 7;
  EXPECT_EQ(draws(make_random(options, "quote", environment)), draws(Random(42)));
}

TEST(MakeRandom, ADayGivesTheDailySeedOfTheCommand) {
  ChoiceOptions options;
  const year_month_day date{year{2024}, month{5}, day{17}};
  options.day = date;
  Environment environment;
  environment.entropy_seed = 7;
  EXPECT_EQ(draws(make_random(options, "trivia", environment)),
            draws(Random(daily_seed(date, "trivia"))));
  EXPECT_NE(draws(make_random(options, "trivia", environment)),
            draws(make_random(options, "quote", environment)));
}

TEST(MakeRandom, OtherwiseTheEntropySeed) {
  Environment environment;
  environment.entropy_seed = 7;
  EXPECT_EQ(draws(make_random({}, "quote", environment)), draws(Random(7)));
}

// ------------------------------------------------------------------ picking

TEST(PickEntries, DefaultWeightingPicksAlike) {
  const auto loaded = test::load_toml(R"([dataset]
id = "mem"
title = "Memory"
[[quote]]
id = "a"
text = "A."
tags = []
[[quote]]
id = "b"
text = "B."
tags = []
[[quote]]
id = "c"
text = "C."
tags = []
)");
  const Catalog& catalog = loaded->catalog;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    ChoiceOptions options;
    options.choice.count = 2;
    Random for_pick(seed);
    Random for_choose(seed);
    StringOutput ignored;
    const auto picked =
        pick_entries(select_entries(catalog, {}), options, "quote", catalog, for_pick, ignored);
    ASSERT_TRUE(picked);
    EXPECT_EQ(*picked, choose(catalog.entries(), options.choice, for_choose));
  }
}

// ------------------------------------------------------------------ weighting's words

Weighting pins(std::vector<Weighting::Pin> list) {
  Weighting weighting;
  weighting.pins = std::move(list);
  return weighting;
}

/// The usage message for the weighting's error (empty when it holds).
std::string describe_chances(const std::vector<DatasetShare>& shares, const Weighting& weighting) {
  const auto chances = dataset_chances(shares, weighting);
  return chances ? std::string() : describe(chances.error());
}

TEST(WeightWords, OverAHundredIsAnError) {
  // fortune-mod accepts "60% a 50% b" and picks wrongly.
  const auto chances =
      describe_chances({{"a", 1}, {"b", 1}, {"c", 1}}, pins({{"a", 60}, {"b", 50}}));
  EXPECT_EQ(chances, "--weight: the weights add up to 110%, more than 100%");
  const auto fraction = describe_chances({{"a", 1}, {"b", 1}}, pins({{"a", 60}, {"b", 40.5}}));
  EXPECT_NE(fraction.find("100.5%"), std::string::npos) << fraction;
}

TEST(WeightWords, OverAHundredWithSomeUnpinned) {
  const auto chances =
      describe_chances({{"a", 1}, {"b", 1}, {"c", 1}}, pins({{"a", 100}, {"b", 0.5}}));
  EXPECT_NE(chances.find("100.5%"), std::string::npos) << chances;
}

TEST(WeightWords, AllPinnedShortOfAHundred) {
  // fortune-mod leaves the missing 10% to no file at all.
  const auto chances =
      describe_chances({{"a", 1}, {"b", 1}, {"c", 1}}, pins({{"a", 20}, {"b", 30}, {"c", 40}}));
  EXPECT_NE(chances.find("every dataset is weighted"), std::string::npos) << chances;
  EXPECT_NE(chances.find("only 90%"), std::string::npos) << chances;
}

TEST(WeightWords, EveryDatasetPinnedAtZeroIsAnError) {
  const auto chances = describe_chances({{"a", 1}, {"b", 1}}, pins({{"a", 0}, {"b", 0}}));
  EXPECT_NE(chances.find("only 0%"), std::string::npos) << chances;
}

TEST(WeightWords, APinOnAnUnknownDatasetIsAnError) {
  const auto chances = describe_chances({{"a", 1}, {"b", 1}}, pins({{"nope", 10}}));
  EXPECT_EQ(chances, "--weight: no dataset named 'nope'");
}

TEST(WeightWords, ADatasetPinnedTwiceIsAnError) {
  const auto chances = describe_chances({{"a", 1}, {"b", 1}}, pins({{"a", 10}, {"a", 10}}));
  EXPECT_EQ(chances, "--weight: dataset 'a' is weighted twice");
  // Even with the same value, and even where the two would not pass 100.
  EXPECT_NE(describe_chances({{"a", 1}, {"b", 1}}, pins({{"a", 0}, {"a", 0}})), "");
}

}  // namespace
}  // namespace lore
