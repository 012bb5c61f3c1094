#include "cli/help_formatter.h"

#include "util/text_wrap.h"
#include "util/utf8.h"

namespace lore::cli {

namespace {

/// Where descriptions start: room for "  --color,--colour WHEN".
constexpr std::size_t kDescriptionColumn = 26;

}  // namespace

std::string help_paragraph(std::string_view text) {
  std::string out;
  for (const LineRange& line : wrap_text(text, kHelpWidth)) {
    out += text.substr(line.begin, line.end - line.begin);
    out += '\n';
  }
  return out;
}

std::string help_entry(std::string_view name, std::string_view description, std::size_t column) {
  std::string out = "  ";
  out += name;
  const std::size_t used = 2 + utf8::display_width(name);
  const std::vector<LineRange> lines = wrap_text(description, kHelpWidth - column);
  if (lines.empty()) return out + "\n";
  if (used + 1 > column) {
    out += '\n';
    out += std::string(column, ' ');
  } else {
    out += std::string(column - used, ' ');
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += std::string(column, ' ');
    out += description.substr(lines[i].begin, lines[i].end - lines[i].begin);
    out += '\n';
  }
  return out;
}

std::string value_name(const CLI::Option& option) {
  if (option.get_type_size_max() == 0 || option.get_items_expected_max() == 0) return {};
  const std::string type = option.get_type_name();
  return type.substr(0, type.find(':'));
}

HelpFormatter::HelpFormatter() {
  column_width(kDescriptionColumn);
  label("Positionals", "Arguments");
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string name,
                                     CLI::AppFormatMode mode) const {
  if (mode == CLI::AppFormatMode::Sub) return make_expanded(app);
  return make_description(app) + make_usage(app, name) + make_positionals(app) +
         option_groups(app, mode) + make_subcommands(app, mode) + make_footer(app);
}

std::string HelpFormatter::option_groups(const CLI::App* app, CLI::AppFormatMode mode) const {
  std::string out;
  for (const std::string& group : app->get_groups()) {
    if (group.empty()) continue;
    const std::vector<const CLI::Option*> options =
        app->get_options([&](const CLI::Option* option) {
          return option->get_group() == group && option->nonpositional() &&
                 (mode != CLI::AppFormatMode::Sub || app->get_help_ptr() != option);
        });
    if (!options.empty()) out += make_group(group, false, options);
  }
  return out;
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
  std::string name = make_option_name(option, is_positional) + make_option_opts(option);
  return help_entry(name, make_option_desc(option), get_column_width());
}

std::string HelpFormatter::make_option_opts(const CLI::Option* option) const {
  if (!option->nonpositional()) {
    // A positional's name is what to type; "..." when it takes every word left.
    return option->get_items_expected_max() > 1 ? "..." : "";
  }
  const std::string value = value_name(*option);
  return value.empty() ? "" : " " + value;
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
  return help_entry(sub->get_name(), sub->get_description(), get_column_width());
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
  const std::string& description = app->get_description();
  return description.empty() ? "" : help_paragraph(description);
}

}  // namespace lore::cli
