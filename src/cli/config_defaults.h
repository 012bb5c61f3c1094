#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "commands/context.h"

namespace CLI {
class App;
}  // namespace CLI

namespace lore::cli {

/// What config.toml asks for: arguments to put before the command line's own (so the
/// command line wins). Problems are warnings: a broken
/// configuration must not stop a quote at login.
struct ConfigDefaults {
  std::vector<std::string> arguments;
  std::string path;  ///< The file they come from.
};

/// Reads config.toml (the context's config_path) as defaults for the options of `app`,
/// less those that `words` (the command line) give or exclude; warns of any problem.
ConfigDefaults read_config(const CLI::App& app, const std::vector<std::string_view>& words,
                           Context& context);

}  // namespace lore::cli
