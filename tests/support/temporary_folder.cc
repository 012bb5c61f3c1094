#include "support/temporary_folder.h"

#include "support/files.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <system_error>

namespace lore::test {

TemporaryFolder::TemporaryFolder() {
  std::string pattern = (std::filesystem::temp_directory_path() / "lore-test-XXXXXX").string();
  const bool made = ::mkdtemp(pattern.data()) != nullptr;
  EXPECT_TRUE(made) << "mkdtemp failed";
  if (made) path_ = pattern;
}

TemporaryFolder::~TemporaryFolder() {
  if (path_.empty()) return;
  std::error_code ignored;
  // Folders a test made unreadable or unwritable must still be removable.
  for (auto item = std::filesystem::recursive_directory_iterator(path_, ignored);
       item != std::filesystem::recursive_directory_iterator(); item.increment(ignored)) {
    if (item->is_directory(ignored)) {
      std::filesystem::permissions(item->path(), std::filesystem::perms::owner_all, ignored);
    }
  }
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ignored);
  std::filesystem::remove_all(path_, ignored);
}

std::string TemporaryFolder::file(std::string_view name, std::string_view content) const {
  const std::string path = *this / name;
  write_text(path, content);
  return path;
}

}  // namespace lore::test
