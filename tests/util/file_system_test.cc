#include "util/file_system.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "support/temporary_folder.h"

namespace lore {
namespace {

using test::TemporaryFolder;

TEST(MemoryFileSystem, ServesWhatWasAdded) {
  MemoryFileSystem files;
  files.add("a.toml", "alpha");
  files.add("dir/b.toml",
            "\xE2\x80\x9C"
            "beta\xE2\x80\x9D");
  auto a = files.read("a.toml");
  ASSERT_TRUE(a);
  EXPECT_EQ(*a, "alpha");
  auto b = files.read("dir/b.toml");
  ASSERT_TRUE(b);
  EXPECT_EQ(*b,
            "\xE2\x80\x9C"
            "beta\xE2\x80\x9D");
}

TEST(MemoryFileSystem, AddingAgainReplacesTheContent) {
  MemoryFileSystem files;
  files.add("a.toml", "old");
  files.add("a.toml", "new");
  EXPECT_EQ(files.read("a.toml").value(), "new");
}

TEST(MemoryFileSystem, AMissingPathIsNoSuchFile) {
  MemoryFileSystem files;
  files.add("a.toml", "alpha");
  const auto missing = files.read("b.toml");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().path, "b.toml");
  EXPECT_EQ(missing.error().reason, std::strerror(ENOENT));
}

TEST(DiskFileSystem, ReadsAWholeFile) {
  const test::TemporaryFolder dir;
  const std::string content = "[dataset]\nid = \"t\"\ntitle = \"\xE2\x80\x9CT\xE2\x80\x9D\"\n";
  const auto read = DiskFileSystem().read(dir.file("small.toml", content));
  ASSERT_TRUE(read) << read.error().reason;
  EXPECT_EQ(*read, content);
}

TEST(DiskFileSystem, ReadsAnEmptyFile) {
  const test::TemporaryFolder dir;
  const auto read = DiskFileSystem().read(dir.file("empty.toml", ""));
  ASSERT_TRUE(read);
  EXPECT_EQ(*read, "");
}

TEST(DiskFileSystem, ReadsFilesLargerThanItsBuffer) {
  const test::TemporaryFolder dir;
  std::string content;
  for (int i = 0; i < 300000; ++i) content += static_cast<char>(i % 256);  // includes NUL bytes
  const auto read = DiskFileSystem().read(dir.file("large.bin", content));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->size(), content.size());
  EXPECT_TRUE(*read == content);
}

/// Checks what an open "0123456789" reads.
void expect_reads_its_parts(const OpenFile& file) {
  EXPECT_EQ(file.size(), 10U);
  auto read = [&file](std::uint64_t offset, std::size_t length) {
    std::string bytes(length, '\0');
    auto count = file.read(offset, bytes);
    if (!count) return "error: " + count.error().reason;
    EXPECT_LE(*count, length);
    bytes.resize(*count);
    return bytes;
  };
  EXPECT_EQ(read(0, 4), "0123");
  EXPECT_EQ(read(3, 4), "3456");
  EXPECT_EQ(read(7, 100), "789");
  EXPECT_EQ(read(20, 4), "");
  auto mapped = file.map();
  ASSERT_TRUE(mapped);
  EXPECT_EQ(mapped->bytes(), "0123456789");
}

TEST(DiskFileSystem, AnOpenFileReadsItsPartsAndMaps) {
  const test::TemporaryFolder dir;
  const std::string path = dir.file("index.idx", "0123456789");
  auto file = DiskFileSystem().open(path);
  ASSERT_TRUE(file) << file.error().reason;
  expect_reads_its_parts(**file);
  EXPECT_FALSE(DiskFileSystem().open(dir.path().string()));
  EXPECT_FALSE(DiskFileSystem().open(dir.path().string() + "/none"));
  EXPECT_FALSE(DiskFileSystem(4).open(path));  // over the size limit
  const std::string fifo = dir.path().string() + "/fifo.idx";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_FALSE(DiskFileSystem().open(fifo));  // refused, not waited on
  EXPECT_FALSE(DiskFileSystem().map(fifo));
}

