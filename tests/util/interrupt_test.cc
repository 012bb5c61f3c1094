#include "util/interrupt.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <thread>

namespace lore {
namespace {

/// A pipe whose ends are closed at the end of the test.
struct Pipe {
  int ends[2] = {-1, -1};
  Pipe() { EXPECT_EQ(::pipe(ends), 0); }
  ~Pipe() {
    for (int fd : ends) {
      if (fd >= 0) ::close(fd);
    }
  }
};

TEST(InterruptGuard, NotesTheSignalInsteadOfDying) {
  const InterruptGuard guard;
  EXPECT_EQ(InterruptGuard::caught(), 0);
  ASSERT_GE(InterruptGuard::wake_fd(), 0);
  std::raise(SIGTERM);
  EXPECT_EQ(InterruptGuard::caught(), SIGTERM);
  std::raise(SIGINT);
  EXPECT_EQ(InterruptGuard::caught(), SIGTERM) << "the first signal is the one kept";
}

TEST(InterruptGuard, GivesThePreviousHandlersBack) {
  struct sigaction before {};
  ::sigaction(SIGHUP, nullptr, &before);
  {
    const InterruptGuard guard;
    struct sigaction during {};
    ::sigaction(SIGHUP, nullptr, &during);
    EXPECT_NE(during.sa_handler, before.sa_handler);
    EXPECT_EQ(during.sa_flags & SA_RESTART, 0) << "a blocked read must return";
  }
  struct sigaction after {};
  ::sigaction(SIGHUP, nullptr, &after);
  EXPECT_EQ(after.sa_handler, before.sa_handler);
  EXPECT_EQ(InterruptGuard::wake_fd(), -1);
}

TEST(InterruptGuard, AnIgnoredSignalStaysIgnored) {
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  struct sigaction before {};
  ::sigaction(SIGHUP, &ignore, &before);
  {
    const InterruptGuard guard;
    struct sigaction during {};
    ::sigaction(SIGHUP, nullptr, &during);
    EXPECT_EQ(during.sa_handler, SIG_IGN) << "nohup lore quiz stays nohup";
  }
  ::sigaction(SIGHUP, &before, nullptr);
}

TEST(WaitReadable, ReadableInput) {
  Pipe pipe;
  ASSERT_EQ(::write(pipe.ends[1], "x", 1), 1);
  const InterruptGuard guard;
  EXPECT_TRUE(wait_readable(pipe.ends[0]));
}

TEST(WaitReadable, ASignalEndsTheWaitEvenBeforeItStarts) {
  Pipe pipe;  // nothing is ever written: without the signal, the wait is endless
  const InterruptGuard guard;
  std::raise(SIGINT);
  EXPECT_FALSE(wait_readable(pipe.ends[0]));
}

TEST(WaitReadable, ASignalFromAnotherThreadWakesAWait) {
  Pipe pipe;
  const InterruptGuard guard;
  std::thread sender([] {
    ::usleep(50 * 1000);
    ::kill(::getpid(), SIGTERM);
  });
  EXPECT_FALSE(wait_readable(pipe.ends[0]));
  sender.join();
  EXPECT_EQ(InterruptGuard::caught(), SIGTERM);
}

}  // namespace
}  // namespace lore
