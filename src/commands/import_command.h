#pragma once

#include <string>
#include <vector>

#include "commands/printing.h"

namespace lore {

/// `lore import fortune FILE...`: fortune text files as one TOML dataset of quotes.
struct ImportOptions {
  std::vector<std::string> files;
  bool rot13 = false;  ///< --rot13: the files are rotated, as fortune's offensive ones.
  std::string output;  ///< -o FILE, replaced atomically; empty: standard output.
  bool force = false;  ///< --force: -o may replace a file that exists (never an input).
  /// Empty: the name of the one file read, or of the folder that holds every file read.
  std::string dataset_id;
  std::string title;        ///< Empty: the name the id was made from.
  std::string reserved_id;  ///< The built-in dataset's id, which no import may take.
};

/// The cookies read in a run with more than this many show a progress line, on a
/// terminal only.
inline constexpr std::size_t kImportProgressFrom = 5000;

/// Reads every file through `context.files`, writes the dataset to `context.out` or to
/// `options.output`, and reports what was imported, converted or skipped on
/// `context.messages`. Nothing is ever destroyed: -o refuses one of the inputs, even
/// with --force, and a file that exists unless --force. A binary file (a strfile
/// `.dat` index, anything with a NUL byte) and a file given twice (the same device and
/// inode, as Debian's `.u8` links are) are skipped with a warning. The dataset is
/// loaded back before it is written: one that would not load is an error, never a file.
Expected<void, Error> run_import(const ImportOptions& options, Context& context);

}  // namespace lore
