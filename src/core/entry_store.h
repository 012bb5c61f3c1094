#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/entry.h"

namespace lore {

struct Filter;

/// The searchable text of every entry of a store, each searchable field followed by a
/// newline, entry after entry: one run of text for a regular expression to scan.
struct SearchText {
  /// Every entry's searchable text, checked.
  virtual std::string_view text() const = 0;
  /// The entry whose searchable text holds byte `offset` of `text`, and where the next
  /// entry's text starts.
  struct Owner {
    std::size_t entry = 0;
    std::size_t next_start = 0;
  };
  virtual Owner owner_of(std::size_t offset) const = 0;
  virtual ~SearchText() = default;
};

/// Thrown when a stored index turns out to be damaged while it is read: a block whose
/// checksum does not match, or a value out of range. The caller drops the index and
/// runs again from the TOML file; it never reaches a user as a crash.
class IndexDamaged : public std::runtime_error {
 public:
  IndexDamaged(std::string index_path, const std::string& what)
      : std::runtime_error(what), index_path_(std::move(index_path)) {}
  const std::string& index_path() const { return index_path_; }

 private:
  std::string index_path_;
};

/// Entries kept outside memory (a mapped index), read on demand. Every call may throw
/// IndexDamaged.
class EntryStore {
 public:
  virtual ~EntryStore() = default;
  virtual std::size_t size() const = 0;
  /// Entry `index`, its views pointing into the store, belonging to `info`.
  virtual Entry read(std::size_t index, const DatasetInfo* info) const = 0;
  /// Entry `index`'s id, without reading the rest.
  virtual std::string_view id_of(std::size_t index) const = 0;
  /// How many entries of `kind` it holds: every one, or those that are not spoilers.
  virtual std::size_t count(Kind kind, bool with_spoilers) const = 0;
  /// The number of the `n`-th entry of `kind` (every one, or those that are not
  /// spoilers), `n` below count(kind, with_spoilers). Reads that number alone.
  virtual std::size_t nth_of_kind(Kind kind, bool with_spoilers, std::size_t n) const = 0;
  /// The entries `filter` lets through, in order, judged from compact records.
  virtual std::vector<std::uint32_t> select(const Filter& filter) const = 0;
  /// The entry with this id, found in a hash table.
  virtual std::optional<std::size_t> find(std::string_view id) const = 0;
  /// The text that `lore search` scans, whole and checked.
  virtual const SearchText& search_text() const = 0;
  /// Checks every byte, before a command reads every entry.
  virtual void verify_all() const = 0;
};

}  // namespace lore
