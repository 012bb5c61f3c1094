#include "core/config_loader.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <variant>

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

/// The most slips a file may have before none of it is trusted.
constexpr std::size_t kMaxSlips = 20;

/// The tree of `text`, or the first slip that stops its parse.
std::variant<toml::table, Diagnostic> parse_text(std::string_view text, const std::string& path) {
  if (auto deep = check_toml_text(text)) {
    return Diagnostic{path, deep->line, deep->column, Severity::error, std::move(deep->message)};
  }
  try {
    return toml::parse(text, std::string_view(path));
  } catch (const toml::parse_error& error) {
    const auto& begin = error.source().begin;
    return Diagnostic{path, begin.line, begin.column, Severity::error,
                      std::string(error.description())};
  }
}

bool is_blank_line(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

/// Blanks line `line` of `text` (spaces, so every other position stays), or, for a
/// table header, the table up to the next header, whose keys would otherwise land in
/// the table before it. Says what was left out; nothing when the line is blank already
/// (a slip that blanking cannot mend, such as a string left open to the end).
std::optional<std::string> leave_out(std::string& text, std::size_t line) {
  auto [begin, end] = line_range(text, line);
  const std::string_view first(text.data() + begin, end - begin);
  if (is_blank_line(first)) return std::nullopt;
  const bool header = first[first.find_first_not_of(" \t")] == '[';
  std::size_t last = line;
  if (header) {
    // On to the line before the next header, or the end.
    for (std::size_t next_begin = end + 1; next_begin < text.size(); ++last) {
      const std::size_t next_end = std::min(text.find('\n', next_begin), text.size());
      const std::string_view next_line(text.data() + next_begin, next_end - next_begin);
      const std::size_t start = next_line.find_first_not_of(" \t");
      if (start != std::string_view::npos && next_line[start] == '[') break;
      end = next_end;
      next_begin = next_end + 1;
    }
  }
  std::replace_if(
      text.begin() + static_cast<std::ptrdiff_t>(begin),
      text.begin() + static_cast<std::ptrdiff_t>(end), [](char c) { return c != '\n'; }, ' ');
  if (!header) return "the line is left out";
  if (last == line) return "the table header is left out";
  return fmt::format("the table is left out (lines {}-{})", line, last);
}

}  // namespace

ConfigFile parse_config(std::string_view content, const std::string& path) {
  ConfigFile config;
  std::string text(content);
  toml::table root;
  // A slip in the TOML costs its own line (or the table a bad header opens), not the
  // file: each is left out with a warning and the rest parsed again.
  for (std::size_t slips = 0;; ++slips) {
    auto parsed = parse_text(text, path);
    if (auto* tree = std::get_if<toml::table>(&parsed)) {
      root = std::move(*tree);
      break;
    }
    auto* slip = &std::get<Diagnostic>(parsed);
    // Something left open to the end of the file (a string, an array) started on some
    // line before: no one line can be left out for it.
    const bool mendable =
        slips < kMaxSlips && slip->message.find("end-of-file") == std::string::npos;
    const auto [begin, end] = line_range(text, slip->line);
    slip->message =
        describe_toml_error(std::string_view(text).substr(begin, end - begin), slip->message);
    const std::optional<std::string> left_out =
        mendable ? leave_out(text, slip->line) : std::nullopt;
    if (!left_out) {
      slip->message += "; no settings read from this file";
      config.diagnostics.push_back(std::move(*slip));
      return config;
    }
    slip->severity = Severity::warning;
    slip->message += "; " + *left_out;
    config.diagnostics.push_back(std::move(*slip));
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
