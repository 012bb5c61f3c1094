#include "cli/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/app_runner.h"
#include "support/memory_context.h"

namespace lore::cli {
namespace {

using test::AppRun;
using test::run_lore;

std::vector<std::string> strings(const std::vector<std::string_view>& words) {
  return {words.begin(), words.end()};
}

TEST(HelpAsFlag, HelpCommandIsTheCommandsHelp) {
  EXPECT_EQ(strings(*help_as_flag({"help"})), (std::vector<std::string>{"--help"}));
  EXPECT_EQ(strings(*help_as_flag({"help", "quote"})),
            (std::vector<std::string>{"quote", "--help"}));
  EXPECT_EQ(strings(*help_as_flag({"quote", "help"})), (std::vector<std::string>{"quote", "help"}));
  // An action or a format after the command: the command's help covers it.
  EXPECT_EQ(strings(*help_as_flag({"help", "cache", "build"})),
            (std::vector<std::string>{"cache", "--help"}));
}

TEST(HelpAsFlag, AnUnknownCommandSuggestsTheNearest) {
  const auto words = help_as_flag({"help", "qoute"});
  ASSERT_FALSE(words);
  EXPECT_EQ(words.error().kind, ErrorKind::usage);
  EXPECT_EQ(words.error().message, "unknown command 'qoute'; did you mean 'quote'?");
}

TEST(ParserFor, ACommandFirstLeavesOutLoresOwnOptions) {
  const std::vector<std::string_view> words{"quote", "-n", "2", "--seed", "3"};
  const auto lean = parser_for(words);
  EXPECT_TRUE(lean->lean);
  EXPECT_EQ(lean->app.get_option_no_throw("--seed"), nullptr);
  parse_words(*lean, words);
  EXPECT_EQ(chosen_command(*lean), "quote");
  // lore's own options may come first, or there is no command: all are declared.
  for (const std::vector<std::string_view>& full_words :
       {std::vector<std::string_view>{}, {"--seed", "3", "quote"}, {"-t", "quote"}}) {
    const auto full = parser_for(full_words);
    EXPECT_FALSE(full->lean) << full_words.size();
    EXPECT_NE(full->app.get_option_no_throw("--seed"), nullptr) << full_words.size();
  }
  EXPECT_FALSE(parser_for(words, LoreOptions::all)->lean);
  EXPECT_TRUE(parser_for_command("quote")->lean);
  EXPECT_FALSE(parser_for_command("")->lean);
}

class ParserErrors : public test::ContextTest {
 protected:
  AppRun run(const std::vector<std::string>& args) { return run_lore(args, files_, environment_); }
};

TEST_F(ParserErrors, UnknownWordsInGivenOrderWithNearestOption) {
  const AppRun result = run({"quote", "never", "--col"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err,
            "lore: unexpected argument 'never'\n"
            "lore: unknown option '--col'; did you mean '--color'?\n"
            "Try 'lore quote --help' for more.\n");
}

TEST_F(ParserErrors, AMisspeltOptionSuggestsTheNearest) {
  const AppRun result = run({"--spoil"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err,
            "lore: unknown option '--spoil'; did you mean '--spoilers'?\n"
            "Try 'lore --help' for more.\n");
}

TEST_F(ParserErrors, AnOptionTheCommandDoesNotTakeAfterIt) {
  const AppRun result = run({"sources", "--seed", "3"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err,
            "lore: 'lore sources' does not take --seed\nTry 'lore sources --help' for more.\n");
}

TEST_F(ParserErrors, AnOptionTheCommandDoesNotTakeBeforeIt) {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"--seed", "3", "sources"},
                                               {"-an3", "info"},
                                               {"--template={id}", "tags"},
                                               {"--width", "40", "tags"}}) {
    const AppRun result = run(args);
    EXPECT_EQ(result.status, 2) << args.front();
    EXPECT_NE(result.err.find("does not take"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("Try 'lore " + args.back() + " --help'"), std::string::npos)
        << result.err;
  }
}

TEST_F(ParserErrors, SharedOptionsBeforeTheCommandStillWork) {
  const AppRun result =
      run({"--no-default", "--data", "x.toml", "-d", "x", "--color", "never", "info"});
  // x.toml does not exist: the options were taken, and the file was looked for.
  EXPECT_EQ(result.status, 66) << result.err;
}

TEST_F(ParserErrors, TheQuizsOwnCountGoesAfterItsName) {
  const AppRun result = run({"-n", "2", "quiz"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err,
            "lore: 'lore quiz' takes -n/--count after its name\n"
            "Try 'lore quiz --help' for more.\n");
}

TEST_F(ParserErrors, AValueNotAmongTheChoicesSaysThemInWords) {
  const AppRun result = run({"quote", "--color", "nevr"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err,
            "lore: --color: must be auto, always or never, not 'nevr'; did you mean 'never'?\n"
            "Try 'lore quote --help' for more.\n");
}

TEST_F(ParserErrors, HelpAfterOptionsIsTheHelpOfItsCommand) {
  const AppRun help = run({"--no-cache", "help", "tags"});
  const AppRun flag = run({"tags", "--help"});
  EXPECT_EQ(help.status, 0) << help.err;
  EXPECT_EQ(help.out, flag.out);
}

}  // namespace
}  // namespace lore::cli
