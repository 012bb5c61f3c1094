#include "render/entry_template.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <variant>

#include "core/schema.h"
#include "render/escape.h"

namespace lore {

namespace {

using ArgStore = fmt::dynamic_format_arg_store<fmt::format_context>;

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
    const std::string_view name = inside.substr(0, inside.find_first_of(":!"));
    if (name.empty()) {
      return unexpected(std::string("'{}' needs a field name, as in {id} or {text}"));
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

ArgStore arguments(const Entry* entry) {
  ArgStore store;
  for (const std::string_view name : template_field_names()) {
    // Names come from string literals, so data() is NUL-terminated as fmt::arg needs.
    store.push_back(fmt::arg(name.data(), entry != nullptr ? field_text(*entry, name) : ""));
  }
  return store;
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
    const ArgStore store = arguments(nullptr);
    (void)fmt::vformat(text, store);
  } catch (const fmt::format_error& error) {
    return unexpected(std::string(error.what()));
  }
  return EntryTemplate(std::string(text));
}

std::string EntryTemplate::format(const Entry& entry) const {
  const ArgStore store = arguments(&entry);
  try {
    return fmt::vformat(text_, store);
  } catch (const fmt::format_error&) {
    // parse() ran the same template over the same names; this cannot happen.
    return text_;
  }
}

}  // namespace lore
