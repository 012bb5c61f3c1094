#include "util/terminal.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

namespace lore {
namespace {

TEST(Terminal, APipeIsNotATerminalAndHasNoWidth) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  EXPECT_FALSE(is_terminal(fds[1]));
  EXPECT_FALSE(terminal_width(fds[1]).has_value());
  ::close(fds[0]);
  ::close(fds[1]);
}

TEST(Terminal, AFileIsNotATerminal) {
  const int fd = ::open("/dev/null", O_WRONLY);
  ASSERT_GE(fd, 0);
  EXPECT_FALSE(is_terminal(fd));
  EXPECT_FALSE(terminal_width(fd).has_value());
  ::close(fd);
}

TEST(Terminal, AClosedDescriptorIsNotATerminal) {
  EXPECT_FALSE(is_terminal(-1));
  EXPECT_FALSE(terminal_width(-1).has_value());
}

}  // namespace
}  // namespace lore
