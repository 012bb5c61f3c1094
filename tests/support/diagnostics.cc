#include "support/diagnostics.h"

namespace lore::test {

std::string describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += "\n  " + format_diagnostic(d);
  return out;
}

std::string describe(const Error& error) {
  return error.message + describe(error.diagnostics);
}

}  // namespace lore::test
