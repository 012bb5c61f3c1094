#include "util/file_reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace lore {
namespace {

/// A fresh directory under the test's temporary directory, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = ::testing::TempDir() + "lore-file-reader-XXXXXX";
    char* made = ::mkdtemp(pattern.data());
    if (made == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = made;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
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

TEST(MemoryFileReader, ServesWhatWasAdded) {
  MemoryFileReader files;
  files.add("a.toml", "alpha");
  files.add("dir/b.toml", "\xE2\x80\x9C" "beta\xE2\x80\x9D");
  auto a = files.read("a.toml");
  ASSERT_TRUE(a);
  EXPECT_EQ(*a, "alpha");
  auto b = files.read("dir/b.toml");
  ASSERT_TRUE(b);
  EXPECT_EQ(*b, "\xE2\x80\x9C" "beta\xE2\x80\x9D");
}

TEST(MemoryFileReader, AddingAgainReplacesTheContent) {
  MemoryFileReader files;
  files.add("a.toml", "old");
  files.add("a.toml", "new");
  EXPECT_EQ(files.read("a.toml").value(), "new");
}

TEST(MemoryFileReader, AMissingPathIsNoSuchFile) {
  MemoryFileReader files;
  files.add("a.toml", "alpha");
  const auto missing = files.read("b.toml");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().path, "b.toml");
  EXPECT_EQ(missing.error().reason, std::strerror(ENOENT));
}

TEST(DiskFileReader, ReadsAWholeFile) {
  const TempDir dir;
  const std::string content = "[dataset]\nid = \"t\"\ntitle = \"\xE2\x80\x9CT\xE2\x80\x9D\"\n";
  const auto read = DiskFileReader().read(dir.file("small.toml", content));
  ASSERT_TRUE(read) << read.error().reason;
  EXPECT_EQ(*read, content);
}

TEST(DiskFileReader, ReadsAnEmptyFile) {
  const TempDir dir;
  const auto read = DiskFileReader().read(dir.file("empty.toml", ""));
  ASSERT_TRUE(read);
  EXPECT_EQ(*read, "");
}

TEST(DiskFileReader, ReadsFilesLargerThanItsBufferWithEveryByte) {
  const TempDir dir;
  std::string content;
  for (int i = 0; i < 300000; ++i) content += static_cast<char>(i % 256);  // includes NUL bytes
  const auto read = DiskFileReader().read(dir.file("large.bin", content));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->size(), content.size());
  EXPECT_TRUE(*read == content);
}

TEST(DiskFileReader, AMissingFileGivesTheStrerrorReason) {
  const TempDir dir;
  const std::string path = dir.path() + "/no-such-file.toml";
  const auto read = DiskFileReader().read(path);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().path, path);
  EXPECT_EQ(read.error().reason, std::strerror(ENOENT));
  EXPECT_EQ(read.error().reason, "No such file or directory");
}

TEST(DiskFileReader, ADirectoryFails) {
  const TempDir dir;
  const auto read = DiskFileReader().read(dir.path());
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().path, dir.path());
  EXPECT_EQ(read.error().reason, std::strerror(EISDIR));
}

TEST(DiskFileReader, AnUnreadableFileGivesPermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any file";
  const TempDir dir;
  const std::string path = dir.file("secret.toml", "x");
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  const auto read = DiskFileReader().read(path);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().reason, std::strerror(EACCES));
}

TEST(DiskFileReader, APathThroughAFileIsNotADirectory) {
  const TempDir dir;
  const std::string file = dir.file("plain.toml", "x");
  const auto read = DiskFileReader().read(file + "/inside.toml");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().reason, std::strerror(ENOTDIR));
}


TEST(MemoryFileReader, KnowsFilesFoldersAndNothing) {
  MemoryFileReader files;
  files.add("data/io.toml", "x");
  files.add("data/more/extra.toml", "y");
  EXPECT_EQ(files.type_of("data/io.toml"), PathType::file);
  EXPECT_EQ(files.type_of("data"), PathType::directory);
  EXPECT_EQ(files.type_of("data/"), PathType::directory);
  EXPECT_EQ(files.type_of("data/more"), PathType::directory);
  EXPECT_EQ(files.type_of("dat"), PathType::missing);
  EXPECT_EQ(files.type_of("data/io"), PathType::missing);
  EXPECT_EQ(files.type_of("elsewhere"), PathType::missing);
}

TEST(MemoryFileReader, ListsTheFolderItselfOnlyWithTheSuffixSorted) {
  MemoryFileReader files;
  files.add("d/b.toml", "");
  files.add("d/a.toml", "");
  files.add("d/readme.txt", "");
  files.add("d/sub/c.toml", "");
  files.add("d/.toml", "");
  files.add("dx/e.toml", "");
  const auto listed = files.list("d", ".toml");
  ASSERT_TRUE(listed);
  EXPECT_EQ(*listed, (std::vector<std::string>{"d/a.toml", "d/b.toml"}));
  EXPECT_FALSE(files.list("nowhere", ".toml"));
}

TEST(DiskFileReader, KnowsFilesFoldersAndNothing) {
  const TempDir dir;
  const std::string file = dir.file("x.toml", "x");
  const DiskFileReader reader;
  EXPECT_EQ(reader.type_of(file), PathType::file);
  EXPECT_EQ(reader.type_of(dir.path()), PathType::directory);
  EXPECT_EQ(reader.type_of(dir.path() + "/none"), PathType::missing);
}

TEST(DiskFileReader, ListsFilesWithTheSuffixSortedSkippingHiddenOnes) {
  const TempDir dir;
  const std::string b = dir.file("b.toml", "");
  const std::string a = dir.file("a.toml", "");
  dir.file("notes.txt", "");
  dir.file(".hidden.toml", "");
  std::filesystem::create_directory(dir.path() + "/folder.toml");
  const auto listed = DiskFileReader().list(dir.path(), ".toml");
  ASSERT_TRUE(listed);
  EXPECT_EQ(*listed, (std::vector<std::string>{a, b}));
  const auto missing = DiskFileReader().list(dir.path() + "/none", ".toml");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().reason, std::strerror(ENOENT));
}

TEST(DiskFileReader, IdentityIsTheSameForEveryPathToAFile) {
  const TempDir dir;
  const std::string file = dir.file("x.toml", "x");
  const DiskFileReader reader;
  EXPECT_EQ(reader.identity(dir.path() + "/./x.toml"), reader.identity(file));
  EXPECT_EQ(reader.identity(dir.path() + "/../" + std::filesystem::path(dir.path()).filename().string() + "/x.toml"),
            reader.identity(file));
}

}  // namespace
}  // namespace lore
