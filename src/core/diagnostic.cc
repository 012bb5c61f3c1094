#include "core/diagnostic.h"

#include <algorithm>

#include <fmt/format.h>

namespace lore {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  const char* severity = diagnostic.severity == Severity::error ? "error" : "warning";
  if (diagnostic.line == 0) {
    return fmt::format("{}: {}: {}", diagnostic.path, severity, diagnostic.message);
  }
  return fmt::format("{}:{}:{}: {}: {}", diagnostic.path, diagnostic.line, diagnostic.column,
                     severity, diagnostic.message);
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace lore
