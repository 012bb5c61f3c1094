#pragma once

#include <algorithm>
#include <memory>
#include <vector>

#include "core/entry.h"
#include "util/string_arena.h"

namespace lore {

/// A loaded dataset: its description and its entries, which it owns together with the
/// text they view. Moving a Dataset keeps every Entry and view valid.
class Dataset {
 public:
  explicit Dataset(DatasetInfo info) : info_(std::make_unique<DatasetInfo>(std::move(info))) {}

  const DatasetInfo& info() const { return *info_; }
  const std::vector<Entry>& entries() const { return entries_; }

  /// How many entries of `kind` it holds.
  std::size_t count(Kind kind) const {
    return static_cast<std::size_t>(
        std::count_if(entries_.begin(), entries_.end(),
                      [kind](const Entry& entry) { return entry.kind == kind; }));
  }

  /// Copies `text` into the dataset's storage; the view lives as long as the dataset.
  std::string_view store(std::string_view text) { return strings_.store(text); }

  /// Reorders the entries by `less`, keeping the order of equal ones.
  template <typename Less>
  void sort_entries(Less less) {
    std::stable_sort(entries_.begin(), entries_.end(), less);
  }

  /// Adds an entry whose views point into this dataset's storage.
  void add(Entry entry) {
    entry.dataset = info_.get();
    entries_.push_back(std::move(entry));
  }

 private:
  std::unique_ptr<DatasetInfo> info_;  // behind a pointer so entries can point at it
  StringArena strings_;
  std::vector<Entry> entries_;
};

}  // namespace lore
