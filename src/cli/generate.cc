#include "cli/generate.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>

#include "commands/printing.h"

namespace lore::cli {

namespace {

/// The values lore itself knows, and the files, by option or positional: what the
/// completions ask lore for (with the --data, --no-default and --no-cache of the line).
/// An empty command means any.
struct CompleterRule {
  std::string_view command;
  std::string_view name;
  Completer completer;
  std::string_view only_after = {};
};

constexpr std::array kCompleters = {
    CompleterRule{"", "--data", Completer::files},
    CompleterRule{"", "--to", Completer::files},
    CompleterRule{"import", "--output", Completer::files},
    CompleterRule{"", "--dataset", Completer::datasets},
    CompleterRule{"", "--weight", Completer::weights},
    CompleterRule{"", "--tag", Completer::tags},
    CompleterRule{"", "--exclude-tag", Completer::tags},
    CompleterRule{"", "--speaker", Completer::speakers},
    CompleterRule{"", "--category", Completer::categories},
    CompleterRule{"", "--date", Completer::today},
    CompleterRule{"show", "ID", Completer::ids},
    CompleterRule{"validate", "PATH", Completer::files},
    CompleterRule{"import", "FILE", Completer::files},
    CompleterRule{"cache", "PATH", Completer::files, "build"},
};

/// "FORMAT:{text,json}" is "FORMAT"; CLI11 adds its checks' descriptions to the name.
std::string value_name_of(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  return type.substr(0, type.find(':'));
}

OptionModel model_of(const CLI::Option& option, std::string_view command) {
  OptionModel model;
  model.positional = !option.nonpositional();
  if (model.positional) {
    model.names.push_back(option.get_name(true));
  } else {
    for (const std::string& name : option.get_snames()) model.names.push_back("-" + name);
    for (const std::string& name : option.get_lnames()) model.names.push_back("--" + name);
  }
  if (option.get_type_size_max() > 0 && option.get_items_expected_max() > 0) {
    model.value_name = value_name_of(option);
  }
  model.description = option.get_description();
  model.group = option.get_group();
  model.choices = choices_of(option);
  model.repeated = option.get_items_expected_max() > 1;
  for (const CompleterRule& rule : kCompleters) {
    if (!rule.command.empty() && rule.command != command) continue;
    for (const std::string& name : model.names) {
      if (name == rule.name) {
        model.completer = rule.completer;
        model.only_after = rule.only_after;
      }
    }
  }
  return model;
}

CommandModel command_model(const CLI::App& app, std::string name) {
  CommandModel command{std::move(name), app.get_description(), {}, {}};
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    OptionModel model = model_of(*option, command.name);
    (model.positional ? command.positionals : command.options).push_back(std::move(model));
  }
  return command;
}

}  // namespace

std::vector<CommandModel> command_models(const CLI::App& app) {
  std::vector<CommandModel> commands{command_model(app, "")};
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    commands.push_back(command_model(*sub, sub->get_name()));
  }
  return commands;
}

Expected<void, Error> generate(const CLI::App& app, std::string_view what, Output& out) {
  const std::vector<CommandModel> commands = command_models(app);
  if (what == "bash") {
    out.write(bash_completion(commands));
  } else if (what == "fish") {
    out.write(fish_completion(commands));
  } else if (what == "man-options") {
    out.write(man_options(commands));
  } else {
    return usage_error("--generate takes bash, fish or man-options");
  }
  return finish_output(out);
}

std::vector<std::string> value_option_names(const std::vector<CommandModel>& commands) {
  std::vector<std::string> names;
  for (const CommandModel& command : commands) {
    for (const OptionModel& option : command.options) {
      if (!option.takes_value()) continue;
      for (const std::string& name : option.names) {
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
      }
    }
  }
  return names;
}

}  // namespace lore::cli
