#include "core/config_loader.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

#include "core/toml_guard.h"
#include "util/xdg.h"

namespace lore {

namespace {

std::optional<std::string> scalar_text(const toml::node& node) {
  if (const auto* text = node.as_string()) return text->get();
  if (const auto* number = node.as_integer()) return std::to_string(number->get());
  if (const auto* number = node.as_floating_point()) return fmt::format("{}", number->get());
  return std::nullopt;
}

}  // namespace

namespace {

SourcePosition position_of(const toml::key& key) {
  return {key.source().begin.line, key.source().begin.column};
}

/// The setting `key = node` in `table`, or a warning when its value is of no use.
void add_setting(ConfigFile& config, const std::string& path, std::string table,
                 const toml::key& key, const toml::node& node) {
  ConfigSetting setting;
  setting.table = std::move(table);
  setting.key = std::string(key.str());
  setting.position = position_of(key);
  auto warn = [&](std::string message) {
    config.diagnostics.push_back({path, setting.position.line, setting.position.column,
                                  Severity::warning, std::move(message)});
  };
  if (const auto* flag = node.as_boolean()) {
    setting.enabled = flag->get();
  } else if (auto text = scalar_text(node)) {
    setting.values.push_back(std::move(*text));
  } else if (const auto* array = node.as_array()) {
    for (const toml::node& item : *array) {
      if (auto item_text = scalar_text(item)) setting.values.push_back(std::move(*item_text));
    }
    if (setting.values.size() != array->size()) {
      return warn(fmt::format("'{}' takes strings or numbers only; ignored", setting.key));
    }
  } else if (node.is_table() && !setting.table.empty()) {
    return warn(
        fmt::format("'[{}.{}]' ignored: a table holds the settings of one command, "
                    "with no table in it",
                    setting.table, setting.key));
  } else {
    return warn(fmt::format("'{}' has a value of an unusable type; ignored", setting.key));
  }
  config.settings.push_back(std::move(setting));
}

}  // namespace

ConfigFile parse_config(std::string_view content, const std::string& path) {
  ConfigFile config;
  if (auto deep = check_toml_text(content)) {
    config.diagnostics.push_back(
        {path, deep->line, deep->column, Severity::error, std::move(deep->message)});
    return config;
  }
  toml::table root;
  try {
    root = toml::parse(content, std::string_view(path));
  } catch (const toml::parse_error& error) {
    const auto& begin = error.source().begin;
    config.diagnostics.push_back(
        {path, begin.line, begin.column, Severity::error, std::string(error.description())});
    return config;
  }
  for (auto&& [key, node] : root) {
    const toml::table* table = node.as_table();
    if (table == nullptr) {
      add_setting(config, path, "", key, node);
      continue;
    }
    config.tables.push_back({std::string(key.str()), position_of(key)});
    for (auto&& [inner_key, inner_node] : *table) {
      add_setting(config, path, std::string(key.str()), inner_key, inner_node);
    }
  }
  // toml++ keeps keys sorted; the file's order reads better in messages.
  auto by_position = [](const auto& a, const auto& b) {
    return std::pair(a.position.line, a.position.column) <
           std::pair(b.position.line, b.position.column);
  };
  std::stable_sort(config.settings.begin(), config.settings.end(), by_position);
  std::stable_sort(config.tables.begin(), config.tables.end(), by_position);
  std::stable_sort(config.diagnostics.begin(), config.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                   });
  return config;
}

std::string default_config_path(const std::optional<std::string>& xdg_config_home,
                                const std::optional<std::string>& home) {
  const std::string base = xdg_base(xdg_config_home, home, ".config");
  return base.empty() ? "" : base + "/lore/config.toml";
}

}  // namespace lore
