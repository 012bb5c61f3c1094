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

  /// The progress in the file: empty when there is none. A record that cannot be
  /// right (a box out of range, more right than asked, a value of the wrong type) is
  /// clamped or dropped with a warning naming PATH:LINE:COL, and every other record is
  /// kept. A file that is not TOML at all, or not a table of questions, is moved aside
  /// under the lock to the first free PATH.corrupt.N (N from 1: an earlier backup is
  /// never replaced) with a warning.
  Progress load(std::vector<std::string>& warnings) const;

  /// Adds `outcomes` to the file (re-read under the lock, so that no other quiz's
  /// answers are lost); the error says why it could not be written.
  Expected<void, SaveError> save(const std::vector<Outcome>& outcomes,
                                 std::chrono::year_month_day today,
                                 std::vector<std::string>& warnings) const;

 private:
  /// load(), the lock already held (or not to be taken: `locked` false).
  Progress load_file(std::vector<std::string>& warnings, bool locked) const;
  /// Moves the damaged file aside to a free numbered name; that name, or why not.
  Expected<std::string, std::string> move_aside() const;

  std::string path_;
  FileSystem& files_;
};

/// Saves a quiz's answers one at a time, as each is given, so that a quiz cut short
/// (Ctrl-C, a signal, a closed terminal) loses nothing: each save is one locked,
/// atomic read-modify-write of the file. An answer that cannot be saved stays pending
/// and is tried again with the next one and at the end; only finish() reports.
class ProgressRecorder {
 public:
  ProgressRecorder(const ProgressStore& store, std::chrono::year_month_day today)
      : store_(store), today_(today) {}

  /// Saves `outcome` (with any still pending); warnings are about the file (a damaged
  /// record dropped), not about this save.
  void record(Outcome outcome, std::vector<std::string>& warnings);

  /// The last try for what is pending: an error when some answers could not be saved.
  Expected<void, ProgressStore::SaveError> finish(std::vector<std::string>& warnings);

  std::size_t pending() const { return pending_.size(); }
  std::size_t saves() const { return saves_; }

 private:
  Expected<void, ProgressStore::SaveError> flush(std::vector<std::string>& warnings);

  const ProgressStore& store_;
  std::chrono::year_month_day today_;
  std::vector<Outcome> pending_;
  std::size_t saves_ = 0;
};

/// Where progress is kept: $XDG_STATE_HOME/lore/progress.toml, or
/// $HOME/.local/state/lore/progress.toml when XDG_STATE_HOME is unset, empty or
/// relative (as the XDG spec says); empty when neither is usable.
std::string default_progress_path(const std::optional<std::string>& xdg_state_home,
                                  const std::optional<std::string>& home);

/// A record of the progress file that was dropped or mended, where it stands.
struct ProgressProblem {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;
};

/// Progress as the file holds it, and back. Parsing fails on a file that is not TOML
/// or whose `questions` is not a table; a bad record is dropped (a wrong type, a count
/// out of range) or mended (a box out of range is clamped, more right than asked is
/// cut to asked) and said in `problems`.
Expected<Progress, std::string> parse_progress(std::string_view text,
                                               std::vector<ProgressProblem>& problems);
/// The same, the problems left unsaid.
Expected<Progress, std::string> parse_progress(std::string_view text);
std::string serialize_progress(const Progress& progress);

/// `id` as a TOML key: bare when it is letters, digits, '-' and '_', else a quoted
/// basic string with '"', '\\', controls and every non-ASCII code point escaped
/// (bytes that are not UTF-8 become U+FFFD).
std::string progress_key(std::string_view id);

}  // namespace lore
