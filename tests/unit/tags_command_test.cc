#include "commands/tags_command.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "util/output.h"
#include "util/utf8.h"

namespace lore {
namespace {

using nlohmann::json;
using Lines = std::vector<std::string>;
using namespace std::string_literals;

constexpr std::string_view kMem = R"([dataset]
id = "mem"
title = "Memory"

[[quote]]
id = "q1"
text = "One."
tags = ["iconic", "home"]

[[quote]]
id = "q2"
text = "Two."
tags = ["iconic", "hope"]

[[quote]]
id = "q3"
text = "Three."
tags = ["filler"]

[[quote]]
id = "q4"
text = "Four."
tags = ["filler"]

[[quote]]
id = "q5"
text = "Five."
tags = ["filler"]

[[trivia]]
id = "t1"
fact = "F."
category = "c"
tags = ["bees"]

[[egg]]
id = "e1"
title = "E"
text = "E."
tags = ["bees", "iconic"]

[[scene]]
id = "s1"
title = "S"
order = 1
description = "S."
tags = ["ending", "iconic"]
spoiler = true
)";

class TagsCommandTest : public ::testing::Test {
 protected:
  void SetUp() override { files_.add("mem.toml", std::string(kMem)); }
  static TagsOptions tags() {
    TagsOptions options;
    options.sources.include_embedded = false;
    options.sources.files = {"mem.toml"};
    options.display.format = OutputFormat::tsv;
    return options;
  }
  Expected<void, Error> run(const TagsOptions& options) {
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
    return run_tags(options, context);
  }
  Lines lines(const TagsOptions& options) {
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

TEST_F(TagsCommandTest, CountsMostUsedFirstThenByName) {
  EXPECT_EQ(lines(tags()),
            (Lines{"filler\t3", "iconic\t3", "bees\t2", "home\t1", "hope\t1"}));
}

TEST_F(TagsCommandTest, SpoilersCountOnlyWhenIncluded) {
  TagsOptions options = tags();
  options.filter.include_spoilers = true;
  EXPECT_EQ(lines(options),
            (Lines{"iconic\t4", "filler\t3", "bees\t2", "ending\t1", "home\t1", "hope\t1"}));
}

TEST_F(TagsCommandTest, FiltersApply) {
  TagsOptions options = tags();
  options.filter.kinds = {Kind::quote};
  options.filter.excluded_tags = {"filler"};
  EXPECT_EQ(lines(options), (Lines{"iconic\t2", "home\t1", "hope\t1"}));
}

TEST_F(TagsCommandTest, NoMatch) {
  TagsOptions options = tags();
  options.filter.tags = {"nope"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
}

TEST_F(TagsCommandTest, TextAlignsTheCounts) {
  TagsOptions options = tags();
  options.display.format = OutputFormat::text;
  const Lines out = lines(options);
  ASSERT_EQ(out.size(), 5U);
  EXPECT_EQ(out[0].substr(0, 6), "filler");
  EXPECT_EQ(out[0].back(), '3');
  EXPECT_EQ(out[4].substr(0, 4), "hope");
  EXPECT_EQ(out[4].back(), '1');
  for (const std::string& line : out) {
    EXPECT_EQ(utf8::display_width(line), utf8::display_width(out[0])) << line;
  }
}

TEST_F(TagsCommandTest, Json) {
  TagsOptions options = tags();
  options.display.format = OutputFormat::json;
  ASSERT_TRUE(run(options));
  const json parsed = json::parse(out_.text());
  ASSERT_EQ(parsed.size(), 5U);
  EXPECT_EQ(parsed[0], (json{{"tag", "filler"}, {"count", 3}}));
  EXPECT_EQ(parsed[4], (json{{"tag", "hope"}, {"count", 1}}));
}

TEST_F(TagsCommandTest, NullTerminated) {
  TagsOptions options = tags();
  options.display.null_terminated = true;
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "filler\t3\0iconic\t3\0bees\t2\0home\t1\0hope\t1\0"s);
}

}  // namespace
}  // namespace lore
