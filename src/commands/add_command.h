#pragma once

#include <map>
#include <string>
#include <vector>

#include "commands/printing.h"

namespace lore {

/// `lore add KIND --text ...`: append one valid entry to a user dataset.
struct AddOptions {
  Kind kind = Kind::quote;
  /// Field values by TOML field name (lists hold every value given).
  std::map<std::string, std::vector<std::string>, std::less<>> fields;
  bool spoiler = false;
  std::string to;  ///< The dataset file; empty: $XDG_DATA_HOME/lore/mine.toml.
};

/// Appends the entry, keeping every byte already in the file (comments included),
/// creating the file with a [dataset] table when it does not exist. An id is made from
/// the entry's text when none is given. A duplicate id or an invalid entry is refused
/// with the reason; the file is replaced atomically, so a failed write leaves it whole.
/// Prints the new entry's id.
Expected<void, Error> run_add(const AddOptions& options, Context& context);

/// Whether the kind has each field given, and each whole-number field is one: what
/// the options say, checked before anything is read, so that a bad default from
/// config.toml is the file's warning.
Expected<void, Error> check_add_fields(const AddOptions& options);

/// Where `lore add` writes by default: $XDG_DATA_HOME/lore/mine.toml, else
/// ~/.local/share/lore/mine.toml; empty when neither is set.
std::string default_add_path(const SearchPathVariables& variables);

}  // namespace lore
