#pragma once

#include <string>

#include "util/expected.h"
#include "util/file_system.h"

namespace lore {

/// Holds an exclusive flock on a lock file while alive, so that read-modify-write
/// cycles by several processes happen one at a time. Lock something that a rename does
/// not replace: a lock file beside the target (see lock_path_for).
class FileLock : public FileLockHandle {
 public:
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock() override;

  /// Locks the file `path`, made (0644 less the umask) when missing, waiting for any
  /// other holder. Making it needs only write and search permission on its folder.
  static Expected<std::unique_ptr<FileLock>, FileError> acquire(const std::string& path);

 private:
  explicit FileLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace lore
