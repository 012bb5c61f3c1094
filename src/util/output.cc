#include "util/output.h"

#include <cerrno>
#include <cstring>

namespace lore {

void StreamOutput::write(std::string_view text) {
  if (error_ != 0 || text.empty()) return;
  if (std::fwrite(text.data(), 1, text.size(), stream_) != text.size()) error_ = errno;
}

bool StreamOutput::reader_gone() const {
  return error_ == EPIPE;
}

Expected<void, std::string> StreamOutput::finish() {
  if (error_ == 0 && std::fflush(stream_) != 0) error_ = errno;
  if (error_ == 0 && std::ferror(stream_) != 0) error_ = EIO;
  if (error_ != 0) return unexpected(std::string(std::strerror(error_)));
  return {};
}

}  // namespace lore
