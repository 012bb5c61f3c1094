#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/entry.h"
#include "util/expected.h"

namespace lore {

/// A user's `--template`: text with fmt-style named fields such as "{id}: {text}"
/// (format specs allowed, "{{" and "}}" for braces, \t, \n and \\ for a tab, a newline
/// and a backslash), and shell-style defaults: "{speaker:-anonymous}" prints
/// "anonymous" where the entry has no speaker or it is empty. A spec that starts with
/// '-' and an alignment ("{id:-^10}") is a spec filled with '-', not a default.
/// Checked when parsed, so an unknown field, a width above kMaxWidth
/// (util/text_wrap.h) or a field nested in a format spec is an error before anything
/// is printed; so is a field (with no default) that a kind to be printed does not
/// have, once those kinds are known.
class EntryTemplate {
 public:
  /// The template for entries of `kinds`, or a message that names what is wrong with
  /// it. Empty `kinds`: the command may print any kind, and which it will is known
  /// only once entries are chosen (check()).
  static Expected<EntryTemplate, std::string> parse(std::string_view text,
                                                    std::span<const Kind> kinds = {});

  /// Whether entries of `kinds` have every field used without a default: the message
  /// names each kind that lacks one, with that kind's fields.
  Expected<void, std::string> check(std::span<const Kind> kinds) const;

  /// The entry through the template. A field the entry lacks or has empty is its
  /// default, else empty; lists are joined with ", "; controls in dataset text are
  /// escaped.
  std::string format(const Entry& entry) const;

  /// One piece of a template: literal text, or a field.
  struct Part {
    std::string literal;                  ///< Escapes and doubled braces already read.
    std::string field;                    ///< Empty for literal text.
    std::string spec;                     ///< The fmt format spec after ':', if any.
    std::optional<std::string> fallback;  ///< "{name:-TEXT}": TEXT.
  };

 private:
  explicit EntryTemplate(std::vector<Part> parts) : parts_(std::move(parts)) {}
  std::vector<Part> parts_;
};

/// Every name a template may use: kind, dataset, summary and every field of every kind.
std::vector<std::string_view> template_field_names();

/// The names a template may use for entries of `kind`: kind, dataset, summary and the
/// kind's own fields.
std::vector<std::string_view> template_field_names(Kind kind);

/// What {summary} prints: a quote's or egg's text, a trivia fact, a scene's title and
/// description ("TITLE: DESCRIPTION"), controls not yet escaped.
std::string template_summary(const Entry& entry);

}  // namespace lore
