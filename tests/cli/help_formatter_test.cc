#include "cli/help_formatter.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "cli/command_table.h"
#include "support/app_runner.h"
#include "support/lines.h"
#include "support/memory_context.h"
#include "util/utf8.h"

namespace lore::cli {
namespace {

TEST(HelpEntry, WrapsTheDescriptionInItsColumn) {
  const std::string entry =
      help_entry("--width N",
                 "Wrap text at N columns, from 0 (never) to 100000; by default "
                 "COLUMNS, else the terminal's width",
                 26);
  EXPECT_EQ(entry,
            "  --width N               Wrap text at N columns, from 0 (never) to 100000; by\n"
            "                          default COLUMNS, else the terminal's width\n");
}

TEST(HelpEntry, ANameWiderThanItsColumnPutsTheDescriptionBelow) {
  EXPECT_EQ(help_entry("--a-very-long-option-name VALUE", "Does it", 26),
            "  --a-very-long-option-name VALUE\n                          Does it\n");
}

TEST(HelpParagraph, WrapsAt80) {
  const std::string text(30, 'a');
  EXPECT_EQ(help_paragraph(text + " " + text + " " + text), text + " " + text + "\n" + text + "\n");
}

class EveryHelp : public test::ContextTest {};

/// Every subcommand's --help, and lore's: within 80 columns, with no parser type names.
TEST_F(EveryHelp, FitsEightyColumnsWithNoParserTypeNames) {
  std::vector<std::vector<std::string>> commands{{"--help"}, {"help", "--help"}};
  for (const CommandSpec& command : command_table()) {
    commands.push_back({std::string(command.name), "--help"});
  }
  const std::regex parser_words(R"(:\{|POSITIVE|UINT|INT in|[A-Z] TEXT\b|REQUIRED|\[0 - )");
  for (const auto& args : commands) {
    const test::AppRun result = test::run_lore(args, files_, environment_);
    ASSERT_EQ(result.status, 0) << args.front() << result.err;
    for (const std::string& line : test::lines_of(result.out)) {
      EXPECT_LE(utf8::display_width(line), kHelpWidth) << args.front() << ": " << line;
      EXPECT_FALSE(std::regex_search(line, parser_words)) << args.front() << ": " << line;
    }
  }
}

}  // namespace
}  // namespace lore::cli
