#include "commands/printing.h"

#include <fmt/format.h>

#include <algorithm>

namespace lore {

PrintOptions resolve_print_options(const DisplayOptions& display, const Environment& environment) {
  PrintOptions options;
  options.format = display.format;
  options.entry_template = display.entry_template;
  options.null_terminated = display.null_terminated;
  if (display.width) {
    options.text.width = *display.width;
  } else if (environment.columns) {
    options.text.width = *environment.columns;
  } else if (environment.terminal_width) {
    options.text.width = *environment.terminal_width;
  }
  options.text.color = use_color(display.color, environment.color);
  options.text.show_source = display.show_source;
  options.to_terminal = environment.color.stdout_is_terminal;
  options.fortune.escape_percent = display.escape_percent;
  return options;
}

Expected<void, Error> require_summary_format(const DisplayOptions& display,
                                             std::string_view command) {
  const bool summary = display.format == OutputFormat::text ||
                       display.format == OutputFormat::json ||
                       display.format == OutputFormat::jsonl;
  if (summary && !display.entry_template && !display.null_terminated) return {};
  return usage_error(
      fmt::format("{} prints text, json or jsonl (no --template, no --null)", command));
}

Expected<void, Error> finish_output(Output& out) {
  auto finished = out.finish();
  if (!finished && out.reader_gone()) return failure(ErrorKind::reader_gone, "");
  if (!finished) {
    return failure(ErrorKind::output_failure,
                   fmt::format("cannot write to standard output: {}", finished.error()));
  }
  return {};
}

namespace {

std::string entry_name(const Entry& entry) {
  return entry.dataset != nullptr ? fmt::format("{}:{}", entry.dataset->id, entry.id)
                                  : std::string(entry.id);
}

}  // namespace

Expected<void, Error> print_and_finish(const std::vector<const Entry*>& entries,
                                       const PrintOptions& print, Context& context) {
  if (print.entry_template) {
    // The kinds that will be printed are known only now (show, search, list).
    std::vector<Kind> kinds;
    for (const Entry* entry : entries) {
      if (std::find(kinds.begin(), kinds.end(), entry->kind) == kinds.end()) {
        kinds.push_back(entry->kind);
      }
    }
    auto covered = print.entry_template->check(kinds);
    if (!covered) return usage_error(fmt::format("--template: {}", covered.error()));
  }
  const std::vector<const Entry*> split = fortune_percent_lines(entries, print);
  const std::size_t count = split.size();
  if (count > 0 && !print.fortune.escape_percent) {
    std::vector<Diagnostic> diagnostics;
    for (const Entry* entry : split) {
      diagnostics.push_back({entry->dataset != nullptr ? entry->dataset->path : "",
                             entry->position.line, entry->position.column, Severity::error,
                             fmt::format("entry '{}' has a line that is just '%', which would "
                                         "end its fortune cookie there",
                                         entry_name(*entry))});
    }
    return failure(ErrorKind::invalid_data,
                   fmt::format("{} {} would split in the fortune format; nothing was written "
                               "(--escape-percent writes such lines as ' %')",
                               count, count == 1 ? "entry" : "entries"),
                   std::move(diagnostics));
  }
  if (count > 0) {
    context.messages.write(fmt::format(
        "lore: warning: a line that is just '%' written as ' %' in {} {} (--escape-percent)\n",
        count, count == 1 ? "entry" : "entries"));
  }
  print_entries(entries, print, context.out);
  return finish_output(context.out);
}

}  // namespace lore
