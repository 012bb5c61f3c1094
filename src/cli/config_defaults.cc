#include "cli/config_defaults.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <set>

#include "cli/choices.h"
#include "cli/parser.h"
#include "util/edit_distance.h"
#include "util/text_escape.h"

namespace lore::cli {

namespace {

/// Options that exclude each other: a config default yields to any of its family
/// given on the command line.
constexpr std::array<std::array<std::string_view, 3>, 4> kOptionFamilies = {{
    {"short", "long", ""},
    {"count", "all", ""},
    {"format", "template", ""},
    {"seed", "daily", "date"},
}};

/// Lists that a config file extends rather than sets: its datasets and tags stay when
/// the command line adds its own.
constexpr std::array<std::string_view, 3> kAdditiveKeys = {"data", "tag", "exclude-tag"};

/// Long options that no setting may give, and why: on every run they would answer with
/// help instead of the command, or write over a file.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kRefusedKeys = {{
    {"help", "it would print help instead of running the command"},
    {"version", "it would print the version instead of running the command"},
    {"to", "it names a file to write; give it on the command line"},
    {"output", "it names a file to write; give it on the command line"},
}};

std::optional<std::string_view> refusal(std::string_view key) {
  for (const auto& [name, why] : kRefusedKeys) {
    if (name == key) return why;
  }
  return std::nullopt;
}

/// A long option that a key may set: declared with a long name, shown in help (not
/// --generate), and not refused.
bool settable(const CLI::Option& option) {
  if (option.get_lnames().empty() || option.get_group().empty()) return false;
  return std::none_of(option.get_lnames().begin(), option.get_lnames().end(),
                      [](const std::string& name) { return refusal(name).has_value(); });
}

/// The option of `app` that `key` sets (an alias, such as `colour`, too), or null.
CLI::Option* option_for(CLI::App& app, std::string_view key) {
  if (key.size() < 2 || key.front() == '-') return nullptr;
  CLI::Option* option = app.get_option_no_throw("--" + std::string(key));
  return option != nullptr && settable(*option) ? option : nullptr;
}

bool is_flag(const CLI::Option& option) {
  return option.get_expected_max() == 0;
}

CLI::App& command_app(Parser& parser, std::string_view command) {
  for (const auto& [sub, prepare] : parser.commands) {
    if (sub->get_name() == command) return *sub;
  }
  return parser.app;
}

Preparer preparer_of(const Parser& parser, std::string_view command) {
  for (const auto& [sub, prepare] : parser.commands) {
    if (sub->get_name() == command) return prepare;
  }
  return parser.prepare;
}

SettingOrigin origin_of(const ConfigSetting& setting, const std::string& path) {
  return {path, setting.position.line, setting.position.column, setting.key};
}

/// Gives `setting` to the parsed `parser`'s option for `command`, as if given after the
/// command line, and notes where it came from. Throws CLI11's error for a value it
/// refuses (which may leave part of it in the parser's storage).
void give(Parser& parser, std::string_view command, const ConfigSetting& setting,
          const std::string& path) {
  CLI::Option* option = option_for(command_app(parser, command), setting.key);
  if (option == nullptr) return;
  if (setting.values.empty() && !setting.enabled) return;  // a false flag: not there
  // An option the command line gave too is one that adds up (data, tag): its values
  // went in one by one (each()) as they were parsed, so the callback runs on the
  // file's values alone; the command line's are put back after, for count().
  const CLI::results_t given = option->results();
  option->clear();
  if (setting.values.empty()) {
    option->add_result("true");
  } else {
    for (const std::string& value : setting.values) option->add_result(value);
  }
  option->run_callback();
  for (const std::string& value : given) option->add_result(value);
  parser.common.from_config.push_back({origin_of(setting, path), setting.values.size()});
}

/// Warns that `setting` is left out, and why.
void warn_ignored(const ConfigSetting& setting, const std::string& path, std::string_view why,
                  Context& context) {
  context.messages.write(format_diagnostic(origin_of(setting, path).ignored_because(why)) + "\n");
}

/// Prepares `command` on parsers that `fresh` makes, with as many of `settings` as can be
/// given: one that CLI11 refuses, or that makes the preparation fail (alone, or with
/// those before it, or with the command line), is warned of and left out.
struct Settled {
  std::unique_ptr<Parser> parser;
  Expected<Command, Error> command;
  std::vector<ConfigSetting> kept;
};

