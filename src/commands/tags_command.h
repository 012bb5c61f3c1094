#pragma once

#include "commands/loading.h"
#include "commands/printing.h"

namespace lore {

/// `lore tags`: each tag of the matching entries with its count, most used first.
struct TagsOptions {
  DatasetSources sources;
  Filter filter;
  DisplayOptions display;
};

Expected<void, Error> run_tags(const TagsOptions& options, Context& context);

}  // namespace lore
