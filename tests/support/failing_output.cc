#include "support/failing_output.h"

namespace lore::test {

Expected<void, std::string> FailingOutput::finish() {
  return unexpected(std::string("No space left on device"));
}

}  // namespace lore::test
