#pragma once

#include <string>
#include <vector>

#include "commands/context.h"
#include "core/catalog_loader.h"
#include "core/error.h"
#include "core/filter.h"
#include "util/expected.h"

namespace lore {

/// Loads the datasets and writes any warnings to the context's messages.
Expected<LoadedCatalog, Error> open_catalog(const DatasetSources& sources, Context& context);

/// For each tag, speaker or category that `filter` names and no entry of `catalog` has
/// (ignoring case), a line that says so with the nearest name there is.
std::vector<std::string> unknown_names(const Catalog& catalog, const Filter& filter);

/// The error for a filter that left nothing, saying what was asked for, and (one a
/// line) each name that no entry has, with the nearest one.
Error no_match(const Catalog& catalog, const Filter& filter);

}  // namespace lore
