#pragma once

#include <gtest/gtest.h>

#include "commands/context.h"
#include "core/error.h"
#include "support/lines.h"
#include "util/file_system.h"
#include "util/line_reader.h"
#include "util/output.h"

namespace lore::test {

/// The environment of a test run: a fixed day (2024-05-17), no terminal, entropy seed 0,
/// no HOME nor XDG folders, no config.toml.
Environment test_environment();

/// Everything a command reads and writes, in memory: files, an environment, standard
/// output and error as strings, and optionally answers to read.
struct MemoryContext {
  /// A Context over emptied outputs, so each run is read on its own.
  Context fresh();

  MemoryFileSystem files;
  Environment environment = test_environment();
  StringOutput out;
  StringOutput messages;
  LineReader* input = nullptr;
};

/// A fixture for tests that run commands in memory: `files_`, `environment_`, `out_`
/// and `messages_` as most command tests name them.
class ContextTest : public ::testing::Test {
 protected:
  /// A Context over emptied outputs, the files and the environment.
  Context fresh_context();
  /// The lines printed on standard output.
  Lines out_lines() const { return lines_of(out_.text()); }
  /// The lines printed by a run that must succeed.
  Lines printed_lines(const Expected<void, Error>& result) const;

  MemoryFileSystem files_;
  Environment environment_ = test_environment();
  StringOutput out_;
  StringOutput messages_;
};

}  // namespace lore::test
