#include "render/entry_template.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <variant>

#include "core/schema.h"
#include "util/text_escape.h"
#include "util/text_wrap.h"

namespace lore {

namespace {

using ArgStore = fmt::dynamic_format_arg_store<fmt::format_context>;

/// One field of a template, "{name}" or "{name:spec}", as written.
struct FieldReference {
  std::string_view name;
  std::string_view rest;  ///< What follows the name: ":spec", "!conversion" or nothing.
};

/// How the specs of each type of field look, for messages about a bad one.
constexpr std::string_view kTextSpecs =
    "text takes [[fill]align][width][.precision], as in {id:>12} or {text:.40}";
constexpr std::string_view kNumberSpecs =
    "a number takes [[fill]align][sign][#][0][width][type d, x, X, o or b], as in {order:03}";

/// The name a '{' that is never closed begins: the letters after it, if any.
std::string_view name_after(std::string_view text) {
  const std::size_t end = text.find_first_not_of("abcdefghijklmnopqrstuvwxyz_");
  return text.substr(0, end);
}

/// Where the field opened at `open` ends: its '}', past any field nested in its spec
/// (which check_field then refuses by name); npos when it never closes.
std::size_t closing_brace(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t pos = open; pos < text.size(); ++pos) {
    if (text[pos] == '{') ++depth;
    if (text[pos] == '}' && --depth == 0) return pos;
  }
  return std::string_view::npos;
}

/// Every field of `text`, skipping "{{" and "}}"; an error for a '{' never closed or a
/// '}' that closes nothing, as fmt would refuse them but without saying where.
Expected<std::vector<FieldReference>, std::string> field_references(std::string_view text) {
  std::vector<FieldReference> fields;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const bool doubled = pos + 1 < text.size() && text[pos + 1] == text[pos];
    if (text[pos] == '}') {
      if (!doubled)
        return unexpected(std::string("a '}' that closes no field; '}}' writes a brace"));
      ++pos;
      continue;
    }
    if (text[pos] != '{') continue;
    if (doubled) {
      ++pos;
      continue;
    }
    const std::size_t close = closing_brace(text, pos);
    if (close == std::string_view::npos) {
      const std::string_view name = name_after(text.substr(pos + 1));
      if (name.empty()) return unexpected(std::string("'{' is never closed; '{{' writes a brace"));
      return unexpected(fmt::format("field '{}' is never closed: '{{{}' needs a '}}'", name, name));
    }
    const std::string_view inside = text.substr(pos + 1, close - pos - 1);
    const std::size_t rest = std::min(inside.find_first_of(":!"), inside.size());
    fields.push_back({inside.substr(0, rest), inside.substr(rest)});
    pos = close;
  }
  return fields;
}

/// True for a field that holds a number in some kind (`order`).
bool is_integer_field(std::string_view name) {
  for (const Kind kind : kAllKinds) {
    const FieldSpec* field = find_field(kind, name);
    if (field != nullptr && field->type == FieldType::integer) return true;
  }
  return false;
}

/// A width or precision in `spec` above kMaxWidth, which would allocate without limit.
std::optional<std::string_view> too_wide(std::string_view spec) {
  for (std::size_t pos = 0; pos < spec.size();) {
    if (spec[pos] < '0' || spec[pos] > '9') {
      ++pos;
      continue;
    }
    const std::size_t end = std::min(spec.find_first_not_of("0123456789", pos), spec.size());
    const std::string_view digits = spec.substr(pos, end - pos);
    const std::size_t significant = digits.find_first_not_of('0');
    if (significant != std::string_view::npos &&
        (digits.size() - significant > 9 || std::stoul(std::string(digits)) > kMaxWidth)) {
      return digits;
    }
    pos = end;
  }
  return std::nullopt;
}

std::string field_text(const Entry& entry, std::string_view name) {
  if (name == "kind") return std::string(kind_name(entry.kind));
  if (name == "dataset") return entry.dataset != nullptr ? entry.dataset->id : "";
  const FieldSpec* field = find_field(entry.kind, name);
  if (field == nullptr) return "";
  const FieldValue value = value_of(entry, *field);
  if (const auto* text = std::get_if<std::string_view>(&value)) return escape_controls(*text);
  if (const auto* list = std::get_if<const std::vector<std::string_view>*>(&value)) {
    return escape_controls(fmt::format("{}", fmt::join(**list, ", ")));
  }
  if (const auto* number = std::get_if<std::int64_t>(&value)) return std::to_string(*number);
  if (const auto* flag = std::get_if<bool>(&value)) return *flag ? "true" : "false";
  return "";
}

/// The fields of `entry` as fmt arguments; numbers stay numbers, so "{order:03}"
/// works. With no entry, every field is present and empty (numbers 0), to check a
/// template once.
ArgStore arguments(const Entry* entry, bool trial_numbers = true) {
  ArgStore store;
  for (const std::string_view name : template_field_names()) {
    // Names come from string literals, so data() is NUL-terminated as fmt::arg needs.
    if (is_integer_field(name)) {
      const FieldSpec* field = entry != nullptr ? find_field(entry->kind, name) : nullptr;
      const FieldValue value = field != nullptr ? value_of(*entry, *field) : FieldValue{};
      if (entry == nullptr && trial_numbers) {
        store.push_back(fmt::arg(name.data(), std::int64_t{0}));
      } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
        store.push_back(fmt::arg(name.data(), *number));
      } else {
        store.push_back(fmt::arg(name.data(), std::string()));
      }
      continue;
    }
    store.push_back(fmt::arg(name.data(), entry != nullptr ? field_text(*entry, name) : ""));
  }
  return store;
}

