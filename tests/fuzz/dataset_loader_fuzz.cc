// The dataset loader, and its round trip: a dataset that loads is written with the
// dataset writer and loaded again, and must give the same entries. Read in parts of a
// few bytes, a text loads as the whole does, or is left to the whole.

#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  const std::string_view text = fuzz::as_text(data, size);
  const LoadResult first = load_dataset(text, "fuzz.toml");
  if (const auto parts = load_dataset_in_parts(text, "fuzz.toml", 16)) {
    FUZZ_CHECK(parts->dataset.has_value() && first.dataset.has_value());
    FUZZ_CHECK(parts->dataset->entries().size() == first.dataset->entries().size());
    for (std::size_t i = 0; i < parts->dataset->entries().size(); ++i) {
      const Entry& a = parts->dataset->entries()[i];
      const Entry& b = first.dataset->entries()[i];
      FUZZ_CHECK(write_entry(a) == write_entry(b));
      FUZZ_CHECK(a.position.line == b.position.line && a.position.column == b.position.column);
    }
    FUZZ_CHECK(write_dataset_table(parts->dataset->info()) ==
               write_dataset_table(first.dataset->info()));
  }
  if (!first.dataset) return 0;
  std::vector<const Entry*> entries;
  for (const Entry& entry : first.dataset->entries()) entries.push_back(&entry);
  const std::string written = write_dataset(first.dataset->info(), entries);
  const LoadResult second = load_dataset(written, "written.toml");
  FUZZ_CHECK(second.dataset.has_value());
  const auto& again = second.dataset->entries();
  FUZZ_CHECK(again.size() == entries.size());
  for (std::size_t i = 0; i < again.size(); ++i) {
    FUZZ_CHECK(write_entry(again[i]) == write_entry(*entries[i]));
  }
  FUZZ_CHECK(write_dataset_table(second.dataset->info()) ==
             write_dataset_table(first.dataset->info()));
  return 0;
}
