#include "core/schema.h"

#include <algorithm>
#include <array>

namespace lore {

namespace {

using T = FieldType;

// Columns: name, type, required, searchable, member.
const std::array kQuoteFields = {
    FieldSpec{"id", T::string, true, false, &Entry::id},
    FieldSpec{"text", T::string, true, true, &Entry::text},
    FieldSpec{"speaker", T::string, false, true, &Entry::speaker},
    FieldSpec{"context", T::string, false, true, &Entry::context},
    FieldSpec{"tags", T::string_list, true, false, &Entry::tags},
    FieldSpec{"spoiler", T::boolean, false, false, &Entry::spoiler},
    FieldSpec{"source", T::string, false, false, &Entry::source},
};

const std::array kTriviaFields = {
    FieldSpec{"id", T::string, true, false, &Entry::id},
    FieldSpec{"fact", T::string, true, true, &Entry::fact},
    FieldSpec{"category", T::string, true, false, &Entry::category},
    FieldSpec{"question", T::string, false, true, &Entry::question},
    FieldSpec{"answer", T::string, false, true, &Entry::answer},
    FieldSpec{"accept", T::string_list, false, false, &Entry::accept},
    FieldSpec{"choices", T::string_list, false, false, &Entry::choices},
    FieldSpec{"tags", T::string_list, true, false, &Entry::tags},
    FieldSpec{"spoiler", T::boolean, false, false, &Entry::spoiler},
    FieldSpec{"source", T::string, false, false, &Entry::source},
};

const std::array kSceneFields = {
    FieldSpec{"id", T::string, true, false, &Entry::id},
    FieldSpec{"title", T::string, true, true, &Entry::title},
    FieldSpec{"order", T::integer, false, false, &Entry::order},
    FieldSpec{"description", T::string, true, true, &Entry::description},
    FieldSpec{"characters", T::string_list, false, true, &Entry::characters},
    FieldSpec{"location", T::string, false, true, &Entry::location},
    FieldSpec{"tags", T::string_list, true, false, &Entry::tags},
    FieldSpec{"spoiler", T::boolean, false, false, &Entry::spoiler},
    FieldSpec{"source", T::string, false, false, &Entry::source},
};

const std::array kEggFields = {
    FieldSpec{"id", T::string, true, false, &Entry::id},
    FieldSpec{"title", T::string, true, true, &Entry::title},
    FieldSpec{"text", T::string, true, true, &Entry::text},
    FieldSpec{"tags", T::string_list, true, false, &Entry::tags},
    FieldSpec{"spoiler", T::boolean, false, false, &Entry::spoiler},
    FieldSpec{"source", T::string, false, false, &Entry::source},
};

}  // namespace

std::span<const FieldSpec> fields_of(Kind kind) {
  switch (kind) {
    case Kind::quote: return kQuoteFields;
    case Kind::trivia: return kTriviaFields;
    case Kind::scene: return kSceneFields;
    case Kind::egg: return kEggFields;
  }
  return {};
}

const FieldSpec* find_field(Kind kind, std::string_view name) {
  for (const FieldSpec& field : fields_of(kind)) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

FieldValue value_of(const Entry& entry, const FieldSpec& field) {
  struct Visitor {
    const Entry& entry;
    bool required;
    FieldValue operator()(std::string_view Entry::*member) const {
      const std::string_view value = entry.*member;
      if (value.empty()) return std::monostate{};
      return value;
    }
    FieldValue operator()(std::vector<std::string_view> Entry::*member) const {
      const auto& value = entry.*member;
      if (value.empty() && !required) return std::monostate{};
      return &value;
    }
    FieldValue operator()(std::optional<std::int64_t> Entry::*member) const {
      const auto& value = entry.*member;
      if (!value) return std::monostate{};
      return *value;
    }
    FieldValue operator()(bool Entry::*member) const { return entry.*member; }
  };
  return std::visit(Visitor{entry, field.required}, field.member);
}

std::vector<std::string_view> all_field_names() {
  std::vector<std::string_view> names;
  for (const Kind kind : kAllKinds) {
    for (const FieldSpec& field : fields_of(kind)) {
      if (std::find(names.begin(), names.end(), field.name) == names.end()) {
        names.push_back(field.name);
      }
    }
  }
  return names;
}

std::string_view describe(FieldType type) {
  switch (type) {
    case FieldType::string: return "a string";
    case FieldType::string_list: return "an array of strings";
    case FieldType::integer: return "an integer";
    case FieldType::boolean: return "a boolean";
  }
  return "a value";
}

}  // namespace lore
