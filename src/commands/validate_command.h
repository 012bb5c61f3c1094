#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "commands/printing.h"

namespace lore {

/// `lore validate FILE...`: check dataset files (or the *.toml files of folders, or
/// standard input for "-") without using them.
struct ValidateOptions {
  std::vector<std::string> paths;
  bool json = false;  ///< The diagnostics as JSON records, for editors.
  /// The most problems shown for one file (0: all); the rest are counted in one line,
  /// "and N more errors in FILE", so that a broken big file does not flood the screen.
  std::size_t max_errors = 50;
};

/// Prints the errors and warnings as FILE:LINE:COL: error|warning: MESSAGE (or JSON),
/// up to max_errors per file; fails with invalid_data when any file has an error, unreadable_input
/// when one cannot be read.
Expected<void, Error> run_validate(const ValidateOptions& options, Context& context);

}  // namespace lore
