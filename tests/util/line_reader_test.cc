#include "util/line_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "util/interrupt.h"

namespace lore {
namespace {

/// Every line a StreamLineReader reads from `bytes`.
std::vector<std::string> lines_of(const std::string& bytes) {
  std::FILE* stream = std::tmpfile();
  if (stream == nullptr) {
    ADD_FAILURE() << "tmpfile failed";
    return {};
  }
  std::fwrite(bytes.data(), 1, bytes.size(), stream);
  std::rewind(stream);
  StreamLineReader reader(stream);
  std::vector<std::string> lines;
  while (auto line = reader.read_line()) lines.push_back(*line);
  // Once at the end, it stays there.
  EXPECT_FALSE(reader.read_line().has_value());
  std::fclose(stream);
  return lines;
}

using Lines = std::vector<std::string>;

TEST(StreamLineReader, OneAnswerPerLine) {
  EXPECT_EQ(lines_of("Helpert\nAlex Somers\n"), (Lines{"Helpert", "Alex Somers"}));
}

TEST(StreamLineReader, EmptyLinesAreAnswersToo) {
  // An empty line skips a question; it must not be taken for the end of input.
  EXPECT_EQ(lines_of("\n\nq\n"), (Lines{"", "", "q"}));
}

TEST(StreamLineReader, CrLfEndings) {
  EXPECT_EQ(lines_of("Helpert\r\n\r\nSomers\r\n"), (Lines{"Helpert", "", "Somers"}));
}

TEST(StreamLineReader, LastLineWithoutEnding) {
  EXPECT_EQ(lines_of("Helpert\nSomers"), (Lines{"Helpert", "Somers"}));
}

TEST(StreamLineReader, NothingAtAll) {
  EXPECT_EQ(lines_of(""), Lines{});
}

TEST(StreamLineReader, Utf8AndSpacesKept) {
  EXPECT_EQ(lines_of("  Zoë — it’s  \n"), (Lines{"  Zoë — it’s  "}));
}

TEST(ScriptedLineReader, HandsOutItsLinesThenNothing) {
  ScriptedLineReader reader({"a", "", "c"});
  EXPECT_EQ(reader.read_line(), std::optional<std::string>("a"));
  EXPECT_EQ(reader.read_line(), std::optional<std::string>(""));
  EXPECT_EQ(reader.read_line(), std::optional<std::string>("c"));
  EXPECT_EQ(reader.read_line(), std::nullopt);
  EXPECT_EQ(reader.read_line(), std::nullopt);
}

// Issue 11: a signal (Ctrl-C, SIGTERM) ends a wait for input at once.
TEST(StreamLineReader, ASignalWhileWaitingReadsNothing) {
  int ends[2] = {-1, -1};
  ASSERT_EQ(::pipe(ends), 0);
  ASSERT_EQ(::write(ends[1], "first\nhalf", 10), 10);
  std::FILE* stream = ::fdopen(ends[0], "r");
  ASSERT_NE(stream, nullptr);
  {
    StreamLineReader reader(stream);
    const InterruptGuard guard;
    EXPECT_EQ(reader.read_line(), std::optional<std::string>("first"));
    std::raise(SIGHUP);
    EXPECT_EQ(reader.read_line(), std::nullopt) << "half a line is no answer";
    EXPECT_EQ(InterruptGuard::caught(), SIGHUP);
  }
  std::fclose(stream);
  ::close(ends[1]);
}

}  // namespace
}  // namespace lore
