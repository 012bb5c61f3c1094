#include "util/file_system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <utility>

#include "util/atomic_file.h"
#include "util/file_lock.h"
#include "util/plural.h"

namespace lore {

namespace {

Unexpected<FileError> failure(const std::string& path, int error_number) {
  return unexpected(FileError{path, std::strerror(error_number), error_number});
}

Unexpected<FileError> too_large(const std::string& path, std::uint64_t limit) {
  return unexpected(FileError{path,
                              fmt::format("larger than the limit of {} (LORE_MAX_FILE sets it)",
                                          counted(limit, "byte", "bytes")),
                              EFBIG});
}

/// A dangling link, named as one: "No such file or directory" would hide the link the
/// user made, and its target is what to fix.
Unexpected<FileError> dangling(const std::string& path, const std::string& target) {
  return unexpected(FileError{
      path, fmt::format("a symbolic link to '{}', which does not exist", target), ENOENT});
}

/// Devices are never read: /dev/zero would grow without end, and opening some has effects.
Unexpected<FileError> not_a_file(const std::string& path, PathType type) {
  return unexpected(FileError{path,
                              type == PathType::device
                                  ? "a device, not a file: lore reads only files and FIFOs"
                                  : "not a file: lore reads only files and FIFOs",
                              ENODEV});
}

/// The stamp that `info`, a regular file's stat, gives.
FileStamp stamp_of(const struct stat& info) {
  return FileStamp{
      static_cast<std::uint64_t>(info.st_size),
      static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec,
      static_cast<std::uint64_t>(info.st_ino), static_cast<std::uint64_t>(info.st_dev)};
}

}  // namespace

Expected<void, FileError> FileSystem::check_replaceable(const std::string& path) const {
  auto type = stat(path);
  LORE_TRY(type);
  switch (*type) {
    case PathType::missing:
    case PathType::file: return {};
    case PathType::directory: return failure(path, EISDIR);
    default:
      return unexpected(FileError{
          path, "not a regular file (a FIFO or a device): lore replaces only files", ENODEV});
  }
}

namespace {

PathType type_of_mode(mode_t mode) {
  if (S_ISREG(mode)) return PathType::file;
  if (S_ISDIR(mode)) return PathType::directory;
  if (S_ISFIFO(mode)) return PathType::fifo;
  if (S_ISCHR(mode) || S_ISBLK(mode)) return PathType::device;
  return PathType::other;
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
  /// The descriptor, no longer closed here.
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

/// Everything `fd` holds from here to its end: at most `limit` bytes, checked while
/// reading, since a file that grows, or a FIFO, may have no end.
Expected<std::string, FileError> read_to_end(int fd, const std::string& path, std::size_t expected,
                                             std::uint64_t limit) {
  std::string content;
  content.reserve(expected);
  char buffer[1 << 16];
  while (true) {
    const ssize_t count = ::read(fd, buffer, sizeof buffer);
    if (count == 0) break;
    if (count < 0) {
      if (errno == EINTR) continue;
      return failure(path, errno);
    }
    if (content.size() + static_cast<std::size_t>(count) > limit) return too_large(path, limit);
    content.append(buffer, static_cast<std::size_t>(count));
  }
  return content;
}

std::string name_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string join(const std::string& folder, std::string_view name) {
  std::string path = folder;
  if (!path.ends_with('/')) path += '/';
  path += name;
  return path;
}

/// What the link at `link` names: `target` itself when absolute, else beside the link.
std::string beside(const std::string& link, const std::string& target) {
  if (target.starts_with('/') || link.find('/') == std::string::npos) return target;
  return join(parent_directory(link), target);
}

}  // namespace

std::string parent_directory(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string lock_path_for(const std::string& target) {
  const std::string folder = parent_directory(target);
  const std::string name = "." + name_of(target) + ".lock";
  return target.find('/') == std::string::npos ? name : join(folder, name);
}

// ------------------------------------------------------------------------- disk

Expected<std::string, FileError> DiskFileSystem::read(const std::string& path) const {
  // Look before opening: opening a FIFO waits for a writer, opening a device may act.
  auto type = stat(path);
  LORE_TRY(type);
  if (*type == PathType::missing) {
    if (auto target = dangling_link_target(path)) return dangling(path, *target);
    return failure(path, ENOENT);
  }
  if (*type == PathType::directory) return failure(path, EISDIR);
  if (*type != PathType::file && *type != PathType::fifo) return not_a_file(path, *type);
  const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return failure(path, errno);
  struct stat info {};
  if (::fstat(file.get(), &info) != 0) return failure(path, errno);
  const PathType opened = type_of_mode(info.st_mode);  // replaced meanwhile?
  if (opened == PathType::directory) return failure(path, EISDIR);
  if (opened != PathType::file && opened != PathType::fifo) return not_a_file(path, opened);
  if (opened == PathType::file && static_cast<std::uint64_t>(info.st_size) > max_file_size_)
    return too_large(path, max_file_size_);
  return read_to_end(file.get(), path,
                     info.st_size > 0 ? static_cast<std::size_t>(info.st_size) : 0, max_file_size_);
}

Expected<std::string, FileError> DiskFileSystem::read_standard_input() const {
  // Whatever it is (a file, a pipe, a terminal until Ctrl-D): the user chose it.
  return read_to_end(STDIN_FILENO, std::string(kStandardInputName), 0, max_file_size_);
}

Expected<PathType, FileError> DiskFileSystem::stat(const std::string& path) const {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) return PathType::missing;
    return failure(path, errno);
  }
  return type_of_mode(info.st_mode);
}

Expected<std::vector<std::string>, FileError> DiskFileSystem::list(const std::string& directory,
                                                                   std::string_view suffix) const {
  const std::unique_ptr<DIR, int (*)(DIR*)> folder(::opendir(directory.c_str()), &::closedir);
  if (!folder) return failure(directory, errno);
  std::vector<std::string> paths;
  while (const dirent* item = ::readdir(folder.get())) {
    const std::string_view name = item->d_name;
    if (name.size() <= suffix.size() || !name.ends_with(suffix) || name.front() == '.') continue;
    std::string path = join(directory, name);
    if (item->d_type == DT_REG) {  // no stat needed; links and unknowns are stat'ed
      paths.push_back(std::move(path));
      continue;
    }
    auto type = stat(path);
    // A loop, an unreadable link or a dangling one is listed, so that its reader says
    // why; a file removed since readdir is not.
    if (type && *type == PathType::directory) continue;
    if (type && *type == PathType::missing && !dangling_link_target(path)) continue;
    paths.push_back(std::move(path));
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::optional<std::string> DiskFileSystem::dangling_link_target(const std::string& path) const {
  std::string current = path;
  std::optional<std::string> target;
  for (int hops = 0; hops < 40; ++hops) {  // the kernel's limit: more is a loop
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0) return errno == ENOENT ? target : std::nullopt;
    if (!S_ISLNK(info.st_mode)) return std::nullopt;  // the chain ends at something
    char written[PATH_MAX];
    const ssize_t size = ::readlink(current.c_str(), written, sizeof written);
    if (size < 0 || static_cast<std::size_t>(size) == sizeof written) return std::nullopt;
    target.emplace(written, static_cast<std::size_t>(size));
    current = beside(current, *target);
  }
  return std::nullopt;
}

std::optional<std::string> DiskFileSystem::in_resolved_folder(const std::string& path) const {
  const std::string name = name_of(path);
  if (name.empty() || name == "." || name == "..") return std::nullopt;
  const std::string folder = parent_directory(path);
  auto known = resolved_folders_.find(folder);
  if (known == resolved_folders_.end()) {
    char folder_resolved[PATH_MAX];
    if (::realpath(folder.c_str(), folder_resolved) == nullptr) return std::nullopt;
    known = resolved_folders_.emplace(folder, folder_resolved).first;
  }
  return join(known->second, name);
}

IdentifiedFile DiskFileSystem::identify(const std::string& path) const {
  struct stat info {};
  if (::lstat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
    if (auto identity = in_resolved_folder(path)) return {std::move(*identity), stamp_of(info)};
  }
  return {identity(path), stamp(path)};
}

std::string DiskFileSystem::identity(const std::string& path) const {
  // A file that is no link, in a folder resolved before, costs one lstat: the many
  // files of one folder on the search path resolve their folder once.
  struct stat info {};
  if (::lstat(path.c_str(), &info) == 0 && !S_ISLNK(info.st_mode)) {
    if (auto identity = in_resolved_folder(path)) return std::move(*identity);
  }
  char resolved[PATH_MAX];
  if (::realpath(path.c_str(), resolved) != nullptr) return resolved;
  // A dangling link names the file it would create: follow it by hand.
  std::string current = path;
  for (int hops = 0; hops < 40; ++hops) {
    char target[PATH_MAX];
    const ssize_t size = ::readlink(current.c_str(), target, sizeof target - 1);
    if (size < 0) break;
    const std::string next(target, static_cast<std::size_t>(size));
    current = next.starts_with('/') ? next : join(parent_directory(current), next);
  }
  if (::realpath(parent_directory(current).c_str(), resolved) != nullptr)
    return join(resolved, name_of(current));
  return current;
}

Expected<FileStamp, FileError> DiskFileSystem::stamp(const std::string& path) const {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return failure(path, errno);
  if (!S_ISREG(info.st_mode)) return not_a_file(path, type_of_mode(info.st_mode));
  return stamp_of(info);
}

namespace {

/// `size` bytes of the open file `fd` (named `path`) mapped read-only.
Expected<MappedFile, FileError> map_descriptor(int fd, std::uint64_t size,
                                               const std::string& path) {
  if (size == 0) return MappedFile();
  void* address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (address == MAP_FAILED) return failure(path, errno);
  // Readers of an index touch a few scattered pages: no read-ahead around each, which
  // would map far more of the file than is read.
  ::madvise(address, size, MADV_RANDOM);
  std::shared_ptr<const void> owner(address, [size](const void* mapped) {
    ::munmap(const_cast<void*>(mapped), size);  // NOLINT(cppcoreguidelines-pro-type-const-cast)
  });
  return MappedFile(std::move(owner), std::string_view(static_cast<const char*>(address),
                                                       static_cast<std::size_t>(size)));
}

/// A file on disk held open by its descriptor.
class DiskOpenFile final : public OpenFile {
 public:
  DiskOpenFile(int fd, std::uint64_t size, std::string path)
      : file_(fd), size_(size), path_(std::move(path)) {}
  std::uint64_t size() const override { return size_; }
  Expected<std::size_t, FileError> read(std::uint64_t offset, std::span<char> into) const override {
    const std::uint64_t available = offset < size_ ? size_ - offset : 0;
    const auto wanted = static_cast<std::size_t>(std::min<std::uint64_t>(into.size(), available));
    std::size_t done = 0;
    while (done < wanted) {
      const ssize_t got = ::pread(file_.get(), into.data() + done, wanted - done,
                                  static_cast<off_t>(offset + done));
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return failure(path_, errno);
      if (got == 0) break;  // cut short meanwhile
      done += static_cast<std::size_t>(got);
    }
    return done;
  }
  Expected<MappedFile, FileError> map() const override {
    return map_descriptor(file_.get(), size_, path_);
  }

 private:
  FileDescriptor file_;
  std::uint64_t size_;
  std::string path_;
};

}  // namespace

Expected<MappedFile, FileError> DiskFileSystem::map(const std::string& path) const {
  auto file = open(path);
  LORE_TRY(file);
  return (*file)->map();
}

Expected<std::shared_ptr<const OpenFile>, FileError> DiskFileSystem::open(
    const std::string& path) const {
  // O_NONBLOCK: a FIFO put where a file should be is refused, not waited on.
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (file.get() < 0) return failure(path, errno);
  struct stat info {};
  if (::fstat(file.get(), &info) != 0) return failure(path, errno);
  if (!S_ISREG(info.st_mode)) return not_a_file(path, type_of_mode(info.st_mode));
  const auto size = static_cast<std::uint64_t>(info.st_size);
  if (size > max_file_size_) return too_large(path, max_file_size_);
  return std::shared_ptr<const OpenFile>(
      std::make_shared<DiskOpenFile>(file.release(), size, path));
}

Expected<void, FileError> DiskFileSystem::remove(const std::string& path) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) return failure(path, errno);
  return {};
}

