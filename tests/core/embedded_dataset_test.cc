#include "core/embedded_dataset.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

#include "core/catalog_loader.h"
#include "core/dataset_loader.h"
#include "render/json_record.h"
#include "support/files.h"
#include "support/lines.h"
#include "util/file_system.h"

#ifndef LORE_SOURCE_DIR
#error "LORE_SOURCE_DIR must name the source tree (see tests/unit/CMakeLists.txt)"
#endif

namespace lore {
namespace {

using test::read_source_file;

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

// builtin_dataset() is C++ generated from data/io.toml at build time; it must hold
// exactly what parsing data/io.toml gives, entry for entry and field for field.
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
