#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.h"

namespace lore {

/// Why a file could not be read or written.
struct FileError {
  std::string path;
  std::string reason;  ///< As strerror puts it, e.g. "No such file or directory".
  int code = 0;        ///< The errno behind it, when there is one.
};

/// What a path names, following symbolic links. Only files and FIFOs are read.
enum class PathType { missing, file, fifo, directory, device, other };

/// One version of a file: any change to the file (an edit, an append, a touch, an
/// atomic replace that keeps size and time) changes at least one part.
struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t modified_ns = 0;  ///< Modification time in nanoseconds since the epoch.
  std::uint64_t inode = 0;
  std::uint64_t device = 0;
  bool operator==(const FileStamp&) const = default;
};

/// The bytes of a file mapped read-only (or, in memory, shared), valid while any copy
/// of the handle lives, even after the file is removed or replaced by a rename.
class MappedFile {
 public:
  MappedFile() = default;
  MappedFile(std::shared_ptr<const void> owner, std::string_view bytes)
      : owner_(std::move(owner)), bytes_(bytes) {}
  std::string_view bytes() const { return bytes_; }

 private:
  std::shared_ptr<const void> owner_;
  std::string_view bytes_;
};

/// A file's identity (FileSystem::identity) and its stamp, or why it has none.
struct IdentifiedFile {
  std::string identity;
  Expected<FileStamp, FileError> stamp;
};

/// A regular file held open for reading: what it reads stays that file's, whatever
/// is later put at its path or taken from it (an index that `lore cache clear`
/// removes while a run reads it).
class OpenFile {
 public:
  virtual ~OpenFile() = default;
  /// Its size when opened.
  virtual std::uint64_t size() const = 0;
  /// Reads up to `into.size()` bytes from `offset` into `into`: fewer past its end.
  /// Returns how many it read.
  virtual Expected<std::size_t, FileError> read(std::uint64_t offset,
                                                std::span<char> into) const = 0;
  /// The whole file mapped read-only.
  virtual Expected<MappedFile, FileError> map() const = 0;
};

/// A file whose bytes are in memory already, held by `bytes`.
std::shared_ptr<const OpenFile> open_in_memory(MappedFile bytes);

/// How messages name standard input, read where a command takes "-" for a file.
inline constexpr std::string_view kStandardInputName = "<stdin>";

/// The largest file lore reads unless LORE_MAX_FILE says otherwise: 1 GiB.
inline constexpr std::uint64_t kDefaultMaxFileSize = std::uint64_t{1} << 30;

/// The steps of a write, named so that a test can make any one of them fail.
enum class FileStep { make_directory, create_temporary, write, sync, rename, lock };

/// Held while alive: an exclusive lock that a FileSystem gave.
class FileLockHandle {
 public:
  virtual ~FileLockHandle() = default;
};

