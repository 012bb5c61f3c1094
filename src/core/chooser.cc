#include "core/chooser.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "util/date.h"

namespace lore {

std::vector<std::size_t> shuffled_positions(std::size_t size, std::size_t count, Random& random) {
  count = std::min(count, size);
  // The shuffle over a virtual array: only the places it has swapped are stored.
  std::unordered_map<std::size_t, std::size_t> moved;
  auto at = [&moved](std::size_t i) {
    const auto found = moved.find(i);
    return found == moved.end() ? i : found->second;
  };
  std::vector<std::size_t> picked;
  picked.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t j = i + random.below(size - i);
    const std::size_t value_i = at(i);
    const std::size_t value_j = at(j);
    moved[j] = value_i;
    picked.push_back(value_j);
  }
  return picked;
}

std::vector<const Entry*> choose(std::vector<const Entry*> candidates, const Choice& choice,
                                 Random& random) {
  if (choice.all) return candidates;
  std::vector<const Entry*> picked;
  for (const std::size_t position : shuffled_positions(candidates.size(), choice.count, random)) {
    picked.push_back(candidates[position]);
  }
  return picked;
}

std::uint64_t daily_seed(std::chrono::year_month_day date, std::string_view command) {
  std::string key = format_date(date);
  key += '/';
  key += command;
  return stable_hash(key);
}

double daily_draw(std::uint64_t day, std::string_view dataset, std::string_view id) {
  // FNV-1a of the key, then splitmix64's finaliser, so that similar ids draw apart.
  std::uint64_t hash = stable_hash(dataset) ^ (day * 0x9E3779B97F4A7C15ULL);
  for (const char c : std::string_view(":"))
    hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
  for (const char c : id) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
  hash ^= hash >> 30U;
  hash *= 0xBF58476D1CE4E5B9ULL;
  hash ^= hash >> 27U;
  hash *= 0x94D049BB133111EBULL;
  hash ^= hash >> 31U;
  return (static_cast<double>(hash >> 11U) + 1.0) * 0x1.0p-53;
}

}  // namespace lore
