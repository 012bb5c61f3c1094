#include "support/catalogs.h"

#include <gtest/gtest.h>

#include <string>

#include "core/diagnostic.h"
#include "util/file_system.h"

namespace lore::test {

DatasetSources only_files(std::vector<std::string> files) {
  DatasetSources sources;
  sources.include_embedded = false;
  sources.files = std::move(files);
  return sources;
}

std::unique_ptr<LoadedCatalog> load_builtin() {
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

std::unique_ptr<LoadedCatalog> load_toml(std::string_view toml, bool with_builtin) {
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

}  // namespace lore::test
