#include "core/dataset.h"

#include <limits>

namespace lore {

const Entry& Dataset::entry(std::size_t index) const {
  // From a store, a number out of range (from a damaged table) is the store's to refuse.
  if (!store_ || index < entries_.size()) return entries_[index];
  const auto found = read_.find(index);
  if (found != read_.end()) return found->second;
  return read_.emplace(index, store_->read(index, info_.get())).first->second;
}

const std::vector<Entry>& Dataset::entries() const {
  if (store_ && entries_.empty() && store_->size() > 0) {
    store_->verify_all();
    entries_.reserve(store_->size());
    for (std::size_t i = 0; i < store_->size(); ++i) {
      entries_.push_back(store_->read(i, info_.get()));
    }
  }
  return entries_;
}

std::size_t Dataset::count(Kind kind) const {
  if (store_) return store_->count(kind, true);
  return static_cast<std::size_t>(std::count_if(
      entries_.begin(), entries_.end(), [kind](const Entry& entry) { return entry.kind == kind; }));
}

void Dataset::sort_scenes() {
  // Each scene's place in the story: its order, or the one of the scene before it.
  std::vector<std::uint32_t> slots;  // where the scenes stand, in file order
  std::vector<std::int64_t> story;   // each one's place in the story
  std::int64_t current = std::numeric_limits<std::int64_t>::min();
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].kind != Kind::scene) continue;
    if (entries_[i].order) current = *entries_[i].order;
    slots.push_back(i);
    story.push_back(current);
  }
  std::vector<std::uint32_t> by_story(slots.size());
  std::iota(by_story.begin(), by_story.end(), 0U);
  std::stable_sort(by_story.begin(), by_story.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return story[a] < story[b]; });
  if (std::is_sorted(by_story.begin(), by_story.end())) return;
  std::vector<std::uint32_t> order(entries_.size());
  std::iota(order.begin(), order.end(), 0U);
  for (std::size_t k = 0; k < slots.size(); ++k) order[slots[k]] = slots[by_story[k]];
  rearrange(order);
}

void Dataset::rearrange(const std::vector<std::uint32_t>& order, std::size_t first) {
  std::vector<Entry> arranged;
  arranged.reserve(order.size());
  for (const std::uint32_t i : order) arranged.push_back(std::move(entries_[i]));
  std::move(arranged.begin(), arranged.end(),
            entries_.begin() + static_cast<std::ptrdiff_t>(first));
}

}  // namespace lore
