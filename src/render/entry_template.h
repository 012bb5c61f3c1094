#pragma once

#include <string>
#include <string_view>

#include "core/entry.h"
#include "util/expected.h"

namespace lore {

/// A user's `--template`: text with fmt-style named fields such as "{id}: {text}"
/// (format specs allowed, "{{" and "}}" for braces). Checked once when parsed, so an
/// unknown field, a width above kMaxWidth (util/text_wrap.h) or a field nested in a format spec is
/// an error before anything is printed.
class EntryTemplate {
 public:
  /// The template, or a message that names what is wrong with it.
  static Expected<EntryTemplate, std::string> parse(std::string_view text);

  /// The entry through the template. A field the entry lacks is empty; lists are
  /// joined with ", "; controls in dataset text are escaped.
  std::string format(const Entry& entry) const;

 private:
  explicit EntryTemplate(std::string text) : text_(std::move(text)) {}
  std::string text_;
};

/// Every name a template may use: kind, dataset and every field of every kind.
std::vector<std::string_view> template_field_names();

}  // namespace lore
