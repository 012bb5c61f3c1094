#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "core/index_cache.h"
#include "util/expected.h"
#include "util/file_system.h"

namespace lore {

/// Which datasets to load, in order.
struct DatasetSources {
  bool include_embedded = true;  ///< The built-in IO (2019) dataset.
  /// Builds the built-in dataset without parsing (embedded::builtin_dataset); when
  /// null, the embedded TOML is parsed instead.
  Dataset (*builtin)() = nullptr;
  std::vector<std::string> search_path;  ///< Found, not named: a bad one is skipped.
  std::vector<std::string> files;        ///< Named with --data: a bad one is an error.
  std::vector<std::string> only;         ///< -d NAME: keep only these datasets.
  /// Whether to use the index cache (--no-cache: no).
  bool use_index = true;
  /// Where datasets that load cleanly are indexed, and read from on later runs; null:
  /// parse every file.
  IndexCache* cache = nullptr;
  /// config.toml's `data`, loaded after the search path and as it is (a bad one is
  /// skipped with a warning), but a missing one is a warning at `configured_at`.
  std::vector<std::string> configured;
  SettingOrigin configured_at;
  /// Set when `only` came from config.toml: a name that no dataset has is then a
  /// warning at the setting, and left out.
  std::optional<SettingOrigin> only_from_config;
};

/// A dataset found on the search path that failed to load: its first error, whose
/// path names the file.
struct SkippedDataset {
  Diagnostic first_error;
};

/// A dataset that a later place on the search path replaced (the same id): an
/// override made on purpose, told by `lore sources` and `lore info`, not warned of.
struct ReplacedDataset {
  std::string id;
  std::string path;     ///< The file replaced.
  std::string by_path;  ///< The file that replaced it.
};

/// A catalog with the warnings met while loading it.
struct LoadedCatalog {
  Catalog catalog;
  std::vector<Diagnostic> warnings;
  std::vector<SkippedDataset> skipped;
  std::vector<ReplacedDataset> replaced;  ///< In the order they were found.
};

/// Loads every source: files, and the *.toml files of folders. A file reached twice is
/// loaded once. A failing dataset on the search path is skipped with a warning; a
/// failing --data is an error, and every problem of every such file is collected
/// (an unreadable file as unreadable_input, else invalid_data). An unknown -d name is
/// a usage error.
Expected<LoadedCatalog, Error> load_catalog(const DatasetSources& sources, const FileSystem& files);

}  // namespace lore