Settled settle(std::unique_ptr<Parser> first, const ParserFactory& fresh, std::string_view command,
               const std::vector<ConfigSetting>& settings, const std::string& path,
               Context& context) {
  auto given_all = [&](const std::vector<ConfigSetting>& kept) {
    std::unique_ptr<Parser> parser = fresh();
    for (const ConfigSetting& setting : kept) give(*parser, command, setting, path);
    return parser;
  };
  // At once, as nearly always.
  std::vector<ConfigSetting> kept;
  std::unique_ptr<Parser> parser = std::move(first);
  bool refused = false;
  for (const ConfigSetting& setting : settings) {
    try {
      give(*parser, command, setting, path);
      kept.push_back(setting);
    } catch (const CLI::ParseError& error) {
      warn_ignored(setting, path, error.what(), context);
      refused = true;
    }
  }
  if (refused) parser = given_all(kept);  // nothing of a refused value may stay
  auto prepared = preparer_of(*parser, command)(context.environment);
  if (prepared) return {std::move(parser), std::move(prepared), std::move(kept)};
  // Some setting spoils the preparation: keep each in turn that does not.
  std::vector<ConfigSetting> fine;
  for (const ConfigSetting& setting : kept) {
    std::unique_ptr<Parser> trial = given_all(fine);
    give(*trial, command, setting, path);
    auto tried = preparer_of(*trial, command)(context.environment);
    if (tried) {
      fine.push_back(setting);
    } else {
      warn_ignored(setting, path, tried.error().message, context);
    }
  }
  parser = given_all(fine);
  prepared = preparer_of(*parser, command)(context.environment);
  return {std::move(parser), std::move(prepared), std::move(fine)};
}

/// True when the command line gives `key`, or an option that excludes it, on `lore` or
/// on `command`.
bool overridden(Parser& parser, std::string_view command, std::string_view key) {
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
    for (CLI::App* app : {&parser.app, &command_app(parser, command)}) {
      const CLI::Option* option = app->get_option_no_throw("--" + std::string(member));
      if (option != nullptr && option->count() > 0) return true;
    }
  }
  return false;
}

/// Every key, computed once a run needs it (a key the command does not take).
class KnownKeys {
 public:
  const std::map<std::string, std::vector<std::string>>& get() {
    if (!keys_) keys_ = config_keys();
    return *keys_;
  }

 private:
  std::optional<std::map<std::string, std::vector<std::string>>> keys_;
};

std::string unknown_key_message(const ConfigSetting& setting, KnownKeys& known) {
  std::vector<std::string_view> names;
  for (const auto& [key, commands] : known.get()) names.push_back(key);
  // A letter or two is too little to guess from.
  const auto nearest =
      setting.key.size() < 3 ? std::vector<std::string>{} : nearest_words(setting.key, names, 1);
  const std::string hint =
      nearest.empty() ? "" : fmt::format(" (did you mean '{}'?)", nearest.front());
  if (setting.table.empty()) return fmt::format("unknown key '{}'{}", setting.key, hint);
  const auto found = known.get().find(setting.key);
  if (found != known.get().end()) {
    return fmt::format("'{}' is not an option of {}; it is one of {}", setting.key, setting.table,
                       fmt::join(found->second, ", "));
  }
  return fmt::format("unknown key '{}' in [{}]{}", setting.key, setting.table, hint);
}

/// Whether `setting` has the shape of `option`'s values, else why not.
std::optional<std::string> shape_problem(const ConfigSetting& setting, const CLI::Option& option) {
  if (is_flag(option)) {
    if (!setting.values.empty()) return fmt::format("'{}' takes true or false", setting.key);
    return std::nullopt;
  }
  if (setting.values.empty()) {
    return fmt::format("'{}' takes a value, not true or false", setting.key);
  }
  if (setting.values.size() > 1 &&
      option.get_multi_option_policy() != CLI::MultiOptionPolicy::TakeAll) {
    return fmt::format("'{}' takes one value, not a list", setting.key);
  }
  return std::nullopt;
}

}  // namespace

Config read_config(Context& context) {
  Config config;
  const std::string& path = context.environment.config_path;
  if (path.empty()) return config;
  const auto type = context.files.stat(path);
  if (type && *type == PathType::missing) {
    // No file is the usual case; a link to nothing was made to hold settings (dotfiles),
    // so reading it below says where it leads.
    if (!context.files.dangling_link_target(path)) return config;
  } else if (!type || *type != PathType::file) {
    // Not silently: the user meant it to hold settings. Nor a FIFO: it would hang the
    // quote at login.
    const std::string why = !type                          ? type.error().reason
                            : *type == PathType::directory ? "a folder, not a file"
                                                           : "not a regular file";
    context.messages.write(fmt::format("{}: warning: {}; no settings read from it\n",
                                       escape_controls(path), escape_controls(why)));
    return config;
  }
  auto content = context.files.read(path);
  if (!content) {
    context.messages.write(fmt::format("{}: warning: {}; no settings read from it\n",
                                       escape_controls(path),
                                       escape_controls(content.error().reason)));
    return config;
  }
  config.path = path;
  ConfigFile file = parse_config(*content, path);
  for (Diagnostic& diagnostic : file.diagnostics) {
    diagnostic.severity = Severity::warning;
    context.messages.write(format_diagnostic(diagnostic) + "\n");
  }
  config.tables = std::move(file.tables);
  config.settings = std::move(file.settings);
  return config;
}

