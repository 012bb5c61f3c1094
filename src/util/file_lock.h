#pragma once

#include <string>

namespace lore {

/// Holds an exclusive flock on a lock file or a folder while alive, so that
/// read-modify-write cycles by several processes happen one at a time. Lock something
/// that a rename does not replace: a PATH.lock file beside PATH, or PATH's folder.
class FileLock {
 public:
  /// Locks `path`: a folder as it is, else a file, made when missing.
  explicit FileLock(const std::string& path);
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

  /// False when `path` could not be opened or locked.
  bool locked() const { return fd_ >= 0; }

 private:
  int fd_;
};

}  // namespace lore
