#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command_table.h"
#include "cli/parser.h"
#include "commands/context.h"
#include "core/config_loader.h"

namespace lore::cli {

/// config.toml as read for this run. Problems are warnings: a broken configuration must
/// not stop a quote at login.
struct Config {
  std::string path;  ///< The file read; empty when none was.
  std::vector<ConfigSetting> settings;
  std::vector<ConfigTable> tables;
};

/// Reads config.toml (the context's config_path), warning of a file it cannot read or
/// parse.
Config read_config(Context& context);

/// The keys config.toml takes: every long option of `lore` and of each subcommand, less
/// help and version, hidden options and those that name a file to write. Each with the
/// commands that take it ("lore" for bare lore), walked from the declarations.
std::map<std::string, std::vector<std::string>> config_keys();

/// The settings of `config` for `command` ("" for bare lore): its
/// `[command]` table's, then the top-level ones the table does not give. Each is checked
/// on its own, before the command line is looked at: the command must take the option
/// (a top-level key that only other commands take is left out quietly), the value must
/// have the option's shape and pass CLI11's checks, and the command must prepare with
/// config.toml's settings alone. Any other setting is a warning that names its key and
/// line, and is left out; so is an unknown table, key or a refused one (help, to).
std::vector<ConfigSetting> usable_settings(const Config& config, std::string_view command,
                                           Context& context);

/// What a run prepared: the parser (whose storage the command line filled) and the
/// command, its options typed and validated.
struct Prepared {
  std::unique_ptr<Parser> parser;
  Command command;
};

/// Makes a parser for the run with the command line parsed into it (which must parse:
/// its errors were reported before).
using ParserFactory = std::function<std::unique_ptr<Parser>()>;

/// Prepares `command` from `parsed` (the command line parsed), with `settings`
/// (usable_settings) given to the options the command line left alone (`data`, `tag`
/// and `exclude-tag` add to it; an option that excludes another gives way to it). The
/// command line must prepare on its own first: an error then is the command line's,
/// returned as it is. A setting that conflicts with the command line's options is a
/// warning and left out (found on parsers that `fresh` makes).
Expected<Prepared, Error> prepare_with_settings(std::unique_ptr<Parser> parsed,
                                                const ParserFactory& fresh,
                                                std::string_view command,
                                                const std::vector<ConfigSetting>& settings,
                                                const std::string& config_path, Context& context);

}  // namespace lore::cli
