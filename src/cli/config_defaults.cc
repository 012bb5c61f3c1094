#include "cli/config_defaults.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>

#include "cli/choices.h"
#include "core/config_loader.h"
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

}  // namespace

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

}  // namespace lore::cli
