#include <csignal>
#include <cstdio>
#include <exception>

#include "cli/app.h"
#include "core/index_cache.h"
#include "util/edit_line_reader.h"
#include "util/file_system.h"
#include "util/line_reader.h"
#include "util/output.h"

int main(int argc, char** argv) {
  // Past a file-size limit (ulimit -f), a write fails with EFBIG and is reported with
  // exit 74 and its temporary file removed, instead of the signal killing lore midway.
  std::signal(SIGXFSZ, SIG_IGN);
  lore::StreamOutput out(stdout);
  lore::StreamOutput messages(stderr);
  const lore::Environment environment = lore::cli::read_environment();
  lore::DiskFileSystem files(environment.max_file_size);
  // A person at a terminal edits the line (libedit, started only when a line is read);
  // a script's answers are read plainly.
  lore::StreamLineReader piped(stdin);
  lore::EditLineReader typed(stdin, stdout, stderr);
  lore::LineReader& input =
      environment.stdin_is_terminal ? static_cast<lore::LineReader&>(typed) : piped;
  lore::IndexCache cache(files, environment.cache_folder, environment.cache_off_because);
  lore::Context context{out, messages, files, environment, &input, &cache};
  try {
    return lore::cli::run_app(argc, argv, context);
  } catch (const std::exception& error) {
    // A bug, not a user's error: say so plainly instead of aborting.
    std::fprintf(stderr, "lore: internal error: %s\n", error.what());
    return 70;  // EX_SOFTWARE
  }
}
