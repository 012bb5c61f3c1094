#include "util/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support/temporary_folder.h"

namespace lore {
namespace {

namespace fs = std::filesystem;
using test::TemporaryFolder;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::size_t entries_in(const std::string& folder) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& item : fs::directory_iterator(folder)) ++count;
  return count;
}

/// Sets the modification time of `path` to `seconds` ago.
void age(const std::string& path, long seconds) {
  struct timeval now {};
  ::gettimeofday(&now, nullptr);
  const struct timeval then[2] = {{now.tv_sec - seconds, 0}, {now.tv_sec - seconds, 0}};
  ASSERT_EQ(::utimes(path.c_str(), then), 0);
}

// ---------------------------------------------------------------- write_file_atomically

TEST(WriteFileAtomically, CreatesAFileWith0644LessTheUmask) {
  const test::TemporaryFolder dir;
  const std::string path = dir.path().string() + "/new.toml";
  const mode_t mask = ::umask(022);
  ASSERT_TRUE(write_file_atomically(path, "content"));
  ::umask(mask);
  EXPECT_EQ(read_text(path), "content");
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0644u);
  EXPECT_EQ(entries_in(dir.path().string()), 1u) << "no temporary file is left";
}

TEST(WriteFileAtomically, AReplacedFileKeepsItsMode) {
  const test::TemporaryFolder dir;
  const std::string path = dir.file("x.toml", "old");
  ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
  ASSERT_TRUE(write_file_atomically(path, "new"));
  EXPECT_EQ(read_text(path), "new");
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
}

// Replacing a read-only file would work in a writable folder (and change its owner):
// refused instead. The mode is checked, so this holds for root too.
TEST(WriteFileAtomically, RefusesAReadOnlyFile) {
  const test::TemporaryFolder dir;
  const std::string path = dir.file("x.toml", "old");
  ASSERT_EQ(::chmod(path.c_str(), 0444), 0);
  const auto written = write_file_atomically(path, "new");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code, EACCES);
  EXPECT_NE(written.error().reason.find("read-only"), std::string::npos);
  EXPECT_EQ(read_text(path), "old");
  EXPECT_EQ(entries_in(dir.path().string()), 1u);
}

TEST(WriteFileAtomically, AFolderInTheWayLeavesNoTemporary) {
  const test::TemporaryFolder dir;
  fs::create_directories(dir.path().string() + "/x.toml/inside");
  const auto written = write_file_atomically(dir.path().string() + "/x.toml", "new");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code, EISDIR);
  EXPECT_EQ(entries_in(dir.path().string()), 1u);
}

TEST(WriteFileAtomically, AMissingFolderIsAnError) {
  const test::TemporaryFolder dir;
  const auto written = write_file_atomically(dir.path().string() + "/none/x.toml", "new");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code, ENOENT);
}

// A killed write leaves NAME.tmp-XXXXXX: the next write to NAME removes those older than
// a day, and leaves younger ones (a write in progress) and other files alone.
TEST(WriteFileAtomically, RemovesStaleTemporariesOfItsTarget) {
  const test::TemporaryFolder dir;
  const std::string path = dir.file("x.toml", "old");
  const std::string stale = dir.file("x.toml.tmp-AbC123", "half");
  const std::string fresh = dir.file("x.toml.tmp-XyZ789", "in progress");
  const std::string other = dir.file("y.toml.tmp-AbC123", "another file's");
  const std::string unlike = dir.file("x.toml.tmp-toolong", "not mkstemp's");
  age(stale, 2 * 24 * 3600);
  age(other, 2 * 24 * 3600);
  age(unlike, 2 * 24 * 3600);
  ASSERT_TRUE(write_file_atomically(path, "new"));
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(fresh));
  EXPECT_TRUE(fs::exists(other));
  EXPECT_TRUE(fs::exists(unlike));
}

// ---------------------------------------------------------------- make_directories

TEST(MakeDirectories, MakesEveryMissingLevel) {
  const test::TemporaryFolder dir;
  ASSERT_TRUE(make_directories(dir.path().string() + "/a/b//c/", 0700));
  EXPECT_TRUE(fs::is_directory(dir.path().string() + "/a/b/c"));
  EXPECT_EQ(fs::status(dir.path().string() + "/a/b").permissions() & fs::perms::all,
            fs::perms::owner_all);
  EXPECT_TRUE(make_directories(dir.path().string() + "/a/b/c")) << "what exists is fine";
}

TEST(MakeDirectories, AFileInTheWayIsNotADirectory) {
  const test::TemporaryFolder dir;
  const std::string file = dir.file("file", "x");
  const auto made = make_directories(file + "/a/b");
  ASSERT_FALSE(made);
  EXPECT_EQ(made.error().code, ENOTDIR);
  EXPECT_EQ(made.error().path, file);
}

// Any depth: one level at a time, not one stack frame per level. 60,000 levels are
// longer than a path may be, which is the error; 200 levels are made.
TEST(MakeDirectories, AnyDepthWithoutRecursion) {
  const test::TemporaryFolder dir;
  std::string deep = dir.path().string();
  for (int i = 0; i < 60000; ++i) deep += "/a";
  const auto too_long = make_directories(deep);
  ASSERT_FALSE(too_long);
  EXPECT_EQ(too_long.error().code, ENAMETOOLONG);
  EXPECT_EQ(entries_in(dir.path().string()), 0u);
  std::string thousand = dir.path().string();
  for (int i = 0; i < 200; ++i) thousand += "/b";
  ASSERT_TRUE(make_directories(thousand));
  EXPECT_TRUE(fs::is_directory(thousand));
}

// A level that cannot be made (its name is longer than a name may be) removes the
// levels made before it.
TEST(MakeDirectories, AFailureMidwayRemovesWhatItMade) {
  const test::TemporaryFolder dir;
  const std::string made_before = dir.path().string() + "/one/two/three";
  const auto made = make_directories(made_before + "/" + std::string(300, 'x') + "/four");
  ASSERT_FALSE(made);
  EXPECT_EQ(made.error().code, ENAMETOOLONG);
  EXPECT_EQ(entries_in(dir.path().string()), 0u) << "one, two and three are gone again";
}

}  // namespace
}  // namespace lore
