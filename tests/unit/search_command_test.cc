#include "commands/search_command.h"

#include <gtest/gtest.h>

#include <string>

#include "util/output.h"

namespace lore {
namespace {

constexpr std::string_view kMem = R"([dataset]
id = "mem"
title = "Memory"

[[quote]]
id = "q-home"
text = "Earth is our home."
speaker = "Sam"
tags = ["iconic"]

[[quote]]
id = "q-bees"
text = "The bees came back."
tags = ["bees"]

[[quote]]
id = "q-final"
text = "The final shuttle leaves."
tags = ["iconic"]
spoiler = true

[[scene]]
id = "s-start"
title = "Alone"
order = 1
description = "Sam studies the bees."
tags = []

[[scene]]
id = "s-end"
title = "Departure"
order = 2
description = "The last shuttle leaves without Sam."
tags = []
spoiler = true

[[egg]]
id = "e-iconic"
title = "Not searched by tag"
text = "Nothing here."
tags = ["iconic"]
)";

class SearchCommandTest : public ::testing::Test {
 protected:
  void SetUp() override { files_.add("mem.toml", std::string(kMem)); }
  static SearchOptions search(std::string pattern) {
    SearchOptions options;
    options.pattern = std::move(pattern);
    options.sources.include_embedded = false;
    options.sources.files = {"mem.toml"};
    options.display.entry_template = EntryTemplate::parse("{id}").value();
    return options;
  }
  Expected<void, Error> run(const SearchOptions& options) {
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
    return run_search(options, context);
  }
  MemoryFileSystem files_;
  Environment environment_;
  StringOutput out_;
  StringOutput messages_;
};

TEST_F(SearchCommandTest, PrintsEveryMatchingEntryInDatasetOrder) {
  ASSERT_TRUE(run(search("bees")));
  EXPECT_EQ(out_.text(), "q-bees\ns-start\n");
}

TEST_F(SearchCommandTest, RegularExpressions) {
  ASSERT_TRUE(run(search("^Earth|^Alone$")));
  EXPECT_EQ(out_.text(), "q-home\ns-start\n");
}

TEST_F(SearchCommandTest, IgnoreCase) {
  SearchOptions options = search("BEES");
  const auto strict = run(options);
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().kind, ErrorKind::no_match);
  EXPECT_EQ(strict.error().message, "nothing matches 'BEES'");
  options.ignore_case = true;
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "q-bees\ns-start\n");
}

TEST_F(SearchCommandTest, TagsAreNotSearched) {
  const auto result = run(search("iconic"));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
}

TEST_F(SearchCommandTest, SpoilersStayOutUnlessIncluded) {
  SearchOptions options = search("shuttle");
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
  options.filter.include_spoilers = true;
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "q-final\ns-end\n");
}

TEST_F(SearchCommandTest, FiltersCombineWithThePattern) {
  SearchOptions options = search("Sam");
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "q-home\ns-start\n");  // speaker and description
  options.filter.kinds = {Kind::scene};
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "s-start\n");
  options.filter.tags = {"iconic"};
  EXPECT_FALSE(run(options));
}

TEST_F(SearchCommandTest, AnInvalidPatternIsAUsageError) {
  const auto result = run(search("(unclosed"));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
  EXPECT_EQ(result.error().message.rfind("invalid pattern '(unclosed': ", 0), 0U) << result.error().message;
}

TEST_F(SearchCommandTest, MatchesAreHighlightedWhenColourIsOn) {
  SearchOptions options = search("bees");
  options.display.entry_template.reset();
  options.display.color = ColorMode::always;
  ASSERT_TRUE(run(options));
  EXPECT_NE(out_.text().find("\x1b[1;31m" "bees\x1b[0m"), std::string::npos) << out_.text();
}

TEST_F(SearchCommandTest, NoEscapesWhenColourIsOff) {
  SearchOptions options = search("bees");
  options.display.entry_template.reset();
  options.display.color = ColorMode::never;
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "The bees came back.\n    -- Memory\n\nAlone\nSam studies the bees.\n");
}

}  // namespace
}  // namespace lore
