#include "core/index_cache.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <string>
#include <vector>

#include "core/catalog_loader.h"
#include "support/dataset_builder.h"
#include "support/diagnostics.h"
#include "support/indexed.h"

namespace lore {
namespace {

constexpr const char* kFolder = "/cache/lore";

std::string dataset_text(int quotes = 3) {
  test::DatasetBuilder builder("mine", "Mine");
  for (int i = 0; i < quotes; ++i) {
    builder.quote("q" + std::to_string(i), "Quote number " + std::to_string(i) + ".", {"t"});
  }
  return builder.toml();
}

class IndexCacheTest : public ::testing::Test {
 protected:
  void SetUp() override { files_.add("/data/mine.toml", dataset_text()); }

  /// Loads /data/mine.toml through a fresh cache, as one run of lore does.
  LoadedCatalog load(IndexCache& cache) {
    DatasetSources sources;
    sources.include_embedded = false;
    sources.files = {"/data/mine.toml"};
    sources.cache = &cache;
    auto loaded = load_catalog(sources, files_);
    EXPECT_TRUE(loaded) << (loaded ? "" : test::describe(loaded.error()));
    return loaded ? std::move(*loaded) : LoadedCatalog{};
  }

  /// One run: the note it left about the file, and the entries as text.
  std::pair<IndexNote::State, std::vector<std::string>> run() {
    IndexCache cache(files_, kFolder);
    LoadedCatalog loaded = load(cache);
    std::vector<std::string> entries;
    for (const Entry* entry : loaded.catalog.entries())
      entries.push_back(test::entry_fields(*entry));
    EXPECT_EQ(cache.notes().size(), 1U);
    const auto state =
        cache.notes().empty() ? IndexNote::State::not_written : cache.notes()[0].state;
    return {state, entries};
  }

  std::vector<std::string> indexes() const {
    std::vector<std::string> found;
    for (const auto& [path, content] : files_.files()) {
      if (path.starts_with(kFolder)) found.push_back(path);
    }
    return found;
  }

  MemoryFileSystem files_;
};

TEST_F(IndexCacheTest, FirstRunWritesTheIndexTheNextReadsIt) {
  const auto [first_state, first] = run();
  EXPECT_EQ(first_state, IndexNote::State::written);
  EXPECT_EQ(indexes().size(), 1U);
  const auto [second_state, second] = run();
  EXPECT_EQ(second_state, IndexNote::State::read);
  EXPECT_EQ(second, first);
  EXPECT_EQ(first.size(), 3U);
}

TEST_F(IndexCacheTest, AChangedFileIsParsedAndIndexedAgain) {
  run();
  files_.add("/data/mine.toml", dataset_text(4));
  const auto [state, entries] = run();
  EXPECT_EQ(state, IndexNote::State::written);
  EXPECT_EQ(entries.size(), 4U);
  EXPECT_EQ(run().first, IndexNote::State::read);
  EXPECT_EQ(indexes().size(), 1U);  // the same file's index, replaced
}

TEST_F(IndexCacheTest, ADatasetWithErrorsIsNotIndexed) {
  // A choice that is also the answer is an error (see the dataset loader's tests).
  files_.add("/data/mine.toml", test::DatasetBuilder("mine", "Mine")
                                    .trivia("a", "A is first.", "c")
                                    .field("question", "Which is first?")
                                    .field("answer", "A")
                                    .list("choices", {"B", "a", "C"})
                                    .toml());
  IndexCache cache(files_, kFolder);
  DatasetSources sources;
  sources.include_embedded = false;
  sources.files = {"/data/mine.toml"};
  sources.cache = &cache;
  const auto loaded = load_catalog(sources, files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  EXPECT_TRUE(indexes().empty());
}

TEST_F(IndexCacheTest, AFailedWriteLeavesNothingAndTheRunGoesOn) {
  for (const FileStep step : {FileStep::make_directory, FileStep::create_temporary, FileStep::write,
                              FileStep::sync, FileStep::rename}) {
    files_.fail_at(step, ENOSPC);
    const auto [state, entries] = run();
    EXPECT_EQ(state, IndexNote::State::not_written) << static_cast<int>(step);
    EXPECT_EQ(entries.size(), 3U);
    EXPECT_TRUE(indexes().empty()) << static_cast<int>(step);
  }
  EXPECT_EQ(run().first, IndexNote::State::written);
}

TEST_F(IndexCacheTest, ADamagedIndexIsNotReadButRebuilt) {
  run();
  ASSERT_EQ(indexes().size(), 1U);
  const std::string index = indexes()[0];
  std::string bytes = files_.files().at(index);
  bytes[20] = static_cast<char>(bytes[20] ^ 1);  // in the header
  files_.add(index, bytes);
  const auto [state, entries] = run();
  EXPECT_EQ(state, IndexNote::State::written);
  EXPECT_EQ(entries.size(), 3U);
}

TEST_F(IndexCacheTest, WithoutAFolderThereIsNoCache) {
  IndexCache cache(files_, "", "LORE_NO_CACHE is set");
  EXPECT_FALSE(cache.enabled());
  EXPECT_EQ(cache.off_because(), "LORE_NO_CACHE is set");
  load(cache);
  EXPECT_TRUE(cache.notes().empty());
  EXPECT_TRUE(indexes().empty());
}

TEST_F(IndexCacheTest, RebuildAllIndexesAFreshFileAgain) {
  run();
  IndexCache cache(files_, kFolder);
  cache.rebuild_all();
  load(cache);
  ASSERT_EQ(cache.notes().size(), 1U);
  EXPECT_EQ(cache.notes()[0].state, IndexNote::State::written);
}

TEST_F(IndexCacheTest, ClearRemovesIndexesAndLeftoversOnly) {
  run();
  files_.add(std::string(kFolder) + "/0123456789abcdef.idx.tmp-000001", "half");
  files_.add(std::string(kFolder) + "/notes.txt", "mine");
  IndexCache cache(files_, kFolder);
  const auto removed = cache.clear();
  ASSERT_TRUE(removed);
  EXPECT_EQ(*removed, 2U);
  EXPECT_EQ(indexes(), std::vector<std::string>{std::string(kFolder) + "/notes.txt"});
}

TEST_F(IndexCacheTest, EachFileHasAnIndexOfItsOwn) {
  IndexCache cache(files_, kFolder);
  EXPECT_NE(cache.index_path("/data/a.toml"), cache.index_path("/data/b.toml"));
  EXPECT_EQ(cache.index_path("/data/a.toml"), cache.index_path("/data/a.toml"));
  EXPECT_TRUE(cache.index_path("/data/a.toml").starts_with(std::string(kFolder) + "/"));
}

TEST(IndexCacheFolder, FollowsXdgCacheHomeThenHome) {
  EXPECT_EQ(index_cache_folder("/x/cache", "/home/u"), "/x/cache/lore");
  EXPECT_EQ(index_cache_folder(std::nullopt, "/home/u"), "/home/u/.cache/lore");
  EXPECT_EQ(index_cache_folder("relative", "/home/u"), "/home/u/.cache/lore");
  EXPECT_EQ(index_cache_folder(std::nullopt, std::nullopt), "");
}

}  // namespace
}  // namespace lore
