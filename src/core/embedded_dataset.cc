#include "core/embedded_dataset.h"

#include "core/dataset_loader.h"

namespace lore::embedded {

IndexKey builtin_index_key() {
  return {std::string(kDatasetPath), FileStamp{}};
}

Dataset open_builtin_index(std::string_view index) {
  // Static bytes: the mapping owns nothing.
  auto opened = open_index(index_file_in_memory(MappedFile(nullptr, index), "the built-in index"),
                           builtin_index_key(), std::string(kDatasetPath));
  if (opened) return std::move(*opened);
  LoadResult parsed = load_dataset(kDataset, std::string(kDatasetPath));
  return parsed.dataset ? std::move(*parsed.dataset) : Dataset(DatasetInfo{});
}

}  // namespace lore::embedded
