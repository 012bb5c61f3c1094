#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/error.h"

namespace lore::test {

/// Each diagnostic on a line of its own, indented, for failure messages.
std::string describe(const std::vector<Diagnostic>& diagnostics);

/// The error's message, then its diagnostics as describe() gives them.
std::string describe(const Error& error);

}  // namespace lore::test
