#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/entry.h"

namespace lore {

/// One `key = value` of the configuration file, as the option's values.
struct ConfigSetting {
  std::string table;                ///< The `[table]` it stands in; empty: top level.
  std::string key;                  ///< A long option name, without the dashes.
  std::vector<std::string> values;  ///< Empty for a boolean.
  bool enabled = true;              ///< A boolean's value; true for any other.
  SourcePosition position;
};

/// A `[table]` of the configuration file.
struct ConfigTable {
  std::string name;
  SourcePosition position;
};

/// The settings of a configuration file, and what is wrong with it.
struct ConfigFile {
  std::vector<ConfigSetting> settings;  ///< In file order.
  std::vector<ConfigTable> tables;      ///< In file order.
  std::vector<Diagnostic> diagnostics;
};

/// Parses config.toml: keys named after long options, at the top level or in a
/// `[table]` (one level deep: what the caller makes of the table's name is its own
/// affair), with a string, number, boolean or array of strings or numbers as value. A
/// value of another type, or a table in a table, is a warning and left out; a file
/// that is not TOML is an error.
ConfigFile parse_config(std::string_view content, const std::string& path);

/// $XDG_CONFIG_HOME/lore/config.toml, else ~/.config/lore/config.toml (a relative
/// XDG_CONFIG_HOME is ignored); empty when neither is set.
std::string default_config_path(const std::optional<std::string>& xdg_config_home,
                                const std::optional<std::string>& home);

}  // namespace lore
