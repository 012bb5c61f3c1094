#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/entry_store.h"

namespace lore {

/// fortune's cut-off between short and long, in characters.
inline constexpr std::size_t kDefaultLengthCutoff = 160;

enum class LengthLimit { any, short_only, long_only };

/// Which entries a command considers. Every condition must hold.
struct Filter {
  std::vector<Kind> kinds;                 ///< Empty: every kind.
  std::vector<std::string> tags;           ///< Each must be on the entry, ignoring ASCII case.
  std::vector<std::string> excluded_tags;  ///< None may be on the entry, ignoring ASCII case.
  std::string speaker;                     ///< Empty: any; else equal, ignoring ASCII case.
  std::string category;                    ///< Empty: any; else equal, ignoring ASCII case.
  LengthLimit length = LengthLimit::any;
  std::size_t length_cutoff = kDefaultLengthCutoff;  ///< In characters of the body.
  bool include_spoilers = false;
  bool require_question = false;  ///< Only trivia that can be asked.

  bool matches(const Entry& entry) const;
};

/// The entries a filter let through, not yet read: per dataset, their numbers in
/// dataset order, either listed here or a table of a mapped index.
class Selection {
 public:
  /// One dataset's share.
  class Part {
   public:
    Part(const Dataset& dataset, std::vector<std::uint32_t> numbers)
        : dataset_(&dataset), numbers_(std::move(numbers)), size_(numbers_.size()) {}
    /// The entries of `kind` in the dataset's store (those not spoilers, unless
    /// `with_spoilers`): its table, read a number at a time as they are asked for, so
    /// that a pick among many datasets, or many entries, reads only what it picks.
    Part(const Dataset& dataset, Kind kind, bool with_spoilers);
    const Dataset& dataset() const { return *dataset_; }
    std::size_t size() const { return size_; }
    /// The dataset's number of the `i`-th entry of this part.
    std::size_t number(std::size_t i) const;
    const Entry& entry(std::size_t i) const;

   private:
    const Dataset* dataset_;
    std::vector<std::uint32_t> numbers_;
    std::optional<Kind> kind_;  // set: a table of the store
    bool with_spoilers_ = false;
    std::size_t size_;
  };

  void add(Part part);
  const std::vector<Part>& parts() const { return parts_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  /// The `i`-th entry across the parts, read now.
  const Entry& at(std::size_t i) const;
  /// Every entry, read now, in dataset order.
  std::vector<const Entry*> entries() const;

 private:
  std::vector<Part> parts_;
  std::vector<std::size_t> starts_;  // where each part starts, across parts
  std::size_t size_ = 0;
};

/// The entries of `catalog` that `filter` lets through, in dataset order. A stored
/// dataset answers from its compact records, or, for a kind alone, from its table of
/// that kind, without reading any entry.
Selection select_entries(const Catalog& catalog, const Filter& filter);

}  // namespace lore
