#include "commands/search_command.h"

#include <gtest/gtest.h>

#include <string>

#include "support/catalogs.h"
#include "support/dataset_builder.h"
#include "support/memory_context.h"
#include "util/output.h"

namespace lore {
namespace {

std::string mem_dataset() {
  return test::DatasetBuilder("mem", "Memory")
      .quote("q-home", "Earth is our home.", {"iconic"})
      .field("speaker", "Sam")
      .quote("q-bees", "The bees came back.", {"bees"})
      .quote("q-final", "The final shuttle leaves.", {"iconic"})
      .spoiler()
      .scene("s-start", "Alone", 1, "Sam studies the bees.")
      .scene("s-end", "Departure", 2, "The last shuttle leaves without Sam.")
      .spoiler()
      .egg("e-iconic", "Not searched by tag", "Nothing here.", {"iconic"})
      .toml();
}

class SearchRun : public test::ContextTest {
 protected:
  void SetUp() override { files_.add("mem.toml", mem_dataset()); }
  static SearchOptions search(std::string pattern) {
    SearchOptions options;
    options.pattern = std::move(pattern);
    options.sources = test::only_files({"mem.toml"});
    options.display.entry_template = EntryTemplate::parse("{id}").value();
    return options;
  }
  Expected<void, Error> run(const SearchOptions& options) {
    Context context = fresh_context();
    return run_search(options, context);
  }
};

TEST_F(SearchRun, PrintsEveryMatchingEntryInDatasetOrder) {
  ASSERT_TRUE(run(search("bees")));
  EXPECT_EQ(out_.text(), "q-bees\ns-start\n");
}

TEST_F(SearchRun, RegularExpressions) {
  ASSERT_TRUE(run(search("^Earth|^Alone$")));
  EXPECT_EQ(out_.text(), "q-home\ns-start\n");
}

TEST_F(SearchRun, IgnoreCase) {
  SearchOptions options = search("BEES");
  const auto strict = run(options);
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().kind, ErrorKind::no_match);
  EXPECT_EQ(strict.error().message, "nothing matches 'BEES'");
  options.ignore_case = true;
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "q-bees\ns-start\n");
}

TEST_F(SearchRun, TagsAreNotSearched) {
  const auto result = run(search("iconic"));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
}

TEST_F(SearchRun, SpoilersStayOutUnlessIncluded) {
  SearchOptions options = search("shuttle");
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
  options.filter.include_spoilers = true;
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "q-final\ns-end\n");
}

TEST_F(SearchRun, FiltersCombineWithThePattern) {
  SearchOptions options = search("Sam");
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "q-home\ns-start\n");  // speaker and description
  options.filter.kinds = {Kind::scene};
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "s-start\n");
  options.filter.tags = {"iconic"};
  EXPECT_FALSE(run(options));
}

TEST_F(SearchRun, AnInvalidPatternIsAUsageError) {
  const auto result = run(search("(unclosed"));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
  EXPECT_EQ(result.error().message.rfind("invalid pattern '(unclosed': ", 0), 0U)
      << result.error().message;
}

TEST_F(SearchRun, MatchesAreHighlightedWhenColourIsOn) {
  SearchOptions options = search("bees");
  options.display.entry_template.reset();
  options.display.color = ColorMode::always;
  ASSERT_TRUE(run(options));
  EXPECT_NE(out_.text().find("\x1b[1;31m"
                             "bees\x1b[0m"),
            std::string::npos)
      << out_.text();
}

TEST_F(SearchRun, NoEscapesWhenColourIsOff) {
  SearchOptions options = search("bees");
  options.display.entry_template.reset();
  options.display.color = ColorMode::never;
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "The bees came back.\n    -- Memory\n\nAlone\nSam studies the bees.\n");
}

}  // namespace
}  // namespace lore
