#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "util/expected.h"
#include "util/file_system.h"

namespace lore {

/// Replaces the file at `path` with `content` so that a crash or a full disk leaves
/// either the old file or the new one whole: a temporary file beside it, fsync, rename,
/// then fsync of the folder. A replaced file keeps its mode; a new one gets 0644 less
/// the umask. A file without write permission (0444) is refused rather than replaced,
/// and temporary files of earlier, killed writes (PATH.tmp-XXXXXX) older than a day
/// are removed first.
Expected<void, FileError> write_file_atomically(const std::string& path, std::string_view content);

/// Makes `directory` and its missing parents with `mode`, one level at a time (no
/// recursion, so any depth is safe); when a level fails, the folders made so far are
/// removed again.
Expected<void, FileError> make_directories(const std::string& directory, unsigned mode = 0755);

/// Removes PATH.tmp-XXXXXX files beside `path` last modified more than `age` ago: what
/// a killed write left. Best effort: a folder that cannot be listed is left alone.
void remove_stale_temporaries(const std::string& path,
                              std::chrono::seconds age = std::chrono::hours(24));

}  // namespace lore
