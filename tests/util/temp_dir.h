#pragma once
// A temporary folder for the tests of the disk file system (tests/support/ may later
// hold the one shared helper; this one serves tests/util/ until then).

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace lore::test_support {

/// A fresh directory under the test's temporary directory, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = ::testing::TempDir() + "lore-fs-XXXXXX";
    char* made = ::mkdtemp(pattern.data());
    if (made == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = made;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    // Folders a test made unreadable must be removable.
    for (auto item = std::filesystem::recursive_directory_iterator(path_, ignored);
         item != std::filesystem::recursive_directory_iterator(); item.increment(ignored)) {
      if (item->is_directory(ignored))
        std::filesystem::permissions(item->path(), std::filesystem::perms::owner_all, ignored);
    }
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ignored);
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name, const std::string& content) const {
    const std::string path = path_ + "/" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace lore::test_support
