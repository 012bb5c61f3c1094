#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace lore::test {

/// A fresh folder under the system's temporary folder, removed with its content at the
/// end of the test. A failure to make it is a test failure.
class TemporaryFolder {
 public:
  TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  ~TemporaryFolder();

  const std::filesystem::path& path() const { return path_; }
  /// The path of `name` in the folder, as a string.
  std::string operator/(std::string_view name) const { return (path_ / name).string(); }
  /// Writes `content` to `name` in the folder and returns its path.
  std::string file(std::string_view name, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

}  // namespace lore::test
