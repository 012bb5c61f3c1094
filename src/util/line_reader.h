#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "util/output.h"

namespace lore {

/// A source of lines typed by a person or a script. An interface, so tests can script it.
class LineReader {
 public:
  virtual ~LineReader() = default;
  /// The next line without its line ending; nothing at the end of input, or when a
  /// signal was caught while waiting (see InterruptGuard).
  virtual std::optional<std::string> read_line() = 0;
  /// True for a line editor, which shows the prompt and echoes what is typed itself;
  /// otherwise the caller writes the prompt.
  virtual bool shows_prompt() const { return false; }
  /// The prompt a line editor shows before each line, drawn where `shown_on` writes.
  virtual void set_prompt(std::string /*prompt*/, Output& /*shown_on*/) {}
};

/// Reads lines from a stdio stream (CR LF endings too), through its file descriptor:
/// nothing else may read the stream. Waiting for input ends when a signal is caught.
class StreamLineReader : public LineReader {
 public:
  explicit StreamLineReader(std::FILE* stream) : stream_(stream) {}
  std::optional<std::string> read_line() override;

 private:
  std::FILE* stream_;
  std::string buffer_;  ///< Read but not yet handed out.
  bool at_end_ = false;
};

/// Hands out lines given in advance.
class ScriptedLineReader : public LineReader {
 public:
  explicit ScriptedLineReader(std::vector<std::string> lines) : lines_(std::move(lines)) {}
  std::optional<std::string> read_line() override {
    if (next_ == lines_.size()) return std::nullopt;
    return lines_[next_++];
  }

 private:
  std::vector<std::string> lines_;
  std::size_t next_ = 0;
};

}  // namespace lore
