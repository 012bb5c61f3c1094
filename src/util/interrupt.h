#pragma once

namespace lore {

/// While alive, catches SIGINT, SIGTERM and SIGHUP so that a quiz can keep its answers
/// and say its score instead of dying mid-way. The handler does nothing but note the
/// signal and write one byte to a pipe (the self-pipe trick); it is installed without
/// SA_RESTART, so a blocked read returns, and a reader that waits with wait_readable()
/// wakes even when the signal comes just before it starts to wait. The previous
/// handlers come back when the guard is destroyed. One guard at a time.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  /// The first signal caught while a guard was alive, or 0.
  static int caught();
  /// A descriptor that turns readable once a signal is caught; -1 with no guard alive.
  static int wake_fd();
};

/// Waits until `fd` has something to read (or its end, or an error), and says true; or
/// until a signal is caught (see InterruptGuard), and says false.
bool wait_readable(int fd);

}  // namespace lore
