#include "support/dataset_builder.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "core/dataset_loader.h"

namespace lore::test {

std::string toml_string(std::string_view text) {
  std::string quoted = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (c == '\n') {
      quoted += "\\n";
    } else if (c == '\t') {
      quoted += "\\t";
    } else if (byte < 0x20 || byte == 0x7F) {
      quoted += fmt::format("\\u{:04X}", byte);
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

DatasetBuilder::DatasetBuilder(std::string_view id, std::string_view title) {
  toml_ = "[dataset]\nid = " + toml_string(id) + "\ntitle = " + toml_string(title) + "\n";
}

DatasetBuilder& DatasetBuilder::entry(std::string_view kind, std::string_view id) {
  toml_ += fmt::format("\n[[{}]]\nid = {}\n", kind, toml_string(id));
  return *this;
}

DatasetBuilder& DatasetBuilder::quote(std::string_view id, std::string_view text,
                                      const Tags& tags) {
  return entry("quote", id).field("text", text).list("tags", tags);
}

DatasetBuilder& DatasetBuilder::trivia(std::string_view id, std::string_view fact,
                                       std::string_view category, const Tags& tags) {
  return entry("trivia", id).field("fact", fact).field("category", category).list("tags", tags);
}

DatasetBuilder& DatasetBuilder::scene(std::string_view id, std::string_view title, int order,
                                      std::string_view description, const Tags& tags) {
  entry("scene", id).field("title", title);
  toml_ += fmt::format("order = {}\n", order);
  return field("description", description).list("tags", tags);
}

DatasetBuilder& DatasetBuilder::scene(std::string_view id, std::string_view title,
                                      std::string_view description, const Tags& tags) {
  return entry("scene", id)
      .field("title", title)
      .field("description", description)
      .list("tags", tags);
}

DatasetBuilder& DatasetBuilder::egg(std::string_view id, std::string_view title,
                                    std::string_view text, const Tags& tags) {
  return entry("egg", id).field("title", title).field("text", text).list("tags", tags);
}

DatasetBuilder& DatasetBuilder::field(std::string_view key, std::string_view value) {
  toml_ += fmt::format("{} = {}\n", key, toml_string(value));
  return *this;
}

DatasetBuilder& DatasetBuilder::number(std::string_view key, long long value) {
  toml_ += fmt::format("{} = {}\n", key, value);
  return *this;
}

DatasetBuilder& DatasetBuilder::list(std::string_view key, const Tags& values) {
  std::string items;
  for (const std::string& value : values) {
    if (!items.empty()) items += ", ";
    items += toml_string(value);
  }
  toml_ += fmt::format("{} = [{}]\n", key, items);
  return *this;
}

DatasetBuilder& DatasetBuilder::spoiler() {
  toml_ += "spoiler = true\n";
  return *this;
}

Dataset DatasetBuilder::dataset(const std::string& path) const {
  LoadResult result = load_dataset(toml_, path);
  for (const Diagnostic& diagnostic : result.diagnostics) {
    ADD_FAILURE() << format_diagnostic(diagnostic) << "\nin:\n" << toml_;
  }
  EXPECT_TRUE(result.dataset) << toml_;
  if (!result.dataset) return Dataset(DatasetInfo{});
  return std::move(*result.dataset);
}

}  // namespace lore::test
