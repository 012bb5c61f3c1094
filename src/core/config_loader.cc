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
    ConfigSetting setting;
    setting.key = std::string(key.str());
    setting.position = {key.source().begin.line, key.source().begin.column};
    if (const auto* flag = node.as_boolean()) {
      setting.enabled = flag->get();
    } else if (auto text = scalar_text(node)) {
      setting.values.push_back(std::move(*text));
    } else if (const auto* array = node.as_array()) {
      for (const toml::node& item : *array) {
        if (auto item_text = scalar_text(item)) setting.values.push_back(std::move(*item_text));
      }
      if (setting.values.size() != array->size()) {
        config.diagnostics.push_back(
            {path, setting.position.line, setting.position.column, Severity::warning,
             fmt::format("'{}' takes strings or numbers only; ignored", setting.key)});
        continue;
      }
    } else {
      config.diagnostics.push_back(
          {path, setting.position.line, setting.position.column, Severity::warning,
           fmt::format("'{}' has a value of an unusable type; ignored", setting.key)});
      continue;
    }
    config.settings.push_back(std::move(setting));
  }
  // toml++ keeps keys sorted; the file's order reads better in messages.
  std::stable_sort(config.settings.begin(), config.settings.end(),
                   [](const ConfigSetting& a, const ConfigSetting& b) {
                     return a.position.line < b.position.line;
                   });
  return config;
}

std::string default_config_path(const std::optional<std::string>& xdg_config_home,
                                const std::optional<std::string>& home) {
  const std::string base = xdg_base(xdg_config_home, home, ".config");
  return base.empty() ? "" : base + "/lore/config.toml";
}

}  // namespace lore
