// Weighting across datasets: parse_weight, dataset_chances (with the cases fortune-mod
// gets wrong) and choose_weighted, whose picks over many draws from one fixed seed
// are checked against the chances by a chi-square test at p = 0.001 or an exact count.
#include "core/weighting.h"

#include <gtest/gtest.h>

#include <cmath>
#include <deque>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include "core/dataset.h"

namespace lore {
namespace {

// ------------------------------------------------------------------- parse_weight

TEST(ParseWeight, NameAndPercent) {
  const auto pin = parse_weight("mine=70");
  ASSERT_TRUE(pin) << pin.error();
  EXPECT_EQ(pin->dataset, "mine");
  EXPECT_DOUBLE_EQ(pin->percent, 70);
}

TEST(ParseWeight, APercentSignAFractionAndTheBounds) {
  EXPECT_DOUBLE_EQ(parse_weight("a=70%")->percent, 70);
  EXPECT_DOUBLE_EQ(parse_weight("a=12.5")->percent, 12.5);
  EXPECT_DOUBLE_EQ(parse_weight("a=0")->percent, 0);
  EXPECT_DOUBLE_EQ(parse_weight("a=100")->percent, 100);
  EXPECT_DOUBLE_EQ(parse_weight("a=100%")->percent, 100);
}

TEST(ParseWeight, TheNameIsEverythingBeforeTheLastEquals) {
  const auto pin = parse_weight("odd=name=5");
  ASSERT_TRUE(pin) << pin.error();
  EXPECT_EQ(pin->dataset, "odd=name");
  EXPECT_DOUBLE_EQ(pin->percent, 5);
}

TEST(ParseWeight, NotNamePercentIsAnError) {
  for (const char* text : {"mine", "=5", ""}) {
    const auto pin = parse_weight(text);
    ASSERT_FALSE(pin) << text;
    EXPECT_EQ(pin.error(), std::string("'") + text + "' is not NAME=PERCENT");
  }
}

TEST(ParseWeight, ABadPercentageIsAnError) {
  for (const char* text : {"a=", "a=abc", "a=101", "a=100.001", "a=-1", "a=-0.5", "a=70 ", "a= 70",
                           "a=7O", "a=1e3", "a=inf", "a=%"}) {
    const auto pin = parse_weight(text);
    ASSERT_FALSE(pin) << text << " was accepted as " << pin->percent;
    EXPECT_EQ(pin.error(),
              std::string("'") + text + "': the percentage must be a number from 0 to 100");
  }
}

TEST(ParseWeight, NotANumberIsNotAPercentage) {
  // std::from_chars reads "nan"; a NaN weight makes every chance NaN.
  for (const char* text : {"a=nan", "a=NaN", "a=-nan"}) {
    const auto pin = parse_weight(text);
    EXPECT_FALSE(pin) << text << " was accepted";
  }
}

// ----------------------------------------------------------------- dataset_chances

using Shares = std::vector<DatasetShare>;
using Chances = std::vector<double>;

Weighting pins(std::vector<Weighting::Pin> list, bool equal = false) {
  Weighting w;
  w.equal = equal;
  w.pins = std::move(list);
  return w;
}

void expect_chances(const Expected<Chances, WeightingError>& actual, const Chances& expected) {
  ASSERT_TRUE(actual);
  ASSERT_EQ(actual->size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR((*actual)[i], expected[i], 1e-12) << "dataset " << i;
  }
}

double sum(const Chances& chances) {
  return std::accumulate(chances.begin(), chances.end(), 0.0);
}

TEST(DatasetChances, ByDefaultEveryEntryIsEquallyLikely) {
  expect_chances(dataset_chances({{"a", 2}, {"b", 6}, {"c", 12}}, {}), {0.1, 0.3, 0.6});
}

// All the weight on a dataset with nothing to offer (say, only quotes under `lore
// trivia --weight mine=100`): the others still share everything, by size, so a pick
// never comes back empty while entries match.
TEST(DatasetChances, WeightOnEmptyDatasetsOnly) {
  expect_chances(dataset_chances({{"a", 0}, {"b", 1}, {"c", 3}}, pins({{"a", 100}})),
                 {0.0, 0.25, 0.75});
}

TEST(DatasetChances, EqualGivesEveryDatasetTheSameChance) {
  Weighting equal;
  equal.equal = true;
  expect_chances(dataset_chances({{"a", 2}, {"b", 6}, {"c", 12}}, equal),
                 {1.0 / 3, 1.0 / 3, 1.0 / 3});
}

TEST(DatasetChances, PinnedGetTheirShareRestBySize) {
  // 30 points left for b and c, as 12 to 6.
  expect_chances(dataset_chances({{"a", 2}, {"b", 12}, {"c", 6}}, pins({{"a", 70}})),
                 {0.7, 0.2, 0.1});
}

TEST(DatasetChances, WithEqualTheRestShareTheRemainderEqually) {
  expect_chances(dataset_chances({{"a", 2}, {"b", 12}, {"c", 6}}, pins({{"a", 70}}, true)),
                 {0.7, 0.15, 0.15});
}

TEST(DatasetChances, PinsThatMakeExactlyAHundred) {
  expect_chances(
      dataset_chances({{"a", 1}, {"b", 1}, {"c", 1}}, pins({{"a", 20}, {"b", 30}, {"c", 50}})),
      {0.2, 0.3, 0.5});
  // Thirds written as decimals add up to 100 within rounding.
  const auto thirds = dataset_chances({{"a", 1}, {"b", 1}, {"c", 1}},
                                      pins({{"a", 33.3}, {"b", 33.3}, {"c", 33.4}}));
  ASSERT_TRUE(thirds);
  EXPECT_NEAR(sum(*thirds), 1.0, 1e-12);
}

TEST(DatasetChances, PinsOfAHundredLeaveNothingForTheRest) {
  expect_chances(dataset_chances({{"a", 1}, {"b", 5}, {"c", 5}}, pins({{"a", 100}})), {1, 0, 0});
  expect_chances(dataset_chances({{"a", 1}, {"b", 5}, {"c", 5}}, pins({{"a", 40}, {"b", 60}})),
                 {0.4, 0.6, 0});
}

TEST(DatasetChances, AZeroPinNeverPicksThatDataset) {
  expect_chances(dataset_chances({{"a", 10}, {"b", 6}, {"c", 2}}, pins({{"a", 0}})),
                 {0, 0.75, 0.25});
}

TEST(DatasetChances, OverAHundredIsAnError) {
  // fortune-mod accepts "60% a 50% b" and picks wrongly. (commands/choosing_test.cc
  // checks how each error is worded.)
  using Problem = WeightingError::Problem;
  const auto chances =
      dataset_chances({{"a", 1}, {"b", 1}, {"c", 1}}, pins({{"a", 60}, {"b", 50}}));
  ASSERT_FALSE(chances);
  EXPECT_EQ(chances.error(), (WeightingError{Problem::over_a_hundred, "", 110}));
  const auto fraction = dataset_chances({{"a", 1}, {"b", 1}}, pins({{"a", 60}, {"b", 40.5}}));
  ASSERT_FALSE(fraction);
  EXPECT_EQ(fraction.error(), (WeightingError{Problem::over_a_hundred, "", 100.5}));
}

TEST(DatasetChances, OverAHundredEvenWithDatasetsLeftUnpinned) {
  const auto chances =
      dataset_chances({{"a", 1}, {"b", 1}, {"c", 1}}, pins({{"a", 100}, {"b", 0.5}}));
  ASSERT_FALSE(chances);
  EXPECT_EQ(chances.error().percent, 100.5);
}

TEST(DatasetChances, AllPinnedShortOfAHundred) {
  // fortune-mod leaves the missing 10% to no file at all.
  const auto chances =
      dataset_chances({{"a", 1}, {"b", 1}, {"c", 1}}, pins({{"a", 20}, {"b", 30}, {"c", 40}}));
  ASSERT_FALSE(chances);
  EXPECT_EQ(chances.error().problem, WeightingError::Problem::short_of_a_hundred);
  EXPECT_EQ(chances.error().percent, 90);
}

TEST(DatasetChances, EveryDatasetPinnedAtZeroIsAnError) {
  const auto chances = dataset_chances({{"a", 1}, {"b", 1}}, pins({{"a", 0}, {"b", 0}}));
  ASSERT_FALSE(chances);
  EXPECT_EQ(chances.error().problem, WeightingError::Problem::short_of_a_hundred);
  EXPECT_EQ(chances.error().percent, 0);
}

TEST(DatasetChances, APinOnAnUnknownDatasetIsAnError) {
  const auto chances = dataset_chances({{"a", 1}, {"b", 1}}, pins({{"nope", 10}}));
  ASSERT_FALSE(chances);
  EXPECT_EQ(chances.error(), (WeightingError{WeightingError::Problem::unknown_dataset, "nope", 0}));
}

TEST(DatasetChances, ADatasetPinnedTwiceIsAnError) {
  const auto chances = dataset_chances({{"a", 1}, {"b", 1}}, pins({{"a", 10}, {"a", 10}}));
  ASSERT_FALSE(chances);
  EXPECT_EQ(chances.error(), (WeightingError{WeightingError::Problem::pinned_twice, "a", 0}));
  // Even with the same value, and even where the two would not pass 100.
  EXPECT_FALSE(dataset_chances({{"a", 1}, {"b", 1}}, pins({{"a", 0}, {"a", 0}})));
}

TEST(DatasetChances, EmptyDatasetGetsNothing) {
  // By size: nothing to share for a.
  expect_chances(dataset_chances({{"a", 0}, {"b", 2}, {"c", 6}}, {}), {0, 0.25, 0.75});
  // Equal: a gets no third.
  Weighting equal;
  equal.equal = true;
  expect_chances(dataset_chances({{"a", 0}, {"b", 2}, {"c", 6}}, equal), {0, 0.5, 0.5});
  // Pinned: its 50% goes to the others, which keep their proportions (25% each
  // before, 50% each after).
  expect_chances(dataset_chances({{"a", 0}, {"b", 3}, {"c", 3}}, pins({{"a", 50}})), {0, 0.5, 0.5});
  // Every unpinned dataset empty: the pins are scaled up to make 1.
  expect_chances(dataset_chances({{"a", 1}, {"b", 1}, {"c", 0}}, pins({{"a", 30}, {"b", 20}})),
                 {0.6, 0.4, 0});
  // Every dataset pinned to 100 and one empty: the rest scaled up.
  expect_chances(
      dataset_chances({{"a", 0}, {"b", 1}, {"c", 1}}, pins({{"a", 50}, {"b", 30}, {"c", 20}})),
      {0, 0.6, 0.4});
}

TEST(DatasetChances, NoCandidatesAnywhere) {
  const auto chances = dataset_chances({{"a", 0}, {"b", 0}}, {});
  ASSERT_TRUE(chances);
  for (const double c : *chances) EXPECT_EQ(c, 0.0);
}

TEST(DatasetChances, NoDatasetsAtAll) {
  const auto chances = dataset_chances({}, {});
  ASSERT_TRUE(chances);
  EXPECT_TRUE(chances->empty());
  EXPECT_FALSE(dataset_chances({}, pins({{"a", 10}})));
}

TEST(DatasetChances, TheChancesAlwaysMakeOne) {
  const Shares shares{{"a", 3}, {"b", 7}, {"c", 0}, {"d", 11}};
  Weighting equal;
  equal.equal = true;
  for (const Weighting& weighting :
       {Weighting{}, equal, pins({{"a", 10}}), pins({{"a", 10}, {"d", 85}}, true),
        pins({{"b", 100}}), pins({{"c", 50}}),
        pins({{"a", 25}, {"b", 25}, {"c", 25}, {"d", 25}})}) {
    const auto chances = dataset_chances(shares, weighting);
    ASSERT_TRUE(chances);
    EXPECT_NEAR(sum(*chances), 1.0, 1e-12);
    for (const double c : *chances) EXPECT_GE(c, 0.0);
    EXPECT_EQ((*chances)[2], 0.0) << "c has no entries";
  }
}

// ----------------------------------------------------------------- choose_weighted

/// Datasets of numbered quotes, kept alive for the entries that point into them.
class Pool {
 public:
  void add(const std::string& id, std::size_t count) {
    DatasetInfo info;
    info.id = id;
    info.title = id;
    Dataset& dataset = datasets_.emplace_back(std::move(info));
    for (std::size_t i = 0; i < count; ++i) {
      Entry entry;
      entry.kind = Kind::quote;
      entry.id = dataset.store(id + "-" + std::to_string(i));
      entry.text = dataset.store("text");
      dataset.add(std::move(entry));
    }
    names_.push_back(id);
  }
  std::vector<const Entry*> entries() const {
    std::vector<const Entry*> out;
    for (const Dataset& d : datasets_) {
      for (const Entry& e : d.entries()) out.push_back(&e);
    }
    return out;
  }
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::deque<Dataset> datasets_;
  std::vector<std::string> names_;
};

/// Pearson's chi-square statistic of `observed` against `chances` (those of chance 0
/// must have no count: the statistic is then infinite).
double chi_square(const std::vector<std::size_t>& observed, const Chances& chances) {
  const double total =
      static_cast<double>(std::accumulate(observed.begin(), observed.end(), std::size_t{0}));
  double x = 0;
  for (std::size_t i = 0; i < observed.size(); ++i) {
    if (chances[i] == 0) {
      if (observed[i] > 0) return INFINITY;
      continue;
    }
    const double expected = total * chances[i];
    const double d = static_cast<double>(observed[i]) - expected;
    x += d * d / expected;
  }
  return x;
}

/// The chi-square value that chance alone passes with probability 0.001.
double critical_value(std::size_t degrees_of_freedom) {
  static const std::map<std::size_t, double> table{
      {1, 10.828}, {2, 13.816}, {3, 16.266}, {5, 20.515}, {19, 43.820}};
  return table.at(degrees_of_freedom);
}

std::size_t degrees_of_freedom(const Chances& chances) {
  return static_cast<std::size_t>(
             std::count_if(chances.begin(), chances.end(), [](double c) { return c > 0; })) -
         1;
}

constexpr std::size_t kDraws = 60000;

/// How many of kDraws single picks, all from one Random seeded with 20250101, came from
/// each dataset of the pool.
std::vector<std::size_t> draw_datasets(const Pool& pool, const Weighting& weighting) {
  Random random(20250101);
  std::map<std::string, std::size_t> counts;
  for (std::size_t i = 0; i < kDraws; ++i) {
    const auto picked = choose_weighted(pool.entries(), Choice{}, weighting, pool.names(), random);
    EXPECT_EQ(picked.size(), 1U);
    if (!picked.empty()) ++counts[picked.front()->dataset->id];
  }
  std::vector<std::size_t> out;
  for (const std::string& name : pool.names()) out.push_back(counts[name]);
  return out;
}

std::string show(const std::vector<std::size_t>& counts) {
  std::string out;
  for (const std::size_t c : counts) out += std::to_string(c) + " ";
  return out;
}

void expect_fits(const std::vector<std::size_t>& observed, const Chances& chances) {
  const double x = chi_square(observed, chances);
  EXPECT_LT(x, critical_value(degrees_of_freedom(chances)))
      << "observed " << show(observed) << "in " << kDraws << " draws";
}

class ChooseWeighted : public ::testing::Test {
 protected:
  void SetUp() override {
    pool_.add("small", 2);
    pool_.add("medium", 6);
    pool_.add("large", 12);
  }
  Shares shares() const { return {{"small", 2}, {"medium", 6}, {"large", 12}}; }
  Pool pool_;
};

TEST_F(ChooseWeighted, TheChiSquareTestTellsAMisfit) {
  // The test used below must be able to fail: 60000 picks split evenly do not fit
  // chances of 10%, 30% and 60%.
  EXPECT_GT(chi_square({20000, 20000, 20000}, {0.1, 0.3, 0.6}), critical_value(2));
  EXPECT_LT(chi_square({6000, 18000, 36000}, {0.1, 0.3, 0.6}), 1e-9);
  EXPECT_EQ(chi_square({1, 5, 5}, {0, 0.5, 0.5}), INFINITY);
}

TEST_F(ChooseWeighted, DefaultEveryEntryEquallyLikely) {
  Random random(7);
  std::map<std::string, std::size_t> per_entry;
  for (std::size_t i = 0; i < kDraws; ++i) {
    const auto picked =
        choose_weighted(pool_.entries(), Choice{}, Weighting{}, pool_.names(), random);
    ASSERT_EQ(picked.size(), 1U);
    ++per_entry[std::string(picked.front()->id)];
  }
  ASSERT_EQ(per_entry.size(), 20U) << "every entry was picked";
  std::vector<std::size_t> observed;
  for (const auto& [id, count] : per_entry) observed.push_back(count);
  EXPECT_LT(chi_square(observed, Chances(20, 1.0 / 20)), critical_value(19)) << show(observed);
  // And by dataset, as dataset_chances says.
  const auto chances = dataset_chances(shares(), Weighting{});
  ASSERT_TRUE(chances);
  expect_fits(draw_datasets(pool_, Weighting{}), *chances);
}

TEST_F(ChooseWeighted, DefaultPicksAreThoseOfChoose) {
  for (const std::size_t count : {1U, 3U, 20U}) {
    Random a(99);
    Random b(99);
    Choice choice;
    choice.count = count;
    EXPECT_EQ(choose_weighted(pool_.entries(), choice, Weighting{}, pool_.names(), a),
              choose(pool_.entries(), choice, b));
  }
}

TEST_F(ChooseWeighted, EqualFitsItsChances) {
  Weighting equal;
  equal.equal = true;
  const auto chances = dataset_chances(shares(), equal);
  ASSERT_TRUE(chances);
  expect_chances(chances, {1.0 / 3, 1.0 / 3, 1.0 / 3});
  expect_fits(draw_datasets(pool_, equal), *chances);
}

TEST_F(ChooseWeighted, APinWithTheRestBySizeFitsItsChances) {
  const Weighting weighting = pins({{"small", 70}});
  const auto chances = dataset_chances(shares(), weighting);
  ASSERT_TRUE(chances);
  expect_chances(chances, {0.7, 0.1, 0.2});
  expect_fits(draw_datasets(pool_, weighting), *chances);
}

TEST_F(ChooseWeighted, PinsMakingAHundredFitTheirChances) {
  const Weighting weighting = pins({{"small", 50}, {"medium", 30}, {"large", 20}});
  const auto chances = dataset_chances(shares(), weighting);
  ASSERT_TRUE(chances);
  expect_chances(chances, {0.5, 0.3, 0.2});
  expect_fits(draw_datasets(pool_, weighting), *chances);
}

TEST_F(ChooseWeighted, WithinADatasetEveryEntryIsEquallyLikely) {
  Random random(5);
  std::map<std::string, std::size_t> per_entry;
  const Weighting weighting = pins({{"small", 70}});
  for (std::size_t i = 0; i < kDraws; ++i) {
    const auto picked =
        choose_weighted(pool_.entries(), Choice{}, weighting, pool_.names(), random);
    ASSERT_EQ(picked.size(), 1U);
    if (picked.front()->dataset->id == "medium") ++per_entry[std::string(picked.front()->id)];
  }
  std::vector<std::size_t> observed;
  for (const auto& [id, count] : per_entry) observed.push_back(count);
  ASSERT_EQ(observed.size(), 6U);
  EXPECT_LT(chi_square(observed, Chances(6, 1.0 / 6)), critical_value(5)) << show(observed);
}

TEST_F(ChooseWeighted, ExactCounts) {
  // All of it to small: every pick from small. None to large: never large.
  EXPECT_EQ(draw_datasets(pool_, pins({{"small", 100}})), (std::vector<std::size_t>{kDraws, 0, 0}));
  const auto without_large = draw_datasets(pool_, pins({{"large", 0}}));
  EXPECT_EQ(without_large[2], 0U);
  EXPECT_EQ(without_large[0] + without_large[1], kDraws);
}

TEST_F(ChooseWeighted, ADatasetWithNoCandidatesIsNeverPicked) {
  // Only medium's and large's entries are candidates; small is pinned but empty.
  std::vector<const Entry*> candidates;
  for (const Entry* e : pool_.entries()) {
    if (e->dataset->id != "small") candidates.push_back(e);
  }
  Random random(3);
  std::size_t from_medium = 0;
  for (std::size_t i = 0; i < kDraws; ++i) {
    const auto picked =
        choose_weighted(candidates, Choice{}, pins({{"small", 90}}), pool_.names(), random);
    ASSERT_EQ(picked.size(), 1U);
    ASSERT_NE(picked.front()->dataset->id, "small");
    from_medium += picked.front()->dataset->id == "medium" ? 1 : 0;
  }
  // The 90% goes back to medium and large, which keep 6 to 12.
  expect_fits({from_medium, kDraws - from_medium}, {1.0 / 3, 2.0 / 3});
}

TEST_F(ChooseWeighted, SeveralPicksAreDistinct) {
  Random random(11);
  Choice choice;
  choice.count = 8;
  for (int round = 0; round < 200; ++round) {
    const auto picked =
        choose_weighted(pool_.entries(), choice, pins({{"small", 60}}), pool_.names(), random);
    ASSERT_EQ(picked.size(), 8U);
    const std::set<const Entry*> distinct(picked.begin(), picked.end());
    EXPECT_EQ(distinct.size(), 8U);
  }
  // Asking for more than there are gives each entry once.
  choice.count = 50;
  Weighting equal;
  equal.equal = true;
  const auto all = choose_weighted(pool_.entries(), choice, equal, pool_.names(), random);
  EXPECT_EQ(all.size(), 20U);
  EXPECT_EQ(std::set<const Entry*>(all.begin(), all.end()).size(), 20U);
}

TEST_F(ChooseWeighted, AllIgnoresTheWeightsAndKeepsDatasetOrder) {
  Random random(1);
  Choice choice;
  choice.all = true;
  EXPECT_EQ(choose_weighted(pool_.entries(), choice, pins({{"large", 100}}), pool_.names(), random),
            pool_.entries());
}

TEST_F(ChooseWeighted, TheSameSeedGivesTheSamePicks) {
  Choice choice;
  choice.count = 5;
  Random a(1234);
  Random b(1234);
  const Weighting weighting = pins({{"medium", 40}}, true);
  EXPECT_EQ(choose_weighted(pool_.entries(), choice, weighting, pool_.names(), a),
            choose_weighted(pool_.entries(), choice, weighting, pool_.names(), b));
}

}  // namespace
}  // namespace lore