/// Everything lore does with files, as ninja's DiskInterface: an interface so that tests
/// can serve and take files from memory, and make any step of a write fail.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// The bytes of the file or FIFO at `path`, or why they could not be read: a folder, a
  /// device, a dangling symbolic link (named as such, with its target), or more bytes
  /// than the size limit (checked while reading, so that an endless stream stops).
  virtual Expected<std::string, FileError> read(const std::string& path) const = 0;
  /// The bytes of standard input to its end, within the size limit; errors name it
  /// kStandardInputName.
  virtual Expected<std::string, FileError> read_standard_input() const = 0;
  /// What `path` names; missing when nothing is there, a dangling symbolic link
  /// included (a writer follows it to create its target). An error other than "no such
  /// file" (a symbolic link loop, a folder that cannot be searched) is the error.
  virtual Expected<PathType, FileError> stat(const std::string& path) const = 0;
  /// What `path` names, an error counted as missing.
  PathType type_of(const std::string& path) const {
    auto type = stat(path);
    return type ? *type : PathType::missing;
  }
  /// Whether a writer may replace `path`: nothing is there yet, or a regular file. A
  /// FIFO, a device or a folder is never replaced (nor locked beside, nor read first:
  /// opening a FIFO waits for a writer).
  Expected<void, FileError> check_replaceable(const std::string& path) const;
  /// The paths of the entries in `directory` whose names end in `suffix` and do not
  /// start with a dot, sorted: everything but folders, so that the caller can say why a
  /// FIFO, a device or a dangling link is skipped.
  virtual Expected<std::vector<std::string>, FileError> list(const std::string& directory,
                                                             std::string_view suffix) const = 0;
  /// When `path` is a symbolic link that leads nowhere (stat says missing), the target
  /// the last link of the chain names, as written in it; nullopt otherwise. A reader
  /// says so, where "no such file" would hide the link the user made.
  virtual std::optional<std::string> dangling_link_target(const std::string& path) const = 0;
  /// A name that is the same for every path to one file (realpath on disk). A dangling
  /// link names the file it would create.
  virtual std::string identity(const std::string& path) const { return path; }
  /// The version of the regular file at `path` (links followed).
  virtual Expected<FileStamp, FileError> stamp(const std::string& path) const = 0;
  /// identity(path) and stamp(path) at once: on disk, one lstat gives both for a
  /// regular file that is no link, as nearly every dataset file is.
  virtual IdentifiedFile identify(const std::string& path) const {
    return {identity(path), stamp(path)};
  }
  /// Maps the regular file at `path` read-only; within the size limit.
  virtual Expected<MappedFile, FileError> map(const std::string& path) const = 0;
  /// The regular file at `path`, held open to read a few bytes at a time, or to map;
  /// within the size limit.
  virtual Expected<std::shared_ptr<const OpenFile>, FileError> open(
      const std::string& path) const = 0;

  /// Replaces the file at `path` with `content` so that a failure at any step leaves the
  /// old file whole. A file that is not writable (mode 0444) is refused, not replaced.
  virtual Expected<void, FileError> write_atomically(const std::string& path,
                                                     std::string_view content) = 0;
  /// Makes `directory` and its missing parents; on failure, removes what it made.
  virtual Expected<void, FileError> make_directories(const std::string& directory,
                                                     unsigned mode = 0755) = 0;
  /// Takes an exclusive lock on the lock file `path` (made when missing), waiting for
  /// any other holder.
  virtual Expected<std::unique_ptr<FileLockHandle>, FileError> lock(const std::string& path) = 0;
  /// Renames `from` to `to` (moving a damaged file aside).
  virtual Expected<void, FileError> rename(const std::string& from, const std::string& to) = 0;
  /// Removes the file `path`; a file that is already gone is no error. A reader that
  /// mapped it keeps its bytes.
  virtual Expected<void, FileError> remove(const std::string& path) = 0;
};

/// The real file system.
class DiskFileSystem : public FileSystem {
 public:
  explicit DiskFileSystem(std::uint64_t max_file_size = kDefaultMaxFileSize)
      : max_file_size_(max_file_size) {}
  Expected<std::string, FileError> read(const std::string& path) const override;
  Expected<std::string, FileError> read_standard_input() const override;
  Expected<PathType, FileError> stat(const std::string& path) const override;
  Expected<std::vector<std::string>, FileError> list(const std::string& directory,
                                                     std::string_view suffix) const override;
  std::optional<std::string> dangling_link_target(const std::string& path) const override;
  std::string identity(const std::string& path) const override;
  Expected<FileStamp, FileError> stamp(const std::string& path) const override;
  IdentifiedFile identify(const std::string& path) const override;
  Expected<MappedFile, FileError> map(const std::string& path) const override;
  Expected<std::shared_ptr<const OpenFile>, FileError> open(const std::string& path) const override;
  Expected<void, FileError> write_atomically(const std::string& path,
                                             std::string_view content) override;
  Expected<void, FileError> make_directories(const std::string& directory,
                                             unsigned mode = 0755) override;
  Expected<std::unique_ptr<FileLockHandle>, FileError> lock(const std::string& path) override;
  Expected<void, FileError> rename(const std::string& from, const std::string& to) override;
  Expected<void, FileError> remove(const std::string& path) override;

 private:
  /// The canonical path of `path`, no link, as its folder resolved (once per folder).
  std::optional<std::string> in_resolved_folder(const std::string& path) const;

  std::uint64_t max_file_size_;
  // Folders already resolved by identity(): a run sees each folder as it was first.
  mutable std::map<std::string, std::string> resolved_folders_;
};

