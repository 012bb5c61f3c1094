// The index reader, which maps files from the cache folder that anyone who can write
// there may have changed. The first byte chooses what the rest is:
//   0: an index as it is, checksums and all;
//   1: a dataset in TOML, indexed and read back: the same entries, selections, finds;
//   2: a dataset in TOML, indexed, then changed byte by byte as the rest of the input
//      says and sealed (checksums made right), so that the reader's own checks of a
//      hostile index are reached.
// Whatever the index, reading it either works or throws IndexDamaged: no crash, no
// read outside it, no endless loop.

#include <memory>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/dataset_index.h"
#include "core/dataset_loader.h"
#include "core/filter.h"
#include "core/text_search.h"
#include "fuzz_check.h"

namespace {

using namespace lore;

const IndexKey kKey{"/fuzz/data.toml", FileStamp{1, 2, 3, 4}};
constexpr std::string_view kEdits = "\xFF\xFE\xFD";  // between the TOML and the edits

Expected<Dataset, std::string> open_bytes(std::string bytes) {
  auto owner = std::make_shared<const std::string>(std::move(bytes));
  const std::string_view view = *owner;
  return open_index(index_file_in_memory(MappedFile(owner, view), "fuzz.idx"), kKey, "fuzz.toml");
}

/// Reads everything an index offers, as the commands do.
void read_everything(Dataset dataset) {
  const EntryStore& store = *dataset.store();
  try {
    for (std::size_t i = 0; i < dataset.size(); ++i) {
      (void)dataset.entry(i);
      (void)store.find(dataset.id_of(i));
    }
    for (const Kind kind : kAllKinds) {
      for (std::size_t n = 0; n < store.count(kind, true); ++n) {
        (void)dataset.entry(store.nth_of_kind(kind, true, n));
      }
    }
    Catalog catalog;
    catalog.add(std::move(dataset));
    Filter filter;
    filter.tags = {"a"};
    filter.speaker = "b";
    filter.length = LengthLimit::short_only;
    (void)select_entries(catalog, filter).entries();
    auto search = TextSearch::compile("e", false);
    (void)search_entries(select_entries(catalog, {}), *search);
    (void)catalog.datasets().front().entries();
  } catch (const IndexDamaged&) {
    // Found and refused: what must happen to a damaged index.
  }
}

std::vector<std::string> fields_of_all(const Dataset& dataset) {
  std::vector<std::string> out;
  for (const Entry& entry : dataset.entries()) {
    std::string fields = std::string(kind_name(entry.kind)) + std::string(entry.id);
    for (const auto tag : entry.tags) fields += "|" + std::string(tag);
    fields += "|" + std::string(entry.body()) + "|" + std::string(entry.speaker) + "|" +
              std::string(entry.question) + "|" + std::string(entry.title) +
              (entry.spoiler ? "|s" : "|-") + (entry.order ? std::to_string(*entry.order) : "");
    for (const auto item : entry.choices) fields += "|" + std::string(item);
    for (const auto item : entry.characters) fields += "|" + std::string(item);
    out.push_back(std::move(fields));
  }
  return out;
}

void round_trip(std::string_view toml) {
  const LoadResult loaded = load_dataset(toml, "fuzz.toml");
  if (!loaded.dataset) return;
  auto bytes = write_index(*loaded.dataset, kKey);
  if (!bytes) return;
  auto opened = open_bytes(std::move(*bytes));
  FUZZ_CHECK(opened.has_value());
  FUZZ_CHECK(fields_of_all(*opened) == fields_of_all(*loaded.dataset));
  for (std::size_t i = 0; i < opened->size(); ++i) {
    FUZZ_CHECK(opened->store()->find(opened->id_of(i)) == i);
  }
  Catalog memory;
  Catalog stored;
  const std::string_view id = loaded.dataset->info().id;
  memory.add(load_dataset(toml, "fuzz.toml").dataset.value());
  stored.add(std::move(*opened));
  Filter filter;
  filter.include_spoilers = true;
  filter.kinds = {Kind::quote};
  FUZZ_CHECK(select_entries(memory, filter).size() == select_entries(stored, filter).size());
  auto search = TextSearch::compile("^[a-m]|e$", true);
  FUZZ_CHECK(search_entries(select_entries(memory, filter), *search).size() ==
             search_entries(select_entries(stored, filter), *search).size());
  FUZZ_CHECK(stored.datasets().front().info().id == id);
}

void hostile(std::string_view input) {
  const std::size_t split = input.find(kEdits);
  const std::string_view toml = input.substr(0, split);
  const std::string_view edits =
      split == std::string_view::npos ? std::string_view() : input.substr(split + kEdits.size());
  const LoadResult loaded = load_dataset(toml, "fuzz.toml");
  if (!loaded.dataset) return;
  auto bytes = write_index(*loaded.dataset, kKey);
  if (!bytes || bytes->empty()) return;
  // Each edit: four bytes of offset, one byte to set there.
  for (std::size_t i = 0; i + 5 <= edits.size(); i += 5) {
    std::uint32_t offset = 0;
    std::memcpy(&offset, edits.data() + i, sizeof offset);
    (*bytes)[offset % bytes->size()] = edits[i + 4];
  }
  auto opened = open_bytes(seal_index(std::move(*bytes), kKey));
  if (opened) read_everything(std::move(*opened));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest = fuzz::as_text(data + 1, size - 1);
  switch (data[0] % 3) {
    case 0: {
      auto opened = open_bytes(std::string(rest));
      if (opened) read_everything(std::move(*opened));
      break;
    }
    case 1: round_trip(rest); break;
    default: hostile(rest); break;
  }
  return 0;
}