Expected<void, FileError> DiskFileSystem::write_atomically(const std::string& path,
                                                           std::string_view content) {
  return write_file_atomically(path, content);
}

Expected<void, FileError> DiskFileSystem::make_directories(const std::string& directory,
                                                           unsigned mode) {
  return lore::make_directories(directory, mode);
}

Expected<std::unique_ptr<FileLockHandle>, FileError> DiskFileSystem::lock(const std::string& path) {
  auto lock = FileLock::acquire(path);
  LORE_TRY(lock);
  return std::unique_ptr<FileLockHandle>(std::move(*lock));
}

Expected<void, FileError> DiskFileSystem::rename(const std::string& from, const std::string& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) return failure(from, errno);
  return {};
}

// ----------------------------------------------------------------------- memory

/// Releases a memory lock when it goes.
class MemoryFileSystem::Lock : public FileLockHandle {
 public:
  Lock(std::set<std::string>& locked, std::string path) : locked_(locked), path_(std::move(path)) {
    locked_.insert(path_);
  }
  Lock(const Lock&) = delete;
  Lock& operator=(const Lock&) = delete;
  ~Lock() override { locked_.erase(path_); }

 private:
  std::set<std::string>& locked_;
  std::string path_;
};

void MemoryFileSystem::add_read_only(std::string path, std::string content) {
  read_only_.insert(path);
  add(std::move(path), std::move(content));
}

