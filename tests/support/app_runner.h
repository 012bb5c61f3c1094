#pragma once

#include <string>
#include <vector>

#include "commands/context.h"
#include "util/file_system.h"
#include "util/output.h"

namespace lore::test {

/// What one run of `lore` gave: exit status, standard output and standard error.
struct AppRun {
  int status = 0;
  std::string out;
  std::string err;
};

/// Runs `lore ARGS...` through cli::run_app, reading `files`, in `environment`; standard
/// output goes to `out` when given (its text is then not in the result); datasets are
/// indexed in `cache` when given.
AppRun run_lore(const std::vector<std::string>& args, FileSystem& files,
                const Environment& environment, Output* out = nullptr, IndexCache* cache = nullptr);

}  // namespace lore::test
