#include "commands/tags_command.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
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

using nlohmann::json;
using Lines = std::vector<std::string>;
using namespace std::string_literals;

std::string mem_dataset() {
  return test::DatasetBuilder("mem", "Memory")
      .quote("q1", "One.", {"iconic", "home"})
      .quote("q2", "Two.", {"iconic", "hope"})
      .quote("q3", "Three.", {"filler"})
      .quote("q4", "Four.", {"filler"})
      .quote("q5", "Five.", {"filler"})
      .trivia("t1", "F.", "c", {"bees"})
      .egg("e1", "E", "E.", {"bees", "iconic"})
      .scene("s1", "S", 1, "S.", {"ending", "iconic"})
      .spoiler()
      .toml();
}

class TagsRun : public test::ContextTest {
 protected:
  void SetUp() override { files_.add("mem.toml", mem_dataset()); }
  static TagsOptions tags() {
    TagsOptions options;
    options.sources = test::only_files({"mem.toml"});
    options.display.format = OutputFormat::tsv;
    return options;
  }
  Expected<void, Error> run(const TagsOptions& options) {
    Context context = fresh_context();
    return run_tags(options, context);
  }
  Lines lines(const TagsOptions& options) { return printed_lines(run(options)); }
};

TEST_F(TagsRun, CountsMostUsedFirstThenByName) {
  EXPECT_EQ(lines(tags()), (Lines{"filler\t3", "iconic\t3", "bees\t2", "home\t1", "hope\t1"}));
}

TEST_F(TagsRun, ATagIsOneWhateverItsCase) {
  // As -t matches it: counted under the spelling first met.
  files_.add("cases.toml", test::DatasetBuilder("cases", "Cases")
                               .quote("q1", "One.", {"Hope"})
                               .quote("q2", "Two.", {"HOPE", "home"})
                               .quote("q3", "Three.", {"hope"})
                               .toml());
  TagsOptions options = tags();
  options.sources = test::only_files({"cases.toml"});
  EXPECT_EQ(lines(options), (Lines{"Hope\t3", "home\t1"}));
}

TEST_F(TagsRun, SpoilersCountOnlyWhenIncluded) {
  TagsOptions options = tags();
  options.filter.include_spoilers = true;
  EXPECT_EQ(lines(options),
            (Lines{"iconic\t4", "filler\t3", "bees\t2", "ending\t1", "home\t1", "hope\t1"}));
}

TEST_F(TagsRun, FiltersApply) {
  TagsOptions options = tags();
  options.filter.kinds = {Kind::quote};
  options.filter.excluded_tags = {"filler"};
  EXPECT_EQ(lines(options), (Lines{"iconic\t2", "home\t1", "hope\t1"}));
}

TEST_F(TagsRun, NoMatch) {
  TagsOptions options = tags();
  options.filter.tags = {"nope"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
}

TEST_F(TagsRun, TextAlignsTheCounts) {
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

TEST_F(TagsRun, Json) {
  TagsOptions options = tags();
  options.display.format = OutputFormat::json;
  ASSERT_TRUE(run(options));
  const json parsed = json::parse(out_.text());
  ASSERT_EQ(parsed.size(), 5U);
  EXPECT_EQ(parsed[0], (json{{"tag", "filler"}, {"count", 3}}));
  EXPECT_EQ(parsed[4], (json{{"tag", "hope"}, {"count", 1}}));
}

TEST_F(TagsRun, NullTerminated) {
  TagsOptions options = tags();
  options.display.null_terminated = true;
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "filler\t3\0iconic\t3\0bees\t2\0home\t1\0hope\t1\0"s);
}

}  // namespace
}  // namespace lore
