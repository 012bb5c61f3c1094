#include "util/file_lock.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "support/temporary_folder.h"

namespace lore {
namespace {

using test::TemporaryFolder;

/// Whether another open file description could take the lock on `path` now.
bool free_to_lock(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);
  return free;
}

TEST(FileLock, MakesTheLockFileAndHoldsItUntilReleased) {
  const test::TemporaryFolder dir;
  const std::string path = dir.path().string() + "/.x.toml.lock";
  {
    auto lock = FileLock::acquire(path);
    ASSERT_TRUE(lock) << lock.error().reason;
    EXPECT_TRUE(std::filesystem::is_regular_file(path));
    EXPECT_FALSE(free_to_lock(path));
  }
  EXPECT_TRUE(free_to_lock(path)) << "closing releases it";
}

TEST(FileLock, OtherFilesAndReleasedLocksAreFree) {
  const test::TemporaryFolder dir;
  const std::string path = dir.path().string() + "/.x.toml.lock";
  auto first = FileLock::acquire(path);
  ASSERT_TRUE(first);
  auto second = FileLock::acquire(path + "-other");
  ASSERT_TRUE(second) << "a lock on another file is independent";
  first->reset();
  auto again = FileLock::acquire(path);
  ASSERT_TRUE(again);
}

// The lock file needs only write and search permission on its folder: a folder that
// cannot be read (0333) is no obstacle (it was: the old lock opened the folder itself).
TEST(FileLock, WorksInAFolderThatCannotBeRead) {
  const test::TemporaryFolder dir;
  const std::string folder = dir.path().string() + "/write-only";
  ASSERT_EQ(::mkdir(folder.c_str(), 0333), 0);
  ASSERT_EQ(::chmod(folder.c_str(), 0333), 0);
  auto lock = FileLock::acquire(folder + "/.x.toml.lock");
  ASSERT_TRUE(lock) << lock.error().reason;
}

TEST(FileLock, FailsWithTheReasonWhenTheFileCannotBeMade) {
  const test::TemporaryFolder dir;
  const auto missing = FileLock::acquire(dir.path().string() + "/no/such/folder/.lock");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ENOENT);
  EXPECT_EQ(missing.error().reason, std::strerror(ENOENT));
  const auto folder = FileLock::acquire(dir.path().string());
  ASSERT_FALSE(folder);
  EXPECT_EQ(folder.error().code, EISDIR);
}

}  // namespace
}  // namespace lore
