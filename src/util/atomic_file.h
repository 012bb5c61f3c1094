#pragma once

#include <string>

#include "util/expected.h"

namespace lore {

/// Replaces the file at `path` with `content` so that a crash or a full disk leaves
/// either the old file or the new one whole: a temporary file beside it, fsync, rename,
/// then fsync of the folder. A replaced file keeps its mode; a new one gets 0644 less
/// the umask.
Expected<void, std::string> write_file_atomically(const std::string& path,
                                                  const std::string& content);

/// Makes `directory` and its missing parents with `mode`; the error says why not.
Expected<void, std::string> make_directories(const std::string& directory, unsigned mode = 0755);

/// The folder part of `path` ("." when it has none).
std::string parent_directory(const std::string& path);

}  // namespace lore
