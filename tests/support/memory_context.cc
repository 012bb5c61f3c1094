#include "support/memory_context.h"

#include <chrono>

namespace lore::test {

Environment test_environment() {
  Environment environment;
  environment.today = [] {
    return std::chrono::year_month_day{std::chrono::year{2024}, std::chrono::month{5},
                                       std::chrono::day{17}};
  };
  return environment;
}

Context MemoryContext::fresh() {
  out = StringOutput();
  messages = StringOutput();
  return Context{out, messages, files, environment, input};
}

Context ContextTest::fresh_context() {
  out_ = StringOutput();
  messages_ = StringOutput();
  return Context{out_, messages_, files_, environment_};
}

Lines ContextTest::printed_lines(const Expected<void, Error>& result) const {
  EXPECT_TRUE(result) << (result ? "" : result.error().message);
  return out_lines();
}

}  // namespace lore::test
