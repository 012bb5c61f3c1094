// progress.toml, and its round trip: progress that parses is serialized and parsed
// again, and must give the same records.

#include "fuzz_check.h"
#include "quiz/progress_store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  const auto first = parse_progress(fuzz::as_text(data, size));
  if (!first) return 0;
  const std::string written = serialize_progress(*first);
  const auto second = parse_progress(written);
  FUZZ_CHECK(second.has_value());
  FUZZ_CHECK(second->records() == first->records());
  return 0;
}
