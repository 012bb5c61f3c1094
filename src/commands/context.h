#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/dataset_search_path.h"
#include "core/index_cache.h"
#include "render/style.h"
#include "util/date.h"
#include "util/file_system.h"
#include "util/line_reader.h"
#include "util/output.h"

namespace lore {

/// What a command may know of the process it runs in, read once at start-up and passed
/// in, so that tests can give any environment.
struct Environment {
  ColorEnvironment color;
  std::optional<std::size_t> columns;         ///< COLUMNS, when it is a number.
  std::optional<std::size_t> terminal_width;  ///< Of standard output, when a terminal.
  /// The local date, for --daily and the quiz: read only when asked for, since the time
  /// zone costs a run a file to read.
  std::function<std::chrono::year_month_day()> today = &local_today;
  std::uint64_t entropy_seed = 0;             ///< For runs with no --seed.
  bool stdin_is_terminal = false;             ///< A person types the quiz's answers.
  bool stderr_is_terminal = false;            ///< Progress lines may be shown.
  std::optional<std::string> xdg_state_home;  ///< XDG_STATE_HOME, for quiz progress.
  std::optional<std::string> home;            ///< HOME
  SearchPathVariables search_path;            ///< Where datasets are looked for.
  std::string config_path;                    ///< config.toml; empty: none.
  /// LORE_MAX_FILE: the most bytes lore reads from one file.
  std::uint64_t max_file_size = kDefaultMaxFileSize;
  /// Where dataset indexes are kept ($XDG_CACHE_HOME/lore); empty: no index cache.
  std::string cache_folder;
  /// Why there is no index cache (LORE_NO_CACHE, no HOME); empty when there is one.
  std::string cache_off_because;
  /// Variables set to values lore cannot use, each a sentence naming the variable and
  /// its value; run_app prints them as warnings, so that no setting is dropped unseen.
  std::vector<std::string> warnings;
};

/// Where a command reads and writes.
struct Context {
  Output& out;        ///< Results.
  Output& messages;   ///< Warnings (standard error).
  FileSystem& files;  ///< Every file lore reads or writes.
  const Environment& environment;
  LineReader* input = nullptr;  ///< Answers to the quiz (standard input).
  IndexCache* cache = nullptr;  ///< Dataset indexes; null: parse every dataset.
};

}  // namespace lore
