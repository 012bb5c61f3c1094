#include "cli/config_defaults.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace lore::cli {
namespace {

using Keys = std::map<std::string, std::vector<std::string>>;

// Every key the declarations give, and none that writes a file or asks for help.
TEST(ConfigKeys, WalkTheDeclarations) {
  const Keys keys = config_keys();
  for (const char* key : {"width", "ignore-case", "question", "pass", "rot13", "count", "format",
                          "no-save", "choices", "data", "weight", "speaker"}) {
    EXPECT_TRUE(keys.contains(key)) << key;
  }
  for (const char* key : {"help", "version", "to", "output", "generate"}) {
    EXPECT_FALSE(keys.contains(key)) << key;
  }
  const auto count = keys.find("count");
  ASSERT_NE(count, keys.end());
  EXPECT_NE(std::find(count->second.begin(), count->second.end(), "quiz"), count->second.end());
  EXPECT_NE(std::find(count->second.begin(), count->second.end(), "lore"), count->second.end());
}

/// The rows `.It Ic KEY Ta COMMANDS` of lore(5)'s CONFIGURATION section.
Keys documented_keys() {
  std::ifstream file(LORE_SOURCE_DIR "/man/lore.5");
  std::string line;
  bool in_section = false;
  Keys keys;
  while (std::getline(file, line)) {
    if (line.starts_with(".Sh ")) in_section = line == ".Sh CONFIGURATION";
    if (!in_section || !line.starts_with(".It Ic ")) continue;
    const std::string row = line.substr(7);
    const auto tab = row.find(" Ta ");
    if (tab == std::string::npos) continue;
    std::vector<std::string>& commands = keys[row.substr(0, tab)];
    std::istringstream list(row.substr(tab + 4));
    std::string command;
    while (std::getline(list, command, ',')) {
      command.erase(0, command.find_first_not_of(' '));
      commands.push_back(command);
    }
  }
  return keys;
}

// lore(5) has one table of every key and the commands that take it, kept in step with
// the declarations: an option added, removed or moved fails here until the table says so.
TEST(ConfigKeys, LoreFiveListsEveryKeyWithItsCommands) {
  const Keys declared = config_keys();
  std::string table;
  for (const auto& [key, commands] : declared) {
    table += fmt::format(".It Ic {} Ta {}\n", key, fmt::join(commands, ", "));
  }
  EXPECT_EQ(documented_keys(), declared) << "lore(5)'s CONFIGURATION table should read:\n" << table;
}

}  // namespace
}  // namespace lore::cli
