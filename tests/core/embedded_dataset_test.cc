#include "core/embedded_dataset.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>

#include "core/catalog_loader.h"
#include "core/dataset_loader.h"
#include "render/json_record.h"
#include "support/files.h"
#include "support/lines.h"
#include "util/file_system.h"
#include "util/text_fold.h"

#ifndef LORE_SOURCE_DIR
#error "LORE_SOURCE_DIR must name the source tree (see tests/unit/CMakeLists.txt)"
#endif
#ifndef LORE_SEED_FILE
#error "LORE_SEED_FILE must name the source text of data/io.toml (see tests/core/CMakeLists.txt)"
#endif

namespace lore {
namespace {

using test::read_source_file;

/// What data/README.md calls the paragraph that opens the source, before any heading.
constexpr std::string_view kUntitledOpening = "(opening, untitled)";

/// `text` folded as the quiz folds answers, with a space at each end, so that
/// `padded(a).find(padded(b))` finds b in a as whole words.
std::string padded(std::string_view text) {
  return " " + fold_for_matching(text) + " ";
}

/// The embedded dataset, loaded once for the tests that look at its entries.
class EmbeddedDataset : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    result_ = new LoadResult(load_dataset(embedded::kDataset, std::string(embedded::kDatasetPath)));
  }
  static void TearDownTestSuite() {
    delete result_;
    result_ = nullptr;
  }
  static const Dataset& dataset() { return *result_->dataset; }
  static LoadResult* result_;
};

LoadResult* EmbeddedDataset::result_ = nullptr;

TEST(EmbeddedDatasetBytes, AreByteIdenticalToDataIoToml) {
  const std::string file = read_source_file("data/io.toml");
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(embedded::kDataset.size(), file.size());
  // Not EXPECT_EQ on the strings: a failure would print two whole datasets.
  EXPECT_TRUE(embedded::kDataset == file) << "the embedded copy differs from data/io.toml";
}

TEST_F(EmbeddedDataset, LoadsWithNoErrorsAndNoWarnings) {
  std::string problems;
  for (const Diagnostic& d : result_->diagnostics) problems += "\n  " + format_diagnostic(d);
  EXPECT_TRUE(result_->diagnostics.empty()) << problems;
  ASSERT_TRUE(result_->dataset.has_value());
}

TEST_F(EmbeddedDataset, LoadsThroughTheCatalogWithNoWarnings) {
  MemoryFileSystem no_files;
  const auto loaded = load_catalog(DatasetSources{}, no_files);
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->warnings.empty());
  ASSERT_EQ(loaded->catalog.datasets().size(), 1U);
  EXPECT_EQ(loaded->catalog.datasets().front().info().path, embedded::kDatasetPath);
}

TEST_F(EmbeddedDataset, DescribesTheFilm) {
  ASSERT_TRUE(result_->dataset.has_value());
  const DatasetInfo& info = dataset().info();
  EXPECT_EQ(info.id, "io");
  EXPECT_EQ(info.title, "IO");
  EXPECT_EQ(info.year, 2019);
  EXPECT_EQ(info.attribution(), "IO (2019)");
  EXPECT_FALSE(info.description.empty());
}

TEST_F(EmbeddedDataset, HoldsAnEntryForEveryTableInTheFile) {
  ASSERT_TRUE(result_->dataset.has_value());
  // Count the [[kind]] headers in the text itself, apart from the loader.
  std::size_t headers = 0;
  for (const std::string& line : test::lines_of(embedded::kDataset)) {
    if (line.rfind("[[", 0) == 0) ++headers;
  }
  EXPECT_EQ(dataset().entries().size(), headers);
}

TEST_F(EmbeddedDataset, EveryEntryNamesItsSource) {
  ASSERT_TRUE(result_->dataset.has_value());
  for (const Entry& entry : dataset().entries()) {
    EXPECT_FALSE(entry.source.empty()) << entry.id << " has no source";
  }
}