void MemoryFileSystem::fail_at(FileStep step, int error_number, int count) {
  failures_[step] = {taken_[step] + count, error_number};
}

int MemoryFileSystem::steps_taken(FileStep step) const {
  const auto found = taken_.find(step);
  return found == taken_.end() ? 0 : found->second;
}

int MemoryFileSystem::take(FileStep step) {
  const int count = ++taken_[step];
  const auto failure = failures_.find(step);
  if (failure == failures_.end() || failure->second.first != count) return 0;
  const int error_number = failure->second.second;
  failures_.erase(failure);
  return error_number;
}

Expected<std::string, FileError> MemoryFileSystem::resolve(const std::string& path) const {
  std::string current = path;
  for (int hops = 0; hops < 40; ++hops) {
    const auto link = links_.find(current);
    if (link == links_.end()) return current;
    current = beside(current, link->second);
  }
  return failure(path, ELOOP);
}

Expected<PathType, FileError> MemoryFileSystem::stat(const std::string& path) const {
  auto resolved = resolve(path);
  LORE_TRY(resolved);
  return type_of_resolved(*resolved);
}

PathType MemoryFileSystem::type_of_resolved(const std::string& path) const {
  if (files_.contains(path)) return PathType::file;
  if (const auto special = special_.find(path); special != special_.end()) return special->second;
  if (path == "/" || path == "." || directories_.contains(path)) return PathType::directory;
  const std::string prefix = path.ends_with('/') ? path : path + '/';
  const auto next = files_.lower_bound(prefix);
  if (next != files_.end() && next->first.starts_with(prefix)) return PathType::directory;
  const auto folder = directories_.lower_bound(prefix);
  if (folder != directories_.end() && folder->starts_with(prefix)) return PathType::directory;
  const auto special = special_.lower_bound(prefix);
  if (special != special_.end() && special->first.starts_with(prefix)) return PathType::directory;
  const auto link = links_.lower_bound(prefix);
  if (link != links_.end() && link->first.starts_with(prefix)) return PathType::directory;
  return PathType::missing;
}

