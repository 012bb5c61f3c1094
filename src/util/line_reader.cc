#include "util/line_reader.h"

#include <unistd.h>

#include <cerrno>

#include "util/interrupt.h"

namespace lore {

std::optional<std::string> StreamLineReader::read_line() {
  const int fd = ::fileno(stream_);
  for (;;) {
    const auto newline = buffer_.find('\n');
    if (newline != std::string::npos || (at_end_ && !buffer_.empty())) {
      std::string line = buffer_.substr(0, newline);
      buffer_.erase(0, newline == std::string::npos ? buffer_.size() : newline + 1);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    }
    if (at_end_) return std::nullopt;
    if (fd < 0) {  // a stream with no descriptor (fmemopen): stdio it is
      const int c = std::fgetc(stream_);
      if (c == EOF) {
        at_end_ = true;
      } else {
        buffer_ += static_cast<char>(c);
      }
      continue;
    }
    if (!wait_readable(fd)) return std::nullopt;  // a signal: the caller asks which
    char chunk[4096];
    const ssize_t count = ::read(fd, chunk, sizeof chunk);
    if (count < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (count <= 0) {
      at_end_ = true;  // the end, or an error that nothing can mend
    } else {
      buffer_.append(chunk, static_cast<std::size_t>(count));
    }
  }
}

}  // namespace lore