/// The template with the format specs of number fields removed: what an entry that
/// lacks the number is formatted with ("{order:03}" becomes "{order}", so empty).
std::string without_number_specs(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    out += text[pos];
    if (text[pos] != '{') continue;
    if (pos + 1 < text.size() && text[pos + 1] == '{') {
      out += text[++pos];
      continue;
    }
    const std::size_t close = text.find('}', pos);
    const std::size_t colon = text.find(':', pos);
    if (close == std::string_view::npos || colon > close) continue;
    const std::string_view name = text.substr(pos + 1, colon - pos - 1);
    if (!is_integer_field(name)) continue;
    out += name;
    pos = close - 1;
  }
  return out;
}

/// What fmt says of the field's spec, formatting it alone with an empty value (0 for a
/// number), or nothing when it formats.
std::optional<std::string> format_problem(const FieldReference& field) {
  try {
    (void)fmt::vformat(fmt::format("{{{}{}}}", field.name, field.rest), arguments(nullptr));
  } catch (const fmt::format_error& error) {
    return std::string(error.what());
  }
  return std::nullopt;
}

/// What is wrong with one field, in a message that names it: unknown, a conversion, a
/// field in its spec, a width lore will not allocate, or a spec fmt refuses for its type.
/// Checked so that format() is bounded and prints no raw control (a number as `c`).
Expected<void, std::string> check_field(const FieldReference& field) {
  if (field.name.empty()) {
    return unexpected(
        fmt::format("'{{{}}}' needs a field name, as in {{id}} or {{text}}", field.rest));
  }
  const auto known = template_field_names();
  if (std::find(known.begin(), known.end(), field.name) == known.end()) {
    return unexpected(
        fmt::format("unknown field '{}'; fields are: {}", field.name, fmt::join(known, ", ")));
  }
  const bool number = is_integer_field(field.name);
  const std::string_view specs = number ? kNumberSpecs : kTextSpecs;
  if (field.rest.starts_with('!')) {
    return unexpected(fmt::format("field '{}': a conversion such as '!r' is not supported; {}",
                                  field.name, specs));
  }
  const std::string_view spec = field.rest.empty() ? "" : field.rest.substr(1);
  if (spec.find('{') != std::string_view::npos) {
    // Its value, an `order` from the data, would be the width.
    return unexpected(fmt::format("field '{}': a field inside its format spec is not supported; {}",
                                  field.name, specs));
  }
  if (const auto digits = too_wide(spec)) {
    return unexpected(fmt::format("field '{}': width or precision {} is above the limit of {}",
                                  field.name, *digits, kMaxWidth));
  }
  if (const auto problem = format_problem(field)) {
    return unexpected(fmt::format("field '{}': format spec '{}' does not fit {} ({}); {}",
                                  field.name, spec, number ? "a number" : "text", *problem, specs));
  }
  if (number && spec.ends_with('c')) {
    // fmt would print the number as the character of that code: a raw control for most.
    return unexpected(
        fmt::format("field '{}': format spec '{}' would print the number as a character; {}",
                    field.name, spec, specs));
  }
  return {};
}

}  // namespace

std::vector<std::string_view> template_field_names() {
  std::vector<std::string_view> names{"kind", "dataset"};
  for (const std::string_view name : all_field_names()) names.push_back(name);
  return names;
}

Expected<EntryTemplate, std::string> EntryTemplate::parse(std::string_view text) {
  auto fields = field_references(text);
  LORE_TRY(fields);
  for (const FieldReference& field : *fields) {
    auto checked = check_field(field);
    LORE_TRY(checked);
  }
  try {
    // A trial run with every field empty catches malformed format specs.
    (void)fmt::vformat(text, arguments(nullptr));
    // And as an entry without the number fields is formatted, so format() never fails.
    (void)fmt::vformat(without_number_specs(text), arguments(nullptr, false));
  } catch (const fmt::format_error& error) {
    return unexpected(std::string(error.what()));
  } catch (const std::exception& error) {  // a width too large to allocate
    return unexpected(fmt::format("cannot format: {}", error.what()));
  }
  return EntryTemplate(std::string(text));
}

std::string EntryTemplate::format(const Entry& entry) const {
  const ArgStore store = arguments(&entry);
  try {
    return fmt::vformat(text_, store);
  } catch (const fmt::format_error&) {
    // parse() checked the template with every field present, so only a number spec
    // meeting an entry without that number lands here: it prints empty.
  }
  try {
    return fmt::vformat(without_number_specs(text_), store);
  } catch (const fmt::format_error&) {
    // parse() tried this form too; an empty field beats printing the template itself.
    return "";
  }
}

}  // namespace lore
