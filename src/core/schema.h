#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include "core/entry.h"

namespace lore {

/// The TOML type a field holds.
enum class FieldType { string, string_list, integer, boolean };

/// One field of an entry kind: its TOML name and type, whether it must be given, and
/// where it lives in Entry. Loading, validation, JSON, templates and search all read
/// this one table, so a field is added in one place.
struct FieldSpec {
  using Member = std::variant<std::string_view Entry::*, std::vector<std::string_view> Entry::*,
                              std::optional<std::int64_t> Entry::*, bool Entry::*>;
  std::string_view name;
  FieldType type;
  bool required;
  bool searchable;  ///< Text that `lore search` looks in.
  Member member;
};

/// A field's value in one entry; std::monostate when the entry lacks it.
using FieldValue = std::variant<std::monostate, std::string_view,
                                const std::vector<std::string_view>*, std::int64_t, bool>;

/// The fields of `kind`, in the order they are written out.
std::span<const FieldSpec> fields_of(Kind kind);

/// The field called `name` in `kind`, if it has one.
const FieldSpec* find_field(Kind kind, std::string_view name);

/// The value of `field` in `entry`.
FieldValue value_of(const Entry& entry, const FieldSpec& field);

/// Every field name any kind has, each once, in a stable order.
std::vector<std::string_view> all_field_names();

/// The name of a field type as messages say it: "a string", "an array of strings", ...
std::string_view describe(FieldType type);

}  // namespace lore
