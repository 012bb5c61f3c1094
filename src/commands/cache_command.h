#pragma once

#include <string>
#include <vector>

#include "commands/loading.h"
#include "commands/printing.h"

namespace lore {

/// `lore cache path|clear|build [PATH...]`: the index cache, where each dataset file's
/// index is kept so that later runs map it instead of parsing the TOML.
struct CacheOptions {
  enum class Action { path, clear, build };
  Action action = Action::path;
  std::vector<std::string> paths;  ///< build: files or folders; none: the search path.
};

/// path prints the folder; clear removes every index in it; build indexes each dataset
/// file named (or on the search path) anew, with a progress line on a terminal. A
/// dataset with errors fails with invalid_data, an index that cannot be written with
/// output_failure, and no cache at all (LORE_NO_CACHE, no HOME) with usage.
Expected<void, Error> run_cache(const CacheOptions& options, Context& context);

}  // namespace lore
