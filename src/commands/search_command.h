#pragma once

#include <string>

#include "commands/loading.h"
#include "commands/printing.h"

namespace lore {

/// `lore search PATTERN`: every entry whose text matches an RE2 pattern.
struct SearchOptions {
  std::string pattern;
  bool ignore_case = false;
  DatasetSources sources;
  Filter filter;
  DisplayOptions display;
};

Expected<void, Error> run_search(const SearchOptions& options, Context& context);

}  // namespace lore
