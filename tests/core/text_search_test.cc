#include "core/text_search.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "support/dataset_builder.h"
#include "support/indexed.h"

namespace lore {
namespace {

using Spans = std::vector<TextSpan>;

TextSearch compiled(std::string_view pattern, bool ignore_case = false) {
  auto search = TextSearch::compile(pattern, ignore_case);
  if (!search) {
    ADD_FAILURE() << "pattern '" << pattern << "' did not compile: " << search.error();
    return std::move(TextSearch::compile("$^", false).value());
  }
  return std::move(search.value());
}

TEST(TextSearchCompile, AnInvalidPatternIsAnError) {
  for (const char* pattern : {"(", "[a-", "a{2,1}", "*", "(?<name"}) {
    const auto search = TextSearch::compile(pattern, false);
    ASSERT_FALSE(search) << pattern;
    EXPECT_FALSE(search.error().empty()) << pattern;
  }
  EXPECT_NE(TextSearch::compile("(", false).error().find("missing )"), std::string::npos)
      << TextSearch::compile("(", false).error();
}

TEST(TextSearchCompile, BackreferencesAreNotRe2) {
  // RE2 keeps to linear time and so has no backreferences.
  EXPECT_FALSE(TextSearch::compile("(a)\\1", false));
}

TEST(TextSearchFindAll, FindsEveryNonOverlappingMatch) {
  EXPECT_EQ(compiled("a").find_all("banana"), (Spans{{1, 2}, {3, 4}, {5, 6}}));
  EXPECT_EQ(compiled("an").find_all("banana"), (Spans{{1, 3}, {3, 5}}));
  EXPECT_EQ(compiled("ana").find_all("banana"), (Spans{{1, 4}}));
  EXPECT_EQ(compiled("x").find_all("banana"), Spans{});
  EXPECT_EQ(compiled("a").find_all(""), Spans{});
}

TEST(TextSearchFindAll, IgnoresCaseWhenAsked) {
  EXPECT_EQ(compiled("hope").find_all("Hope is HOPE"), Spans{});
  EXPECT_EQ(compiled("hope", true).find_all("Hope is HOPE"), (Spans{{0, 4}, {8, 12}}));
}

TEST(TextSearchFindAll, EmptyMatchesAreSkipped) {
  EXPECT_EQ(compiled("a*").find_all("baaac"), (Spans{{1, 4}}));
  EXPECT_EQ(compiled("x*").find_all("abc"), Spans{});
  EXPECT_EQ(compiled("").find_all("abc"), Spans{});
  EXPECT_EQ(compiled("^").find_all("abc"), Spans{});
  EXPECT_EQ(compiled("\\b").find_all("two words"), Spans{});
  EXPECT_EQ(compiled("a*").find_all("aXa"), (Spans{{0, 1}, {2, 3}}));
}

TEST(TextSearchFindAll, WorksOnMultibyteText) {
  const std::string text = "caf\xC3\xA9 caf\xC3\xA9";  // café café
  EXPECT_EQ(compiled("\xC3\xA9").find_all(text), (Spans{{3, 5}, {9, 11}}));
  EXPECT_EQ(compiled("caf.").find_all(text), (Spans{{0, 5}, {6, 11}}));  // '.' is one code point
  const std::string cjk = "\xE6\x97\xA5\xE6\x9C\xAC";                    // 日本
  EXPECT_EQ(compiled(".").find_all(cjk), (Spans{{0, 3}, {3, 6}}));
}

TEST(TextSearchFindAll, EmptyMatchesStepOverWholeCodePoints) {
  // 日本本語: the empty matches before 日 and 語 step a whole character, so the match
  // in the middle is found whole and no span starts inside a character.
  const std::string text = "\xE6\x97\xA5\xE6\x9C\xAC\xE6\x9C\xAC\xE8\xAA\x9E";
  EXPECT_EQ(compiled("\xE6\x9C\xAC*").find_all(text), (Spans{{3, 9}}));
  const std::string quotes =
      "\xE2\x80\x9C"
      "a\xE2\x80\x9D";  // “a”
  EXPECT_EQ(compiled("a*").find_all(quotes), (Spans{{3, 4}}));
}

TEST(TextSearchFindAll, IgnoresCaseBeyondAscii) {
  EXPECT_EQ(compiled("CAF\xC3\x89", true).find_all("caf\xC3\xA9"), (Spans{{0, 5}}));  // CAFÉ ~ café
}

std::string search_dataset() {
  return test::DatasetBuilder("search", "Search")
      .quote("q-hope", "Hope is not a plan.", {"bees-tag"})
      .field("speaker", "Sam Walden")
      .field("context", "Said to Micah")
      .field("source", "Iconic Quotes")
      .trivia("t-composer", "The score is by a composer.", "music-category")
      .field("question", "Who wrote the score?")
      .field("answer", "Alex Somers")
      .scene("s-launch", "The launch", 1, "The last shuttle leaves.")
      .list("characters", {"Elon"})
      .field("location", "The station")
      .egg("e-bees", "Bees", "The bees return.")
      .toml();
}

class TextSearchEntries : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult result = load_dataset(search_dataset(), "search.toml");
    ASSERT_TRUE(result.dataset.has_value());
    dataset_.emplace(std::move(*result.dataset));
  }
  std::vector<std::string_view> matching(std::string_view pattern, bool ignore_case = false) const {
    const TextSearch search = compiled(pattern, ignore_case);
    std::vector<std::string_view> ids;
    for (const Entry& entry : dataset_->entries()) {
      if (search.matches(entry)) ids.push_back(entry.id);
    }
    return ids;
  }
  std::optional<Dataset> dataset_;
};

