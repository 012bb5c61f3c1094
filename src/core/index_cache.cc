#include "core/index_cache.h"

#include <xxhash.h>

#include <fmt/format.h>

#include "core/dataset_index.h"
#include "util/xdg.h"

namespace lore {

IndexCache::IndexCache(FileSystem& files, std::string folder, std::string off_because)
    : files_(files), folder_(std::move(folder)), off_because_(std::move(off_because)) {
  if (folder_.empty() && off_because_.empty()) {
    off_because_ = "neither XDG_CACHE_HOME nor HOME is set";
  }
}

std::string IndexCache::index_path(const std::string& canonical) const {
  return fmt::format("{}/{:016x}.idx", folder_, XXH3_64bits(canonical.data(), canonical.size()));
}

std::optional<IndexKey> IndexCache::key_of(IdentifiedFile file) const {
  if (!enabled() || !file.stamp) return std::nullopt;
  return IndexKey{std::move(file.identity), *file.stamp};
}

std::optional<Dataset> IndexCache::load(const std::string& path, const IndexKey& key) {
  if (!enabled() || rebuild_) return std::nullopt;
  const std::string index = index_path(key.path);
  // Held open from here on, so that every later read, and the mapping, are of the
  // index that was opened, even once it is removed or replaced.
  auto file = files_.open(index);
  if (!file) return std::nullopt;  // missing: parsed and written
  auto dataset = open_index({index, std::move(*file)}, key, path);
  if (!dataset) return std::nullopt;  // missing, stale or damaged: parsed and written again
  notes_.push_back({path, IndexNote::State::read, index});
  return std::move(*dataset);
}

void IndexCache::save(const std::string& path, const IndexKey& before, const Dataset& dataset) {
  if (!enabled()) return;
  auto after = files_.stamp(path);
  if (!after || !(*after == before.stamp)) {
    return note(path, "the file changed while it was read");
  }
  auto bytes = write_index(dataset, before);
  if (!bytes) return note(path, "too large for the index format");
  if (auto made = files_.make_directories(folder_, 0700); !made) {
    return note(path, fmt::format("{}: {}", made.error().path, made.error().reason));
  }
  const std::string index = index_path(before.path);
  if (auto written = files_.write_atomically(index, *bytes); !written) {
    return note(path, fmt::format("{}: {}", written.error().path, written.error().reason));
  }
  notes_.push_back({path, IndexNote::State::written, index});
}

void IndexCache::discard(const std::string& index_path) {
  (void)files_.remove(index_path);
}

Expected<std::size_t, FileError> IndexCache::clear() {
  if (!enabled()) return std::size_t{0};
  if (files_.type_of(folder_) != PathType::directory) return std::size_t{0};
  auto listed = files_.list(folder_, "");
  LORE_TRY(listed);
  std::size_t removed = 0;
  for (const std::string& file : *listed) {
    // Indexes and the temporary files of writes cut short; nothing else of anyone's.
    if (!file.ends_with(".idx") && file.find(".idx.tmp-") == std::string::npos) continue;
    LORE_TRY(files_.remove(file));
    ++removed;
  }
  return removed;
}

std::string index_cache_folder(const std::optional<std::string>& xdg_cache_home,
                               const std::optional<std::string>& home) {
  const std::string base = xdg_base(xdg_cache_home, home, ".cache");
  return base.empty() ? base : base + "/lore";
}

}  // namespace lore
