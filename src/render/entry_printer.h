#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "core/entry.h"
#include "fortune/fortune_file.h"
#include "render/entry_template.h"
#include "render/text_renderer.h"
#include "util/output.h"

namespace lore {

enum class OutputFormat { text, json, jsonl, tsv, toml, fortune };

/// One output format: the name --format takes, and what it gives.
struct OutputFormatInfo {
  OutputFormat format;
  std::string_view name;
  std::string_view description;
  bool whole_file;  ///< One document for every entry (json, toml, fortune): no NUL ends.
  bool per_entry;   ///< Only for entries (tsv, toml, fortune): not for summaries (info).
};

/// Every output format, in the order --help lists them: the one table of their names.
inline constexpr std::array<OutputFormatInfo, 6> kOutputFormats = {{
    {OutputFormat::text, "text", "Wrapped text", false, false},
    {OutputFormat::json, "json", "A JSON array", true, false},
    {OutputFormat::jsonl, "jsonl", "A JSON object a line", false, false},
    {OutputFormat::tsv, "tsv", "id, kind, dataset, text", false, true},
    {OutputFormat::toml, "toml", "A lore dataset", true, true},
    {OutputFormat::fortune, "fortune", "A fortune file", true, true},
}};

/// The format named `name` in kOutputFormats.
std::optional<OutputFormat> parse_output_format(std::string_view name);

/// The entry of kOutputFormats for `format`.
const OutputFormatInfo& output_format_info(OutputFormat format);

/// Text entries in full, or one line each (`lore list`).
enum class TextLayout { full, line };

/// Everything that decides how entries are printed, validated by the command line.
struct PrintOptions {
  OutputFormat format = OutputFormat::text;
  std::optional<EntryTemplate> entry_template;  ///< Wins over the format.
  bool null_terminated = false;                 ///< End each entry with NUL, not newline.
  TextLayout layout = TextLayout::full;
  TextOptions text;
  /// Standard output is a terminal: formats that keep the data's bytes (json, toml,
  /// fortune) show control characters escaped there, as text does.
  bool to_terminal = false;
  FortuneWriteOptions fortune;  ///< How the fortune format writes cookies.
};

/// The [dataset] table for a file of `entries`: their dataset's own when they all come
/// from one, else a dataset named "export".
DatasetInfo dataset_info_for(const std::vector<const Entry*>& entries);

/// Prints `entries` to `out` as `options` say. In full text, entries are separated by a
/// blank line; toml writes one whole dataset (see dataset_info_for); fortune writes
/// cookies between "%" lines (write_fortune: a caller refuses entries with a line that
/// is just "%" before, see fortune_percent_lines); every other form ends each entry with
/// a newline (or NUL).
void print_entries(const std::vector<const Entry*>& entries, const PrintOptions& options,
                   Output& out);

/// The entries that the fortune format would write with a line that is just "%", which
/// splits a cookie in two unless `options.fortune.escape_percent` writes it " %"; none
/// for any other format or a template.
std::vector<const Entry*> fortune_percent_lines(const std::vector<const Entry*>& entries,
                                                const PrintOptions& options);

}  // namespace lore
