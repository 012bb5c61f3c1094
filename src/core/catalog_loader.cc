#include "core/catalog_loader.h"

#include <fmt/format.h>

#include "core/dataset_loader.h"
#include "core/embedded_dataset.h"

namespace lore {

namespace {

class CatalogBuilder {
 public:
  void add(std::string_view content, std::string path) {
    LoadResult result = load_dataset(content, std::move(path));
    for (Diagnostic& diagnostic : result.diagnostics) {
      (diagnostic.severity == Severity::error ? errors_ : loaded_.warnings)
          .push_back(std::move(diagnostic));
    }
    if (!result.dataset) {
      invalid_ = true;
      return;
    }
    if (const Dataset* other = find_dataset(result.dataset->info().id)) {
      errors_.push_back({result.dataset->info().path, 0, 0, Severity::error,
                         fmt::format("dataset id '{}' is already used by {}",
                                     result.dataset->info().id, other->info().path)});
      invalid_ = true;
      return;
    }
    loaded_.catalog.add(std::move(*result.dataset));
  }

  void add_unreadable(const FileError& error) {
    errors_.push_back({error.path, 0, 0, Severity::error, error.reason});
    unreadable_ = true;
  }

  Expected<LoadedCatalog, Error> finish() && {
    if (unreadable_ || invalid_) {
      const ErrorKind kind = unreadable_ ? ErrorKind::unreadable_input : ErrorKind::invalid_data;
      // Warnings go out with the errors, so nothing found is lost.
      errors_.insert(errors_.end(), loaded_.warnings.begin(), loaded_.warnings.end());
      return unexpected(Error{kind, "", std::move(errors_)});
    }
    return std::move(loaded_);
  }

 private:
  const Dataset* find_dataset(std::string_view id) const {
    for (const Dataset& dataset : loaded_.catalog.datasets()) {
      if (dataset.info().id == id) return &dataset;
    }
    return nullptr;
  }

  LoadedCatalog loaded_;
  std::vector<Diagnostic> errors_;
  bool unreadable_ = false;
  bool invalid_ = false;
};

}  // namespace

Expected<LoadedCatalog, Error> load_catalog(const DatasetSources& sources,
                                            const FileReader& files) {
  CatalogBuilder builder;
  if (sources.include_embedded) {
    builder.add(embedded::kDataset, std::string(embedded::kDatasetPath));
  }
  for (const std::string& path : sources.files) {
    auto content = files.read(path);
    if (!content) {
      builder.add_unreadable(content.error());
      continue;
    }
    builder.add(*content, path);
  }
  return std::move(builder).finish();
}

}  // namespace lore
