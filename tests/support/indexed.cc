#include "support/indexed.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <memory>
#include <variant>

#include "core/schema.h"

namespace lore::test {

IndexKey test_index_key(const std::string& path) {
  return {path, FileStamp{100, 200, 300, 400}};
}

std::string index_bytes(const Dataset& dataset) {
  auto bytes = write_index(dataset, test_index_key());
  EXPECT_TRUE(bytes.has_value());
  return bytes.value_or("");
}

Expected<Dataset, std::string> open_index_bytes(std::string bytes) {
  auto owner = std::make_shared<const std::string>(std::move(bytes));
  const std::string_view view = *owner;
  return open_index(index_file_in_memory(MappedFile(owner, view), "test.idx"), test_index_key(),
                    "mem.toml");
}

Dataset indexed(const Dataset& dataset) {
  auto opened = open_index_bytes(index_bytes(dataset));
  EXPECT_TRUE(opened.has_value()) << (opened ? "" : opened.error());
  if (!opened) return Dataset(DatasetInfo{});
  return std::move(*opened);
}

std::string entry_fields(const Entry& entry) {
  std::string out = fmt::format("{} {}:{} at {}:{}", kind_name(entry.kind),
                                entry.dataset ? entry.dataset->id : "", entry.id,
                                entry.position.line, entry.position.column);
  for (const FieldSpec& field : fields_of(entry.kind)) {
    const FieldValue value = value_of(entry, field);
    out += fmt::format(" {}=", field.name);
    if (const auto* text = std::get_if<std::string_view>(&value)) {
      out += fmt::format("'{}'", *text);
    } else if (const auto* const* list =
                   std::get_if<const std::vector<std::string_view>*>(&value)) {
      out += fmt::format("['{}']", fmt::join(**list, "', '"));
    } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
      out += std::to_string(*number);
    } else if (const auto* flag = std::get_if<bool>(&value)) {
      out += *flag ? "true" : "false";
    } else {
      out += "-";
    }
  }
  return out;
}

}  // namespace lore::test
