#include "core/weighting.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <numeric>

namespace lore {

namespace {

constexpr double kEpsilon = 1e-9;

std::string_view dataset_of(const Entry& entry) {
  return entry.dataset != nullptr ? std::string_view(entry.dataset->id) : std::string_view();
}

/// Picks an index with probability proportional to `weights` (not all zero).
std::size_t pick_index(const std::vector<double>& weights, Random& random) {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  // 53 random bits give a uniform double in [0, 1).
  const double point = static_cast<double>(random.next() >> 11U) * 0x1.0p-53 * total;
  double running = 0;
  std::size_t last = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] <= 0) continue;
    running += weights[i];
    last = i;
    if (point < running) return i;
  }
  return last;
}

}  // namespace

Expected<Weighting::Pin, std::string> parse_weight(std::string_view text) {
  const auto equals = text.rfind('=');
  if (equals == std::string_view::npos || equals == 0) {
    return unexpected(fmt::format("'{}' is not NAME=PERCENT", text));
  }
  std::string_view number = text.substr(equals + 1);
  if (number.ends_with('%')) number.remove_suffix(1);
  double percent = -1;
  const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), percent);
  // Written so that NaN, which compares false with everything, fails too.
  if (error != std::errc{} || end != number.data() + number.size() ||
      !(percent >= 0 && percent <= 100)) {
    return unexpected(fmt::format("'{}': the percentage must be a number from 0 to 100", text));
  }
  return Weighting::Pin{std::string(text.substr(0, equals)), percent};
}

Expected<std::vector<double>, std::string> dataset_chances(const std::vector<DatasetShare>& shares,
                                                           const Weighting& weighting) {
  std::vector<double> percent(shares.size(), -1.0);  // -1: not pinned
  double pinned = 0;
  for (const Weighting::Pin& pin : weighting.pins) {
    const auto found = std::find_if(shares.begin(), shares.end(), [&](const DatasetShare& s) {
      return s.dataset == pin.dataset;
    });
    if (found == shares.end())
      return unexpected(fmt::format("--weight: no dataset named '{}'", pin.dataset));
    auto& slot = percent[static_cast<std::size_t>(found - shares.begin())];
    if (slot >= 0)
      return unexpected(fmt::format("--weight: dataset '{}' is weighted twice", pin.dataset));
    slot = pin.percent;
    pinned += pin.percent;
  }
  if (pinned > 100 + kEpsilon) {
    return unexpected(fmt::format("--weight: the weights add up to {:g}%, more than 100%", pinned));
  }
  const bool all_pinned =
      std::all_of(percent.begin(), percent.end(), [](double p) { return p >= 0; });
  if (all_pinned && !shares.empty() && pinned < 100 - kEpsilon) {
    return unexpected(fmt::format(
        "--weight: every dataset is weighted and the weights add up to only {:g}%; they must "
        "make 100%, or leave a dataset unweighted to take the rest",
        pinned));
  }
  // The unpinned datasets share what is left, by size or equally.
  double unpinned_size = 0;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    if (percent[i] < 0 && shares[i].entries > 0) {
      unpinned_size += weighting.equal ? 1.0 : static_cast<double>(shares[i].entries);
    }
  }
  std::vector<double> chances(shares.size(), 0.0);
  for (std::size_t i = 0; i < shares.size(); ++i) {
    if (shares[i].entries == 0) continue;
    if (percent[i] >= 0) {
      chances[i] = percent[i] / 100;
    } else if (unpinned_size > 0) {
      const double size = weighting.equal ? 1.0 : static_cast<double>(shares[i].entries);
      chances[i] = (100 - pinned) / 100 * size / unpinned_size;
    }
  }
  double total = std::accumulate(chances.begin(), chances.end(), 0.0);
  if (total <= 0) {
    // Every weight went to datasets with nothing to offer: the entries there are
    // still to be picked, by size (or equally with -e), rather than none at all.
    for (std::size_t i = 0; i < shares.size(); ++i) {
      if (shares[i].entries > 0) {
        chances[i] = weighting.equal ? 1.0 : static_cast<double>(shares[i].entries);
      }
    }
    total = std::accumulate(chances.begin(), chances.end(), 0.0);
  }
  if (total > 0) {
    for (double& chance : chances) chance /= total;
  }
  return chances;
}

std::vector<const Entry*> choose_weighted(std::vector<const Entry*> candidates,
                                          const Choice& choice, const Weighting& weighting,
                                          const std::vector<std::string>& datasets,
                                          Random& random) {
  if (choice.all || weighting.is_default()) return choose(std::move(candidates), choice, random);
  // Candidates by dataset, each in dataset order.
  std::vector<DatasetShare> shares;
  std::vector<std::vector<const Entry*>> pools;
  for (const std::string& name : datasets) {
    shares.push_back({name, 0});
    pools.emplace_back();
  }
  for (const Entry* entry : candidates) {
    for (std::size_t i = 0; i < shares.size(); ++i) {
      if (shares[i].dataset == dataset_of(*entry)) {
        pools[i].push_back(entry);
        break;
      }
    }
  }
  std::vector<const Entry*> picked;
  while (picked.size() < choice.count) {
    for (std::size_t i = 0; i < shares.size(); ++i) shares[i].entries = pools[i].size();
    auto chances = dataset_chances(shares, weighting);
    if (!chances ||
        std::all_of(chances->begin(), chances->end(), [](double c) { return c <= 0; })) {
      break;
    }
    auto& pool = pools[pick_index(*chances, random)];
    const std::size_t index = random.below(pool.size());
    picked.push_back(pool[index]);
    pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(index));
  }
  return picked;
}

}  // namespace lore
