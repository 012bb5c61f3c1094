#include "core/catalog_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <set>

#include "core/dataset_loader.h"
#include "core/embedded_dataset.h"
#include "util/edit_distance.h"

namespace lore {

namespace {

class CatalogBuilder {
 public:
  CatalogBuilder(const FileSystem& files, IndexCache* cache) : files_(files), cache_(cache) {}

  void add_embedded(Dataset (*builtin)()) {
    if (builtin == nullptr) {
      add_content(embedded::kDataset, std::string(embedded::kDatasetPath), true);
      return;
    }
    Dataset dataset = builtin();
    fixed_ids_.insert(dataset.info().id);
    loaded_.catalog.add(std::move(dataset));
  }

  /// A file, or every dataset file in a folder.
  void add_path(const std::string& path, bool named) {
    auto type = files_.stat(path);
    if (!type) {
      // A symbolic link loop says so; a search-path entry under a file is no place at all.
      if (named || type.error().code != ENOTDIR) fail_to_read(type.error(), named);
      return;
    }
    switch (*type) {
      case PathType::directory: {
        auto listed = files_.list(path, ".toml");
        if (!listed) return fail_to_read(listed.error(), named);
        for (const std::string& file : *listed) add_file(file, named, false);
        return;
      }
      case PathType::missing:
        // A search-path folder that does not exist is the usual case, not a problem; a
        // link to nothing is not, since someone made it: read, it says where it leads.
        if (!named && !files_.dangling_link_target(path)) return;
        return add_file(path, named, named);
      default: return add_file(path, named, named);
    }
  }

  /// A path config.toml's `data` gives: as one on the search path, but a missing one
  /// is said, since the user named it.
  void add_configured(const std::string& path, const SettingOrigin& origin) {
    if (files_.type_of(path) == PathType::missing && !files_.dangling_link_target(path)) {
      loaded_.warnings.push_back(
          {origin.path, origin.line, origin.column, Severity::warning,
           fmt::format("'{}': {}: no such file or folder; left out", origin.key, path)});
      return;
    }
    add_path(path, false);
  }

  Expected<LoadedCatalog, Error> finish(const std::vector<std::string>& only,
                                        const std::optional<SettingOrigin>& only_from_config) && {
    if (unreadable_ || invalid_) {
      const ErrorKind kind = unreadable_ ? ErrorKind::unreadable_input : ErrorKind::invalid_data;
      // Warnings go out with the errors, so nothing found is lost.
      errors_.insert(errors_.end(), loaded_.warnings.begin(), loaded_.warnings.end());
      return unexpected(Error{kind, "", std::move(errors_)});
    }
    if (!only.empty()) {
      auto restricted = restrict_to(only, only_from_config);
      LORE_TRY(restricted);
    }
    return std::move(loaded_);
  }

 private:
  /// Reads a FIFO only when `fifo_named`: one found in a folder would hang every run.
  void add_file(const std::string& path, bool named, bool fifo_named) {
    // A file reached twice loads once, unless a bad one found on the search path is
    // then named with --data, where its errors count.
    // Keyed before reading: a file that changes meanwhile is not indexed. Only a
    // regular file has a key, so a file with one is no FIFO.
    IdentifiedFile file = files_.identify(path);
    const auto seen = seen_.find(file.identity);
    if (seen != seen_.end() && !(named && seen->second)) return;
    seen_[file.identity] = false;
    const std::optional<IndexKey> key =
        cache_ != nullptr ? cache_->key_of(std::move(file)) : std::nullopt;
    const bool fifo = !key && files_.type_of(path) == PathType::fifo;
    if (fifo && !fifo_named) {
      return skip({path, 0, 0, Severity::error,
                   "a FIFO, not a file (only a FIFO named with --data is read)"});
    }
    if (fifo && cache_ != nullptr && cache_->enabled())
      cache_->skip(path, "a FIFO, read on every run");
    if (key) {
      if (std::optional<Dataset> indexed = cache_->load(path, *key)) {
        return add_dataset(std::move(*indexed), path, named, {});
      }
    }
    auto content = files_.read(path);
    if (!content) return fail_to_read(content.error(), named);
    LoadResult result = load_owned_dataset(std::move(*content), path);
    if (key && result.dataset) {
      if (result.diagnostics.empty()) {
        cache_->save(path, *key, *result.dataset);
      } else {
        cache_->skip(path, "it has warnings, which are shown on every run");
      }
    }
    add_result(std::move(result), path, named);
  }

  void fail_to_read(const FileError& error, bool named) {
    Diagnostic diagnostic{error.path, 0, 0, Severity::error, error.reason};
    if (named) {
      errors_.push_back(std::move(diagnostic));
      unreadable_ = true;
    } else {
      skip(std::move(diagnostic));
    }
  }

