#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace lore::cli {

/// The widest --help line: a terminal's usual width, as man pages are written for.
inline constexpr std::size_t kHelpWidth = 80;

/// `name`, then `description` wrapped into the columns from `column` to kHelpWidth;
/// a name too wide for its column has the description start on the next line.
std::string help_entry(std::string_view name, std::string_view description, std::size_t column);

/// `text` wrapped at kHelpWidth, each line ending in a newline.
std::string help_paragraph(std::string_view text);

/// An option's value name as --help shows it ("FORMAT"), without the descriptions of
/// its checks that CLI11 adds ("FORMAT:{text,json}"); empty for a flag.
std::string value_name(const CLI::Option& option);

/// --help laid out as a man page's summary: within 80 columns, each option with the
/// name of the value to type (N, WHEN, FORMAT) and no parser type names; the values an
/// option takes are in its description, in words.
class HelpFormatter : public CLI::Formatter {
 public:
  HelpFormatter();
  std::string make_help(const CLI::App* app, std::string name,
                        CLI::AppFormatMode mode) const override;
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_opts(const CLI::Option* option) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
  std::string make_description(const CLI::App* app) const override;

 private:
  /// The options by group, one blank line between groups (CLI11's make_groups, which
  /// is not virtual, leaves two).
  std::string option_groups(const CLI::App* app, CLI::AppFormatMode mode) const;
};

}  // namespace lore::cli
