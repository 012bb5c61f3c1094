#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "commands/context.h"
#include "core/error.h"
#include "render/entry_printer.h"
#include "render/style.h"
#include "util/expected.h"
#include "util/output.h"

namespace lore {

/// How to print, before the environment is consulted.
struct DisplayOptions {
  OutputFormat format = OutputFormat::text;
  std::optional<EntryTemplate> entry_template;
  bool null_terminated = false;
  ColorMode color = ColorMode::automatic;
  std::optional<std::size_t> width;  ///< --width; 0 turns wrapping off.
  bool show_source = false;          ///< -c: each entry's DATASET:ID with it.
  bool escape_percent = false;       ///< --escape-percent: fortune's "%" lines as " %".
};

/// The print options that `display` and the environment give together: the width from
/// --width, else COLUMNS, else the terminal; colour by use_color().
PrintOptions resolve_print_options(const DisplayOptions& display, const Environment& environment);

/// A usage error unless `display` asks for text, json or jsonl with no template and no
/// NUL ends: what `command`, which prints no entries, can do. (Options given before a
/// subcommand are parsed by `lore` itself, which takes every format.)
Expected<void, Error> require_summary_format(const DisplayOptions& display,
                                             std::string_view command);

/// Prints and then reports any failure to write the output.
Expected<void, Error> finish_output(Output& out);

/// Prints `entries` to `context.out` as `print` says, then finish_output. In the
/// fortune format an entry with a line that is just "%" would become two cookies: that
/// is an invalid-data error naming each such entry at its FILE:LINE, and nothing is
/// printed; with --escape-percent those lines are written " %" and a warning says so
/// once on `context.messages`.
Expected<void, Error> print_and_finish(const std::vector<const Entry*>& entries,
                                       const PrintOptions& print, Context& context);

}  // namespace lore
