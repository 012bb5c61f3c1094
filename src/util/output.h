#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "util/expected.h"

namespace lore {

/// Where a command writes its results. An interface, so tests can capture output.
class Output {
 public:
  virtual ~Output() = default;
  virtual void write(std::string_view text) = 0;
  /// Flushes; the error says why the output could not be written, if it could not.
  virtual Expected<void, std::string> finish() = 0;
  /// True when writing failed because the reader went away (EPIPE): a pipeline such as
  /// `lore list | head -1` ending early, which is no error to report.
  virtual bool reader_gone() const { return false; }
  /// The stdio stream written to, if there is one: where a line editor draws its
  /// prompt, so that it shows on the same terminal as the rest.
  virtual std::FILE* stream() const { return nullptr; }
};

/// Writes to a stdio stream and remembers the first failure (a full disk, a closed
/// pipe) so it can be reported once at the end.
class StreamOutput : public Output {
 public:
  explicit StreamOutput(std::FILE* stream) : stream_(stream) {}
  void write(std::string_view text) override;
  Expected<void, std::string> finish() override;
  bool reader_gone() const override;
  std::FILE* stream() const override { return stream_; }

 private:
  std::FILE* stream_;
  int error_ = 0;
};

/// Discards everything.
class NullOutput : public Output {
 public:
  void write(std::string_view /*text*/) override {}
  Expected<void, std::string> finish() override { return {}; }
};

/// Collects output in memory.
class StringOutput : public Output {
 public:
  void write(std::string_view text) override { text_ += text; }
  Expected<void, std::string> finish() override { return {}; }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

}  // namespace lore
