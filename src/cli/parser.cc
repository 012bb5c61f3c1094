#include "cli/parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cli/choices.h"
#include "cli/help_formatter.h"
#include "util/edit_distance.h"

#ifndef LORE_VERSION
#define LORE_VERSION "0.0.0"
#endif

namespace lore::cli {

namespace {

constexpr std::string_view kDescription =
    "Quotes, trivia, scenes and easter eggs from the film IO (2019) and your own datasets. "
    "With no command, prints one entry of any kind, spoilers left out.";

/// What --version prints: the version, and the licence (LICENSE; share/doc/lore/copyright).
constexpr std::string_view kVersionText =
    "lore " LORE_VERSION
    "\n"
    "Copyright (c) 2026 the lore authors\n"
    "MIT License: free to use, copy, change and share, with no warranty.";

std::string footer(std::string_view examples) {
  return fmt::format("\nExamples:\n{}\n", examples);
}

/// The subcommand named `name`, if any.
const CommandSpec* command_named(std::string_view name) {
  for (const CommandSpec& spec : command_table()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

/// The subcommands to declare for this command line (see declare_commands): help and
/// stray words (an unknown command, --generate's argument) get them all, for the
/// listing and the suggestions.
std::vector<const CommandSpec*> commands_to_declare(const std::vector<std::string_view>& words) {
  std::vector<const CommandSpec*> named;
  bool stray_word = false;
  bool help = false;
  for (const std::string_view word : words) {
    if (word == "-h" || word == "--help") help = true;
    if (word.empty() || word.front() == '-') continue;
    const CommandSpec* found = command_named(word);
    if (found == nullptr) {
      stray_word = true;  // an option's value, or an unknown command
    } else if (std::find(named.begin(), named.end(), found) == named.end()) {
      named.push_back(found);
    }
  }
  if (!named.empty()) return named;
  std::vector<const CommandSpec*> all;
  for (const CommandSpec& spec : command_table()) {
    if (stray_word || help) all.push_back(&spec);
  }
  return all;
}

/// Every name of `option`: "-n", "--count".
std::vector<std::string> names_of(const CLI::Option& option) {
  std::vector<std::string> names;
  for (const std::string& name : option.get_snames()) names.push_back("-" + name);
  for (const std::string& name : option.get_lnames()) names.push_back("--" + name);
  return names;
}

/// "-n/--count", as a message names an option.
std::string display_name(const CLI::Option& option) {
  const std::vector<std::string> names = names_of(option);
  return fmt::format("{}", fmt::join(names, "/"));
}

/// The option of `app` that `word` ("--count", "--count=3", "-n") names, if any.
const CLI::Option* option_named(const CLI::App& app, std::string_view word) {
  if (word.size() < 2 || word.front() != '-') return nullptr;
  const std::string name =
      word[1] == '-' ? std::string(word.substr(0, word.find('='))) : std::string(word.substr(0, 2));
  if (name == "--" || name == "-") return nullptr;
  return app.get_option_no_throw(name);
}

/// True when `sub` takes `option` of `lore` as its own: the same declaration of a
/// shared group (not an option of its own with the same name, as the quiz's --count).
bool takes(const CLI::App& sub, const CLI::Option& option) {
  for (const std::string& name : names_of(option)) {
    const CLI::Option* own = sub.get_option_no_throw(name);
    if (own == nullptr) continue;
    const std::string& mine = own->get_description();
    const std::string& shared = option.get_description();
    return own->get_group() == option.get_group() &&
           mine.substr(0, mine.find(':')) == shared.substr(0, shared.find(':'));
  }
  return false;
}

/// The subcommand that the parse chose, if any.
const CLI::App* parsed_subcommand(const Parser& parser) {
  for (const auto& [sub, prepare] : parser.commands) {
    if (sub->parsed()) return sub;
  }
  return nullptr;
}

/// The words of `words` that CLI11 could not place, in the order they were given.
std::vector<std::string> extras_in_order(const Parser& parser,
                                         const std::vector<std::string_view>& words) {
  std::vector<std::string> extras = parser.app.remaining(true);
  std::vector<std::pair<std::size_t, std::string>> placed;
  std::vector<bool> used(words.size(), false);
  for (std::string& extra : extras) {
    std::size_t at = words.size();
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!used[i] && words[i] == extra) {
        at = i;
        used[i] = true;
        break;
      }
    }
    placed.emplace_back(at, std::move(extra));
  }
  std::stable_sort(placed.begin(), placed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> ordered;
  for (auto& [at, word] : placed) ordered.push_back(std::move(word));
  return ordered;
}

/// What is wrong with `word`, an option that `app` (named `command`) does not have.
std::string unknown_option(const Parser& parser, const CLI::App& app, std::string_view command,
                           std::string_view word) {
  const std::string_view name = word.substr(0, word.find('='));
  std::vector<const CLI::App*> apps{&parser.app};
  for (const auto& [sub, prepare] : parser.commands) apps.push_back(sub);
  for (const CLI::App* other : apps) {
    if (other == &app) continue;
    if (option_named(*other, name) != nullptr) {
      return fmt::format("'{}' does not take {}", command, name);
    }
  }
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty() || !option->nonpositional()) continue;  // hidden
    for (std::string& each : names_of(*option)) names.push_back(std::move(each));
  }
  // A word cut short ("--col") means the option it begins, before any typo.
  for (const std::string& candidate : names) {
    if (candidate.size() > name.size() && candidate.starts_with(name) && name.size() > 2) {
      return fmt::format("unknown option '{}'; did you mean '{}'?", name, candidate);
    }
  }
  const std::vector<std::string_view> candidates(names.begin(), names.end());
  const auto nearest = nearest_words(name, candidates, 1);
  if (nearest.empty()) return fmt::format("unknown option '{}'", name);
  return fmt::format("unknown option '{}'; did you mean '{}'?", name, nearest.front());
}

/// Declares the subcommand `spec` on `parser`.
void declare(Parser& parser, const CommandSpec& spec) {
  CLI::App* sub = parser.app.add_subcommand(std::string(spec.name), std::string(spec.summary));
  sub->footer(footer(spec.examples));
  parser.commands.emplace_back(sub, spec.setup(*sub, parser.common));
}

}  // namespace

