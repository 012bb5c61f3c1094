#include "util/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <memory>
#include <vector>

namespace lore {

namespace {

Unexpected<FileError> failure(const std::string& path, int error_number) {
  return unexpected(FileError{path, std::strerror(error_number), error_number});
}

/// The name part of `path`.
std::string base_name_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// Whether `name` is what mkstemp makes from "BASE.tmp-XXXXXX".
bool is_temporary_of(std::string_view name, std::string_view base) {
  constexpr std::string_view kInfix = ".tmp-";
  return name.size() == base.size() + kInfix.size() + 6 && name.starts_with(base) &&
         name.substr(base.size(), kInfix.size()) == kInfix;
}

/// Refuses to replace a file its owner made read-only: replacing it would succeed in a
/// writable folder, and silently change the file's owner. The mode is checked too, as
/// root passes access() for any file.
Expected<void, FileError> check_replaceable(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) return {};
    return failure(path, errno);
  }
  if (S_ISDIR(info.st_mode)) return failure(path, EISDIR);
  if (!S_ISREG(info.st_mode)) {
    return unexpected(FileError{
        path, "not a regular file (a FIFO or a device): lore replaces only files", ENODEV});
  }
  if ((info.st_mode & 0222) == 0 || ::access(path.c_str(), W_OK) != 0) {
    return unexpected(FileError{path, "the file is read-only (no write permission)", EACCES});
  }
  return {};
}

}  // namespace

Expected<void, FileError> make_directories(const std::string& directory, unsigned mode) {
  std::string path = directory;
  while (path.size() > 1 && path.ends_with('/')) path.pop_back();
  if (path.empty()) return {};
  // Walk up to the deepest folder that exists, noting the ends of the missing ones.
  std::vector<std::size_t> missing;
  std::size_t end = path.size();
  while (true) {
    const std::string prefix = path.substr(0, end);
    struct stat info {};
    if (::stat(prefix.c_str(), &info) == 0) {
      if (!S_ISDIR(info.st_mode)) return failure(prefix, ENOTDIR);
      break;
    }
    // Not a folder: walk on up, to name the file in the way.
    if (errno != ENOENT && errno != ENOTDIR) return failure(prefix, errno);
    missing.push_back(end);
    std::size_t slash = path.rfind('/', end - 1);
    while (slash != std::string::npos && slash > 0 && path[slash - 1] == '/') --slash;
    if (slash == std::string::npos || slash == 0) break;  // the current folder, or /
    end = slash;
  }
  // Make them top down; a failure removes what this call made.
  std::vector<std::string> made;
  for (auto next = missing.rbegin(); next != missing.rend(); ++next) {
    const std::string prefix = path.substr(0, *next);
    if (::mkdir(prefix.c_str(), static_cast<mode_t>(mode)) == 0) {
      made.push_back(prefix);
      continue;
    }
    const int error_number = errno;
    struct stat info {};
    if (error_number == EEXIST && ::stat(prefix.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
      continue;  // made meanwhile by another process
    for (auto undo = made.rbegin(); undo != made.rend(); ++undo) ::rmdir(undo->c_str());
    return failure(prefix, error_number);
  }
  return {};
}

void remove_stale_temporaries(const std::string& path, std::chrono::seconds age) {
  const std::string folder = parent_directory(path);
  const std::string base = base_name_of(path);
  const std::unique_ptr<DIR, int (*)(DIR*)> listing(::opendir(folder.c_str()), &::closedir);
  if (!listing) return;
  const std::time_t cutoff = std::time(nullptr) - static_cast<std::time_t>(age.count());
  while (const dirent* item = ::readdir(listing.get())) {
    if (!is_temporary_of(item->d_name, base)) continue;
    struct stat info {};
    if (::fstatat(::dirfd(listing.get()), item->d_name, &info, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISREG(info.st_mode) && info.st_mtime < cutoff) {
      (void)::unlinkat(::dirfd(listing.get()), item->d_name, 0);
    }
  }
}

Expected<void, FileError> write_file_atomically(const std::string& path, std::string_view content) {
  auto replaceable = check_replaceable(path);
  if (!replaceable) return replaceable;
  remove_stale_temporaries(path);
  std::string temporary = path + ".tmp-XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) return failure(temporary, errno);
  // mkstemp makes 0600: a replaced file keeps its own mode, a new one gets 0644 less
  // the umask, as any other data file.
  struct stat old {};
  if (::stat(path.c_str(), &old) == 0) {
    (void)::fchmod(fd, old.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    (void)::fchmod(fd, 0644 & ~mask);
  }
  auto fail = [&](int error_number, bool close_it) {
    if (close_it) ::close(fd);
    ::unlink(temporary.c_str());
    return failure(temporary, error_number);
  };
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t count = ::write(fd, content.data() + written, content.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) return fail(count < 0 ? errno : EIO, true);
    written += static_cast<std::size_t>(count);
  }
  if (::fsync(fd) != 0) return fail(errno, true);
  if (::close(fd) != 0) return fail(errno, false);
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error_number = errno;
    ::unlink(temporary.c_str());
    return failure(path, error_number);
  }
  const int folder = ::open(parent_directory(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder >= 0) {
    (void)::fsync(folder);
    ::close(folder);
  }
  return {};
}

}  // namespace lore
