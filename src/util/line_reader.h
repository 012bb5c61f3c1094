#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace lore {

/// A source of lines typed by a person or a script. An interface, so tests can script it.
class LineReader {
 public:
  virtual ~LineReader() = default;
  /// The next line without its line ending; nothing at the end of input.
  virtual std::optional<std::string> read_line() = 0;
};

/// Reads lines from a stdio stream (CR LF endings too).
class StreamLineReader : public LineReader {
 public:
  explicit StreamLineReader(std::FILE* stream) : stream_(stream) {}
  std::optional<std::string> read_line() override;

 private:
  std::FILE* stream_;
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
