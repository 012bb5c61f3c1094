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

/// A format spec lore can format in bounded memory: no field nested in it (its value,
/// an `order` from the data, would be the width), and no number above the limit.
Expected<void, std::string> check_spec(std::string_view spec) {
  if (spec.find('{') != std::string_view::npos) {
    return unexpected(
        std::string("a field inside a format spec, as in {text:{order}}, is not "
                    "supported"));
  }
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
      return unexpected(
          fmt::format("width or precision {} is above the limit of {}", digits, kMaxWidth));
    }
    pos = end;
  }
  return {};
}

/// The names inside "{name}" and "{name:spec}", skipping "{{" and "}}".
Expected<std::vector<std::string>, std::string> field_references(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] != '{') continue;
    if (pos + 1 < text.size() && text[pos + 1] == '{') {
      ++pos;
      continue;
    }
    const std::size_t close = text.find('}', pos);
    if (close == std::string_view::npos) return unexpected(std::string("'{' is never closed"));
    const std::string_view inside = text.substr(pos + 1, close - pos - 1);
    const std::size_t spec_start = inside.find_first_of(":!");
    const std::string_view name = inside.substr(0, spec_start);
    if (name.empty()) {
      return unexpected(std::string("'{}' needs a field name, as in {id} or {text}"));
    }
    if (spec_start != std::string_view::npos) {
      auto checked = check_spec(inside.substr(spec_start + 1));
      if (!checked) return unexpected(std::move(checked.error()));
    }
    names.emplace_back(name);
    pos = close;
  }
  return names;
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

/// True for a field that holds a number in some kind (`order`).
bool is_integer_field(std::string_view name) {
  for (const Kind kind : kAllKinds) {
    const FieldSpec* field = find_field(kind, name);
    if (field != nullptr && field->type == FieldType::integer) return true;
  }
  return false;
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

}  // namespace

std::vector<std::string_view> template_field_names() {
  std::vector<std::string_view> names{"kind", "dataset"};
  for (const std::string_view name : all_field_names()) names.push_back(name);
  return names;
}

Expected<EntryTemplate, std::string> EntryTemplate::parse(std::string_view text) {
  auto references = field_references(text);
  if (!references) return unexpected(std::move(references.error()));
  const auto known = template_field_names();
  for (const std::string& name : *references) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      return unexpected(
          fmt::format("unknown field '{}'; fields are: {}", name, fmt::join(known, ", ")));
    }
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
