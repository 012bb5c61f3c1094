#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/dataset_index.h"
#include "util/expected.h"
#include "util/file_system.h"

namespace lore {

/// What happened to one dataset file and its index, for `lore sources`.
struct IndexNote {
  /// Read from its index; indexed on this run; left out on purpose (a file with warnings,
  /// a FIFO); or not indexed because writing failed.
  enum class State { read, written, skipped, not_written };
  std::string path;  ///< The dataset file, as named.
  State state = State::not_written;
  std::string detail;  ///< The index file; or why there is none.
};

/// The index cache ($XDG_CACHE_HOME/lore): one index per dataset file, so that a warm
/// run maps it instead of parsing TOML. Any failure here only means working from the
/// TOML: it is noted for `lore sources`, never raised.
class IndexCache {
 public:
  /// A cache in `folder`; an empty folder means no cache, for the reason `off_because`.
  IndexCache(FileSystem& files, std::string folder, std::string off_because = "");

  bool enabled() const { return !folder_.empty(); }
  const std::string& folder() const { return folder_; }
  /// Why there is no cache ("LORE_NO_CACHE is set", ...); empty when there is one.
  const std::string& off_because() const { return off_because_; }

  /// The index file for the dataset file whose canonical path is `canonical`.
  std::string index_path(const std::string& canonical) const;

  /// The key of a file as FileSystem::identify found it now; nullopt when there is no
  /// cache or it is no regular file.
  std::optional<IndexKey> key_of(IdentifiedFile file) const;
  /// The dataset of `path` from its index, when one matches `key`, the file's key now.
  std::optional<Dataset> load(const std::string& path, const IndexKey& key);
  /// Writes the index of `dataset`, parsed from `path` when it had the key `before`.
  void save(const std::string& path, const IndexKey& before, const Dataset& dataset);
  /// Notes that `path` was parsed and not indexed, and why.
  void note(const std::string& path, std::string why) {
    notes_.push_back({path, IndexNote::State::not_written, std::move(why)});
  }
  /// Notes that `path` is parsed on every run by design, and why.
  void skip(const std::string& path, std::string why) {
    notes_.push_back({path, IndexNote::State::skipped, std::move(why)});
  }
  /// Makes load() find nothing, so that every dataset loaded is indexed anew.
  void rebuild_all() { rebuild_ = true; }
  /// Removes a damaged index, so that the next run rebuilds it.
  void discard(const std::string& index_path);
  /// Works from the TOML for the rest of the run, for `why`.
  void turn_off(std::string why) {
    folder_.clear();
    off_because_ = std::move(why);
  }

  const std::vector<IndexNote>& notes() const { return notes_; }

  /// Removes every index (and any temporary file) in the folder; how many went.
  Expected<std::size_t, FileError> clear();

 private:
  FileSystem& files_;
  std::string folder_;
  std::string off_because_;
  std::vector<IndexNote> notes_;
  bool rebuild_ = false;
};

/// The cache folder for the environment: $XDG_CACHE_HOME/lore, else ~/.cache/lore;
/// empty when neither is usable.
std::string index_cache_folder(const std::optional<std::string>& xdg_cache_home,
                               const std::optional<std::string>& home);

}  // namespace lore
