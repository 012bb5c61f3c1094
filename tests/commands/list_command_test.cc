#include "commands/list_command.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/catalogs.h"
#include "support/dataset_builder.h"
#include "support/memory_context.h"
#include "util/output.h"
#include "util/utf8.h"

namespace lore {
namespace {

std::string mem_dataset() {
  return test::DatasetBuilder("mem", "Memory")
      .trivia("t-composer",
              "The score of the film is by Alex Somers, who also worked with Sigur Rós.", "music",
              {"crew"})
      .quote("q-hope", "Hope is not a plan.", {"iconic"})
      .scene("s-end", "Departure", 2, "The last shuttle leaves.", {"ending"})
      .spoiler()
      .egg("e-balloon", "The balloon", "Fragile.", {"iconic"})
      .toml();
}

using Lines = std::vector<std::string>;

class ListRun : public test::ContextTest {
 protected:
  void SetUp() override { files_.add("mem.toml", mem_dataset()); }
  static ListOptions list() {
    ListOptions options;
    options.sources = test::only_files({"mem.toml"});
    return options;
  }
  Expected<void, Error> run(const ListOptions& options) {
    Context context = fresh_context();
    return run_list(options, context);
  }
  Lines lines(const ListOptions& options) { return printed_lines(run(options)); }
};

TEST_F(ListRun, OneLineEachInDatasetOrderWithoutSpoilers) {
  EXPECT_EQ(lines(list()),
            (Lines{"t-composer  trivia  The score of the film is by Alex Somers, who also worked "
                   "with Sigur R\xC3\xB3s.",
                   "q-hope      quote   Hope is not a plan.", "e-balloon   egg     The balloon"}));
}

TEST_F(ListRun, SpoilersWhenAsked) {
  ListOptions options = list();
  options.filter.include_spoilers = true;
  const Lines out = lines(options);
  ASSERT_EQ(out.size(), 4U);
  EXPECT_EQ(out[2], "s-end       scene   Departure");
}

TEST_F(ListRun, FiltersApply) {
  ListOptions options = list();
  options.filter.tags = {"iconic"};
  EXPECT_EQ(lines(options),
            (Lines{"q-hope     quote   Hope is not a plan.", "e-balloon  egg     The balloon"}));
  options.filter.kinds = {Kind::egg};
  EXPECT_EQ(lines(options), (Lines{"e-balloon  egg     The balloon"}));
}

TEST_F(ListRun, NoMatch) {
  ListOptions options = list();
  options.filter.kinds = {Kind::scene};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ListRun, LinesAreCutToTheColumns) {
  environment_.columns = 40;
  for (const std::string& line : lines(list())) {
    EXPECT_LE(utf8::display_width(line), 40U) << line;
  }
  EXPECT_EQ(lines(list())[0], "t-composer  trivia  The score of the fi\xE2\x80\xA6");
}

TEST_F(ListRun, WidthOptionWinsOverColumnsAndZeroMeansUncut) {
  environment_.columns = 40;
  ListOptions options = list();
  options.display.width = 0;
  EXPECT_EQ(lines(options)[0],
            "t-composer  trivia  The score of the film is by Alex Somers, who also worked with "
            "Sigur R\xC3\xB3s.");
  options.display.width = 30;
  EXPECT_EQ(lines(options)[0], "t-composer  trivia  The score\xE2\x80\xA6");
}

TEST_F(ListRun, TerminalWidthWhenNoColumns) {
  environment_.terminal_width = 35;
  for (const std::string& line : lines(list())) EXPECT_LE(utf8::display_width(line), 35U) << line;
}

TEST_F(ListRun, TsvForPipelines) {
  ListOptions options = list();
  options.display.format = OutputFormat::tsv;
  EXPECT_EQ(lines(options)[1], "q-hope\tquote\tmem\tHope is not a plan.");
}

TEST_F(ListRun, ColourOnlyWhenAsked) {
  ListOptions options = list();
  options.display.color = ColorMode::always;
  ASSERT_TRUE(run(options));
  EXPECT_NE(out_.text().find('\x1b'), std::string::npos);
  options.display.color = ColorMode::never;
  environment_.color.stdout_is_terminal = true;
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text().find('\x1b'), std::string::npos);
  options.display.color = ColorMode::automatic;
  environment_.color.no_color = "1";
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text().find('\x1b'), std::string::npos);
}

}  // namespace
}  // namespace lore
