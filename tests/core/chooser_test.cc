#include "core/chooser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <deque>
#include <set>
#include <string>
#include <vector>

namespace lore {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

/// Twenty entries with ids e0..e19, in that order.
class ChooserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 20; ++i) ids_.push_back("e" + std::to_string(i));
    entries_.resize(ids_.size());
    for (std::size_t i = 0; i < ids_.size(); ++i) {
      entries_[i].id = ids_[i];
      candidates_.push_back(&entries_[i]);
    }
  }
  std::vector<const Entry*> pick(std::uint64_t seed, Choice choice) const {
    Random random(seed);
    return choose(candidates_, choice, random);
  }
  static std::vector<std::string_view> ids_of(const std::vector<const Entry*>& entries) {
    std::vector<std::string_view> ids;
    for (const Entry* entry : entries) ids.push_back(entry->id);
    return ids;
  }

  std::deque<std::string> ids_;
  std::vector<Entry> entries_;
  std::vector<const Entry*> candidates_;
};

TEST_F(ChooserTest, SeededRunsRepeat) {
  for (const std::uint64_t seed : {0ULL, 1ULL, 77ULL, 123456789ULL}) {
    EXPECT_EQ(pick(seed, {1, false}), pick(seed, {1, false}));
    EXPECT_EQ(pick(seed, {5, false}), pick(seed, {5, false}));
  }
}

TEST_F(ChooserTest, DifferentSeedsPickDifferently) {
  std::set<const Entry*> first_picks;
  for (std::uint64_t seed = 0; seed < 50; ++seed) first_picks.insert(pick(seed, {1, false}).at(0));
  // Fifty seeds landing on very few of twenty entries would be no randomness at all.
  EXPECT_GE(first_picks.size(), 10U);
}

TEST_F(ChooserTest, EveryCandidateCanBePicked) {
  std::set<const Entry*> picked;
  for (std::uint64_t seed = 0; seed < 2000; ++seed) picked.insert(pick(seed, {1, false}).at(0));
  EXPECT_EQ(picked.size(), candidates_.size());
}

TEST_F(ChooserTest, CountGivesDistinctEntries) {
  for (std::uint64_t seed = 0; seed < 100; ++seed) {
    const auto picked = pick(seed, {7, false});
    ASSERT_EQ(picked.size(), 7U);
    EXPECT_EQ(std::set<const Entry*>(picked.begin(), picked.end()).size(), 7U) << "seed " << seed;
    for (const Entry* entry : picked) {
      EXPECT_NE(std::find(candidates_.begin(), candidates_.end(), entry), candidates_.end());
    }
  }
}

TEST_F(ChooserTest, CountLargerThanTheCandidatesGivesThemAll) {
  const auto picked = pick(3, {100, false});
  ASSERT_EQ(picked.size(), candidates_.size());
  EXPECT_EQ(std::set<const Entry*>(picked.begin(), picked.end()),
            std::set<const Entry*>(candidates_.begin(), candidates_.end()));
}

TEST_F(ChooserTest, CountEqualToTheCandidatesGivesThemAll) {
  const auto picked = pick(9, {20, false});
  EXPECT_EQ(std::set<const Entry*>(picked.begin(), picked.end()).size(), 20U);
}

TEST_F(ChooserTest, AllKeepsDatasetOrder) {
  EXPECT_EQ(pick(5, {1, true}), candidates_);
  EXPECT_EQ(pick(6, {3, true}), candidates_);
}

TEST_F(ChooserTest, NoCandidatesGiveNothing) {
  Random random(1);
  EXPECT_TRUE(choose({}, {1, false}, random).empty());
  EXPECT_TRUE(choose({}, {1, true}, random).empty());
}

TEST_F(ChooserTest, OneCandidateIsAlwaysPicked) {
  Random random(1);
  for (int i = 0; i < 10; ++i)
    EXPECT_EQ(ids_of(choose({&entries_[4]}, {1, false}, random)),
              std::vector<std::string_view>{"e4"});
}

TEST(DailySeed, IsFixedForADateAndCommand) {
  const year_month_day date{year{2024}, month{5}, day{17}};
  EXPECT_EQ(daily_seed(date, "quote"), daily_seed(date, "quote"));
  EXPECT_EQ(daily_seed(year_month_day{year{2024}, month{5}, day{17}}, "quote"),
            daily_seed(date, "quote"));
}

TEST(DailySeed, DiffersFromDayToDay) {
  std::set<std::uint64_t> seeds;
  std::chrono::sys_days day_point{year_month_day{year{2024}, month{1}, day{1}}};
  for (int i = 0; i < 366; ++i, day_point += std::chrono::days{1}) {
    seeds.insert(daily_seed(year_month_day{day_point}, "quote"));
  }
  EXPECT_EQ(seeds.size(), 366U);
}

TEST(DailySeed, DiffersFromCommandToCommand) {
  const year_month_day date{year{2024}, month{5}, day{17}};
  std::set<std::uint64_t> seeds;
  for (const char* command : {"quote", "trivia", "scene", "egg", "random"}) {
    seeds.insert(daily_seed(date, command));
  }
  EXPECT_EQ(seeds.size(), 5U);
}

TEST(DailySeed, DateAndCommandDoNotBlur) {
  // Two different (date, command) pairs must not make the same key by concatenation.
  const year_month_day first{year{2024}, month{1}, day{11}};
  const year_month_day second{year{2024}, month{11}, day{1}};
  EXPECT_NE(daily_seed(first, "quote"), daily_seed(second, "quote"));
}

}  // namespace
}  // namespace lore
