#pragma once

#include <cstddef>
#include <optional>

namespace lore {

/// True when `fd` is a terminal.
bool is_terminal(int fd);

/// The width in columns of the terminal on `fd`, if it is one and says.
std::optional<std::size_t> terminal_width(int fd);

}  // namespace lore
