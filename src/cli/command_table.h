#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "cli/option_groups.h"
#include "commands/context.h"
#include "core/error.h"
#include "util/expected.h"

namespace lore::cli {

/// Runs a command whose options CLI11 has filled. Knows nothing of CLI11 itself.
using Runner = std::function<Expected<void, Error>(Context&)>;

/// One subcommand of `lore`.
struct CommandSpec {
  std::string_view name;
  std::string_view summary;
  std::string_view examples;  ///< Shown at the end of its --help.
  /// Declares the subcommand's options on `app` (its own and the shared groups it
  /// takes, bound to `common`) and returns what runs it once they are parsed.
  Runner (*setup)(CLI::App& app, CommonArgs& common);
};

/// Every subcommand, in the order --help lists them.
std::span<const CommandSpec> command_table();

/// Declares the options of `lore` with no subcommand (one random entry of any kind, or
/// of the kind --kind names) on the top-level app and returns its runner.
Runner setup_default(CLI::App& app, CommonArgs& common);

}  // namespace lore::cli
