#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"

namespace lore::test {

using Tags = std::vector<std::string>;

/// Writes the TOML of a dataset entry by entry, for tests that are about what a dataset
/// holds rather than how it is spelt:
///   DatasetBuilder("mem").quote("q-hope", "Hope is not a plan.", {"iconic"}).spoiler()
/// Strings are written as TOML basic strings, escaped.
class DatasetBuilder {
 public:
  explicit DatasetBuilder(std::string_view id = "mem", std::string_view title = "Memory");

  DatasetBuilder& quote(std::string_view id, std::string_view text, const Tags& tags = {});
  DatasetBuilder& trivia(std::string_view id, std::string_view fact, std::string_view category,
                         const Tags& tags = {});
  DatasetBuilder& scene(std::string_view id, std::string_view title, int order,
                        std::string_view description, const Tags& tags = {});
  /// A scene with no `order`: one whose place in the story is not given.
  DatasetBuilder& scene(std::string_view id, std::string_view title, std::string_view description,
                        const Tags& tags = {});
  DatasetBuilder& egg(std::string_view id, std::string_view title, std::string_view text,
                      const Tags& tags = {});

  /// Adds `key = "value"` to the last entry (or to [dataset] before any entry).
  DatasetBuilder& field(std::string_view key, std::string_view value);
  /// Adds `key = number` to the last entry (or to [dataset] before any entry).
  DatasetBuilder& number(std::string_view key, long long value);
  /// Adds `key = ["a", "b"]` to the last entry.
  DatasetBuilder& list(std::string_view key, const Tags& values);
  /// Marks the last entry a spoiler.
  DatasetBuilder& spoiler();

  /// The TOML text.
  const std::string& toml() const { return toml_; }
  /// The dataset the TOML loads to; a test failure when it does not load clean.
  Dataset dataset(const std::string& path = "mem.toml") const;

 private:
  DatasetBuilder& entry(std::string_view kind, std::string_view id);

  std::string toml_;
};

/// `text` as a TOML basic string, quoted and escaped.
std::string toml_string(std::string_view text);

}  // namespace lore::test
