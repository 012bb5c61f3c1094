#pragma once

#include <string>
#include <vector>

#include "commands/printing.h"

namespace lore {

/// `lore import fortune FILE...`: fortune text files as one TOML dataset of quotes.
struct ImportOptions {
  std::vector<std::string> files;
  bool rot13 = false;      ///< --rot13: the files are rotated, as fortune's offensive ones.
  std::string output;      ///< -o FILE, replaced atomically; empty: standard output.
  std::string dataset_id;  ///< Empty: made from the first file's name.
  std::string title;       ///< Empty: the first file's name.
};

/// Reads every file through `context.files`, writes the dataset to `context.out` or to
/// `options.output`, and reports what was imported, converted or skipped on
/// `context.messages`. The dataset is loaded back before it is written: one that would
/// not load is an error, never a file.
Expected<void, Error> run_import(const ImportOptions& options, Context& context);

}  // namespace lore