std::optional<std::string> MemoryFileSystem::dangling_link_target(const std::string& path) const {
  std::string current = path;
  std::optional<std::string> target;
  for (int hops = 0; hops < 40; ++hops) {
    const auto link = links_.find(current);
    if (link == links_.end()) {
      return type_of_resolved(current) == PathType::missing ? target : std::nullopt;
    }
    target = link->second;
    current = beside(current, link->second);
  }
  return std::nullopt;  // a loop, which stat reports
}

std::string MemoryFileSystem::identity(const std::string& path) const {
  auto resolved = resolve(path);
  return resolved ? *resolved : path;
}

Expected<std::vector<std::string>, FileError> MemoryFileSystem::list(
    const std::string& directory, std::string_view suffix) const {
  if (type_of(directory) != PathType::directory) return failure(directory, ENOENT);
  const std::string prefix = directory.ends_with('/') ? directory : directory + '/';
  std::vector<std::string> paths;
  auto consider = [&](const std::string& path) {
    if (!path.starts_with(prefix)) return;
    const std::string_view name = std::string_view(path).substr(prefix.size());
    if (name.find('/') == std::string_view::npos && name.size() > suffix.size() &&
        name.ends_with(suffix) && !name.starts_with('.')) {
      paths.push_back(path);
    }
  };
  for (const auto& [path, content] : files_) consider(path);
  for (const auto& [path, type] : special_) {
    if (type != PathType::directory) consider(path);
  }
  for (const auto& [path, target] : links_) {
    if (type_of(path) != PathType::directory) consider(path);  // loops and dangling too
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

Expected<std::string, FileError> MemoryFileSystem::read(const std::string& path) const {
  auto resolved = resolve(path);
  LORE_TRY(resolved);
  const auto found = files_.find(*resolved);
  if (found == files_.end()) {
    const PathType type = type_of_resolved(*resolved);
    if (type == PathType::directory) return failure(path, EISDIR);
    if (type == PathType::fifo) return std::string();
    if (type != PathType::missing) return not_a_file(path, type);
    if (auto target = dangling_link_target(path)) return dangling(path, *target);
    return failure(path, ENOENT);
  }
  if (found->second.size() > max_file_size_) return too_large(path, max_file_size_);
  return found->second;
}

Expected<std::string, FileError> MemoryFileSystem::read_standard_input() const {
  if (standard_input_.size() > max_file_size_) {
    return too_large(std::string(kStandardInputName), max_file_size_);
  }
  return standard_input_;
}

Expected<FileStamp, FileError> MemoryFileSystem::stamp(const std::string& link) const {
  auto resolved = resolve(link);
  LORE_TRY(resolved);
  const std::string& path = *resolved;
  const auto found = files_.find(path);
  if (found == files_.end()) {
    const PathType type = type_of(path);
    if (type == PathType::missing) return failure(path, ENOENT);
    return type == PathType::directory ? failure(path, EISDIR) : not_a_file(path, type);
  }
  const auto version = versions_.find(path);
  const auto inode = inodes_.find(path);
  return FileStamp{found->second.size(),
                   static_cast<std::int64_t>(version == versions_.end() ? 0 : version->second),
                   inode == inodes_.end() ? 0 : inode->second, 1};
}

Expected<MappedFile, FileError> MemoryFileSystem::map(const std::string& path) const {
  auto content = read(path);
  LORE_TRY(content);
  auto owner = std::make_shared<const std::string>(std::move(*content));
  const std::string_view bytes = *owner;
  return MappedFile(std::move(owner), bytes);
}

namespace {

/// A file in memory, as it was when opened.
class MemoryOpenFile final : public OpenFile {
 public:
  explicit MemoryOpenFile(MappedFile bytes) : bytes_(std::move(bytes)) {}
  std::uint64_t size() const override { return bytes_.bytes().size(); }
  Expected<std::size_t, FileError> read(std::uint64_t offset, std::span<char> into) const override {
    const std::string_view bytes = bytes_.bytes();
    if (offset >= bytes.size()) return std::size_t{0};
    return bytes.substr(static_cast<std::size_t>(offset), into.size())
        .copy(into.data(), into.size());
  }
  Expected<MappedFile, FileError> map() const override { return bytes_; }

 private:
  MappedFile bytes_;
};

}  // namespace

Expected<std::shared_ptr<const OpenFile>, FileError> MemoryFileSystem::open(
    const std::string& path) const {
  if (auto stamped = stamp(path); !stamped) return unexpected(std::move(stamped.error()));
  auto content = read(path);
  LORE_TRY(content);
  auto owner = std::make_shared<const std::string>(std::move(*content));
  const std::string_view bytes = *owner;
  return open_in_memory(MappedFile(std::move(owner), bytes));
}

std::shared_ptr<const OpenFile> open_in_memory(MappedFile bytes) {
  return std::make_shared<MemoryOpenFile>(std::move(bytes));
}

Expected<void, FileError> MemoryFileSystem::remove(const std::string& path) {
  files_.erase(path);
  versions_.erase(path);
  inodes_.erase(path);
  return {};
}

Expected<void, FileError> MemoryFileSystem::write_atomically(const std::string& link,
                                                             std::string_view content) {
  // As on disk, a link is followed: the file it names is replaced, or made.
  auto resolved = resolve(link);
  LORE_TRY(resolved);
  const std::string& path = *resolved;
  if (read_only_.contains(path))
    return unexpected(FileError{path, "the file is read-only (no write permission)", EACCES});
  const PathType type = type_of(path);
  if (type == PathType::directory) return failure(path, EISDIR);
  if (type_of(parent_directory(path)) != PathType::directory) return failure(path, ENOENT);
  const std::string temporary = fmt::format("{}.tmp-{:06}", path, ++temporaries_);
  if (const int error = take(FileStep::create_temporary)) return failure(temporary, error);
  files_[temporary] = "";
  auto fail = [&](int error) {
    files_.erase(temporary);
    return failure(temporary, error);
  };
  if (const int error = take(FileStep::write)) return fail(error);
  files_[temporary] = std::string(content);
  if (const int error = take(FileStep::sync)) return fail(error);
  if (const int error = take(FileStep::rename)) return fail(error);
  files_[path] = std::move(files_[temporary]);
  files_.erase(temporary);
  ++versions_[path];
  inodes_[path] = next_inode_++;  // a rename puts a new file in place
  return {};
}

Expected<void, FileError> MemoryFileSystem::make_directories(const std::string& directory,
                                                             unsigned /*mode*/) {
  std::vector<std::string> made;
  std::size_t end = directory.starts_with('/') ? 1 : 0;
  while (end < directory.size()) {
    end = directory.find('/', end + 1);
    if (end == std::string::npos) end = directory.size();
    const std::string prefix = directory.substr(0, end);
    const PathType type = type_of(prefix);
    if (type == PathType::directory) continue;
    int error = type == PathType::missing ? take(FileStep::make_directory) : ENOTDIR;
    if (error == 0) {
      directories_.insert(prefix);
      made.push_back(prefix);
      continue;
    }
    for (const std::string& folder : made) directories_.erase(folder);
    return failure(prefix, error);
  }
  return {};
}

Expected<std::unique_ptr<FileLockHandle>, FileError> MemoryFileSystem::lock(
    const std::string& path) {
  if (const int error = take(FileStep::lock)) return failure(path, error);
  if (type_of(parent_directory(path)) != PathType::directory) return failure(path, ENOENT);
  if (locked_.contains(path)) return failure(path, EDEADLK);  // one process: it would wait forever
  return std::unique_ptr<FileLockHandle>(std::make_unique<Lock>(locked_, path));
}

Expected<void, FileError> MemoryFileSystem::rename(const std::string& from, const std::string& to) {
  const auto found = files_.find(from);
  if (found == files_.end()) return failure(from, ENOENT);
  files_[to] = std::move(found->second);
  files_.erase(from);
  ++versions_[to];
  inodes_[to] = next_inode_++;
  return {};
}

}  // namespace lore
