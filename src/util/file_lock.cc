#include "util/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lore {

Expected<std::unique_ptr<FileLock>, FileError> FileLock::acquire(const std::string& path) {
  // O_CREAT needs write and search permission on the folder, not read permission.
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  // A lock file another user made: flock works on a descriptor opened for reading too.
  if (fd < 0 && errno == EACCES) {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    // No lock file to share: the folder's own refusal is the reason, not "no such file".
    if (fd < 0 && errno == ENOENT) errno = EACCES;
  }
  if (fd < 0) return unexpected(FileError{path, std::strerror(errno), errno});
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    const int error_number = errno;
    ::close(fd);
    return unexpected(FileError{path, std::strerror(error_number), error_number});
  }
  return std::unique_ptr<FileLock>(new FileLock(fd));
}

FileLock::~FileLock() {
  ::close(fd_);  // closing releases the lock
}

}  // namespace lore