TEST(DiskFileSystem, AnOpenFileOutlivesRemovalAndReplacement) {
  const test::TemporaryFolder dir;
  const std::string path = dir.file("index.idx", "0123456789");
  auto file = DiskFileSystem().open(path);
  ASSERT_TRUE(file) << file.error().reason;
  ASSERT_EQ(::unlink(path.c_str()), 0);
  expect_reads_its_parts(**file);
  (void)dir.file("index.idx", "another file");
  expect_reads_its_parts(**file);
}

TEST(MemoryFileSystem, AnOpenFileReadsItsPartsAndMaps) {
  MemoryFileSystem files;
  files.add("/c/index.idx", "0123456789");
  auto file = files.open("/c/index.idx");
  ASSERT_TRUE(file);
  files.add("/c/index.idx", "replaced");
  expect_reads_its_parts(**file);  // as it was when opened
  EXPECT_FALSE(files.open("/c/none"));
}

TEST(DiskFileSystem, AMissingFileGivesTheStrerrorReason) {
  const test::TemporaryFolder dir;
  const std::string path = dir.path().string() + "/no-such-file.toml";
  const auto read = DiskFileSystem().read(path);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().path, path);
  EXPECT_EQ(read.error().reason, std::strerror(ENOENT));
  EXPECT_EQ(read.error().reason, "No such file or directory");
}

TEST(DiskFileSystem, ADirectoryFails) {
  const test::TemporaryFolder dir;
  const auto read = DiskFileSystem().read(dir.path().string());
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().path, dir.path().string());
  EXPECT_EQ(read.error().reason, std::strerror(EISDIR));
}

TEST(DiskFileSystem, AnUnreadableFileGivesPermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any file";
  const test::TemporaryFolder dir;
  const std::string path = dir.file("secret.toml", "x");
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  const auto read = DiskFileSystem().read(path);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().reason, std::strerror(EACCES));
}

TEST(DiskFileSystem, APathThroughAFileIsNotADirectory) {
  const test::TemporaryFolder dir;
  const std::string file = dir.file("plain.toml", "x");
  const auto read = DiskFileSystem().read(file + "/inside.toml");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().reason, std::strerror(ENOTDIR));
}

