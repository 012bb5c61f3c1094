#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "cli/option_groups.h"
#include "commands/context.h"
#include "core/error.h"
#include "util/expected.h"

namespace lore::cli {

/// Runs a command on options already typed and validated (the *execute* half of a
/// run). Knows nothing of CLI11.
using Command = std::function<Expected<void, Error>(Context&)>;

/// Turns the raw arguments CLI11 filled into a Command with typed, validated options
/// (the *prepare* half): reads no file and writes nothing, so it may be tried on
/// config.toml's settings alone, and an error it gives belongs to the arguments.
using Preparer = std::function<Expected<Command, Error>(const Environment&)>;

/// The --help heading of `lore add`'s options for an entry's fields (which config.toml
/// sets only in an `[add]` table).
inline constexpr std::string_view kEntryFieldsGroup =
    "Fields (see lore(5); each kind takes its own)";

/// One subcommand of `lore`.
struct CommandSpec {
  std::string_view name;
  std::string_view summary;
  std::string_view examples;  ///< Shown at the end of its --help.
  /// Declares the subcommand's options on `app` (its own and the shared groups it
  /// takes, bound to `common`) and returns what prepares it once they are parsed.
  Preparer (*setup)(CLI::App& app, CommonArgs& common);
};

/// Every subcommand, in the order --help lists them.
std::span<const CommandSpec> command_table();

/// Declares the options of `lore` with no subcommand (one random entry of any kind, or
/// of the kind --kind names) on the top-level app and returns its preparer.
Preparer setup_default(CLI::App& app, CommonArgs& common);

}  // namespace lore::cli
