#include "cli/environment.h"

#include <unistd.h>

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <limits>

#include "core/config_loader.h"
#include "util/date.h"
#include "util/random.h"
#include "util/terminal.h"

namespace lore::cli {

namespace {

std::optional<std::string> environment_variable(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

std::optional<std::size_t> parse_columns(const std::optional<std::string>& text) {
  if (!text || text->empty()) return std::nullopt;
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc{} || end != text->data() + text->size() || value == 0) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

Expected<std::uint64_t, std::string> parse_max_file_size(const std::optional<std::string>& text) {
  if (!text || text->empty()) return kDefaultMaxFileSize;
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  const bool whole = end == text->data() + text->size();
  if (error == std::errc::result_out_of_range && whole) {
    return unexpected(fmt::format(
        "LORE_MAX_FILE='{}' is more than {} bytes; the default limit, {} bytes (1 GiB), is used",
        *text, std::numeric_limits<std::uint64_t>::max(), kDefaultMaxFileSize));
  }
  if (error != std::errc{} || !whole || value == 0) {
    return unexpected(fmt::format(
        "LORE_MAX_FILE='{}' is not a number of bytes (a positive whole number, no suffix); the "
        "default limit, {} bytes (1 GiB), is used",
        *text, kDefaultMaxFileSize));
  }
  return value;
}

Environment read_environment() {
  Environment environment;
  environment.color.stdout_is_terminal = is_terminal(STDOUT_FILENO);
  environment.color.term = environment_variable("TERM");
  environment.color.no_color = environment_variable("NO_COLOR");
  environment.color.clicolor_force = environment_variable("CLICOLOR_FORCE");
  environment.columns = parse_columns(environment_variable("COLUMNS"));
  if (environment.color.stdout_is_terminal)
    environment.terminal_width = terminal_width(STDOUT_FILENO);
  environment.entropy_seed = Random::entropy_seed();
  environment.stdin_is_terminal = is_terminal(STDIN_FILENO);
  environment.stderr_is_terminal = is_terminal(STDERR_FILENO);
  environment.xdg_state_home = environment_variable("XDG_STATE_HOME");
  environment.home = environment_variable("HOME");
  environment.config_path =
      default_config_path(environment_variable("XDG_CONFIG_HOME"), environment.home);
  auto max_file_size = parse_max_file_size(environment_variable("LORE_MAX_FILE"));
  if (max_file_size) {
    environment.max_file_size = *max_file_size;
  } else {
    environment.warnings.push_back(std::move(max_file_size.error()));
  }
  environment.search_path = {environment_variable("XDG_DATA_HOME"),
                             environment_variable("XDG_DATA_DIRS"), environment.home,
                             environment_variable("LORE_PATH")};
  const auto no_cache = environment_variable("LORE_NO_CACHE");
  if (no_cache && !no_cache->empty() && *no_cache != "0") {
    environment.cache_off_because = "LORE_NO_CACHE is set";
  } else {
    environment.cache_folder =
        index_cache_folder(environment_variable("XDG_CACHE_HOME"), environment.home);
  }
  return environment;
}

}  // namespace lore::cli