TEST(MemoryFileSystem, KnowsFilesFoldersAndNothing) {
  MemoryFileSystem files;
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

TEST(MemoryFileSystem, ListsOneFolderBySuffixSorted) {
  MemoryFileSystem files;
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

TEST(DiskFileSystem, KnowsFilesFoldersAndNothing) {
  const test::TemporaryFolder dir;
  const std::string file = dir.file("x.toml", "x");
  DiskFileSystem reader;
  EXPECT_EQ(reader.type_of(file), PathType::file);
  EXPECT_EQ(reader.type_of(dir.path().string()), PathType::directory);
  EXPECT_EQ(reader.type_of(dir.path().string() + "/none"), PathType::missing);
}

TEST(DiskFileSystem, ListsBySuffixSortedNoHidden) {
  const test::TemporaryFolder dir;
  const std::string b = dir.file("b.toml", "");
  const std::string a = dir.file("a.toml", "");
  dir.file("notes.txt", "");
  dir.file(".hidden.toml", "");
  std::filesystem::create_directory(dir.path().string() + "/folder.toml");
  const auto listed = DiskFileSystem().list(dir.path().string(), ".toml");
  ASSERT_TRUE(listed);
  EXPECT_EQ(*listed, (std::vector<std::string>{a, b}));
  const auto missing = DiskFileSystem().list(dir.path().string() + "/none", ".toml");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().reason, std::strerror(ENOENT));
}

TEST(DiskFileSystem, IdentityIsTheSameForEveryPathToAFile) {
  const test::TemporaryFolder dir;
  const std::string file = dir.file("x.toml", "x");
  DiskFileSystem reader;
  EXPECT_EQ(reader.identity(dir.path().string() + "/./x.toml"), reader.identity(file));
  EXPECT_EQ(
      reader.identity(dir.path().string() + "/../" +
                      std::filesystem::path(dir.path().string()).filename().string() + "/x.toml"),
      reader.identity(file));
}

TEST(DiskFileSystem, IdentifyIsIdentityAndStampAtOnce) {
  const test::TemporaryFolder dir;
  const std::string file = dir.file("x.toml", "x");
  const std::string link = dir.path().string() + "/link.toml";
  ASSERT_EQ(::symlink(file.c_str(), link.c_str()), 0);
  const std::string fifo = dir.path().string() + "/pipe.toml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const DiskFileSystem files;
  for (const std::string& path :
       {file, link, fifo, dir.path().string() + "/none.toml", dir.path().string() + "/./x.toml"}) {
    const IdentifiedFile identified = DiskFileSystem().identify(path);
    EXPECT_EQ(identified.identity, files.identity(path)) << path;
    const auto stamp = files.stamp(path);
    ASSERT_EQ(identified.stamp.has_value(), stamp.has_value()) << path;
    if (stamp) {
      EXPECT_TRUE(*identified.stamp == *stamp) << path;
    } else {
      EXPECT_EQ(identified.stamp.error().reason, stamp.error().reason) << path;
    }
  }
}

// ------------------------------------------------------------ reading: what is read

TEST(DiskFileSystem, KnowsFifosAndDevices) {
  const test::TemporaryFolder dir;
  const std::string fifo = dir.path().string() + "/pipe.toml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  DiskFileSystem files;
  EXPECT_EQ(files.type_of(fifo), PathType::fifo);
  EXPECT_EQ(files.type_of("/dev/null"), PathType::device);
}

// A writer may replace nothing but a regular file: `import -o /dev/null` as root once
// turned the device into a file.
TEST(DiskFileSystem, ReplacesOnlyRegularFiles) {
  const test::TemporaryFolder dir;
  const std::string fifo = dir.path().string() + "/pipe.toml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  DiskFileSystem files;
  EXPECT_TRUE(files.check_replaceable(dir.file("plain.toml", "x")));
  EXPECT_TRUE(files.check_replaceable(dir / "missing.toml"));
  for (const std::string& path : {fifo, std::string("/dev/null")}) {
    const auto checked = files.check_replaceable(path);
    ASSERT_FALSE(checked) << path;
    EXPECT_NE(checked.error().reason.find("not a regular file"), std::string::npos);
  }
  EXPECT_EQ(files.check_replaceable(dir.path().string()).error().code, EISDIR);
  const auto written = files.write_atomically(fifo, "replaced");
  ASSERT_FALSE(written);
  EXPECT_EQ(files.type_of(fifo), PathType::fifo) << "the FIFO is kept";
}

TEST(DiskFileSystem, RefusesACharacterDeviceWithoutReadingIt) {
  // /dev/zero never ends: read, it would grow memory until the limit or the machine gives.
  const auto read = DiskFileSystem().read("/dev/zero");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().path, "/dev/zero");
  EXPECT_NE(read.error().reason.find("a device, not a file"), std::string::npos)
      << read.error().reason;
}

TEST(DiskFileSystem, RefusesALinkToADevice) {
  const test::TemporaryFolder dir;
  const std::string link = dir.path().string() + "/zero.toml";
  ASSERT_EQ(::symlink("/dev/zero", link.c_str()), 0);
  const auto read = DiskFileSystem().read(link);
  ASSERT_FALSE(read);
  EXPECT_NE(read.error().reason.find("device"), std::string::npos) << read.error().reason;
}

TEST(DiskFileSystem, AFileOverTheLimitFailsAndOneAtItIsRead) {
  const test::TemporaryFolder dir;
  const std::string path = dir.file("ten.toml", "0123456789");
  EXPECT_TRUE(DiskFileSystem(10).read(path));
  const auto read = DiskFileSystem(9).read(path);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, EFBIG);
  EXPECT_NE(read.error().reason.find("limit of 9 bytes"), std::string::npos) << read.error().reason;
}

// The limit holds for streams, whose size is not known before: a FIFO fed more than the
// limit stops being read at the limit.
TEST(DiskFileSystem, TheLimitIsCheckedWhileReadingAFifo) {
  const test::TemporaryFolder dir;
  const std::string fifo = dir.path().string() + "/pipe.toml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // The reader goes at the limit; the writer must then see an error, not die of SIGPIPE.
  const auto previous = std::signal(SIGPIPE, SIG_IGN);
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    const std::string chunk(1 << 16, 'x');
    for (int i = 0; i < 64 && out; ++i) out << chunk;  // 4 MiB, or until the reader goes
  });
  const auto read = DiskFileSystem(100000).read(fifo);
  writer.join();
  std::signal(SIGPIPE, previous);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, EFBIG);
}

