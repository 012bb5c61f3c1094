#pragma once

#include "commands/choosing.h"
#include "commands/loading.h"
#include "commands/printing.h"

namespace lore {

/// `lore sources [KIND]`: every dataset found, where from, its counts per kind and its
/// chance of being picked under the current filters and weights; datasets that failed
/// to load, with their first error.
struct SourcesOptions {
  DatasetSources sources;
  Filter filter;
  Weighting weighting;
  DisplayOptions display;  ///< text or json
};

Expected<void, Error> run_sources(const SourcesOptions& options, Context& context);

}  // namespace lore
