#pragma once

#include <string_view>

#include "core/error.h"
#include "util/output.h"

namespace lore::cli {

/// The exit statuses of lore, the same for every subcommand (sysexits.h where it has one).
enum ExitStatus : int {
  kExitOk = 0,
  kExitNoMatch = 1,        ///< Nothing matched, an unknown id, a quiz under --pass.
  kExitUsage = 2,          ///< The command line is wrong.
  kExitDataError = 65,     ///< EX_DATAERR: a dataset is invalid.
  kExitNoInput = 66,       ///< EX_NOINPUT: a dataset file is missing or unreadable.
  kExitIoError = 74,       ///< EX_IOERR: output could not be written.
  kExitInterrupted = 130,  ///< Ctrl-C (another signal: 128 + its number).
  kExitReaderGone = 141,   ///< As a shell reports a process that SIGPIPE ended.
};

/// The exit status for an error of this kind.
int exit_status_for(ErrorKind kind);

/// Writes the error to `messages` (its diagnostics, then "lore: MESSAGE", and for a
/// usage error where to read more: "Try 'COMMAND --help'", with `command` such as
/// "lore quote") and returns the exit status: the one place where errors become both.
int report_error(const Error& error, Output& messages, std::string_view command = "lore");

}  // namespace lore::cli
