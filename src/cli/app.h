#pragma once

#include "cli/environment.h"
#include "commands/context.h"

namespace lore::cli {

/// Parses the command line, runs the command and returns the exit status. Everything
/// the process touches comes in through `context`, so tests can run it in memory.
/// (Reading the process's environment is cli/environment.h; config.toml's defaults,
/// cli/config_defaults.h; the parser and its subcommands, cli/parser.h.)
int run_app(int argc, const char* const* argv, Context& context);

}  // namespace lore::cli
