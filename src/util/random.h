#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lore {

/// The one source of randomness, handed to whatever needs it. The same seed gives
/// the same sequence on every platform (xoshiro256**, seeded through SplitMix64),
/// which std::uniform_int_distribution does not promise.
class Random {
 public:
  explicit Random(std::uint64_t seed);

  /// A seed from the operating system's entropy, for runs with no --seed.
  static std::uint64_t entropy_seed();

  std::uint64_t next();

  /// A uniform integer in [0, bound); `bound` must be positive.
  std::size_t below(std::size_t bound);

 private:
  std::uint64_t state_[4];
};

/// A stable 64-bit hash (FNV-1a) of `text`, for seeds derived from words.
std::uint64_t stable_hash(std::string_view text);

}  // namespace lore
