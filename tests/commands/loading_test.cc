#include "commands/loading.h"

#include <gtest/gtest.h>

#include <string>

#include "core/dataset_loader.h"
#include "support/catalogs.h"
#include "support/dataset_builder.h"
#include "support/failing_output.h"
#include "support/memory_context.h"
#include "util/output.h"

namespace lore {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

// ------------------------------------------------------------------ no match

Catalog catalog_of(std::string_view toml) {
  LoadResult result = load_dataset(toml, "mem.toml");
  EXPECT_TRUE(result.dataset.has_value());
  Catalog catalog;
  catalog.add(std::move(*result.dataset));
  return catalog;
}

std::string spoiler_only() {
  return test::DatasetBuilder("mem", "Memory").quote("q", "The end.", {"ending"}).spoiler().toml();
}

TEST(NoMatch, SaysWhatWasAskedFor) {
  const Catalog catalog = catalog_of(spoiler_only());
  Filter filter;
  filter.kinds = {Kind::trivia};
  filter.tags = {"cast"};
  filter.excluded_tags = {"crew"};
  filter.speaker = "Sam";
  filter.category = "music";
  filter.length = LengthLimit::short_only;
  filter.require_question = true;
  const Error error = no_match(catalog, filter);
  EXPECT_EQ(error.kind, ErrorKind::no_match);
  for (const char* part : {"trivia", "tag 'cast'", "without tag 'crew'", "speaker 'Sam'",
                           "category 'music'", "short", "160", "question"}) {
    EXPECT_NE(error.message.find(part), std::string::npos) << part << " in: " << error.message;
  }
  EXPECT_EQ(error.message.find("--spoilers"), std::string::npos) << error.message;
}

TEST(NoMatch, SaysWhenSpoilersWouldMatch) {
  const Catalog catalog = catalog_of(spoiler_only());
  Filter filter;
  filter.tags = {"ending"};
  const Error error = no_match(catalog, filter);
  EXPECT_NE(error.message.find("--spoilers"), std::string::npos) << error.message;
}

TEST(NoMatch, LongSaysOver) {
  Filter filter;
  filter.length = LengthLimit::long_only;
  filter.length_cutoff = 80;
  const Error error = no_match(catalog_of(spoiler_only()), filter);
  EXPECT_NE(error.message.find("long"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("80"), std::string::npos) << error.message;
}

TEST(NoMatch, AnUnknownTagSuggestsTheNearestOnItsOwnLine) {
  const Catalog catalog = catalog_of(test::DatasetBuilder("mem", "Memory")
                                         .quote("q", "Home.", {"iconic", "home"})
                                         .trivia("t", "A fact.", "cast")
                                         .toml());
  Filter filter;
  filter.tags = {"iconc"};
  filter.category = "castt";
  const Error error = no_match(catalog, filter);
  EXPECT_EQ(error.kind, ErrorKind::no_match);
  EXPECT_EQ(error.message,
            "no entries match: tag 'iconc', category 'castt'\n"
            "no entry has the tag 'iconc'; did you mean 'iconic'?\n"
            "no entry has the category 'castt'; did you mean 'cast'?");
}

TEST(UnknownNames, NamesThatSomeEntryHasSayNothing) {
  const Catalog catalog =
      catalog_of(test::DatasetBuilder("mem", "Memory").quote("q", "Home.", {"iconic"}).toml());
  Filter filter;
  filter.tags = {"iconic", "Iconic"};  // a filter may fold case
  EXPECT_TRUE(unknown_names(catalog, filter).empty());
  filter.excluded_tags = {"zzzzzz"};
  EXPECT_EQ(unknown_names(catalog, filter),
            (std::vector<std::string>{"no entry has the tag 'zzzzzz'"}));
}

// ------------------------------------------------------------------ catalog

TEST(OpenCatalog, NoDatasetAtAllIsAUsageError) {
  test::MemoryContext memory;
  Context context = memory.fresh();
  const auto loaded = open_catalog(test::only_files({}), context);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
}

TEST(OpenCatalog, WritesWarningsAsDiagnosticLines) {
  // A dataset found on the search path with an error is skipped with a warning.
  test::MemoryContext memory;
  memory.files.add("s.toml",
                   "[dataset]\nid = \"s\"\ntitle = \"S\"\n"
                   "[[trivia]]\nid = \"a\"\nfact = \"A.\"\ncategory = \"c\"\nquestion = \"A?\"\n"
                   "answer = \"A\"\nchoices = [\"a\", \"B\", \"C\"]\ntags = []\n");
  memory.files.add("ok.toml",
                   "[dataset]\nid = \"ok\"\ntitle = \"OK\"\n"
                   "[[quote]]\nid = \"q\"\ntext = \"Q.\"\ntags = []\n");
  Context context = memory.fresh();
  DatasetSources sources = test::only_files({});
  sources.search_path = {"s.toml", "ok.toml"};
  const auto loaded = open_catalog(sources, context);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(memory.messages.text(),
            "s.toml:10:12: warning: skipping this dataset: choice 'a' of trivia 'a' is also an "
            "accepted answer\n");
  EXPECT_EQ(memory.out.text(), "");
}

}  // namespace
}  // namespace lore
