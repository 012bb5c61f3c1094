#include "support/temporary_folder.h"

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
  std::error_code ignored;
  if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
}

}  // namespace lore::test
