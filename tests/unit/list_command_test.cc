#include "commands/list_command.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "util/output.h"
#include "util/utf8.h"

namespace lore {
namespace {

constexpr std::string_view kMem = R"([dataset]
id = "mem"
title = "Memory"

[[trivia]]
id = "t-composer"
fact = "The score of the film is by Alex Somers, who also worked with Sigur Rós."
category = "music"
tags = ["crew"]

[[quote]]
id = "q-hope"
text = "Hope is not a plan."
tags = ["iconic"]

[[scene]]
id = "s-end"
title = "Departure"
order = 2
description = "The last shuttle leaves."
tags = ["ending"]
spoiler = true

[[egg]]
id = "e-balloon"
title = "The balloon"
text = "Fragile."
tags = ["iconic"]
)";

using Lines = std::vector<std::string>;

class ListCommandTest : public ::testing::Test {
 protected:
  void SetUp() override { files_.add("mem.toml", std::string(kMem)); }
  static ListOptions list() {
    ListOptions options;
    options.sources.include_embedded = false;
    options.sources.files = {"mem.toml"};
    return options;
  }
  Expected<void, Error> run(const ListOptions& options) {
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
    return run_list(options, context);
  }
  Lines lines(const ListOptions& options) {
    const auto result = run(options);
    EXPECT_TRUE(result) << (result ? "" : result.error().message);
    Lines out;
    std::istringstream in(out_.text());
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }
  MemoryFileSystem files_;
  Environment environment_;
  StringOutput out_;
  StringOutput messages_;
};

TEST_F(ListCommandTest, OneLineEachInDatasetOrderWithoutSpoilers) {
  EXPECT_EQ(lines(list()),
            (Lines{"t-composer  trivia  The score of the film is by Alex Somers, who also worked with Sigur R\xC3\xB3s.",
                   "q-hope      quote   Hope is not a plan.",
                   "e-balloon   egg     The balloon"}));
}

TEST_F(ListCommandTest, SpoilersWhenAsked) {
  ListOptions options = list();
  options.filter.include_spoilers = true;
  const Lines out = lines(options);
  ASSERT_EQ(out.size(), 4U);
  EXPECT_EQ(out[2], "s-end       scene   Departure");
}

TEST_F(ListCommandTest, FiltersApply) {
  ListOptions options = list();
  options.filter.tags = {"iconic"};
  EXPECT_EQ(lines(options), (Lines{"q-hope     quote   Hope is not a plan.", "e-balloon  egg     The balloon"}));
  options.filter.kinds = {Kind::egg};
  EXPECT_EQ(lines(options), (Lines{"e-balloon  egg     The balloon"}));
}

TEST_F(ListCommandTest, NoMatch) {
  ListOptions options = list();
  options.filter.kinds = {Kind::scene};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ListCommandTest, LinesAreCutToTheColumns) {
  environment_.columns = 40;
  for (const std::string& line : lines(list())) {
    EXPECT_LE(utf8::display_width(line), 40U) << line;
  }
  EXPECT_EQ(lines(list())[0], "t-composer  trivia  The score of the fi\xE2\x80\xA6");
}

TEST_F(ListCommandTest, WidthOptionWinsOverColumnsAndZeroMeansUncut) {
  environment_.columns = 40;
  ListOptions options = list();
  options.display.width = 0;
  EXPECT_EQ(lines(options)[0],
            "t-composer  trivia  The score of the film is by Alex Somers, who also worked with Sigur R\xC3\xB3s.");
  options.display.width = 30;
  EXPECT_EQ(lines(options)[0], "t-composer  trivia  The score\xE2\x80\xA6");
}

TEST_F(ListCommandTest, TerminalWidthWhenNoColumns) {
  environment_.terminal_width = 35;
  for (const std::string& line : lines(list())) EXPECT_LE(utf8::display_width(line), 35U) << line;
}

TEST_F(ListCommandTest, TsvForPipelines) {
  ListOptions options = list();
  options.display.format = OutputFormat::tsv;
  EXPECT_EQ(lines(options)[1], "q-hope\tquote\tmem\tHope is not a plan.");
}

TEST_F(ListCommandTest, ColourOnlyWhenAsked) {
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
