#include "util/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lore {

namespace {

Unexpected<FileError> failure(const std::string& path, int error_number) {
  return unexpected(FileError{path, std::strerror(error_number)});
}

/// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

Expected<std::string, FileError> DiskFileReader::read(const std::string& path) const {
  const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return failure(path, errno);
  struct stat info {};
  if (::fstat(file.get(), &info) != 0) return failure(path, errno);
  if (S_ISDIR(info.st_mode)) return failure(path, EISDIR);
  std::string content;
  if (info.st_size > 0) content.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  while (true) {
    const ssize_t count = ::read(file.get(), buffer, sizeof buffer);
    if (count == 0) break;
    if (count < 0) {
      if (errno == EINTR) continue;
      return failure(path, errno);
    }
    content.append(buffer, static_cast<std::size_t>(count));
  }
  return content;
}

Expected<std::string, FileError> MemoryFileReader::read(const std::string& path) const {
  const auto found = files_.find(path);
  if (found == files_.end()) return failure(path, ENOENT);
  return found->second;
}

}  // namespace lore
