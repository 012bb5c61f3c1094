#pragma once

#include <algorithm>
#include <memory>
#include <numeric>
#include <unordered_map>
#include <vector>

#include "core/entry.h"
#include "core/entry_store.h"
#include "util/string_arena.h"

namespace lore {

/// A loaded dataset: its description and its entries. The entries are either built in
/// memory (parsed TOML, the built-in set), with the text they view in the dataset's
/// own storage, or read on demand from an EntryStore (a mapped index), viewing it.
/// Moving a Dataset keeps every Entry and view valid.
class Dataset {
 public:
  explicit Dataset(DatasetInfo info) : info_(std::make_unique<DatasetInfo>(std::move(info))) {}
  /// A dataset whose entries `store` holds.
  Dataset(DatasetInfo info, std::shared_ptr<const EntryStore> store)
      : info_(std::make_unique<DatasetInfo>(std::move(info))), store_(std::move(store)) {}

  const DatasetInfo& info() const { return *info_; }

  /// How many entries it holds.
  std::size_t size() const { return store_ ? store_->size() : entries_.size(); }

  /// Entry `index`, read from the store the first time it is asked for.
  const Entry& entry(std::size_t index) const;

  /// Every entry; from a store, all are read (and every byte checked) first.
  const std::vector<Entry>& entries() const;

  /// Entry `index`'s id, without reading the rest of a stored entry.
  std::string_view id_of(std::size_t index) const {
    return store_ ? store_->id_of(index) : entries_[index].id;
  }

  /// How many entries of `kind` it holds.
  std::size_t count(Kind kind) const;

  /// The store its entries come from; null when they are in memory.
  const EntryStore* store() const { return store_.get(); }

  /// Copies `text` into the dataset's storage; the view lives as long as the dataset.
  std::string_view store(std::string_view text) { return strings_.store(text); }

  /// Replaces its description; the entries' pointer to it stays valid.
  void set_info(DatasetInfo info) { *info_ = std::move(info); }
  /// Reorders the entries from `first` on by `less`, keeping the order of equal ones
  /// (in memory only).
  template <typename Less>
  void sort_entries(Less less, std::size_t first = 0) {
    const auto begin = entries_.begin() + static_cast<std::ptrdiff_t>(first);
    if (std::is_sorted(begin, entries_.end(), less)) return;
    // Entries are large: sort their numbers, then move each entry once.
    std::vector<std::uint32_t> order(entries_.size() - first);
    std::iota(order.begin(), order.end(), static_cast<std::uint32_t>(first));
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return less(entries_[a], entries_[b]);
    });
    rearrange(order, first);
  }

  /// Puts the scenes in story order: by `order`, then as the file gives them. A scene
  /// without an order keeps its place after the scene before it in the file. Other
  /// kinds keep their places (in memory only).
  void sort_scenes();

  /// Adds an entry whose views point into this dataset's storage.
  void add(Entry entry) {
    entry.dataset = info_.get();
    entries_.push_back(std::move(entry));
  }

  /// Makes room for `count` entries.
  void reserve(std::size_t count) { entries_.reserve(count); }

 private:
  /// Moves each entry from `first` on once: entry first + i of the result is entry
  /// order[i] of now.
  void rearrange(const std::vector<std::uint32_t>& order, std::size_t first = 0);

  std::unique_ptr<DatasetInfo> info_;  // behind a pointer so entries can point at it
  StringArena strings_;
  // Built in memory, or, from a store, every entry once entries() has been called.
  mutable std::vector<Entry> entries_;
  std::shared_ptr<const EntryStore> store_;
  // Entries read one by one from the store; a node's address never changes.
  mutable std::unordered_map<std::size_t, Entry> read_;
};

}  // namespace lore
