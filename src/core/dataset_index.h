#pragma once

#include <optional>
#include <string>

#include "core/dataset.h"
#include "util/expected.h"
#include "util/file_system.h"

namespace lore {

/// What an index must match to stand for a dataset file: the file's canonical path
/// and its stamp. Any change to the file (or another file at the path) changes it.
struct IndexKey {
  std::string path;  ///< Canonical (FileSystem::identity).
  FileStamp stamp;
};

/// The index format's version; an index of another version is rebuilt.
inline constexpr std::uint32_t kIndexVersion = 1;

/// The bytes of an index of `dataset` (built in memory), keyed to its source file.
/// Layout (little-endian, sections 8-byte aligned; see dataset_index.cc): a header with
/// its own checksum, the names of tags, speakers and categories, a fixed-size record
/// per entry (kind, flags, length, name ids), the entry numbers of each kind, a hash
/// table of ids, the ids, the searchable text, the rest of each entry, and last a
/// checksum (XXH3) of every 64 KiB block, so that a reader checks each block it
/// touches. Empty when a section would pass 4 GiB.
std::optional<std::string> write_index(const Dataset& dataset, const IndexKey& key);

/// `bytes` made to pass the checksums of an index keyed to `key`: the key, every
/// block's sum and the header's written anew. The writer's last step; tests and the
/// fuzzer use it to reach the reader's own checks with a hostile index.
std::string seal_index(std::string bytes, const IndexKey& key);

/// A dataset whose entries are read from the mapped index `file` on demand. The header,
/// the key and the block table are checked here; every other block when first read
/// (IndexDamaged). The error says why the index cannot be used. `index_path` names the
/// index in IndexDamaged; the dataset's path is `source_path`, as messages name it.
Expected<Dataset, std::string> open_index(MappedFile file, const IndexKey& key,
                                          const std::string& index_path,
                                          const std::string& source_path);

}  // namespace lore
