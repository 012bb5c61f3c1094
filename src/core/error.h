#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "util/expected.h"

namespace lore {

/// What went wrong, in the terms the exit status is chosen by. The command line turns
/// an Error into a message and an exit status in one place.
enum class ErrorKind {
  no_match,          ///< A filter left nothing.
  below_pass,        ///< A quiz scored under its --pass mark.
  unknown_id,        ///< `show` was given an id no dataset has.
  usage,             ///< The command line itself is wrong.
  invalid_data,      ///< A dataset failed validation.
  unreadable_input,  ///< A dataset file is missing or cannot be read.
  output_failure,    ///< Standard output could not be written.
  reader_gone,       ///< The reader of standard output went away: stop quietly.
  interrupted,       ///< A signal (Ctrl-C, SIGTERM, SIGHUP) ended the run: 128 + it.
};

struct Error {
  ErrorKind kind;
  std::string message;                  ///< Empty when the diagnostics say it all.
  std::vector<Diagnostic> diagnostics;  ///< Problems with positions, printed before it.
  int signal = 0;                       ///< For `interrupted`: which signal.
};

/// The one way to fail with an Error: `return failure(ErrorKind::no_match, message);` in a
/// function that returns Expected<T, Error>.
inline Unexpected<Error> failure(ErrorKind kind, std::string message,
                                 std::vector<Diagnostic> diagnostics = {}) {
  return unexpected(Error{kind, std::move(message), std::move(diagnostics)});
}

/// A usage error: the command line asks for something that cannot be.
inline Unexpected<Error> usage_error(std::string message) {
  return failure(ErrorKind::usage, std::move(message));
}

}  // namespace lore
