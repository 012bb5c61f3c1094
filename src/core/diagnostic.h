#pragma once

#include <cstdint>
#include <string>
#include <string_view>
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

/// Where a setting of a configuration file stands, carried with a value it gave that
/// can only be checked later (a dataset it names that is not there), so that the value
/// is then dropped with a warning at the setting, never made an error.
struct SettingOrigin {
  std::string path;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string key;

  /// "PATH:LINE:COL: warning: 'KEY' ignored: WHY", as a Diagnostic.
  Diagnostic ignored_because(std::string_view why) const;
};

/// "FILE:LINE:COL: error: MESSAGE", the form compilers use and editors jump to, with
/// control characters shown escaped.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// True when any of `diagnostics` is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace lore
