#pragma once

#include <string>
#include <string_view>

#include "util/expected.h"
#include "util/output.h"

namespace lore::test {

/// An output that takes every write and whose finish() fails, as a full disk would.
class FailingOutput : public Output {
 public:
  void write(std::string_view /*text*/) override {}
  Expected<void, std::string> finish() override;
};

}  // namespace lore::test
