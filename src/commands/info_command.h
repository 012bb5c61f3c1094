#pragma once

#include "commands/loading.h"
#include "commands/printing.h"

namespace lore {

/// `lore info`: each dataset's title, description and counts per kind.
struct InfoOptions {
  DatasetSources sources;
  DisplayOptions display;  ///< text or json.
};

Expected<void, Error> run_info(const InfoOptions& options, Context& context);

}  // namespace lore
