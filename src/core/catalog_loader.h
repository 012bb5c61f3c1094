#pragma once

#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "util/expected.h"
#include "util/file_reader.h"

namespace lore {

/// Which datasets to load.
struct DatasetSources {
  bool include_embedded = true;    ///< The built-in IO (2019) dataset.
  std::vector<std::string> files;  ///< More dataset files, in order.
};

/// A catalog with the warnings met while loading it.
struct LoadedCatalog {
  Catalog catalog;
  std::vector<Diagnostic> warnings;
};

/// Loads every source. Every problem in every file is collected; any error fails the
/// whole load (an unreadable file as unreadable_input, else invalid_data).
Expected<LoadedCatalog, Error> load_catalog(const DatasetSources& sources, const FileReader& files);

}  // namespace lore
