#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/choices.h"
#include "core/error.h"
#include "util/expected.h"
#include "util/output.h"

namespace CLI {
class App;
}  // namespace CLI

namespace lore::cli {

/// What completes the value of an option or a positional that takes any text: lore
/// itself asked for live values, files, or nothing (free text).
enum class Completer { free, files, datasets, weights, tags, speakers, categories, today, ids };

/// One option or positional as the completions and lore(1) need it, read from CLI11.
struct OptionModel {
  std::vector<std::string> names;  ///< "-d", "--dataset"; a positional's own name ("KIND").
  std::string value_name;          ///< "NAME"; empty for a flag.
  std::string description;
  std::string group;            ///< Its --help heading ("Datasets", "Options", ...).
  std::vector<Choice> choices;  ///< The values it takes; empty: any.
  Completer completer = Completer::free;
  std::string only_after;  ///< A positional that applies only after this first one (build).
  bool positional = false;
  bool repeated = false;  ///< A positional that takes every word that is left.

  bool takes_value() const { return !value_name.empty(); }
};

/// `lore` itself (named "") or one of its subcommands.
struct CommandModel {
  std::string name;
  std::string summary;
  std::vector<OptionModel> options;      ///< In --help order, -h/--help first.
  std::vector<OptionModel> positionals;  ///< In order.
};

/// `lore` and every subcommand declared on `app`, lore first: the one definition of each
/// option, as CLI11 holds it, with the table of live-value completers added.
std::vector<CommandModel> command_models(const CLI::App& app);

/// Every name of an option that takes a value, under any command, each once, in the
/// order declared: a word after one is its value, never a subcommand or a positional.
std::vector<std::string> value_option_names(const std::vector<CommandModel>& commands);

/// The bash or fish completion script, or lore(1)'s option lists ("man-options": each
/// list after the marker line that man/lore.1.in has where it goes).
Expected<void, Error> generate(const CLI::App& app, std::string_view what, Output& out);

std::string bash_completion(const std::vector<CommandModel>& commands);
std::string fish_completion(const std::vector<CommandModel>& commands);
std::string man_options(const std::vector<CommandModel>& commands);

}  // namespace lore::cli
