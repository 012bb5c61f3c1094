#include "core/dataset.h"

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

}  // namespace lore
