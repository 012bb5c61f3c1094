#include "core/dataset_writer.h"

#include <toml++/toml.h>

#include <sstream>
#include <variant>

#include "core/schema.h"

namespace lore {

namespace {

/// How toml++ 3.3 may quote `text` and read it back the same: its writer leaves '''
/// unescaped in a literal string, and puts a text that starts with a newline in a
/// multi-line string, which drops that newline, or in a one-line literal string,
/// which cannot hold it.
toml::format_flags string_flags(std::string_view text) {
  using toml::format_flags;
  format_flags flags = toml::toml_formatter::default_flags;
  if (text.find("'''") != std::string_view::npos) {
    flags = flags & ~format_flags::allow_literal_strings;
  }
  if (text.starts_with('\n')) {
    flags = flags & ~(format_flags::allow_multi_line_strings | format_flags::allow_literal_strings);
  }
  return flags;
}

/// The quoting that suits every string in `array`.
toml::format_flags array_flags(const toml::array& array) {
  toml::format_flags flags = toml::toml_formatter::default_flags;
  for (const toml::node& item : array) {
    if (const auto* text = item.as_string()) flags = flags & string_flags(text->get());
  }
  return flags;
}

/// "key = value" with toml++ choosing the quoting, so any text stays valid TOML.
template <typename Value>
std::string key_value(std::string_view key, Value&& value) {
  toml::format_flags flags = toml::toml_formatter::default_flags;
  if constexpr (std::is_convertible_v<const Value&, std::string_view>) flags = string_flags(value);
  if constexpr (std::is_same_v<std::remove_cvref_t<Value>, toml::array>) flags = array_flags(value);
  std::ostringstream out;
  out << toml::toml_formatter{toml::table{{key, std::forward<Value>(value)}}, flags};
  return out.str() + "\n";
}

toml::array string_array(const std::vector<std::string_view>& items) {
  toml::array array;
  for (const std::string_view item : items) array.push_back(std::string(item));
  return array;
}

}  // namespace

std::string write_dataset_table(const DatasetInfo& info) {
  std::string out = "[dataset]\n";
  out += key_value("id", info.id);
  out += key_value("title", info.title);
  if (info.year) out += key_value("year", *info.year);
  if (info.collection) out += key_value("collection", true);
  if (!info.description.empty()) out += key_value("description", info.description);
  if (info.preformatted) out += key_value("preformatted", true);
  if (info.crlf) out += key_value("line-ends", std::string("crlf"));
  return out;
}

std::string write_entry(const Entry& entry) {
  std::string out = "[[" + std::string(kind_name(entry.kind)) + "]]\n";
  for (const FieldSpec& field : fields_of(entry.kind)) {
    const FieldValue value = value_of(entry, field);
    if (const auto* text = std::get_if<std::string_view>(&value)) {
      out += key_value(field.name, std::string(*text));
    } else if (const auto* list = std::get_if<const std::vector<std::string_view>*>(&value)) {
      out += key_value(field.name, string_array(**list));
    } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
      out += key_value(field.name, *number);
    } else if (const auto* flag = std::get_if<bool>(&value)) {
      if (*flag) out += key_value(field.name, true);  // false is the default
    }
  }
  return out;
}

std::string write_dataset(const DatasetInfo& info, const std::vector<const Entry*>& entries) {
  std::string out = write_dataset_table(info);
  for (const Entry* entry : entries) {
    out += "\n";
    out += write_entry(*entry);
  }
  return out;
}

}  // namespace lore