std::map<std::string, std::vector<std::string>> config_keys() {
  std::unique_ptr<Parser> parser = make_parser();
  declare_commands(*parser, {"--help"});  // every subcommand
  std::map<std::string, std::vector<std::string>> keys;
  std::vector<std::pair<std::string, const CLI::App*>> apps{{"lore", &parser->app}};
  for (const auto& [sub, prepare] : parser->commands) apps.emplace_back(sub->get_name(), sub);
  for (const auto& [name, app] : apps) {
    for (const CLI::Option* option : app->get_options()) {
      if (!settable(*option)) continue;
      keys[option->get_lnames().front()].push_back(name);
    }
  }
  return keys;
}

std::vector<ConfigSetting> usable_settings(const Config& config, std::string_view command,
                                           Context& context) {
  if (config.path.empty()) return {};
  const std::string& path = config.path;
  KnownKeys known;
  std::vector<std::string_view> commands;
  for (const CommandSpec& spec : command_table()) commands.push_back(spec.name);
  for (const ConfigTable& table : config.tables) {
    if (std::find(commands.begin(), commands.end(), table.name) != commands.end()) continue;
    const auto nearest = nearest_words(table.name, commands, 1);
    context.messages.write(
        format_diagnostic(
            {path, table.position.line, table.position.column, Severity::warning,
             fmt::format(
                 "unknown table '[{}]'{}: a table holds the settings of one command", table.name,
                 nearest.empty() ? "" : fmt::format(" (did you mean '[{}]'?)", nearest.front()))}) +
        "\n");
  }
  // The command's table wins over the top level, key by key.
  auto in_table = [&](const std::string& key) {
    return !command.empty() &&
           std::any_of(config.settings.begin(), config.settings.end(),
                       [&](const ConfigSetting& s) { return s.table == command && s.key == key; });
  };
  std::unique_ptr<Parser> scratch = parser_for_command(command);
  CLI::App& app = command_app(*scratch, command);
  std::vector<ConfigSetting> candidates;
  for (const ConfigSetting& setting : config.settings) {
    const bool top_level = setting.table.empty();
    if (!top_level && setting.table != command) continue;
    if (top_level && in_table(setting.key)) continue;
    auto warn = [&](std::string message) {
      context.messages.write(
          format_diagnostic({path, setting.position.line, setting.position.column,
                             Severity::warning, std::move(message)}) +
          "\n");
    };
    if (const auto why = refusal(setting.key)) {
      warn(fmt::format("'{}' cannot be set in config.toml: {}", setting.key, *why));
      continue;
    }
    const CLI::Option* option = option_for(app, setting.key);
    if (option == nullptr) {
      // Another command's option: it applies when that command runs.
      if (top_level && known.get().contains(setting.key)) continue;
      warn(unknown_key_message(setting, known));
      continue;
    }
    // What `lore add` writes into an entry comes from its own table only: a top-level
    // `tag` or `speaker` is a filter, not something to put in every entry added.
    if (top_level && option->get_group() == kEntryFieldsGroup) continue;
    if (const auto problem = shape_problem(setting, *option)) {
      warn(*problem + "; ignored");
      continue;
    }
    candidates.push_back(setting);
  }
  if (candidates.empty()) return {};
  const ParserFactory fresh = [&] { return parser_for_command(command); };
  return settle(std::move(scratch), fresh, command, candidates, path, context).kept;
}

Expected<Prepared, Error> prepare_with_settings(std::unique_ptr<Parser> parsed,
                                                const ParserFactory& fresh,
                                                std::string_view command,
                                                const std::vector<ConfigSetting>& settings,
                                                const std::string& config_path, Context& context) {
  std::unique_ptr<Parser> alone = std::move(parsed);
  auto prepared = preparer_of(*alone, command)(context.environment);
  LORE_TRY(prepared);  // the command line's own error, config.toml aside
  std::vector<ConfigSetting> left;
  for (const ConfigSetting& setting : settings) {
    if (!overridden(*alone, command, setting.key)) left.push_back(setting);
  }
  if (left.empty()) return Prepared{std::move(alone), std::move(*prepared)};
  Settled settled = settle(std::move(alone), fresh, command, left, config_path, context);
  LORE_TRY(settled.command);
  return Prepared{std::move(settled.parser), std::move(*settled.command)};
}

}  // namespace lore::cli
