#include "util/file_reader.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>

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

PathType DiskFileReader::type_of(const std::string& path) const {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return PathType::missing;
  return S_ISDIR(info.st_mode) ? PathType::directory : PathType::file;
}

Expected<std::vector<std::string>, FileError> DiskFileReader::list(const std::string& directory,
                                                                   std::string_view suffix) const {
  const std::unique_ptr<DIR, int (*)(DIR*)> folder(::opendir(directory.c_str()), &::closedir);
  if (!folder) return failure(directory, errno);
  std::vector<std::string> paths;
  while (const dirent* item = ::readdir(folder.get())) {
    const std::string_view name = item->d_name;
    if (name.size() <= suffix.size() || !name.ends_with(suffix) || name.front() == '.') continue;
    std::string path = directory;
    if (!path.ends_with('/')) path += '/';
    path += name;
    if (type_of(path) == PathType::file) paths.push_back(std::move(path));
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::string DiskFileReader::identity(const std::string& path) const {
  char resolved[PATH_MAX];
  if (::realpath(path.c_str(), resolved) == nullptr) return path;
  return resolved;
}

PathType MemoryFileReader::type_of(const std::string& path) const {
  if (files_.contains(path)) return PathType::file;
  const std::string prefix = path.ends_with('/') ? path : path + '/';
  const auto next = files_.lower_bound(prefix);
  if (next != files_.end() && next->first.starts_with(prefix)) return PathType::directory;
  return PathType::missing;
}

Expected<std::vector<std::string>, FileError> MemoryFileReader::list(
    const std::string& directory, std::string_view suffix) const {
  if (type_of(directory) != PathType::directory) return failure(directory, ENOENT);
  const std::string prefix = directory.ends_with('/') ? directory : directory + '/';
  std::vector<std::string> paths;
  for (const auto& [path, content] : files_) {
    const std::string_view name =
        std::string_view(path).substr(std::min(prefix.size(), path.size()));
    if (path.starts_with(prefix) && name.find('/') == std::string_view::npos &&
        name.size() > suffix.size() && name.ends_with(suffix)) {
      paths.push_back(path);
    }
  }
  return paths;
}

Expected<std::string, FileError> MemoryFileReader::read(const std::string& path) const {
  const auto found = files_.find(path);
  if (found == files_.end()) return failure(path, ENOENT);
  return found->second;
}

}  // namespace lore
