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
  const Catalog catalog = catalog_of(R"([dataset]
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
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    ChoiceOptions options;
    options.choice.count = 2;
    Random for_pick(seed);
    Random for_choose(seed);
    const auto picked =
        pick_entries(select_entries(catalog, {}), options, "quote", catalog, for_pick);
    ASSERT_TRUE(picked);
    EXPECT_EQ(*picked, choose(catalog.entries(), options.choice, for_choose));
  }
}

}  // namespace
}  // namespace lore