using Ids = std::vector<std::string_view>;

TEST_F(TextSearchEntries, MatchesEachSearchableField) {
  EXPECT_EQ(matching("not a plan"), Ids{"q-hope"});    // quote text
  EXPECT_EQ(matching("Walden"), Ids{"q-hope"});        // speaker
  EXPECT_EQ(matching("Said to"), Ids{"q-hope"});       // context
  EXPECT_EQ(matching("composer"), Ids{"t-composer"});  // fact
  EXPECT_EQ(matching("wrote"), Ids{"t-composer"});     // question
  EXPECT_EQ(matching("Somers"), Ids{"t-composer"});    // answer
  EXPECT_EQ(matching("launch"), Ids{"s-launch"});      // scene title
  EXPECT_EQ(matching("shuttle"), Ids{"s-launch"});     // description
  EXPECT_EQ(matching("^Elon$"), Ids{"s-launch"});      // a character, each item on its own
  EXPECT_EQ(matching("station"), Ids{"s-launch"});     // location
  EXPECT_EQ(matching("return"), Ids{"e-bees"});        // egg text
  EXPECT_EQ(matching("^Bees$"), Ids{"e-bees"});        // egg title
}

TEST_F(TextSearchEntries, IgnoresIdsTagsAndSources) {
  EXPECT_EQ(matching("q-hope"), Ids{});
  EXPECT_EQ(matching("bees-tag"), Ids{});
  EXPECT_EQ(matching("music-category"), Ids{});
  EXPECT_EQ(matching("Iconic Quotes"), Ids{});
}

TEST_F(TextSearchEntries, IgnoreCase) {
  EXPECT_EQ(matching("bees"), Ids{"e-bees"});  // "The bees return."
  EXPECT_EQ(matching("HOPE"), Ids{});
  EXPECT_EQ(matching("HOPE", true), Ids{"q-hope"});
  EXPECT_EQ(matching("the", true), (Ids{"t-composer", "s-launch", "e-bees"}));
}

TEST_F(TextSearchEntries, Alternation) {
  EXPECT_EQ(matching("Elon|Micah"), (Ids{"q-hope", "s-launch"}));
}

}  // namespace
}  // namespace lore

namespace lore {
namespace {

/// The ids `pattern` finds in the search dataset, in memory or from its index.
std::vector<std::string> found(bool from_index, std::string_view pattern, bool ignore_case) {
  LoadResult loaded = load_dataset(search_dataset(), "search.toml");
  Catalog catalog;
  catalog.add(from_index ? test::indexed(*loaded.dataset) : std::move(*loaded.dataset));
  const TextSearch search = compiled(pattern, ignore_case);
  std::vector<std::string> ids;
  for (const Entry* entry : search_entries(select_entries(catalog, {}), search)) {
    ids.emplace_back(entry->id);
  }
  return ids;
}

TEST(SearchOnIndex, FindsWhatMemoryFinds) {
  // Anchors at the ends of fields and of texts, word boundaries, flags, classes that
  // could run across fields, empty matches, and no match.
  for (const std::string_view pattern :
       {"bees", "^The", "return\\.$", "\\bbee", "(?i)THE", "\\AThe", "s\\z", "(?-m)^The", "[^x]+",
        ".*", "", "x*", "Elon|station", "no such words", "e\\nT", "(?s)e.T"}) {
    for (const bool ignore_case : {false, true}) {
      EXPECT_EQ(found(true, pattern, ignore_case), found(false, pattern, ignore_case))
          << pattern << (ignore_case ? " ignoring case" : "");
    }
  }
  EXPECT_FALSE(found(true, "bees", false).empty());
}

}  // namespace
}  // namespace lore
