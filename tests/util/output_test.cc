#include "util/output.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace lore {
namespace {

TEST(StringOutput, CollectsEverythingWritten) {
  StringOutput out;
  out.write("one ");
  out.write("");
  out.write("\xE2\x80\x9Ctwo\xE2\x80\x9D");
  out.write(std::string_view("\0three", 6));
  EXPECT_EQ(out.text(), std::string("one \xE2\x80\x9Ctwo\xE2\x80\x9D\0three", 19));
  EXPECT_TRUE(out.finish());
}

TEST(StreamOutput, WritesToTheStream) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  StreamOutput out(file);
  out.write("hello ");
  out.write("world\n");
  EXPECT_TRUE(out.finish());
  std::rewind(file);
  char buffer[64] = {};
  const std::size_t count = std::fread(buffer, 1, sizeof buffer, file);
  EXPECT_EQ(std::string(buffer, count), "hello world\n");
  std::fclose(file);
}

TEST(StreamOutput, ADeviceThatIsFullIsReportedByFinish) {
  std::FILE* full = std::fopen("/dev/full", "w");
  if (full == nullptr) GTEST_SKIP() << "no /dev/full here";
  StreamOutput out(full);
  out.write("a quote\n");  // buffered: the failure shows when it is flushed
  const auto finished = out.finish();
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.error(), std::strerror(ENOSPC));
  std::fclose(full);
}

TEST(StreamOutput, HugeWriteFailsOnce) {
  std::FILE* full = std::fopen("/dev/full", "w");
  if (full == nullptr) GTEST_SKIP() << "no /dev/full here";
  StreamOutput out(full);
  out.write(std::string(1 << 20, 'x'));
  out.write("more");
  const auto finished = out.finish();
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.error(), std::strerror(ENOSPC));
  std::fclose(full);
}

TEST(StreamOutput, AStreamOpenForReadingCannotBeWritten) {
  std::FILE* file = std::fopen("/dev/null", "r");
  ASSERT_NE(file, nullptr);
  StreamOutput out(file);
  out.write("text");
  const auto finished = out.finish();
  EXPECT_FALSE(finished);
  if (!finished) {
    EXPECT_FALSE(finished.error().empty());
  }
  std::fclose(file);
}

TEST(StreamOutput, NothingWrittenFinishesCleanly) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  StreamOutput out(file);
  EXPECT_TRUE(out.finish());
  std::fclose(file);
}

}  // namespace
}  // namespace lore