std::string help_command(const Parser& parser) {
  const CLI::App* sub = parsed_subcommand(parser);
  return sub == nullptr ? "lore" : "lore " + sub->get_name();
}

Expected<std::vector<std::string_view>, Error> help_as_flag(std::vector<std::string_view> words) {
  if (words.empty() || words.front() != "help") return words;
  // `lore help --help`: help's own.
  if (words.size() > 1 && words[1].starts_with("-")) return words;
  // `lore help cache build`: the command's help, which covers its actions too.
  std::vector<std::string_view> result;
  if (words.size() >= 2) {
    const auto commands = command_table();
    // `lore help help`: help's own.
    const bool known = words[1] == "help" ||
                       std::any_of(commands.begin(), commands.end(),
                                   [&](const CommandSpec& spec) { return spec.name == words[1]; });
    if (!known) {
      std::vector<std::string_view> names;
      for (const CommandSpec& command : commands) names.push_back(command.name);
      std::string message = fmt::format("unknown command '{}'", words[1]);
      const auto nearest = nearest_words(words[1], names, 1);
      if (!nearest.empty()) message += fmt::format("; did you mean '{}'?", nearest.front());
      return usage_error(std::move(message));
    }
    result.push_back(words[1]);
  }
  result.push_back("--help");
  return result;
}

std::string parse_error_message(const Parser& parser, const CLI::ParseError& error,
                                const std::vector<std::string_view>& words) {
  if (auto unknown = unknown_command(parser.app, words)) return *unknown;
  const CLI::App* sub = parsed_subcommand(parser);
  const CLI::App& app = sub == nullptr ? parser.app : *sub;
  const std::string command = help_command(parser);
  std::vector<std::string> lines;
  bool unknown_options = false;
  for (const std::string& word : extras_in_order(parser, words)) {
    if (word.size() > 1 && word.front() == '-') {
      lines.push_back(unknown_option(parser, app, command, word));
      unknown_options = true;
    } else {
      lines.push_back(fmt::format("unexpected argument '{}'", word));
    }
  }
  // An unknown option comes first even when CLI11 stopped at something else: the
  // value it left behind ("sources --seed 3") went to a positional and failed there.
  const bool extras = dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr;
  if (lines.empty() || (!extras && !unknown_options)) return error.what();
  return fmt::format("{}", fmt::join(lines, "\n"));
}

