#pragma once

#include <map>
#include <string>

#include "util/expected.h"

namespace lore {

/// Why a file could not be read.
struct FileError {
  std::string path;
  std::string reason;  ///< As strerror puts it, e.g. "No such file or directory".
};

/// Reads whole files. An interface, so that tests can serve files from memory.
class FileReader {
 public:
  virtual ~FileReader() = default;
  /// The bytes of the file at `path`, or why they could not be read.
  virtual Expected<std::string, FileError> read(const std::string& path) const = 0;
};

/// Reads from the real file system.
class DiskFileReader : public FileReader {
 public:
  Expected<std::string, FileError> read(const std::string& path) const override;
};

/// Serves files from a map; a path not in it does not exist.
class MemoryFileReader : public FileReader {
 public:
  void add(std::string path, std::string content) { files_[std::move(path)] = std::move(content); }
  Expected<std::string, FileError> read(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace lore