/// Files and folders in memory. A folder exists when made or when some file's path
/// starts with it. Any step of a write can be told to fail.
class MemoryFileSystem : public FileSystem {
 public:
  explicit MemoryFileSystem(std::uint64_t max_file_size = kDefaultMaxFileSize)
      : max_file_size_(max_file_size) {}
  /// Puts a file in place (replacing any), as a test's fixture; its stamp changes.
  void add(std::string path, std::string content) {
    ++versions_[path];
    files_[std::move(path)] = std::move(content);
  }
  /// Puts something that is not a file at `path` (a FIFO, a device, a read-only file is
  /// `file` with add_read_only).
  void add_special(std::string path, PathType type) { special_[std::move(path)] = type; }
  /// What read_standard_input gives.
  void set_standard_input(std::string content) { standard_input_ = std::move(content); }
  /// A file that write_atomically must refuse to replace.
  void add_read_only(std::string path, std::string content);
  /// A symbolic link at `path` to `target` (relative to the link's folder unless it
  /// starts with '/'), followed by stat, read, identity and write_atomically as on disk.
  /// Only a last path part is a link: a path through a linked folder is not followed.
  void add_link(std::string path, std::string target) {
    links_[std::move(path)] = std::move(target);
  }
  /// Makes the `count`-th next `step` (1: the next one) fail with `error_number`.
  void fail_at(FileStep step, int error_number, int count = 1);
  /// How many times `step` has been taken.
  int steps_taken(FileStep step) const;
  /// The files, by path (temporary files included while they exist).
  const std::map<std::string, std::string>& files() const { return files_; }
  /// The folders made by make_directories.
  const std::set<std::string>& directories() const { return directories_; }
  /// Whether the lock file `path` is held now.
  bool is_locked(const std::string& path) const { return locked_.contains(path); }

  Expected<std::string, FileError> read(const std::string& path) const override;
  Expected<std::string, FileError> read_standard_input() const override;
  Expected<PathType, FileError> stat(const std::string& path) const override;
  Expected<std::vector<std::string>, FileError> list(const std::string& directory,
                                                     std::string_view suffix) const override;
  Expected<FileStamp, FileError> stamp(const std::string& path) const override;
  Expected<MappedFile, FileError> map(const std::string& path) const override;
  Expected<std::shared_ptr<const OpenFile>, FileError> open(const std::string& path) const override;
  std::optional<std::string> dangling_link_target(const std::string& path) const override;
  std::string identity(const std::string& path) const override;
  Expected<void, FileError> write_atomically(const std::string& path,
                                             std::string_view content) override;
  Expected<void, FileError> make_directories(const std::string& directory,
                                             unsigned mode = 0755) override;
  Expected<std::unique_ptr<FileLockHandle>, FileError> lock(const std::string& path) override;
  Expected<void, FileError> rename(const std::string& from, const std::string& to) override;
  Expected<void, FileError> remove(const std::string& path) override;

 private:
  class Lock;
  /// The path `path` leads to through its links (itself when it is none), or ELOOP.
  Expected<std::string, FileError> resolve(const std::string& path) const;
  /// What the resolved `path` names, as stat without links.
  PathType type_of_resolved(const std::string& path) const;
  /// Counts `step` and says the error it must fail with (0: none).
  int take(FileStep step);

  std::uint64_t max_file_size_;
  std::string standard_input_;
  std::map<std::string, std::string> files_;
  std::map<std::string, std::uint64_t> versions_;  // a file's stamp: bumped on each write
  std::uint64_t next_inode_ = 1;
  std::map<std::string, std::uint64_t> inodes_;
  std::map<std::string, PathType> special_;
  std::map<std::string, std::string> links_;  // path: target, as written
  std::set<std::string> read_only_;
  std::set<std::string> directories_;
  std::set<std::string> locked_;
  std::map<FileStep, int> taken_;
  std::map<FileStep, std::pair<int, int>> failures_;  // step: (at count, errno)
  int temporaries_ = 0;
};

/// The lock file that guards writes to `target`: a hidden `.NAME.lock` beside it, which
/// a rename does not replace. Creating it needs only write and search permission on the
/// folder, so a folder that cannot be read (mode 0333) can still be locked.
std::string lock_path_for(const std::string& target);

/// The folder part of `path` ("." when it has none).
std::string parent_directory(const std::string& path);

}  // namespace lore
