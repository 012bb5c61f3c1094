#pragma once

#include <string>
#include <vector>

#include "commands/loading.h"
#include "commands/printing.h"

namespace lore {

/// `lore show ID...`: print the named entries, whatever the filters.
struct ShowOptions {
  std::vector<std::string> ids;  ///< Each an id or DATASET:ID.
  DatasetSources sources;
  DisplayOptions display;
};

/// Prints every entry it finds; an unknown or ambiguous id is reported with the nearest
/// ids, after the others are printed.
Expected<void, Error> run_show(const ShowOptions& options, Context& context);

}  // namespace lore
