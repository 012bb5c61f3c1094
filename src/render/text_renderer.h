#pragma once

#include <cstddef>
#include <string>

#include "core/entry.h"

namespace lore {

class TextSearch;

/// How entries look as text.
struct TextOptions {
  std::size_t width = 0;  ///< 0: no wrapping.
  bool color = false;
  bool ask_questions = false;             ///< Trivia as its question, the answer beneath.
  const TextSearch* highlight = nullptr;  ///< Matches to show when colour is on.
  bool show_source = false;               ///< Each entry's DATASET:ID with it (-c).
};

/// An entry in full, as a person reads it: a quote with its attribution line, a fact,
/// a scene or egg under its title. Every line ends in '\n'.
std::string render_text(const Entry& entry, const TextOptions& options);

/// An entry on one line for `lore list`: its id padded to `id_width`, its kind and a
/// summary, cut with an ellipsis to fit the width. No trailing newline.
std::string render_line(const Entry& entry, std::size_t id_width, const TextOptions& options);

/// What names an entry in a list: a scene's or egg's title, else its body, whole and
/// as in the data (TSV's fourth column).
std::string_view headline_text(const Entry& entry);

/// The one-line summary of an entry: headline_text(), first line only.
std::string_view summary_text(const Entry& entry);

/// summary_text() with its controls escaped, for a terminal.
std::string summarize(const Entry& entry);

}  // namespace lore
