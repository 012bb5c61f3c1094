#pragma once

#include "commands/loading.h"
#include "commands/printing.h"

namespace lore {

/// `lore list [KIND]`: every matching entry, one line each, in dataset order.
struct ListOptions {
  DatasetSources sources;
  Filter filter;
  DisplayOptions display;
};

Expected<void, Error> run_list(const ListOptions& options, Context& context);

}  // namespace lore
