#pragma once

#include "commands/context.h"

namespace lore::cli {

/// Parses the command line, runs the command and returns the exit status. Everything
/// the process touches comes in through `context`, so tests can run it in memory.
int run_app(int argc, const char* const* argv, Context& context);

/// Reads the environment of this process: terminal, COLUMNS, colour variables, date.
Environment read_environment();

/// LORE_MAX_FILE: a positive number of bytes; anything else is the 1 GiB default.
std::uint64_t parse_max_file_size(const std::optional<std::string>& text);

}  // namespace lore::cli