TEST_F(EmbeddedDataset, EverySourceIsAHeadingOfTheSeed) {
  ASSERT_TRUE(result_->dataset.has_value());
  std::ifstream seed(LORE_SEED_FILE);
  if (!seed) GTEST_SKIP() << "the source text is not at " << LORE_SEED_FILE;
  // A heading is a short line of its own: not an item of a list, not a sentence, not
  // the words that lead into a list.
  std::set<std::string, std::less<>> headings{std::string(kUntitledOpening)};
  for (std::string line; std::getline(seed, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.size() > 60 || line.starts_with("- ") || line.ends_with('.') ||
        line.ends_with(':')) {
      continue;
    }
    headings.insert(line);
  }
  ASSERT_TRUE(headings.contains("Key Scenes")) << "the source text has changed";
  EXPECT_FALSE(headings.contains("Introduction")) << "the source text has changed";
  for (const Entry& entry : dataset().entries()) {
    EXPECT_TRUE(headings.contains(entry.source))
        << entry.id << ": '" << entry.source << "' is no heading of the source text";
  }
}

// data/README.md: every question of the built-in dataset has 3 choices, none of them
// also right, none given twice, none found in the entry's own fact or question (an
// option stated in the fact gives itself away, or is true after all).
TEST_F(EmbeddedDataset, EveryQuestionHasThreeFairChoices) {
  ASSERT_TRUE(result_->dataset.has_value());
  std::size_t questions = 0;
  for (const Entry& entry : dataset().entries()) {
    if (entry.kind != Kind::trivia || entry.question.empty()) continue;
    ++questions;
    EXPECT_EQ(entry.choices.size(), 3U) << entry.id;
    std::set<std::string> right{fold_for_matching(entry.answer)};
    for (const std::string_view accepted : entry.accept) right.insert(fold_for_matching(accepted));
    std::set<std::string> seen;
    for (const std::string_view choice : entry.choices) {
      const std::string folded = fold_for_matching(choice);
      EXPECT_FALSE(right.contains(folded)) << entry.id << ": '" << choice << "' is right";
      EXPECT_TRUE(seen.insert(folded).second) << entry.id << ": '" << choice << "' twice";
      for (const std::string_view text : {entry.fact, entry.question}) {
        EXPECT_EQ(padded(text).find(padded(choice)), std::string::npos)
            << entry.id << ": '" << choice << "' is in '" << text << "'";
      }
    }
  }
  EXPECT_GE(questions, 60U);
}

// The scene orders follow what the source says (issue 11): the bees were found in
// Sam's earlier experiments, which the source does not place; the silent
// realization is the moment the shuttle is found gone; Micah's fears and the
// intimacy come "meanwhile", during the trek.
TEST_F(EmbeddedDataset, SceneOrdersFollowTheSource) {
  ASSERT_TRUE(result_->dataset.has_value());
  std::map<std::string_view, const Entry*> scenes;
  for (const Entry& entry : dataset().entries()) {
    if (entry.kind == Kind::scene) scenes[entry.id] = &entry;
  }
  auto order_of = [&](std::string_view id) -> std::optional<std::int64_t> {
    const auto found = scenes.find(id);
    if (found == scenes.end()) {
      ADD_FAILURE() << "no scene '" << id << "'";
      return std::nullopt;
    }
    return found->second->order;
  };
  EXPECT_FALSE(order_of("bees-in-unexpected-conditions").has_value());
  EXPECT_EQ(order_of("silent-realization"), order_of("the-shuttle-has-departed"));
  EXPECT_EQ(order_of("micah-reveals-his-fears"), order_of("the-trek"));
  EXPECT_EQ(order_of("intimacy-builds"), order_of("the-trek"));
  EXPECT_LT(order_of("setting-off"), order_of("the-trek"));
  EXPECT_LT(order_of("the-trek"), order_of("the-shuttle-has-departed"));
  const auto& isolation = scenes.at("delayed-messages-from-elon")->characters;
  EXPECT_EQ(std::find(isolation.begin(), isolation.end(), "Elon"), isolation.end())
      << "Elon is only heard from, through delayed messages";
}

TEST_F(EmbeddedDataset, TheThreeQuotesHaveNoSpeaker) {
  ASSERT_TRUE(result_->dataset.has_value());
  std::size_t quotes = 0;
  for (const Entry& entry : dataset().entries()) {
    if (entry.kind != Kind::quote) continue;
    ++quotes;
    EXPECT_TRUE(entry.speaker.empty())
        << entry.id << " has speaker '" << entry.speaker << "', which the seed does not name";
  }
  EXPECT_EQ(quotes, 3U);
}

TEST_F(EmbeddedDataset, AtLeast35TriviaCanBeAsked) {
  ASSERT_TRUE(result_->dataset.has_value());
  std::size_t askable = 0;
  for (const Entry& entry : dataset().entries()) {
    if (entry.kind == Kind::trivia && !entry.question.empty() && !entry.answer.empty()) ++askable;
  }
  EXPECT_GE(askable, 35U);
}