std::optional<Error> option_not_taken(const Parser& parser,
                                      const std::vector<std::string_view>& words) {
  const CLI::App* sub = parsed_subcommand(parser);
  if (sub == nullptr) return std::nullopt;
  // The words before the subcommand's name: options of lore and their values.
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    if (word == sub->get_name()) break;
    if (word.size() < 2 || word.front() != '-' || word == "--") continue;
    const bool is_long = word[1] == '-';
    // A cluster of short options ("-an3") names each until one that takes a value.
    const std::size_t last = is_long ? 1 : word.size() - 1;
    for (std::size_t k = 1; k <= last; ++k) {
      const std::string name =
          is_long ? std::string(word.substr(0, word.find('='))) : fmt::format("-{}", word[k]);
      const CLI::Option* option = parser.app.get_option_no_throw(name);
      if (option == nullptr) break;
      if (!takes(*sub, *option)) {
        const std::string command = fmt::format("lore {}", sub->get_name());
        const bool own = sub->get_option_no_throw(name) != nullptr;
        return Error{
            ErrorKind::usage,
            own ? fmt::format("'{}' takes {} after its name", command, display_name(*option))
                : fmt::format("'{}' does not take {}", command, display_name(*option)),
            {}};
      }
      if (option->get_type_size_max() > 0 && option->get_items_expected_max() > 0) {
        const bool value_attached =
            is_long ? word.find('=') != std::string_view::npos : k + 1 < word.size();
        if (!value_attached) ++i;
        break;
      }
    }
  }
  return std::nullopt;
}

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

std::unique_ptr<Parser> make_parser(LoreOptions options) {
  auto parser = std::make_unique<Parser>();
  parser->lean = options == LoreOptions::lean;
  CLI::App& app = parser->app;
  app.description(std::string(kDescription));
  app.name("lore");
  app.formatter(std::make_shared<HelpFormatter>());
  app.set_version_flag("-V,--version", std::string(kVersionText), "Print the version and exit");
  app.footer(
      footer("  lore\n  lore trivia --question\n  lore list --tag iconic\n"
             "  lore search -i hope"));
  app.require_subcommand(0, 1);
  // An option given twice (by config.toml, then on the command line) takes the last.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  if (parser->lean) return parser;
  parser->prepare = setup_default(app, parser->common);
  // Hidden (no group): for the build, which makes the completions and lore(1) with it.
  app.add_option("--generate", parser->generate, "Print a completion script or lore(1)'s options")
      ->check(CLI::IsMember({"bash", "fish", "man-options"}))
      ->group("");
  return parser;
}

void declare_commands(Parser& parser, const std::vector<std::string_view>& words) {
  for (const CommandSpec* spec : commands_to_declare(words)) declare(parser, *spec);
  // `lore help [COMMAND]` is `lore [COMMAND] --help` (help_as_flag); declared for the
  // listing and the completions, and for a help that follows lore's own options.
  parser.help = parser.app.add_subcommand("help", "Print the help of lore, or of COMMAND");
  parser.help->footer(footer("  lore help\n  lore help quote"));
  std::vector<Choice> names;
  for (const CommandSpec& command : command_table()) {
    names.push_back({std::string(command.name), std::string(command.summary), true});
  }
  take_choices(parser.help->add_option("COMMAND", parser.help_topic, "The command to describe"),
               own_choices(std::move(names)));
}

std::string chosen_command(const Parser& parser) {
  std::string command;
  for (const auto& [sub, prepare] : parser.commands) {
    if (sub->parsed()) command = sub->get_name();
  }
  return command;
}

void parse_words(Parser& parser, const std::vector<std::string_view>& words) {
  std::vector<std::string> arguments(words.rbegin(), words.rend());  // CLI11 takes them last first
  parser.app.parse(arguments);
}

std::unique_ptr<Parser> parser_for_command(std::string_view command) {
  const CommandSpec* spec = command_named(command);
  std::unique_ptr<Parser> parser =
      make_parser(spec != nullptr ? LoreOptions::lean : LoreOptions::all);
  if (spec != nullptr) declare(*parser, *spec);
  return parser;
}

std::unique_ptr<Parser> parser_for(const std::vector<std::string_view>& words,
                                   LoreOptions options) {
  const bool command_first = !words.empty() && command_named(words.front()) != nullptr;
  std::unique_ptr<Parser> parser = make_parser(command_first ? options : LoreOptions::all);
  declare_commands(*parser, words);
  return parser;
}

}  // namespace lore::cli
