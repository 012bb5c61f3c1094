#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lore {

enum class Severity { warning, error };

/// One problem found in an input file, with where it stands.
struct Diagnostic {
  std::string path;
  std::uint32_t line = 0;    ///< From 1; 0 when the problem has no position.
  std::uint32_t column = 0;  ///< From 1; 0 when the problem has no position.
  Severity severity = Severity::error;
  std::string message;
};

/// "FILE:LINE:COL: error: MESSAGE", the form compilers use and editors jump to, with
/// control characters shown escaped.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// True when any of `diagnostics` is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace lore
