#pragma once

#include <string>
#include <vector>

#include "commands/printing.h"

namespace lore {

/// `lore validate FILE...`: check dataset files (or the *.toml files of folders)
/// without using them.
struct ValidateOptions {
  std::vector<std::string> paths;
  bool json = false;  ///< The diagnostics as JSON records, for editors.
};

/// Prints every error and warning as FILE:LINE:COL: error|warning: MESSAGE (or JSON);
/// fails with invalid_data when any file has an error, unreadable_input when one
/// cannot be read.
Expected<void, Error> run_validate(const ValidateOptions& options, Context& context);

}  // namespace lore
