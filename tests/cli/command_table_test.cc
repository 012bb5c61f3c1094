#include "cli/command_table.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "support/app_runner.h"
#include "support/memory_context.h"
#include "util/output.h"

namespace lore::cli {
namespace {

/// The commands of the first issue; every later command is allowed beside them.
const std::vector<std::string> kCoreCommands{"quote", "trivia", "scene",  "egg",  "random",
                                             "show",  "list",   "search", "info", "tags"};

TEST(CommandTable, HasEveryCoreCommandOnce) {
  std::vector<std::string> names;
  for (const CommandSpec& command : command_table()) names.emplace_back(command.name);
  for (const std::string& name : kCoreCommands) {
    EXPECT_EQ(std::count(names.begin(), names.end(), name), 1) << name;
  }
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size())
      << "a name twice";
}

TEST(CommandTable, EveryCommandHasASummaryExamplesAndASetup) {
  for (const CommandSpec& command : command_table()) {
    EXPECT_FALSE(command.summary.empty()) << command.name;
    EXPECT_NE(command.examples.find("lore " + std::string(command.name)), std::string_view::npos)
        << command.name << " has no example of itself";
    EXPECT_NE(command.setup, nullptr) << command.name;
  }
}

/// Splits an example as a shell would, for the simple forms used in --help: words, and
/// single-quoted strings; it stops at an unquoted pipe.
std::vector<std::string> shell_words(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  bool quoted = false;
  for (const char c : line) {
    if (quoted) {
      if (c == '\'') {
        quoted = false;
      } else {
        word += c;
      }
      continue;
    }
    if (c == '\'') {
      quoted = true;
      in_word = true;
    } else if (c == '|') {
      break;
    } else if (c == ' ') {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(word);
  return words;
}

TEST(CommandTable, ShellWordsSplitsAsTheShellDoes) {
  EXPECT_EQ(shell_words("  lore search -i 'earth|home' --format jsonl"),
            (std::vector<std::string>{"lore", "search", "-i", "earth|home", "--format", "jsonl"}));
  EXPECT_EQ(shell_words("lore list --format tsv | cut -f1"),
            (std::vector<std::string>{"lore", "list", "--format", "tsv"}));
}

TEST(CommandTable, EveryExampleOfTheCoreCommandsRuns) {
  // The --help examples are what a new user types first: each must work on the
  // built-in dataset.
  std::size_t examples = 0;
  for (const CommandSpec& command : command_table()) {
    if (std::find(kCoreCommands.begin(), kCoreCommands.end(), command.name) ==
        kCoreCommands.end()) {
      continue;
    }
    std::string_view rest = command.examples;
    while (!rest.empty()) {
      const std::size_t newline = rest.find('\n');
      const std::string_view line = rest.substr(0, newline);
      rest = newline == std::string_view::npos ? "" : rest.substr(newline + 1);
      const std::vector<std::string> words = shell_words(line);
      if (words.empty() || words[0] != "lore") continue;
      Environment environment = test::test_environment();
      environment.entropy_seed = 1;
      MemoryFileSystem files;
      // run_lore puts "lore" in front: the example's own first word is dropped.
      const test::AppRun run = test::run_lore({words.begin() + 1, words.end()}, files, environment);
      EXPECT_EQ(run.status, 0) << line << "\n" << run.err;
      EXPECT_FALSE(run.out.empty()) << line;
      ++examples;
    }
  }
  EXPECT_GE(examples, kCoreCommands.size());
}

}  // namespace
}  // namespace lore::cli
