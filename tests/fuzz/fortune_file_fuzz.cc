// The fortune reader, and its round trip: the cookies of any file become entries, are
// written as a fortune file, and read back as the same cookies with the same ids.

#include <string>
#include <vector>

#include "fortune/fortune_file.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  // The first byte chooses rot13, as `lore import fortune --rot13` does.
  const bool rot13 = size > 0 && (data[0] & 1) != 0;
  const ParsedFortune first = parse_fortune(fuzz::as_text(data, size), rot13);
  (void)binary_file_reason(fuzz::as_text(data, size));
  DatasetInfo info;
  info.id = "fuzz";
  info.crlf = first.crlf_line_ends;
  const Dataset dataset = cookies_to_dataset(info, {FortuneFile{"fuzz", first.cookies}});
  FUZZ_CHECK(dataset.entries().size() == first.cookies.size());
  std::vector<const Entry*> entries;
  for (const Entry& entry : dataset.entries()) entries.push_back(&entry);
  // No cookie read has a "%" line, and an imported dataset's lines are never wrapped.
  const FortuneText written = write_fortune(entries);
  FUZZ_CHECK(written.percent_lines.empty());
  const ParsedFortune second = parse_fortune(written.text, false);
  FUZZ_CHECK(second.cookies.size() == first.cookies.size());
  FUZZ_CHECK(!second.converted_from_latin1);
  FUZZ_CHECK(second.converted_crlf == (first.crlf_line_ends && !first.cookies.empty()));
  // Wrapped narrow as a dataset of lore's own is, and escaped, no entry is split.
  DatasetInfo own = dataset.info();
  own.preformatted = false;
  std::vector<Entry> copies(dataset.entries().begin(), dataset.entries().end());
  std::vector<const Entry*> own_entries;
  for (Entry& copy : copies) {
    copy.dataset = &own;
    own_entries.push_back(&copy);
  }
  const FortuneText wrapped = write_fortune(own_entries, {.escape_percent = true, .width = 12});
  FUZZ_CHECK(parse_fortune(wrapped.text, false).cookies.size() <= first.cookies.size());
  for (std::size_t i = 0; i < second.cookies.size(); ++i) {
    FUZZ_CHECK(second.cookies[i].text == first.cookies[i].text);
    FUZZ_CHECK(second.cookies[i].speaker == first.cookies[i].speaker);
    FUZZ_CHECK(cookie_id(second.cookies[i]) == cookie_id(first.cookies[i]));
  }
  return 0;
}
