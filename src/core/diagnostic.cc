#include "core/diagnostic.h"

#include <algorithm>

#include <fmt/format.h>

#include "util/text_escape.h"

namespace lore {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  const char* severity = diagnostic.severity == Severity::error ? "error" : "warning";
  // Messages quote dataset text (ids, keys): it must not reach a terminal raw.
  const std::string path = escape_controls(diagnostic.path);
  const std::string message = escape_controls(diagnostic.message);
  if (diagnostic.line == 0) return fmt::format("{}: {}: {}", path, severity, message);
  return fmt::format("{}:{}:{}: {}: {}", path, diagnostic.line, diagnostic.column, severity,
                     message);
}

Diagnostic SettingOrigin::ignored_because(std::string_view why) const {
  return {path, line, column, Severity::warning, fmt::format("'{}' ignored: {}", key, why)};
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace lore
