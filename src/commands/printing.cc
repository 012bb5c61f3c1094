#include "commands/printing.h"

#include <fmt/format.h>

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

}  // namespace lore
