#include "core/weighting.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
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

Expected<std::vector<double>, WeightingError> dataset_chances(
    const std::vector<DatasetShare>& shares, const Weighting& weighting) {
  using Problem = WeightingError::Problem;
  std::vector<double> percent(shares.size(), -1.0);  // -1: not pinned
  double pinned = 0;
  for (const Weighting::Pin& pin : weighting.pins) {
    const auto found = std::find_if(shares.begin(), shares.end(), [&](const DatasetShare& s) {
      return s.dataset == pin.dataset;
    });
    if (found == shares.end()) {
      return unexpected(WeightingError{Problem::unknown_dataset, pin.dataset});
    }
    auto& slot = percent[static_cast<std::size_t>(found - shares.begin())];
    if (slot >= 0) return unexpected(WeightingError{Problem::pinned_twice, pin.dataset});
    slot = pin.percent;
    pinned += pin.percent;
  }
  if (pinned > 100 + kEpsilon) {
    return unexpected(WeightingError{Problem::over_a_hundred, "", pinned});
  }
  const bool all_pinned =
      std::all_of(percent.begin(), percent.end(), [](double p) { return p >= 0; });
  if (all_pinned && !shares.empty() && pinned < 100 - kEpsilon) {
    return unexpected(WeightingError{Problem::short_of_a_hundred, "", pinned});
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

std::vector<PoolPosition> weighted_positions(std::vector<DatasetShare> shares, std::size_t count,
                                             const Weighting& weighting, Random& random) {
  // Each pool's places taken so far, sorted: the k-th place left is found past them.
  std::vector<std::vector<std::size_t>> taken(shares.size());
  std::vector<PoolPosition> picked;
  while (picked.size() < count) {
    auto chances = dataset_chances(shares, weighting);
    if (!chances ||
        std::all_of(chances->begin(), chances->end(), [](double c) { return c <= 0; })) {
      break;
    }
    const std::size_t pool = pick_index(*chances, random);
    std::size_t position = random.below(shares[pool].entries);
    auto& gone = taken[pool];
    for (const std::size_t place : gone) {
      if (place > position) break;
      ++position;
    }
    gone.insert(std::upper_bound(gone.begin(), gone.end(), position), position);
    --shares[pool].entries;
    picked.push_back({pool, position});
  }
  return picked;
}

std::vector<const Entry*> choose_weighted(std::vector<const Entry*> candidates,
                                          const Choice& choice, const Weighting& weighting,
                                          const std::vector<std::string>& datasets,
                                          Random& random) {
  if (choice.all || weighting.is_default()) return choose(std::move(candidates), choice, random);
  // Candidates by dataset, each in dataset order.
  std::vector<DatasetShare> shares;
  std::vector<std::vector<const Entry*>> pools(datasets.size());
  for (const std::string& name : datasets) shares.push_back({name, 0});
  for (const Entry* entry : candidates) {
    for (std::size_t i = 0; i < shares.size(); ++i) {
      if (shares[i].dataset == dataset_of(*entry)) {
        pools[i].push_back(entry);
        break;
      }
    }
  }
  for (std::size_t i = 0; i < shares.size(); ++i) shares[i].entries = pools[i].size();
  std::vector<const Entry*> picked;
  for (const PoolPosition& pick : weighted_positions(shares, choice.count, weighting, random)) {
    picked.push_back(pools[pick.pool][pick.position]);
  }
  return picked;
}

namespace {

/// The part of `selection` for each dataset of `datasets` (null: none), and the shares.
std::vector<const Selection::Part*> parts_by_dataset(const Selection& selection,
                                                     const std::vector<std::string>& datasets,
                                                     std::vector<DatasetShare>& shares) {
  std::vector<const Selection::Part*> parts(datasets.size(), nullptr);
  for (std::size_t i = 0; i < datasets.size(); ++i) shares.push_back({datasets[i], 0});
  for (const Selection::Part& part : selection.parts()) {
    for (std::size_t i = 0; i < datasets.size(); ++i) {
      if (datasets[i] == part.dataset().info().id && parts[i] == nullptr) {
        parts[i] = &part;
        shares[i].entries = part.size();
        break;
      }
    }
  }
  return parts;
}

}  // namespace

std::vector<const Entry*> choose_weighted(const Selection& selection, const Choice& choice,
                                          const Weighting& weighting,
                                          const std::vector<std::string>& datasets,
                                          Random& random) {
  if (choice.all) return selection.entries();
  std::vector<const Entry*> picked;
  if (weighting.is_default()) {
    for (const std::size_t position : shuffled_positions(selection.size(), choice.count, random)) {
      picked.push_back(&selection.at(position));
    }
    return picked;
  }
  std::vector<DatasetShare> shares;
  const auto parts = parts_by_dataset(selection, datasets, shares);
  for (const PoolPosition& pick : weighted_positions(shares, choice.count, weighting, random)) {
    picked.push_back(&parts[pick.pool]->entry(pick.position));
  }
  return picked;
}

namespace {

/// A pick of --daily: where it is, and how strongly it was drawn (lower wins).
struct Scored {
  double score;
  const Selection::Part* part;
  std::size_t position;
};

/// The `count` entries of `part` with the highest draws for `day`, strongest first.
std::vector<Scored> strongest(const Selection::Part& part, std::size_t count, std::uint64_t day) {
  std::vector<Scored> best;
  auto weaker = [](const Scored& a, const Scored& b) { return a.score < b.score; };
  const std::string_view dataset = part.dataset().info().id;
  for (std::size_t i = 0; i < part.size(); ++i) {
    const double score = -std::log(daily_draw(day, dataset, part.dataset().id_of(part.number(i))));
    if (best.size() < count) {
      best.push_back({score, &part, i});
      std::push_heap(best.begin(), best.end(), weaker);
    } else if (score < best.front().score) {
      std::pop_heap(best.begin(), best.end(), weaker);
      best.back() = {score, &part, i};
      std::push_heap(best.begin(), best.end(), weaker);
    }
  }
  std::sort_heap(best.begin(), best.end(), weaker);
  return best;
}

}  // namespace

std::vector<const Entry*> choose_daily(const Selection& selection, const Choice& choice,
                                       const Weighting& weighting,
                                       const std::vector<std::string>& datasets,
                                       std::uint64_t day) {
  if (choice.all) return selection.entries();
  const std::size_t count = std::min(choice.count, selection.size());
  std::vector<const Entry*> picked;
  if (weighting.is_default()) {
    // Every entry weighs the same: the highest draws over all of them. An entry added
    // changes the pick only when it draws higher.
    std::vector<Scored> best;
    for (const Selection::Part& part : selection.parts()) {
      for (const Scored& scored : strongest(part, count, day)) best.push_back(scored);
    }
    std::stable_sort(best.begin(), best.end(),
                     [](const Scored& a, const Scored& b) { return a.score < b.score; });
    best.resize(std::min(best.size(), count));
    for (const Scored& scored : best) picked.push_back(&scored.part->entry(scored.position));
    return picked;
  }
  // Weighted: a dataset by weighted rendezvous over the datasets' ids, whose chances
  // an entry added elsewhere or pinned does not move, then its strongest entry left.
  std::vector<DatasetShare> shares;
  const auto parts = parts_by_dataset(selection, datasets, shares);
  auto chances = dataset_chances(shares, weighting);
  if (!chances) return picked;
  std::vector<std::vector<Scored>> lists(parts.size());
  std::vector<std::size_t> next(parts.size(), 0);
  for (std::size_t d = 0; d < parts.size(); ++d) {
    if (parts[d] != nullptr) lists[d] = strongest(*parts[d], count, day);
  }
  for (std::size_t round = 0; picked.size() < count; ++round) {
    std::size_t chosen = parts.size();
    double best = 0;
    for (std::size_t d = 0; d < parts.size(); ++d) {
      if ((*chances)[d] <= 0 || next[d] >= lists[d].size()) continue;
      const double score = -std::log(daily_draw(day + round,
                                                "\x01"
                                                "dataset",
                                                datasets[d])) /
                           (*chances)[d];
      if (chosen == parts.size() || score < best) {
        chosen = d;
        best = score;
      }
    }
    if (chosen == parts.size()) break;
    const Scored& scored = lists[chosen][next[chosen]++];
    picked.push_back(&scored.part->entry(scored.position));
  }
  return picked;
}

}  // namespace lore
