#pragma once

// Helpers shared by the quiz tests: catalogs loaded from the built-in dataset or from
// TOML text, and scratch folders on disk.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "core/catalog_loader.h"
#include "core/diagnostic.h"
#include "util/file_system.h"

namespace lore::quiz_test {

/// A catalog with nothing but the built-in IO (2019) dataset. Held behind a pointer:
/// questions keep pointers into it.
inline std::unique_ptr<LoadedCatalog> load_builtin() {
  DatasetSources sources;
  sources.include_embedded = true;
  MemoryFileSystem files;
  auto loaded = load_catalog(sources, files);
  if (!loaded) {
    ADD_FAILURE() << "cannot load the built-in dataset: " << loaded.error().message;
    return std::make_unique<LoadedCatalog>();
  }
  return std::make_unique<LoadedCatalog>(std::move(*loaded));
}

/// A catalog with the dataset `toml` alone (no built-in dataset), or with the built-in
/// dataset first when `with_builtin`.
inline std::unique_ptr<LoadedCatalog> load_toml(std::string_view toml, bool with_builtin = false) {
  DatasetSources sources;
  sources.include_embedded = with_builtin;
  sources.files = {"mini.toml"};
  MemoryFileSystem files;
  files.add("mini.toml", std::string(toml));
  auto loaded = load_catalog(sources, files);
  if (!loaded) {
    std::string problems = loaded.error().message;
    for (const Diagnostic& diagnostic : loaded.error().diagnostics) {
      problems += "\n" + format_diagnostic(diagnostic);
    }
    ADD_FAILURE() << "cannot load the test dataset: " << problems;
    return std::make_unique<LoadedCatalog>();
  }
  return std::make_unique<LoadedCatalog>(std::move(*loaded));
}

/// The bytes of a file of the source tree (e.g. "data/io.toml").
inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(LORE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

/// A fresh folder under the system's temporary folder, removed with its content.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "lore-quiz-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
    path_ = pattern;
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(std::string_view name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline void write_text(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

/// A calendar day from its parts, for readable tests.
constexpr std::chrono::year_month_day day(int y, unsigned m, unsigned d) {
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m},
                                     std::chrono::day{d}};
}

/// `date` moved by `days`.
inline std::chrono::year_month_day plus_days(std::chrono::year_month_day date, int days) {
  return std::chrono::year_month_day{std::chrono::sys_days(date) + std::chrono::days(days)};
}

}  // namespace lore::quiz_test
