#include "cli/parser.h"

#include <fmt/format.h>

#include <algorithm>

#include "util/edit_distance.h"

#ifndef LORE_VERSION
#define LORE_VERSION "0.0.0"
#endif

namespace lore::cli {

namespace {

constexpr std::string_view kDescription =
    "Quotes, trivia, scenes and easter eggs from the film IO (2019) and your own datasets.\n"
    "With no command, prints a random quote.";

std::string footer(std::string_view examples) {
  return fmt::format("\nExamples:\n{}\n", examples);
}

/// The subcommands to declare for this command line (see declare_commands): help and
/// stray words (an unknown command, --generate's argument) get them all, for the
/// listing and the suggestions.
std::vector<const CommandSpec*> commands_to_declare(const std::vector<std::string_view>& words,
                                                    std::string_view default_kind) {
  std::vector<const CommandSpec*> named;
  bool stray_word = false;
  bool help = false;
  for (const std::string_view word : words) {
    if (word == "-h" || word == "--help") help = true;
    if (word.empty() || word.front() == '-') continue;
    const auto commands = command_table();
    const auto found = std::find_if(commands.begin(), commands.end(),
                                    [&](const CommandSpec& spec) { return spec.name == word; });
    if (found == commands.end()) {
      stray_word = true;  // an option's value, or an unknown command
    } else if (std::find(named.begin(), named.end(), &*found) == named.end()) {
      named.push_back(&*found);
    }
  }
  if (!named.empty()) return named;
  std::vector<const CommandSpec*> all;
  for (const CommandSpec& spec : command_table()) {
    if (stray_word || help || spec.name == default_kind) all.push_back(&spec);
  }
  return all;
}

/// Declares the subcommand `spec` on `parser`.
void declare(Parser& parser, const CommandSpec& spec) {
  CLI::App* sub = parser.app.add_subcommand(std::string(spec.name), std::string(spec.summary));
  sub->footer(footer(spec.examples));
  parser.commands.emplace_back(sub, spec.setup(*sub, parser.common));
}

}  // namespace

std::optional<std::string> unknown_command(const CLI::App& app,
                                           const std::vector<std::string_view>& words) {
  if (!app.get_subcommands().empty() || words.empty()) return std::nullopt;
  const std::string_view first = words.front();
  if (first.empty() || first.front() == '-') return std::nullopt;
  std::vector<std::string_view> names;
  for (const CommandSpec& command : command_table()) names.push_back(command.name);
  std::string message = fmt::format("unknown command '{}'", first);
  const auto nearest = nearest_words(first, names, 1);
  if (!nearest.empty()) message += fmt::format("; did you mean '{}'?", nearest.front());
  return message;
}

std::unique_ptr<Parser> make_parser() {
  auto parser = std::make_unique<Parser>();
  CLI::App& app = parser->app;
  app.description(std::string(kDescription));
  app.name("lore");
  app.set_version_flag("--version", "lore " LORE_VERSION, "Print the version and exit");
  app.footer(
      footer("  lore\n  lore trivia --question\n  lore list --tag iconic\n"
             "  lore search -i hope"));
  app.require_subcommand(0, 1);
  // An option given twice (by config.toml, then on the command line) takes the last.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  parser->prepare = setup_default(app, parser->common);
  // Hidden (no group): for the build, which makes the completions and lore(1) with it.
  app.add_option("--generate", parser->generate, "Print a completion script or lore(1)'s options")
      ->check(CLI::IsMember({"bash", "fish", "man-options"}))
      ->group("");
  return parser;
}

void declare_commands(Parser& parser, const std::vector<std::string_view>& words,
                      std::string_view default_kind) {
  for (const CommandSpec* spec : commands_to_declare(words, default_kind)) declare(parser, *spec);
}

std::string chosen_command(const Parser& parser, std::string_view default_kind) {
  std::string command;
  for (const auto& [sub, prepare] : parser.commands) {
    if (sub->parsed() ||
        (parser.app.get_subcommands().empty() && sub->get_name() == default_kind)) {
      command = sub->get_name();
    }
  }
  return command;
}

void parse_words(Parser& parser, const std::vector<std::string_view>& words) {
  std::vector<std::string> arguments(words.rbegin(), words.rend());  // CLI11 takes them last first
  parser.app.parse(arguments);
}

std::unique_ptr<Parser> parser_for_command(std::string_view command) {
  std::unique_ptr<Parser> parser = make_parser();
  for (const CommandSpec& spec : command_table()) {
    if (spec.name == command) declare(*parser, spec);
  }
  return parser;
}

std::unique_ptr<Parser> parser_for(const std::vector<std::string_view>& words,
                                   std::string_view default_kind) {
  std::unique_ptr<Parser> parser = make_parser();
  declare_commands(*parser, words, default_kind);
  return parser;
}

}  // namespace lore::cli
