#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/diagnostic.h"

namespace lore {

/// A dataset, when the text was valid, and every problem found in it.
struct LoadResult {
  std::optional<Dataset> dataset;  ///< Empty when any diagnostic is an error.
  std::vector<Diagnostic> diagnostics;
};

/// Parses and validates a dataset written in TOML (see data/README.md). Every problem
/// is reported, not only the first: unknown tables and fields, missing required fields,
/// wrong types, malformed or duplicate ids, and empty text. `path` names the file in
/// the diagnostics. toml++ is read here and in config_loader, dataset_writer and toml_guard (core),
/// and quiz/progress_store.
LoadResult load_dataset(std::string_view content, std::string path);

/// load_dataset() of text it takes, freed as soon as it is parsed, before the entries
/// are built: a big file's text, tree and entries are never in memory all at once.
LoadResult load_owned_dataset(std::string content, std::string path);

/// load_dataset()'s way with a big text: read in parts of `part_size` bytes or a
/// little more, each cut at a `[[kind]]` header and parsed alone, so that toml++'s tree
/// of the whole text never exists. Nothing when the text is smaller than two parts, or
/// when the parts might not mean what the whole means (a part that does not parse, a
/// key defined in two parts), or when there is any problem to report: load_dataset()
/// then parses the whole, which words every problem as it always does.
std::optional<LoadResult> load_dataset_in_parts(std::string_view content, const std::string& path,
                                                std::size_t part_size);

/// True for a kebab-case identifier: lowercase ASCII letters and digits in words
/// joined by single hyphens.
bool is_kebab_case(std::string_view text);

}  // namespace lore
