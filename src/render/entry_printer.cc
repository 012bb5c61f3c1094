#include "render/entry_printer.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/dataset_writer.h"
#include "fortune/fortune_file.h"
#include "render/json_record.h"
#include "util/text_escape.h"
#include "util/utf8.h"

namespace lore {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  for (const OutputFormatInfo& info : kOutputFormats) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

const OutputFormatInfo& output_format_info(OutputFormat format) {
  for (const OutputFormatInfo& info : kOutputFormats) {
    if (info.format == format) return info;
  }
  return kOutputFormats.front();
}

namespace {

std::string tsv_record(const Entry& entry) {
  return fmt::format("{}\t{}\t{}\t{}", escape_tsv_field(entry.id), kind_name(entry.kind),
                     escape_tsv_field(entry.dataset != nullptr ? entry.dataset->id : ""),
                     escape_tsv_field(headline_text(entry)));
}

std::size_t widest_id(const std::vector<const Entry*>& entries, bool show_source) {
  std::size_t width = 0;
  for (const Entry* entry : entries) {
    const std::string dataset = entry->dataset != nullptr ? entry->dataset->id + ":" : ":";
    const std::string id = show_source ? dataset + std::string(entry->id) : std::string(entry->id);
    width = std::max(width, utf8::display_width(escape_controls(id)));
  }
  return width;
}

}  // namespace

DatasetInfo dataset_info_for(const std::vector<const Entry*>& entries) {
  const DatasetInfo* first = entries.empty() ? nullptr : entries.front()->dataset;
  const bool one_dataset =
      first != nullptr && std::all_of(entries.begin(), entries.end(),
                                      [&](const Entry* e) { return e->dataset == first; });
  if (one_dataset) return *first;
  DatasetInfo info;
  info.id = "export";
  info.title = "lore export";
  return info;
}

void print_entries(const std::vector<const Entry*>& entries, const PrintOptions& options,
                   Output& out) {
  const char terminator = options.null_terminated ? '\0' : '\n';
  const std::string_view end(&terminator, 1);
  if (options.entry_template) {
    for (const Entry* entry : entries) {
      out.write(options.entry_template->format(*entry));
      out.write(end);
    }
    return;
  }
  // A terminal sees the data's control characters escaped; a pipe gets its bytes.
  auto write = [&](std::string text) {
    out.write(options.to_terminal ? escape_controls(text) : text);
  };
  switch (options.format) {
    case OutputFormat::json: write(to_json_array(entries) + "\n"); return;
    case OutputFormat::jsonl:
      for (const Entry* entry : entries) {
        write(to_json(*entry));
        out.write(end);
      }
      return;
    case OutputFormat::tsv:
      for (const Entry* entry : entries) {
        out.write(tsv_record(*entry));
        out.write(end);
      }
      return;
    case OutputFormat::toml: write(write_dataset(dataset_info_for(entries), entries)); return;
    case OutputFormat::fortune: write(write_fortune(entries, options.fortune).text); return;
    case OutputFormat::text: break;
  }
  if (options.layout == TextLayout::line) {
    const std::size_t id_width = widest_id(entries, options.text.show_source);
    for (const Entry* entry : entries) {
      out.write(render_line(*entry, id_width, options.text));
      out.write(end);
    }
    return;
  }
  bool first = true;
  for (const Entry* entry : entries) {
    std::string text = render_text(*entry, options.text);
    if (options.null_terminated) {
      if (!text.empty() && text.back() == '\n') text.pop_back();
      out.write(text);
      out.write(end);
      continue;
    }
    if (!first) out.write("\n");
    out.write(text);
    first = false;
  }
}

std::vector<const Entry*> fortune_percent_lines(const std::vector<const Entry*>& entries,
                                                const PrintOptions& options) {
  if (options.format != OutputFormat::fortune || options.entry_template) return {};
  return write_fortune(entries, options.fortune).percent_lines;
}

}  // namespace lore
