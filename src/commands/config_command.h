#pragma once

#include "commands/context.h"
#include "core/error.h"
#include "util/expected.h"

namespace lore {

/// `lore config`: where the configuration file is read from, and what it holds.
struct ConfigOptions {
  bool path_only = false;  ///< --path: only where it is read from.
};

Expected<void, Error> run_config(const ConfigOptions& options, Context& context);

}  // namespace lore