TEST(DiskFileSystem, ReadsAFifo) {
  const test::TemporaryFolder dir;
  const std::string fifo = dir.path().string() + "/pipe.toml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << "from a pipe"; });
  const auto read = DiskFileSystem().read(fifo);
  writer.join();
  ASSERT_TRUE(read) << read.error().reason;
  EXPECT_EQ(*read, "from a pipe");
}

TEST(DiskFileSystem, ASymlinkLoopSaysSo) {
  const test::TemporaryFolder dir;
  const std::string a = dir.path().string() + "/a.toml";
  const std::string b = dir.path().string() + "/b.toml";
  ASSERT_EQ(::symlink(b.c_str(), a.c_str()), 0);
  ASSERT_EQ(::symlink(a.c_str(), b.c_str()), 0);
  DiskFileSystem files;
  const auto type = files.stat(a);
  ASSERT_FALSE(type);
  EXPECT_EQ(type.error().reason, std::strerror(ELOOP));
  const auto read = files.read(a);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().reason, "Too many levels of symbolic links");
  // Listed, so that whoever reads the folder can say why it is skipped.
  const auto listed = files.list(dir.path().string(), ".toml");
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->size(), 2u);
}

TEST(DiskFileSystem, ListsFifosDevicesAndDanglingLinks) {
  const test::TemporaryFolder dir;
  const std::string fifo = dir.path().string() + "/pipe.toml";
  const std::string zero = dir.path().string() + "/zero.toml";
  const std::string gone = dir.path().string() + "/gone.toml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  ASSERT_EQ(::symlink("/dev/zero", zero.c_str()), 0);
  ASSERT_EQ(::symlink((dir.path().string() + "/nothing").c_str(), gone.c_str()), 0);
  std::filesystem::create_directory(dir.path().string() + "/folder.toml");
  // Listed, so that whoever reads the folder can say why each is skipped.
  const auto listed = DiskFileSystem().list(dir.path().string(), ".toml");
  ASSERT_TRUE(listed);
  EXPECT_EQ(*listed, (std::vector<std::string>{gone, fifo, zero}));
}

// A dangling link is "missing" to stat (a writer creates its target), but a reader
// names it: "No such file or directory" would hide the link the user made.

TEST(DiskFileSystem, ReadingADanglingLinkNamesItsTarget) {
  const test::TemporaryFolder dir;
  const std::string link = dir.path().string() + "/x.toml";
  ASSERT_EQ(::symlink("missing", link.c_str()), 0);
  DiskFileSystem files;
  EXPECT_EQ(files.type_of(link), PathType::missing);
  const auto read = files.read(link);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().path, link);
  EXPECT_EQ(read.error().reason, "a symbolic link to 'missing', which does not exist");
  EXPECT_EQ(read.error().code, ENOENT);
}

TEST(DiskFileSystem, DanglingLinkTargetIsTheLastLinkOfAChain) {
  const test::TemporaryFolder dir;
  const std::string base = dir.path().string();
  ASSERT_EQ(::symlink("middle.toml", (base + "/first.toml").c_str()), 0);
  ASSERT_EQ(::symlink((base + "/no/such/end.toml").c_str(), (base + "/middle.toml").c_str()), 0);
  ASSERT_EQ(::symlink("real.toml", (base + "/good.toml").c_str()), 0);
  std::ofstream(base + "/real.toml") << "x";
  ASSERT_EQ(::symlink("loop-b", (base + "/loop-a").c_str()), 0);
  ASSERT_EQ(::symlink("loop-a", (base + "/loop-b").c_str()), 0);
  DiskFileSystem files;
  EXPECT_EQ(files.dangling_link_target(base + "/first.toml"), base + "/no/such/end.toml");
  EXPECT_EQ(files.dangling_link_target(base + "/middle.toml"), base + "/no/such/end.toml");
  EXPECT_EQ(files.dangling_link_target(base + "/good.toml"), std::nullopt);
  EXPECT_EQ(files.dangling_link_target(base + "/real.toml"), std::nullopt);
  EXPECT_EQ(files.dangling_link_target(base + "/nothing.toml"), std::nullopt);
  EXPECT_EQ(files.dangling_link_target(base + "/loop-a"), std::nullopt) << "a loop says so itself";
  EXPECT_EQ(files.read(base + "/nothing.toml").error().reason, std::strerror(ENOENT));
}

