#pragma once

#include "commands/context.h"
#include "core/catalog_loader.h"
#include "core/error.h"
#include "core/filter.h"
#include "util/expected.h"

namespace lore {

/// Loads the datasets and writes any warnings to the context's messages.
Expected<LoadedCatalog, Error> open_catalog(const DatasetSources& sources, Context& context);

/// The error for a filter that left nothing, saying what was asked for.
Error no_match(const Catalog& catalog, const Filter& filter);

}  // namespace lore
