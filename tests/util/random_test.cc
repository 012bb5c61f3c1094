#include "util/random.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <set>
#include <vector>

namespace lore {
namespace {

std::vector<std::uint64_t> draw(std::uint64_t seed, std::size_t count) {
  Random random(seed);
  std::vector<std::uint64_t> values;
  for (std::size_t i = 0; i < count; ++i) values.push_back(random.next());
  return values;
}

// The published algorithms, written out here from their papers, so that the sequence
// lore promises ("the same on every platform") is pinned down independently.
std::uint64_t reference_splitmix64(std::uint64_t& state) {
  state += 0x9E3779B97F4A7C15ULL;
  std::uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, unsigned k) {
  return (x << k) | (x >> (64U - k));
}

std::vector<std::uint64_t> reference_xoshiro256starstar(std::uint64_t seed, std::size_t count) {
  std::uint64_t s[4];
  for (auto& word : s) word = reference_splitmix64(seed);
  std::vector<std::uint64_t> values;
  for (std::size_t i = 0; i < count; ++i) {
    values.push_back(rotl(s[1] * 5, 7) * 9);
    const std::uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
  }
  return values;
}

TEST(Random, SplitMixReferenceIsRight) {
  // The first output of SplitMix64 from state 0, a widely published test value.
  std::uint64_t state = 0;
  EXPECT_EQ(reference_splitmix64(state), 0xE220A8397B1DCDAFULL);
}

TEST(Random, IsXoshiro256StarStarSeededThroughSplitMix64) {
  for (const std::uint64_t seed : {0ULL, 1ULL, 42ULL, 0xFFFFFFFFFFFFFFFFULL}) {
    EXPECT_EQ(draw(seed, 50), reference_xoshiro256starstar(seed, 50)) << "seed " << seed;
  }
}

TEST(Random, SameSeedGivesTheSameSequence) {
  EXPECT_EQ(draw(7, 100), draw(7, 100));
  EXPECT_EQ(draw(0, 100), draw(0, 100));
}

TEST(Random, DifferentSeedsGiveDifferentSequences) {
  const auto a = draw(1, 20);
  const auto b = draw(2, 20);
  std::size_t equal = 0;
  for (std::size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i] ? 1 : 0;
  EXPECT_EQ(equal, 0U);
}

TEST(Random, BelowStaysInRange) {
  Random random(99);
  for (const std::size_t bound :
       {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7}, std::size_t{10},
        std::size_t{1000}, std::numeric_limits<std::size_t>::max()}) {
    for (int i = 0; i < 1000; ++i) EXPECT_LT(random.below(bound), bound);
  }
}

TEST(Random, BelowOneIsAlwaysZero) {
  Random random(5);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(random.below(1), 0U);
}

TEST(Random, BelowReachesEveryValue) {
  Random random(123);
  std::set<std::size_t> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(random.below(6));
  EXPECT_EQ(seen, (std::set<std::size_t>{0, 1, 2, 3, 4, 5}));
}

TEST(Random, EntropySeedsDiffer) {
  // Four draws from the OS's entropy being all equal would be a broken source.
  std::set<std::uint64_t> seeds;
  for (int i = 0; i < 4; ++i) seeds.insert(Random::entropy_seed());
  EXPECT_GT(seeds.size(), 1U);
}

TEST(StableHash, IsFnv1a64) {
  // Test vectors of the FNV-1a 64-bit hash, as published with the algorithm.
  EXPECT_EQ(stable_hash(""), 0xCBF29CE484222325ULL);
  EXPECT_EQ(stable_hash("a"), 0xAF63DC4C8601EC8CULL);
  EXPECT_EQ(stable_hash("foobar"), 0x85944171F73967E8ULL);
}

TEST(StableHash, IsStableAndTellsTextsApart) {
  EXPECT_EQ(stable_hash("2024-05-17/quote"), stable_hash("2024-05-17/quote"));
  EXPECT_NE(stable_hash("2024-05-17/quote"), stable_hash("2024-05-18/quote"));
  EXPECT_NE(stable_hash("2024-05-17/quote"), stable_hash("2024-05-17/trivia"));
}

}  // namespace
}  // namespace lore
