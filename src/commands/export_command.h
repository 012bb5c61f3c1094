#pragma once

#include <string>

#include "commands/loading.h"
#include "commands/printing.h"

namespace lore {

/// `lore export [KIND]`: every selected entry as one whole dataset, TOML by default,
/// that loads again as it was.
struct ExportOptions {
  DatasetSources sources;
  Filter filter;
  DisplayOptions display;  ///< Its format defaults to toml.
};

Expected<void, Error> run_export(const ExportOptions& options, Context& context);

}  // namespace lore