TEST_F(EmbeddedDataset, HasEveryKind) {
  ASSERT_TRUE(result_->dataset.has_value());
  std::set<Kind> kinds;
  for (const Entry& entry : dataset().entries()) kinds.insert(entry.kind);
  EXPECT_EQ(kinds, (std::set<Kind>{Kind::quote, Kind::trivia, Kind::scene, Kind::egg}));
}

TEST_F(EmbeddedDataset, ChoicesAreThreeWrongAnswers) {
  // data/README.md: `choices` holds exactly 3 wrong options, none of them also right.
  ASSERT_TRUE(result_->dataset.has_value());
  for (const Entry& entry : dataset().entries()) {
    if (entry.choices.empty()) continue;
    EXPECT_EQ(entry.choices.size(), 3U) << entry.id;
    for (const std::string_view choice : entry.choices) {
      EXPECT_NE(choice, entry.answer) << entry.id;
      for (const std::string_view accepted : entry.accept) EXPECT_NE(choice, accepted) << entry.id;
    }
  }
}

TEST_F(EmbeddedDataset, CastFactsHaveTheDocumentedForm) {
  // data/README.md: cast facts read exactly "ACTOR plays CHARACTER."
  ASSERT_TRUE(result_->dataset.has_value());
  for (const Entry& entry : dataset().entries()) {
    if (entry.kind != Kind::trivia || entry.category != "cast") continue;
    const std::size_t plays = entry.fact.find(" plays ");
    EXPECT_NE(plays, std::string_view::npos) << entry.id << ": " << entry.fact;
    EXPECT_GT(plays, 0U) << entry.id;
    EXPECT_EQ(entry.fact.back(), '.') << entry.id;
  }
}

// builtin_dataset() is read from the index dataset_codegen wrote from data/io.toml at
// build time; it must hold exactly what parsing data/io.toml gives, entry for entry
// and field for field.
TEST(BuiltinDataset, EqualsAFreshParseOfTheFile) {
  const LoadResult parsed = load_dataset(read_source_file("data/io.toml"), "io.toml (built in)");
  ASSERT_TRUE(parsed.dataset.has_value());
  const Dataset built = embedded::builtin_dataset();
  const DatasetInfo& a = built.info();
  const DatasetInfo& b = parsed.dataset->info();
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.year, b.year);
  EXPECT_EQ(a.description, b.description);
  EXPECT_EQ(a.path, b.path);
  EXPECT_EQ(a.id_position.line, b.id_position.line);
  EXPECT_EQ(a.id_position.column, b.id_position.column);
  EXPECT_EQ(a.collection, b.collection);
  EXPECT_EQ(a.preformatted, b.preformatted);
  EXPECT_EQ(a.crlf, b.crlf);
  ASSERT_NE(built.store(), nullptr) << "read from its index, not parsed";
  ASSERT_EQ(built.entries().size(), parsed.dataset->entries().size());
  for (std::size_t i = 0; i < built.entries().size(); ++i) {
    const Entry& x = built.entries()[i];
    const Entry& y = parsed.dataset->entries()[i];
    // The JSON record carries every field under its TOML name.
    EXPECT_EQ(to_json(x), to_json(y)) << "entry " << i;
    EXPECT_EQ(x.position.line, y.position.line) << y.id;
    EXPECT_EQ(x.position.column, y.position.column) << y.id;
  }
}

TEST(BuiltinDataset, AnIndexThatDoesNotOpenIsParsedInstead) {
  const Dataset parsed = embedded::open_builtin_index("not an index");
  EXPECT_EQ(parsed.store(), nullptr);
  EXPECT_EQ(parsed.info().id, embedded::builtin_dataset().info().id);
  EXPECT_EQ(parsed.entries().size(), embedded::builtin_dataset().size());
}

TEST(BuiltinDataset, IsWhatTheCommandLineLoads) {
  MemoryFileSystem no_files;
  DatasetSources sources;
  sources.builtin = &embedded::builtin_dataset;
  const auto loaded = load_catalog(sources, no_files);
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->catalog.datasets().size(), 1U);
  EXPECT_EQ(loaded->catalog.datasets()[0].entries().size(),
            embedded::builtin_dataset().entries().size());
  EXPECT_TRUE(loaded->warnings.empty());
}

}  // namespace
}  // namespace lore
