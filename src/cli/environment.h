#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "commands/context.h"
#include "util/expected.h"

namespace lore::cli {

/// Reads the environment of this process: terminal, COLUMNS, colour variables, date.
/// A variable set to a value lore cannot use adds to `warnings`, for run_app to say.
Environment read_environment();

/// LORE_MAX_FILE: a positive whole number of bytes, with no suffix (lore(1) documents
/// none), up to 2^64 - 1. Unset or empty is the 1 GiB default; any other value is the
/// warning to give, since silently keeping the default would hide a typo in a limit the
/// user meant to set.
Expected<std::uint64_t, std::string> parse_max_file_size(const std::optional<std::string>& text);

}  // namespace lore::cli