TEST(DiskFileSystem, IdentityOfADanglingLinkIsItsTarget) {
  const test::TemporaryFolder dir;
  std::filesystem::create_directory(dir.path().string() + "/real");
  const std::string link = dir.path().string() + "/link.toml";
  ASSERT_EQ(::symlink("real/target.toml", link.c_str()), 0);
  DiskFileSystem files;
  const std::string real = files.identity(dir.path().string()) + "/real/target.toml";
  EXPECT_EQ(files.identity(link), real);
  EXPECT_EQ(files.identity(dir.path().string() + "/real/target.toml"), real);
}

TEST(LockPathFor, AHiddenLockFileBesideTheTarget) {
  EXPECT_EQ(lock_path_for("/data/lore/mine.toml"), "/data/lore/.mine.toml.lock");
  EXPECT_EQ(lock_path_for("mine.toml"), ".mine.toml.lock");
  EXPECT_EQ(lock_path_for("/mine.toml"), "/.mine.toml.lock");
}

// ------------------------------------------------------------------- memory: writes

TEST(MemoryFileSystem, KnowsFifosAndDevicesAndReadsNoDevice) {
  MemoryFileSystem files;
  files.add_special("d/pipe.toml", PathType::fifo);
  files.add_special("d/zero.toml", PathType::device);
  EXPECT_EQ(files.type_of("d/pipe.toml"), PathType::fifo);
  EXPECT_EQ(files.type_of("d"), PathType::directory);
  EXPECT_TRUE(files.read("d/pipe.toml"));
  const auto device = files.read("d/zero.toml");
  ASSERT_FALSE(device);
  EXPECT_NE(device.error().reason.find("device"), std::string::npos);
  EXPECT_EQ(*files.list("d", ".toml"), (std::vector<std::string>{"d/pipe.toml", "d/zero.toml"}));
}

TEST(MemoryFileSystem, FollowsALinkAsTheDiskDoes) {
  MemoryFileSystem files;
  files.add("/d/real.toml", "real");
  files.add_link("/d/link.toml", "real.toml");
  files.add_link("/e/absolute.toml", "/d/link.toml");
  EXPECT_EQ(files.type_of("/d/link.toml"), PathType::file);
  EXPECT_EQ(files.read("/e/absolute.toml").value(), "real");
  EXPECT_EQ(files.identity("/e/absolute.toml"), "/d/real.toml");
  EXPECT_EQ(files.type_of("/e"), PathType::directory) << "a folder holding only a link";
  EXPECT_EQ(files.dangling_link_target("/d/link.toml"), std::nullopt);
  ASSERT_TRUE(files.write_atomically("/e/absolute.toml", "new"));
  EXPECT_EQ(files.read("/d/real.toml").value(), "new") << "the file the link names is replaced";
}

TEST(MemoryFileSystem, ADanglingLinkIsListedAndNamedWhenRead) {
  MemoryFileSystem files;
  files.add("/d/a.toml", "a");
  files.add_link("/d/x.toml", "missing");
  files.add_link("/d/loop.toml", "loop.toml");
  EXPECT_EQ(files.type_of("/d/x.toml"), PathType::missing);
  EXPECT_EQ(files.dangling_link_target("/d/x.toml"), "missing");
  EXPECT_EQ(*files.list("/d", ".toml"),
            (std::vector<std::string>{"/d/a.toml", "/d/loop.toml", "/d/x.toml"}));
  const auto read = files.read("/d/x.toml");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().reason, "a symbolic link to 'missing', which does not exist");
  EXPECT_EQ(files.stat("/d/loop.toml").error().code, ELOOP);
  EXPECT_EQ(files.dangling_link_target("/d/loop.toml"), std::nullopt);
  EXPECT_EQ(files.identity("/d/x.toml"), "/d/missing") << "the file it would create";
  ASSERT_TRUE(files.write_atomically("/d/x.toml", "made"));
  EXPECT_EQ(files.read("/d/missing").value(), "made");
  EXPECT_EQ(files.dangling_link_target("/d/x.toml"), std::nullopt);
}