  void skip(Diagnostic first_error) {
    seen_[files_.identity(first_error.path)] = true;
    Diagnostic warning = first_error;
    warning.severity = Severity::warning;
    warning.message = fmt::format("skipping this dataset: {}", first_error.message);
    loaded_.warnings.push_back(std::move(warning));
    loaded_.skipped.push_back({std::move(first_error)});
  }

  void add_content(std::string_view content, const std::string& path, bool named) {
    add_result(load_dataset(content, path), path, named);
  }

  void add_result(LoadResult result, const std::string& path, bool named) {
    std::vector<Diagnostic> errors;
    for (Diagnostic& diagnostic : result.diagnostics) {
      (diagnostic.severity == Severity::error ? errors : loaded_.warnings)
          .push_back(std::move(diagnostic));
    }
    if (!result.dataset) return add_errors(std::move(errors), named);
    add_dataset(std::move(*result.dataset), path, named, std::move(errors));
  }

  void add_dataset(Dataset dataset, const std::string& path, bool named,
                   std::vector<Diagnostic> errors) {
    {
      const std::string& id = dataset.info().id;
      if (const Dataset* other = find_dataset(id)) {
        if (!fixed_ids_.contains(id)) {
          // Found on the search path before: the later, more specific place wins, as
          // $XDG_DATA_HOME wins over $XDG_DATA_DIRS. Done on purpose, so told by
          // `sources` and `info`, never warned of on every run.
          loaded_.replaced.push_back({id, other->info().path, path});
          loaded_.catalog.retain([&id](const Dataset& d) { return d.info().id != id; });
        } else {
          const SourcePosition at = dataset.info().id_position;
          errors.push_back(
              {path, at.line, at.column, Severity::error,
               fmt::format("dataset id '{}' is already used by {}", id, other->info().path)});
        }
      }
    }
    if (errors.empty()) {
      if (named) fixed_ids_.insert(dataset.info().id);
      loaded_.catalog.add(std::move(dataset));
      return;
    }
    add_errors(std::move(errors), named);
  }

  void add_errors(std::vector<Diagnostic> errors, bool named) {
    if (errors.empty()) return;
    if (named) {
      errors_.insert(errors_.end(), errors.begin(), errors.end());
      invalid_ = true;
    } else {
      skip(errors.front());
    }
  }

  const Dataset* find_dataset(std::string_view id) const {
    for (const Dataset& dataset : loaded_.catalog.datasets()) {
      if (dataset.info().id == id) return &dataset;
    }
    return nullptr;
  }

  /// Keeps the datasets named in `only`; a name no dataset has is a usage error, or a
  /// warning at the setting when config.toml gave the names (`from_config`), and then
  /// left out (none left: no restriction).
  Expected<void, Error> restrict_to(std::vector<std::string> only,
                                    const std::optional<SettingOrigin>& from_config) {
    std::vector<std::string_view> names;
    for (const Dataset& dataset : loaded_.catalog.datasets()) names.push_back(dataset.info().id);
    std::vector<std::string> known;
    for (const std::string& name : only) {
      if (std::find(names.begin(), names.end(), name) != names.end()) {
        known.push_back(name);
        continue;
      }
      const auto nearest = nearest_words(name, names, 1);
      std::string message =
          fmt::format("no dataset named '{}'{}; datasets: {}", name,
                      nearest.empty() ? "" : fmt::format(" (did you mean '{}'?)", nearest.front()),
                      fmt::join(names, ", "));
      if (!from_config) return unexpected(Error{ErrorKind::usage, std::move(message), {}});
      loaded_.warnings.push_back({from_config->path, from_config->line, from_config->column,
                                  Severity::warning,
                                  fmt::format("'{}': {}; left out", from_config->key, message)});
    }
    if (known.empty()) return {};
    only = std::move(known);
    loaded_.catalog.retain([&only](const Dataset& dataset) {
      return std::find(only.begin(), only.end(), dataset.info().id) != only.end();
    });
    return {};
  }

  const FileSystem& files_;
  IndexCache* cache_;
  LoadedCatalog loaded_;
  std::vector<Diagnostic> errors_;
  std::map<std::string, bool> seen_;  // file identity: skipped as bad?
  std::set<std::string> fixed_ids_;   // datasets built in or named: never replaced
  bool unreadable_ = false;
  bool invalid_ = false;
};

}  // namespace

Expected<LoadedCatalog, Error> load_catalog(const DatasetSources& sources,
                                            const FileSystem& files) {
  CatalogBuilder builder(files, sources.cache);
  if (sources.include_embedded) builder.add_embedded(sources.builtin);
  for (const std::string& path : sources.search_path) builder.add_path(path, false);
  for (const std::string& path : sources.configured) {
    builder.add_configured(path, sources.configured_at);
  }
  for (const std::string& path : sources.files) builder.add_path(path, true);
  return std::move(builder).finish(sources.only, sources.only_from_config);
}

}  // namespace lore
