#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "quiz/progress.h"
#include "util/expected.h"
#include "util/file_system.h"

namespace lore {

/// The quiz progress file (TOML). Nothing is lost: a save re-reads the file under an
/// exclusive lock and applies this quiz's outcomes to what is there, then replaces it
/// atomically (temporary file, fsync, rename), so two quizzes ending at once both land.
class ProgressStore {
 public:
  /// Why a save wrote nothing.
  struct SaveError {
    std::string message;
    bool lock_failed = false;  ///< Another writer's lock could not be waited for.
  };

  ProgressStore(std::string path, FileSystem& files) : path_(std::move(path)), files_(files) {}

  const std::string& path() const { return path_; }

  /// The progress in the file: empty when there is none. A file that cannot be read
  /// as progress is moved aside (to PATH.corrupt) with a warning.
  Progress load(std::vector<std::string>& warnings) const;

  /// Adds `outcomes` to the file; the error says why it could not be written.
  Expected<void, SaveError> save(const std::vector<Outcome>& outcomes,
                                 std::chrono::year_month_day today,
                                 std::vector<std::string>& warnings) const;

 private:
  std::string path_;
  FileSystem& files_;
};

/// Where progress is kept: $XDG_STATE_HOME/lore/progress.toml, or
/// $HOME/.local/state/lore/progress.toml when XDG_STATE_HOME is unset, empty or
/// relative (as the XDG spec says); empty when neither is usable.
std::string default_progress_path(const std::optional<std::string>& xdg_state_home,
                                  const std::optional<std::string>& home);

/// Progress as the file holds it, and back. Parsing fails on anything that is not
/// a well-formed progress table.
Expected<Progress, std::string> parse_progress(std::string_view text);
std::string serialize_progress(const Progress& progress);

/// `id` as a TOML key: bare when it is letters, digits, '-' and '_', else a quoted
/// basic string with '"', '\\', controls and every non-ASCII code point escaped
/// (bytes that are not UTF-8 become U+FFFD).
std::string progress_key(std::string_view id);

}  // namespace lore
