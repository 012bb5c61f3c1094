#include "cli/exit_status.h"

#include <fmt/format.h>

#include "util/text_escape.h"

namespace lore::cli {

int exit_status_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::no_match:
    case ErrorKind::below_pass:
    case ErrorKind::unknown_id: return kExitNoMatch;
    case ErrorKind::usage: return kExitUsage;
    case ErrorKind::invalid_data: return kExitDataError;
    case ErrorKind::unreadable_input: return kExitNoInput;
    case ErrorKind::output_failure: return kExitIoError;
    case ErrorKind::reader_gone: return kExitReaderGone;
    case ErrorKind::interrupted: return kExitInterrupted;
  }
  return kExitUsage;
}

int report_error(const Error& error, Output& messages, std::string_view command) {
  for (const Diagnostic& diagnostic : error.diagnostics) {
    messages.write(format_diagnostic(diagnostic) + "\n");
  }
  if (!error.message.empty()) {
    // A message of several lines (several unknown ids) gets the prefix on each.
    std::string_view rest = error.message;
    while (!rest.empty()) {
      const auto newline = rest.find('\n');
      messages.write(fmt::format("lore: {}\n", escape_controls(rest.substr(0, newline))));
      rest = newline == std::string_view::npos ? "" : rest.substr(newline + 1);
    }
  }
  // A usage error with diagnostics is about the data given (add's new entry): the
  // help has nothing to say about it.
  if (error.kind == ErrorKind::usage && error.diagnostics.empty()) {
    messages.write(fmt::format("Try '{} --help' for more.\n", command));
  }
  (void)messages.finish();
  // As a shell reports a process that the signal ended: 130 for Ctrl-C.
  if (error.kind == ErrorKind::interrupted && error.signal > 0) return 128 + error.signal;
  return exit_status_for(error.kind);
}

}  // namespace lore::cli
