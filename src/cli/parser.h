#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command_table.h"
#include "cli/option_groups.h"

namespace lore::cli {

/// The command-line parser with its subcommands, and what prepares each.
struct Parser {
  CLI::App app;
  CommonArgs common;
  Preparer prepare;  ///< Of `lore` with no subcommand.
  std::vector<std::pair<CLI::App*, Preparer>> commands;
  /// --generate WHAT (hidden): print a completion script or lore(1)'s options instead.
  std::string generate;
};

/// A parser for `lore` with its own options; declare_commands adds the subcommands.
std::unique_ptr<Parser> make_parser();

/// Declares the subcommands that `words` (the command line) need: those it names, else
/// the one config.toml's `kind` names; all of them for --help or a stray word. Declaring
/// all of them costs more than the rest of `lore quote`, which runs at every login.
void declare_commands(Parser& parser, const std::vector<std::string_view>& words,
                      std::string_view default_kind);

/// A parser with the subcommands `words` need.
std::unique_ptr<Parser> parser_for(const std::vector<std::string_view>& words,
                                   std::string_view default_kind);

/// A parser with the one subcommand `command` ("" for none: bare `lore`).
std::unique_ptr<Parser> parser_for_command(std::string_view command);

/// Parses `words` (the command line, without the program's name). Throws CLI11's
/// errors; `parser` then knows which help to print.
void parse_words(Parser& parser, const std::vector<std::string_view>& words);

/// The subcommand that `parser` parsed, else `default_kind` when it is declared (bare
/// `lore` with config.toml's `kind`), else "" (bare `lore`).
std::string chosen_command(const Parser& parser, std::string_view default_kind);

/// CLI11 2.1 treats an unknown subcommand as a stray argument: the message that names
/// it and suggests the nearest command instead, when that is what went wrong.
std::optional<std::string> unknown_command(const CLI::App& app,
                                           const std::vector<std::string_view>& words);

}  // namespace lore::cli
