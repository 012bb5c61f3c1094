#include "cli/app.h"

#include <unistd.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <limits>
#include <memory>
#include <sstream>

#include "cli/command_table.h"
#include "cli/exit_status.h"
#include "commands/common_options.h"
#include "core/config_loader.h"
#include "core/entry_store.h"
#include "util/date.h"
#include "util/edit_distance.h"
#include "util/random.h"
#include "util/terminal.h"
#include "util/text_escape.h"

#ifndef LORE_VERSION
#define LORE_VERSION "0.0.0"
#endif

namespace lore::cli {

namespace {

constexpr std::string_view kDescription =
    "Quotes, trivia, scenes and easter eggs from the film IO (2019) and your own datasets.\n"
    "With no command, prints a random quote.";

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

namespace {

/// CLI11 2.1 treats an unknown subcommand as a stray argument; name it and suggest
/// the nearest command instead.
std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  if (!app.get_subcommands().empty() || argc < 2) return std::nullopt;
  const std::string_view first = argv[1];
  if (first.empty() || first.front() == '-') return std::nullopt;
  std::vector<std::string_view> names;
  for (const CommandSpec& command : command_table()) names.push_back(command.name);
  std::string message = fmt::format("unknown command '{}'", first);
  const auto nearest = nearest_words(first, names, 1);
  if (!nearest.empty()) message += fmt::format("; did you mean '{}'?", nearest.front());
  return message;
}

std::string footer(std::string_view examples) {
  return fmt::format("\nExamples:\n{}\n", examples);
}

/// The subcommands to declare for this command line. Declaring all of them costs more
/// than the rest of `lore quote` put together, and `lore` runs at every login, so a
/// command line declares the subcommands it names (usually one) or, naming none and
/// no other word, only the one config.toml's `kind` names. Help and stray words
/// (an unknown command) get them all, for the listing and the suggestions.
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

/// The kinds that bare `lore` may print, as config.toml's `kind` names them.
constexpr std::array<std::string_view, 5> kDefaultKinds = {"quote", "trivia", "scene", "egg",
                                                           "random"};

/// What config.toml asks for: arguments to put before the command line's own (so the
/// command line wins) and the kind bare `lore` prints. Problems are warnings: a broken
/// configuration must not stop a quote at login.
struct ConfigDefaults {
  std::vector<std::string> arguments;
  std::string kind;
  std::string path;  ///< The file they come from.
};

/// Options that exclude each other: a config default yields to any of its family
/// given on the command line.
constexpr std::array<std::array<std::string_view, 3>, 4> kOptionFamilies = {{
    {"short", "long", ""},
    {"count", "all", ""},
    {"format", "template", ""},
    {"seed", "daily", "date"},
}};

/// The options of `app` that `words` (the command line) use.
std::vector<const CLI::Option*> options_used(const CLI::App& app,
                                             const std::vector<std::string_view>& words) {
  std::vector<const CLI::Option*> used;
  for (const std::string_view word : words) {
    if (word.size() < 2 || word.front() != '-') continue;
    const std::string name = word[1] == '-' ? std::string(word.substr(0, word.find('=')))
                                            : std::string(word.substr(0, 2));
    if (const CLI::Option* option = app.get_option_no_throw(name)) used.push_back(option);
  }
  return used;
}

/// Lists that a config file extends rather than sets: its datasets and tags stay when
/// the command line adds its own.
constexpr std::array<std::string_view, 3> kAdditiveKeys = {"data", "tag", "exclude-tag"};

/// True when the command line gives `key` or an option that excludes it.
bool overridden(const CLI::App& app, std::string_view key,
                const std::vector<const CLI::Option*>& used) {
  if (std::find(kAdditiveKeys.begin(), kAdditiveKeys.end(), key) != kAdditiveKeys.end()) {
    return false;
  }
  std::vector<std::string_view> family{key};
  for (const auto& members : kOptionFamilies) {
    if (std::find(members.begin(), members.end(), key) != members.end()) {
      family.assign(members.begin(), members.end());
    }
  }
  for (const std::string_view member : family) {
    if (member.empty()) continue;
    const CLI::Option* option = app.get_option_no_throw("--" + std::string(member));
    if (std::find(used.begin(), used.end(), option) != used.end()) return true;
  }
  return false;
}

ConfigDefaults read_config(const CLI::App& app, const std::vector<std::string_view>& words,
                           Context& context) {
  ConfigDefaults defaults;
  const std::string& path = context.environment.config_path;
  if (path.empty()) return defaults;
  const auto type = context.files.stat(path);
  if (type && *type == PathType::missing) {
    // No file is the usual case; a link to nothing was made to hold settings (dotfiles),
    // so reading it below says where it leads.
    if (!context.files.dangling_link_target(path)) return defaults;
  } else if (!type || *type != PathType::file) {
    // Not silently: the user meant it to hold settings. Nor a FIFO: it would hang the
    // quote at login.
    const std::string why = !type                          ? type.error().reason
                            : *type == PathType::directory ? "a folder, not a file"
                                                           : "not a regular file";
    context.messages.write(fmt::format("{}: warning: {}; no settings read from it\n",
                                       escape_controls(path), escape_controls(why)));
    return defaults;
  }
  defaults.path = path;
  auto content = context.files.read(path);
  if (!content) {
    context.messages.write(fmt::format("{}: warning: {}; no settings read from it\n",
                                       escape_controls(path),
                                       escape_controls(content.error().reason)));
    return defaults;
  }
  ConfigFile config = parse_config(*content, path);
  for (Diagnostic& diagnostic : config.diagnostics) {
    diagnostic.severity = Severity::warning;
    context.messages.write(format_diagnostic(diagnostic) + "\n");
  }
  const auto used = options_used(app, words);
  for (const ConfigSetting& setting : config.settings) {
    auto warn = [&](std::string message) {
      context.messages.write(
          format_diagnostic({path, setting.position.line, setting.position.column,
                             Severity::warning, std::move(message)}) +
          "\n");
    };
    if (setting.key == "kind") {
      const std::string value = setting.values.empty() ? "" : setting.values.front();
      if (std::find(kDefaultKinds.begin(), kDefaultKinds.end(), value) == kDefaultKinds.end()) {
        warn(fmt::format("'kind' must be one of {}", fmt::join(kDefaultKinds, ", ")));
      } else {
        defaults.kind = value;
      }
      continue;
    }
    const std::string option = "--" + setting.key;
    if (setting.key.size() < 2 || app.get_option_no_throw(option) == nullptr) {
      warn(fmt::format("unknown key '{}'", setting.key));
      continue;
    }
    if (overridden(app, setting.key, used)) continue;  // the command line wins
    if (setting.values.empty()) {
      if (setting.enabled) defaults.arguments.push_back(option);
      continue;
    }
    for (const std::string& value : setting.values) {
      defaults.arguments.push_back(option);
      defaults.arguments.push_back(value);
    }
  }
  return defaults;
}

/// The command-line parser with its subcommands, and what runs each.
struct Parser {
  CLI::App app{std::string(kDescription), "lore"};
  CommonArgs common;
  Runner runner;
  std::vector<std::pair<CLI::App*, Runner>> commands;
};

/// A parser for `lore` with its own options; declare_commands adds the subcommands.
std::unique_ptr<Parser> make_parser() {
  auto parser = std::make_unique<Parser>();
  CLI::App& app = parser->app;
  app.set_version_flag("--version", "lore " LORE_VERSION);
  app.footer(
      footer("  lore\n  lore trivia --question\n  lore list --tag iconic\n"
             "  lore search -i hope"));
  app.require_subcommand(0, 1);
  // An option given twice (by config.toml, then on the command line) takes the last.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  parser->runner = setup_default(app, parser->common);
  return parser;
}

/// Declares the subcommands that `words` need (see commands_to_declare).
void declare_commands(Parser& parser, const std::vector<std::string_view>& words,
                      std::string_view default_kind) {
  for (const CommandSpec* spec : commands_to_declare(words, default_kind)) {
    CLI::App* sub = parser.app.add_subcommand(std::string(spec->name), std::string(spec->summary));
    sub->footer(footer(spec->examples));
    parser.commands.emplace_back(sub, spec->setup(*sub, parser.common));
  }
}

}  // namespace

Environment read_environment() {
  Environment environment;
  environment.color.stdout_is_terminal = is_terminal(STDOUT_FILENO);
  environment.color.term = environment_variable("TERM");
  environment.color.no_color = environment_variable("NO_COLOR");
  environment.color.clicolor_force = environment_variable("CLICOLOR_FORCE");
  environment.columns = parse_columns(environment_variable("COLUMNS"));
  if (environment.color.stdout_is_terminal)
    environment.terminal_width = terminal_width(STDOUT_FILENO);
  environment.today = local_today();
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

namespace {

/// Runs `runner`; a dataset index found damaged while it ran (before any output: a
/// command reads what it prints first) is removed and the command runs again, the
/// index rebuilt from the TOML; a second damaged index turns the cache off.
Expected<void, Error> run_recovering(const Runner& runner, Context& context) {
  for (int attempt = 0;; ++attempt) {
    try {
      return runner(context);
    } catch (const IndexDamaged& damage) {
      if (context.cache == nullptr || attempt >= 2) throw;
      context.cache->discard(damage.index_path());
      if (attempt == 1) context.cache->turn_off("an index was damaged twice in one run");
    }
  }
}

/// The runner that `parser` chose for what it parsed.
Runner chosen_runner(const Parser& parser, std::string_view default_kind) {
  Runner runner = parser.runner;
  for (const auto& [sub, sub_runner] : parser.commands) {
    if (sub->parsed() ||
        (parser.app.get_subcommands().empty() && sub->get_name() == default_kind)) {
      runner = sub_runner;
    }
  }
  return runner;
}

/// A parser with the subcommands `words` need.
std::unique_ptr<Parser> parser_for(const std::vector<std::string_view>& words,
                                   std::string_view default_kind) {
  std::unique_ptr<Parser> parser = make_parser();
  declare_commands(*parser, words, default_kind);
  return parser;
}

/// Parses the config's arguments (when `with_config`), then the command line's.
/// Throws CLI11's errors; `parser` then knows which help to print.
void parse(Parser& parser, const std::vector<std::string_view>& words,
           const ConfigDefaults& defaults, bool with_config) {
  std::vector<std::string> arguments;
  if (with_config) arguments = defaults.arguments;
  arguments.insert(arguments.end(), words.begin(), words.end());
  std::reverse(arguments.begin(), arguments.end());  // CLI11 takes them last first
  parser.app.parse(arguments);
}

}  // namespace

int run_app(int argc, const char* const* argv, Context& context) {
  // Before anything can fail: a warning, never an error, so the login quote still prints.
  for (const std::string& warning : context.environment.warnings) {
    context.messages.write(fmt::format("lore: warning: {}\n", escape_controls(warning)));
  }
  const std::vector<std::string_view> words(argv + 1, argv + argc);
  std::unique_ptr<Parser> parser = make_parser();
  const ConfigDefaults defaults = read_config(parser->app, words, context);
  declare_commands(*parser, words, defaults.kind);
  // A bad value in config.toml must not stop a quote at login: when the command fails
  // for the file's sake, say so and run the command line alone.
  auto ignore_config = [&](std::string_view why) {
    context.messages.write(
        fmt::format("{}: warning: ignored, because {}\n", defaults.path, escape_controls(why)));
  };
  bool with_config = !defaults.arguments.empty();
  try {
    try {
      parse(*parser, words, defaults, with_config);
    } catch (const CLI::ParseError& error) {
      if (!with_config || dynamic_cast<const CLI::Success*>(&error) != nullptr) throw;
      ignore_config(error.what());
      with_config = false;
      parser = parser_for(words, defaults.kind);
      parse(*parser, words, defaults, with_config);
    }
  } catch (const CLI::Success& success) {
    std::ostringstream out;
    std::ostringstream err;
    const int status = parser->app.exit(success, out, err);
    context.out.write(out.str());
    context.messages.write(err.str());
    auto written = finish_output(context.out);
    if (!written) return report_error(written.error(), context.messages);
    return status;
  } catch (const CLI::ParseError& error) {
    std::string message = unknown_command(parser->app, argc, argv).value_or(error.what());
    return report_error({ErrorKind::usage, std::move(message), {}}, context.messages);
  }

  auto result = run_recovering(chosen_runner(*parser, defaults.kind), context);
  if (!result && result.error().kind == ErrorKind::usage && with_config) {
    ignore_config(result.error().message);
    parser = parser_for(words, defaults.kind);
    try {
      parse(*parser, words, defaults, false);
    } catch (const CLI::ParseError& error) {
      return report_error({ErrorKind::usage, error.what(), {}}, context.messages);
    }
    result = run_recovering(chosen_runner(*parser, defaults.kind), context);
  }
  if (!result) return report_error(result.error(), context.messages);
  return kExitOk;
}

}  // namespace lore::cli
