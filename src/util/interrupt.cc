#include "util/interrupt.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace lore {

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

volatile std::sig_atomic_t g_caught = 0;
int g_pipe[2] = {-1, -1};
struct sigaction g_previous[3];

extern "C" void note_signal(int number) {
  // Only async-signal-safe work: note it, and wake whoever waits on the pipe.
  const int saved = errno;
  if (g_caught == 0) g_caught = number;
  if (g_pipe[1] >= 0) {
    const char byte = 1;
    (void)!::write(g_pipe[1], &byte, 1);
  }
  errno = saved;
}

}  // namespace

InterruptGuard::InterruptGuard() {
  g_caught = 0;
  if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) g_pipe[0] = g_pipe[1] = -1;
  struct sigaction action {};
  action.sa_handler = note_signal;
  sigemptyset(&action.sa_mask);
  for (int number : kSignals) sigaddset(&action.sa_mask, number);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read() returns EINTR
  for (int i = 0; i < 3; ++i) {
    // A signal ignored when lore started (nohup) stays ignored.
    struct sigaction current {};
    ::sigaction(kSignals[i], nullptr, &current);
    g_previous[i] = current;
    if (current.sa_handler == SIG_IGN) continue;
    ::sigaction(kSignals[i], &action, nullptr);
  }
}

InterruptGuard::~InterruptGuard() {
  for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &g_previous[i], nullptr);
  for (int& fd : g_pipe) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
}

int InterruptGuard::caught() {
  return g_caught;
}

int InterruptGuard::wake_fd() {
  return g_pipe[0];
}

bool wait_readable(int fd) {
  for (;;) {
    if (InterruptGuard::caught() != 0) return false;
    struct pollfd waits[2] = {{fd, POLLIN, 0}, {InterruptGuard::wake_fd(), POLLIN, 0}};
    const int ready = ::poll(waits, 2, -1);
    if (ready < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return true;  // the read itself will say what is wrong
    }
    if (waits[1].revents != 0) return false;
    if (waits[0].revents != 0) return true;
  }
}

}  // namespace lore
