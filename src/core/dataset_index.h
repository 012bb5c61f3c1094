#pragma once

#include <memory>
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
inline constexpr std::uint32_t kIndexVersion =
    5;  // 3: scenes in story order; 4: preformatted, crlf; 5: 4 KiB blocks

/// The bytes of an index of `dataset` (built in memory), keyed to its source file.
/// Layout (little-endian, sections 8-byte aligned; see dataset_index.cc): a header with
/// its own checksum, the dataset's description with its own, the names of tags, speakers and
/// categories, a fixed-size record per entry (kind, flags, length, name ids), the entry numbers of
/// each kind, a hash table of ids, the ids, the searchable text, the rest of each entry, and last a
/// checksum (XXH3) of every 4 KiB block, so that a reader checks each block it
/// touches. Empty when a section would pass 4 GiB.
std::optional<std::string> write_index(const Dataset& dataset, const IndexKey& key);

/// `bytes` made to pass the checksums of an index keyed to `key`: the key, every
/// block's sum and the header's written anew. The writer's last step; tests and the
/// fuzzer use it to reach the reader's own checks with a hostile index.
std::string seal_index(std::string bytes, const IndexKey& key);

/// An index file, held open: a dataset opened from it reads its head when opened, a
/// few scattered bytes (as a pick reads) as the blocks that hold them, and maps the
/// whole file only when much of it is read. So a run that picks from one of many
/// datasets, or one entry of a million, brings little of the index into memory.
struct IndexFile {
  std::string path;  ///< Names the index in IndexDamaged.
  std::shared_ptr<const OpenFile> file;
};

/// An index whose bytes are in memory already (tests, the fuzzer).
IndexFile index_file_in_memory(MappedFile file, const std::string& path);

/// A dataset whose entries are read from the index `file` on demand. The header, its
/// size, the key and the description are checked here; the block table when the file is
/// mapped, and every other block when first read (IndexDamaged). The error says why the
/// index cannot be used. The dataset's path is `source_path`, as messages name it.
Expected<Dataset, std::string> open_index(IndexFile file, const IndexKey& key,
                                          const std::string& source_path);

}  // namespace lore
