#include "util/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace lore {

bool is_terminal(int fd) {
  return ::isatty(fd) == 1;
}

std::optional<std::size_t> terminal_width(int fd) {
  struct winsize size {};
  if (::ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return std::nullopt;
  return static_cast<std::size_t>(size.ws_col);
}

}  // namespace lore