TEST(MemoryFileSystem, HoldsTheSizeLimit) {
  MemoryFileSystem files(3);
  files.add("a", "abc");
  files.add("b", "abcd");
  EXPECT_TRUE(files.read("a"));
  EXPECT_EQ(files.read("b").error().code, EFBIG);
}

TEST(MemoryFileSystem, WritesAtomicallyIntoAnExistingFolder) {
  MemoryFileSystem files;
  ASSERT_TRUE(files.make_directories("/home/sam/data"));
  ASSERT_TRUE(files.write_atomically("/home/sam/data/x.toml", "new"));
  EXPECT_EQ(files.read("/home/sam/data/x.toml").value(), "new");
  EXPECT_EQ(files.files().size(), 1u) << "no temporary file is left";
  const auto nowhere = files.write_atomically("/elsewhere/x.toml", "new");
  ASSERT_FALSE(nowhere);
  EXPECT_EQ(nowhere.error().code, ENOENT);
}

TEST(MemoryFileSystem, AFailedWriteStepKeepsTheOldFile) {
  for (const FileStep step :
       {FileStep::create_temporary, FileStep::write, FileStep::sync, FileStep::rename}) {
    MemoryFileSystem files;
    files.add("/d/x.toml", "old");
    files.fail_at(step, ENOSPC);
    const auto written = files.write_atomically("/d/x.toml", "new");
    ASSERT_FALSE(written) << static_cast<int>(step);
    EXPECT_EQ(written.error().code, ENOSPC);
    EXPECT_EQ(files.files(), (std::map<std::string, std::string>{{"/d/x.toml", "old"}}));
    EXPECT_TRUE(files.write_atomically("/d/x.toml", "new")) << "only the one step fails";
    EXPECT_EQ(files.read("/d/x.toml").value(), "new");
  }
}

TEST(MemoryFileSystem, RefusesToReplaceAReadOnlyFile) {
  MemoryFileSystem files;
  files.add_read_only("/d/x.toml", "old");
  const auto written = files.write_atomically("/d/x.toml", "new");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code, EACCES);
  EXPECT_EQ(files.read("/d/x.toml").value(), "old");
}

TEST(MemoryFileSystem, MakeDirectoriesUndoesOnFailure) {
  MemoryFileSystem files;
  ASSERT_TRUE(files.make_directories("/a"));
  files.fail_at(FileStep::make_directory, EDQUOT, 3);  // /a/b and /a/b/c, then /a/b/c/d fails
  const auto made = files.make_directories("/a/b/c/d/e");
  ASSERT_FALSE(made);
  EXPECT_EQ(made.error().path, "/a/b/c/d");
  EXPECT_EQ(files.directories(), (std::set<std::string>{"/a"}));
}

TEST(MemoryFileSystem, MakeDirectoriesThroughAFile) {
  MemoryFileSystem files;
  files.add("/a/file", "x");
  const auto made = files.make_directories("/a/file/b");
  ASSERT_FALSE(made);
  EXPECT_EQ(made.error().code, ENOTDIR);
}

TEST(MemoryFileSystem, ALockIsHeldUntilItsHandleGoes) {
  MemoryFileSystem files;
  ASSERT_TRUE(files.make_directories("/d"));
  {
    auto lock = files.lock("/d/.x.lock");
    ASSERT_TRUE(lock);
    EXPECT_TRUE(files.is_locked("/d/.x.lock"));
    EXPECT_FALSE(files.lock("/d/.x.lock")) << "a second holder would wait forever";
  }
  EXPECT_FALSE(files.is_locked("/d/.x.lock"));
  files.fail_at(FileStep::lock, ENOLCK);
  const auto failed = files.lock("/d/.x.lock");
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ENOLCK);
  EXPECT_EQ(files.steps_taken(FileStep::lock), 3);
}

TEST(MemoryFileSystem, RenamesAFile) {
  MemoryFileSystem files;
  files.add("/d/x", "x");
  ASSERT_TRUE(files.rename("/d/x", "/d/y"));
  EXPECT_EQ(files.type_of("/d/x"), PathType::missing);
  EXPECT_EQ(files.read("/d/y").value(), "x");
  EXPECT_FALSE(files.rename("/d/x", "/d/z"));
}

}  // namespace
}  // namespace lore
