// The answer matcher: given, answer and alternatives split from the input at NULs.
// An answer always matches itself.

#include <string>
#include <vector>

#include "fuzz_check.h"
#include "quiz/answer_matcher.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  std::vector<std::string> parts;
  std::string_view rest = fuzz::as_text(data, size);
  while (parts.size() < 2) {
    const std::size_t nul = rest.find('\0');
    parts.emplace_back(rest.substr(0, nul));
    rest = nul == std::string_view::npos ? std::string_view() : rest.substr(nul + 1);
  }
  std::vector<std::string> accept;
  while (!rest.empty()) {
    const std::size_t nul = rest.find('\0');
    accept.emplace_back(rest.substr(0, nul));
    rest = nul == std::string_view::npos ? std::string_view() : rest.substr(nul + 1);
  }
  const Verdict verdict = judge_answer(parts[0], parts[1], accept);
  (void)counts_as_right(verdict);
  (void)allowed_typos(parts[0]);
  const Verdict same = judge_answer(parts[1], parts[1], accept);
  FUZZ_CHECK(same == Verdict::right || same == Verdict::skipped);
  return 0;
}
