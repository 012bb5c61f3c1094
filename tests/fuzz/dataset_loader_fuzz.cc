// The dataset loader, and its round trip: a dataset that loads is written with the
// dataset writer and loaded again, and must give the same entries.

#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  const LoadResult first = load_dataset(fuzz::as_text(data, size), "fuzz.toml");
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
