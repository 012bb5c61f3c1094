#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/kind.h"

namespace lore {

/// Where something stands in a dataset file, counted from 1.
struct SourcePosition {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// A dataset's own description: the `[dataset]` table and where it was read from.
struct DatasetInfo {
  std::string id;
  std::string title;
  std::optional<std::int64_t> year;
  std::string description;
  std::string path;            ///< The file it came from, as named in messages.
  SourcePosition id_position;  ///< Where its id is given, for messages.
  /// Gathered from many works (your own quotes, a fortune file): its title names the
  /// collection, never the work a quote comes from.
  bool collection = false;
  /// `preformatted`: each text's lines are laid out by hand (imported fortune cookies),
  /// so `--format fortune` writes them as they are, never wrapped.
  bool preformatted = false;
  /// `line-ends = "crlf"`: imported from files with CR LF line ends, which
  /// `--format fortune` gives back.
  bool crlf = false;

  /// The title as a work is named: "IO (2019)", or the title alone.
  std::string attribution() const;

  /// What a quote from this dataset is credited to after its speaker: attribution(),
  /// or nothing for a collection.
  std::string credit() const;
};

/// One quote, trivia item, scene or easter egg. Plain data: the strings are views into
/// storage that the entry's dataset owns, so that a memory-mapped index can back them
/// later without any change to the code that reads entries. Which fields a kind uses
/// is set out in schema.h; the others stay empty.
struct Entry {
  Kind kind = Kind::quote;
  const DatasetInfo* dataset = nullptr;
  SourcePosition position;  ///< Where the entry's table starts in its file.

  std::string_view id;
  std::vector<std::string_view> tags;
  bool spoiler = false;
  std::string_view source;  ///< The section of the source document it comes from.

  std::string_view text;  ///< quote, egg
  std::string_view speaker;
  std::string_view context;

  std::string_view fact;  ///< trivia
  std::string_view category;
  std::string_view question;
  std::string_view answer;
  std::vector<std::string_view> accept;
  std::vector<std::string_view> choices;

  std::string_view title;  ///< scene, egg
  std::string_view description;
  std::string_view location;
  std::vector<std::string_view> characters;
  std::optional<std::int64_t> order;

  /// The entry's main text: a quote's or egg's text, a fact, a scene's description.
  std::string_view body() const;

  bool has_tag(std::string_view tag) const;
};

}  // namespace lore
