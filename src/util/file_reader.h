#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.h"

namespace lore {

/// Why a file could not be read.
struct FileError {
  std::string path;
  std::string reason;  ///< As strerror puts it, e.g. "No such file or directory".
};

enum class PathType { missing, file, directory };

/// Reads whole files and lists folders. An interface, so that tests can serve files
/// from memory.
class FileReader {
 public:
  virtual ~FileReader() = default;
  /// The bytes of the file at `path`, or why they could not be read.
  virtual Expected<std::string, FileError> read(const std::string& path) const = 0;
  /// Whether `path` is a file, a folder or nothing (following symbolic links).
  virtual PathType type_of(const std::string& path) const = 0;
  /// The paths of the files in `directory` whose names end in `suffix`, sorted.
  virtual Expected<std::vector<std::string>, FileError> list(const std::string& directory,
                                                             std::string_view suffix) const = 0;
  /// A name that is the same for every path to one file (realpath on disk).
  virtual std::string identity(const std::string& path) const { return path; }
};

/// Reads from the real file system.
class DiskFileReader : public FileReader {
 public:
  Expected<std::string, FileError> read(const std::string& path) const override;
  PathType type_of(const std::string& path) const override;
  Expected<std::vector<std::string>, FileError> list(const std::string& directory,
                                                     std::string_view suffix) const override;
  std::string identity(const std::string& path) const override;
};

/// Serves files from a map; a path not in it does not exist, and a folder exists when
/// some file's path starts with it.
class MemoryFileReader : public FileReader {
 public:
  void add(std::string path, std::string content) { files_[std::move(path)] = std::move(content); }
  Expected<std::string, FileError> read(const std::string& path) const override;
  PathType type_of(const std::string& path) const override;
  Expected<std::vector<std::string>, FileError> list(const std::string& directory,
                                                     std::string_view suffix) const override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace lore
