#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

namespace lore {

namespace {

std::string system_error(std::string_view what, const std::string& path) {
  return fmt::format("cannot {} {}: {}", what, path, std::strerror(errno));
}

}  // namespace

std::string parent_directory(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

Expected<void, std::string> make_directories(const std::string& directory, unsigned mode) {
  struct stat info {};
  if (::stat(directory.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) return {};
    errno = ENOTDIR;
    return unexpected(system_error("create folder", directory));
  }
  const std::string parent = parent_directory(directory);
  if (parent != directory) {
    auto made = make_directories(parent, mode);
    if (!made) return made;
  }
  if (::mkdir(directory.c_str(), static_cast<mode_t>(mode)) != 0 && errno != EEXIST) {
    return unexpected(system_error("create folder", directory));
  }
  return {};
}

Expected<void, std::string> write_file_atomically(const std::string& path,
                                                  const std::string& content) {
  std::string temporary = path + ".tmp-XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) return unexpected(system_error("create", temporary));
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
  auto fail = [&](std::string_view what) {
    std::string error = system_error(what, temporary);
    ::close(fd);
    ::unlink(temporary.c_str());
    return unexpected(std::move(error));
  };
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t count = ::write(fd, content.data() + written, content.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) return fail("write");
    written += static_cast<std::size_t>(count);
  }
  if (::fsync(fd) != 0) return fail("write");
  if (::close(fd) != 0) {
    std::string error = system_error("write", temporary);
    ::unlink(temporary.c_str());
    return unexpected(std::move(error));
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    std::string error = system_error("replace", path);
    ::unlink(temporary.c_str());
    return unexpected(std::move(error));
  }
  const int folder = ::open(parent_directory(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder >= 0) {
    (void)::fsync(folder);
    ::close(folder);
  }
  return {};
}

}  // namespace lore
