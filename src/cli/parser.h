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
#include "core/error.h"
#include "util/expected.h"

namespace lore::cli {

/// The command-line parser with its subcommands, and what prepares each.
struct Parser {
  CLI::App app;
  CommonArgs common;
  Preparer prepare;  ///< Of `lore` with no subcommand.
  std::vector<std::pair<CLI::App*, Preparer>> commands;
  /// `lore help [COMMAND]`, and the COMMAND it names.
  CLI::App* help = nullptr;
  std::string help_topic;
  /// --generate WHAT (hidden): print a completion script or lore(1)'s options instead.
  std::string generate;
  /// Declared without the options of `lore` itself (its selection, choice and display
  /// groups, --generate): for a command line that names a subcommand first, where none
  /// of them can be given (see parser_for).
  bool lean = false;
};

/// What a parser declares on `lore` itself.
enum class LoreOptions {
  all,   ///< Its own options too, as bare `lore`, help and error messages need.
  lean,  ///< Only help and --version: the subcommand's options are all a run needs.
};

/// A parser for `lore` (with its own options, unless lean); declare_commands adds the
/// subcommands.
std::unique_ptr<Parser> make_parser(LoreOptions options = LoreOptions::all);

/// Declares the subcommands that `words` (the command line) need: those it names; all
/// of them for --help or a stray word. Declaring all of them costs more than the rest
/// of bare `lore`, which runs at every login.
void declare_commands(Parser& parser, const std::vector<std::string_view>& words);

/// A parser with the subcommands `words` need. Lean when `words` start with a
/// subcommand's name: the options of `lore` come before that name, so none is given,
/// and declaring them costs as much as the subcommand's own (a quote at login). A lean
/// parser parses a command line that parses as a full one does; help and errors are
/// worded by a full parser (`options`).
std::unique_ptr<Parser> parser_for(const std::vector<std::string_view>& words,
                                   LoreOptions options = LoreOptions::lean);

/// A parser with the one subcommand `command` ("" for none: bare `lore`), lean when
/// there is one.
std::unique_ptr<Parser> parser_for_command(std::string_view command);

/// Parses `words` (the command line, without the program's name). Throws CLI11's
/// errors; `parser` then knows which help to print.
void parse_words(Parser& parser, const std::vector<std::string_view>& words);

/// The subcommand that `parser` parsed, else "" (bare `lore`).
std::string chosen_command(const Parser& parser);

/// The command whose --help a usage error points to: "lore quote", or "lore".
std::string help_command(const Parser& parser);

/// `lore help [COMMAND]` as `lore [COMMAND] --help`; other command lines as they are.
/// An unknown COMMAND is a usage error that suggests the nearest.
Expected<std::vector<std::string_view>, Error> help_as_flag(std::vector<std::string_view> words);

/// What went wrong in a command line that CLI11 refused, in lore's words: an unknown
/// command or option with the nearest one suggested, an option that the subcommand
/// does not take, the words not expected in the order they were given.
std::string parse_error_message(const Parser& parser, const CLI::ParseError& error,
                                const std::vector<std::string_view>& words);

/// An option given to `lore` before the subcommand's name that the subcommand does not
/// take (`lore --seed 3 sources`): the error that names them. The options of `lore`
/// reach every subcommand, so CLI11 takes them there without complaint.
std::optional<Error> option_not_taken(const Parser& parser,
                                      const std::vector<std::string_view>& words);

/// CLI11 2.1 treats an unknown subcommand as a stray argument: the message that names
/// it and suggests the nearest command instead, when that is what went wrong.
std::optional<std::string> unknown_command(const CLI::App& app,
                                           const std::vector<std::string_view>& words);

}  // namespace lore::cli
