#include "core/dataset_index.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/filter.h"
#include "support/dataset_builder.h"
#include "support/indexed.h"
#include "util/random.h"

namespace lore {
namespace {

/// Every kind, every field, lists empty and full, a spoiler, text that is not ASCII,
/// a newline inside a field and a line that starts like a field of the index.
Dataset every_field() {
  return test::DatasetBuilder("full", "Full")
      .number("year", 2019)
      .field("description", "Every field.")
      .quote("q-one", "Hope is not a plan.\nIt is a wish.", {"hope", "iconic"})
      .field("speaker", "Sam")
      .field("context", "At the lab.")
      .field("source", "Plot")
      .quote("q-two", "Caf\u00e9 \u65e5\u672c", {"hope"})
      .spoiler()
      .trivia("t-one", "IO premiered on Netflix.", "release", {"netflix"})
      .field("question", "Where did IO premiere?")
      .field("answer", "Netflix")
      .list("accept", {"netflix", "on netflix"})
      .list("choices", {"Sundance", "Cannes", "Venice"})
      .trivia("t-two", "A fact with no question.", "Cast")
      .scene("s-one", "The balloon", 2, "Micah lands.\n  Indented.", {"arrival"})
      .list("characters", {"Sam", "Micah"})
      .field("location", "The observatory")
      .scene("s-first", "Before", 1, "First.")
      .egg("e-one", "Hidden", "A detail.", {"detail"})
      .dataset("full.toml");
}

std::vector<std::string> all_fields(const Dataset& dataset) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < dataset.size(); ++i)
    out.push_back(test::entry_fields(dataset.entry(i)));
  return out;
}

TEST(DatasetIndex, ReadsBackEveryFieldOfEveryKind) {
  const Dataset memory = every_field();
  const Dataset stored = test::indexed(memory);
  ASSERT_NE(stored.store(), nullptr);
  EXPECT_EQ(stored.size(), memory.size());
  EXPECT_EQ(all_fields(stored), all_fields(memory));
  std::vector<std::string> whole;
  for (const Entry& entry : stored.entries()) whole.push_back(test::entry_fields(entry));
  EXPECT_EQ(whole, all_fields(memory));
}

TEST(DatasetIndex, AnAbsentOrderStaysAbsent) {
  const Dataset memory = test::DatasetBuilder("scenes", "Scenes")
                             .scene("placed", "Placed", 1, "Order one.")
                             .scene("unplaced", "Unplaced", "No order given.")
                             .dataset("scenes.toml");
  const Dataset stored = test::indexed(memory);
  ASSERT_NE(stored.store(), nullptr);
  ASSERT_EQ(stored.size(), 2U);
  EXPECT_EQ(stored.entry(0).order, std::optional<std::int64_t>(1));
  EXPECT_FALSE(stored.entry(1).order.has_value());
}

TEST(DatasetIndex, KeepsScenesInStoryOrderAndACollectionsMark) {
  const Dataset memory = test::DatasetBuilder("mine", "My quotes")
                             .scene("late", "Late", 5, "Late.")
                             .scene("early", "Early", 2, "Early.")
                             .dataset("mine.toml");
  const Dataset stored = test::indexed(memory);
  ASSERT_EQ(stored.size(), 2U);
  EXPECT_EQ(stored.entry(0).id, "early");
  EXPECT_EQ(stored.entry(1).id, "late");
  EXPECT_FALSE(stored.info().collection);
  DatasetInfo info;
  info.id = "mine";
  info.title = "My quotes";
  info.collection = true;
  Dataset collection(info);
  EXPECT_TRUE(test::indexed(collection).info().collection);
}

TEST(DatasetIndex, KeepsTheDatasetsDescription) {
  const Dataset stored = test::indexed(every_field());
  EXPECT_EQ(stored.info().id, "full");
  EXPECT_EQ(stored.info().title, "Full");
  EXPECT_EQ(stored.info().year, 2019);
  EXPECT_EQ(stored.info().description, "Every field.");
  EXPECT_EQ(stored.info().path, "mem.toml");
  EXPECT_EQ(stored.entry(0).dataset, &stored.info());
}

TEST(DatasetIndex, KeepsTheImportFlags) {
  Dataset memory = test::DatasetBuilder("cookies", "Cookies").quote("one", "One.").dataset();
  EXPECT_FALSE(test::indexed(memory).info().collection);
  DatasetInfo info = memory.info();
  info.collection = true;
  info.preformatted = true;
  info.crlf = true;
  Dataset flagged(info);
  flagged.add(memory.entries()[0]);
  const Dataset stored = test::indexed(flagged);
  ASSERT_NE(stored.store(), nullptr);
  EXPECT_TRUE(stored.info().collection);
  EXPECT_TRUE(stored.info().preformatted);
  EXPECT_TRUE(stored.info().crlf);
}

TEST(DatasetIndex, CountsAndTablesOfEachKind) {
  const Dataset memory = every_field();
  const Dataset stored = test::indexed(memory);
  for (const Kind kind : kAllKinds) {
    EXPECT_EQ(stored.count(kind), memory.count(kind)) << kind_name(kind);
    for (const bool spoilers : {false, true}) {
      std::vector<std::size_t> expected;
      for (std::size_t i = 0; i < memory.size(); ++i) {
        const Entry& entry = memory.entry(i);
        if (entry.kind == kind && (spoilers || !entry.spoiler)) expected.push_back(i);
      }
      const EntryStore& store = *stored.store();
      ASSERT_EQ(store.count(kind, spoilers), expected.size());
      std::vector<std::size_t> got;
      for (std::size_t n = 0; n < expected.size(); ++n) {
        got.push_back(store.nth_of_kind(kind, spoilers, n));
      }
      EXPECT_THROW((void)store.nth_of_kind(kind, spoilers, expected.size()), IndexDamaged);
      EXPECT_EQ(got, expected) << kind_name(kind) << (spoilers ? " with spoilers" : "");
    }
  }
}

TEST(DatasetIndex, FindsEveryIdAndNoOther) {
  const Dataset stored = test::indexed(every_field());
  for (std::size_t i = 0; i < stored.size(); ++i) {
    EXPECT_EQ(stored.store()->find(stored.id_of(i)), i) << stored.id_of(i);
  }
  EXPECT_EQ(stored.store()->find("q-on"), std::nullopt);
  EXPECT_EQ(stored.store()->find(""), std::nullopt);
}

TEST(DatasetIndex, AnEmptyDatasetHasNoEntries) {
  const Dataset stored = test::indexed(test::DatasetBuilder("empty", "E").dataset());
  EXPECT_EQ(stored.size(), 0U);
  EXPECT_TRUE(stored.entries().empty());
  EXPECT_EQ(stored.store()->find("x"), std::nullopt);
}

TEST(DatasetIndex, RefusesAnIndexOfAnotherFileOrVersionOfIt) {
  const std::string bytes = test::index_bytes(every_field());
  auto owner = std::make_shared<const std::string>(bytes);
  const MappedFile file(owner, *owner);
  IndexKey key = test::test_index_key();
  ASSERT_TRUE(open_index(index_file_in_memory(file, "i"), key, "p"));
  for (int change = 0; change < 5; ++change) {
    IndexKey other = key;
    switch (change) {
      case 0: other.stamp.size += 1; break;
      case 1: other.stamp.modified_ns += 1; break;
      case 2: other.stamp.inode += 1; break;  // an atomic replace keeping size and time
      case 3: other.stamp.device += 1; break;
      case 4: other.path += "x"; break;
    }
    EXPECT_FALSE(open_index(index_file_in_memory(file, "i"), other, "p")) << "change " << change;
  }
}

/// An index in memory that counts how often it is mapped and how many bytes are read
/// from it, and can be swapped for other bytes after it was opened.
struct CountedIndex {
  std::shared_ptr<std::string> bytes;
  std::shared_ptr<int> maps = std::make_shared<int>(0);
  std::shared_ptr<std::size_t> bytes_read = std::make_shared<std::size_t>(0);

  explicit CountedIndex(std::string content)
      : bytes(std::make_shared<std::string>(std::move(content))) {}
  IndexFile file() const;
};

/// The file of a CountedIndex, sharing its bytes and counters.
class CountedFile final : public OpenFile {
 public:
  explicit CountedFile(CountedIndex index) : index_(std::move(index)) {}
  std::uint64_t size() const override { return index_.bytes->size(); }
  Expected<std::size_t, FileError> read(std::uint64_t offset, std::span<char> into) const override {
    const std::string& bytes = *index_.bytes;
    const std::size_t count =
        offset < bytes.size() ? bytes.copy(into.data(), into.size(), offset) : 0;
    *index_.bytes_read += count;
    return count;
  }
  Expected<MappedFile, FileError> map() const override {
    ++*index_.maps;
    auto copy = std::make_shared<const std::string>(*index_.bytes);
    const std::string_view view = *copy;
    return MappedFile(copy, view);
  }

 private:
  CountedIndex index_;
};

IndexFile CountedIndex::file() const {
  return {"counted.idx", std::make_shared<CountedFile>(*this)};
}

TEST(DatasetIndex, OpensFromItsHeadAndReadsOnlyTheOnePicked) {
  Catalog catalog;
  std::vector<CountedIndex> indexes;
  std::vector<std::size_t> read_at_open;
  for (const char* id : {"one", "two", "three"}) {
    const Dataset memory = test::DatasetBuilder(id, id)
                               .quote("a", "First.")
                               .quote("b", "Second.")
                               .spoiler()
                               .dataset(std::string(id) + ".toml");
    indexes.emplace_back(test::index_bytes(memory));
    auto opened = open_index(indexes.back().file(), test::test_index_key(), "x.toml");
    ASSERT_TRUE(opened) << opened.error();
    EXPECT_EQ(opened->info().id, id);
    EXPECT_EQ(opened->count(Kind::quote), 2U);
    read_at_open.push_back(*indexes.back().bytes_read);
    catalog.add(std::move(*opened));
  }
  Filter filter;
  filter.kinds = {Kind::quote};
  const Selection selection = select_entries(catalog, filter);
  EXPECT_EQ(selection.size(), 3U);  // the spoilers left out, from the header's counts
  for (std::size_t i = 0; i < indexes.size(); ++i) {
    EXPECT_EQ(*indexes[i].bytes_read, read_at_open[i]);
  }
  EXPECT_EQ(selection.at(1).dataset->id, "two");
  EXPECT_EQ(selection.at(1).text, "First.");
  EXPECT_EQ(*indexes[0].bytes_read, read_at_open[0]);
  EXPECT_GT(*indexes[1].bytes_read, read_at_open[1]);
  EXPECT_EQ(*indexes[2].bytes_read, read_at_open[2]);
  const std::size_t read_by_pick = *indexes[1].bytes_read;
  (void)selection.at(1);
  EXPECT_EQ(*indexes[1].bytes_read, read_by_pick);  // read once
  for (const CountedIndex& index : indexes) EXPECT_EQ(*index.maps, 0);
}

TEST(DatasetIndex, APickReadsAFewBlocksAndMapsNothing) {
  test::DatasetBuilder builder("many", "Many");
  for (int i = 0; i < 40'000; ++i) {
    builder.quote("q" + std::to_string(i), "Quote number " + std::to_string(i) + " of many.",
                  {"t" + std::to_string(i % 7)});
    if (i % 5 == 0) builder.spoiler();
  }
  const Dataset memory = builder.dataset("many.toml");
  CountedIndex index(test::index_bytes(memory));
  ASSERT_GT(index.bytes->size(), std::size_t{4} << 20) << "big enough to need more than blocks";
  auto opened = open_index(index.file(), test::test_index_key(), "many.toml");
  ASSERT_TRUE(opened) << opened.error();
  Catalog catalog;
  catalog.add(std::move(*opened));
  Filter filter;
  filter.kinds = {Kind::quote};
  const Selection selection = select_entries(catalog, filter);
  ASSERT_EQ(selection.size(), 32'000U);
  Random random(3);
  for (int pick = 0; pick < 3; ++pick) {
    const std::size_t i = random.below(selection.size());
    const std::size_t number = i + i / 4 + 1;  // every fifth entry, from the first, is a spoiler
    EXPECT_EQ(selection.at(i).text, "Quote number " + std::to_string(number) + " of many.");
    EXPECT_EQ(selection.at(i).tags,
              std::vector<std::string_view>{"t" + std::to_string(number % 7)});
  }
  EXPECT_EQ(*index.maps, 0);
  EXPECT_LT(*index.bytes_read, std::size_t{2} << 20) << "a pick reads the blocks it touches";
  // A read of the whole maps the index, and still gives the same entries.
  catalog.datasets().front().store()->verify_all();
  EXPECT_EQ(*index.maps, 1);
  EXPECT_NE(catalog.datasets().front().store()->search_text().text().find("number 39999"),
            std::string_view::npos);
  EXPECT_EQ(selection.at(0).text, "Quote number 1 of many.");
}

TEST(DatasetIndex, AnIndexReplacedAfterItWasOpenedIsDamage) {
  CountedIndex index(test::index_bytes(every_field()));
  auto opened = open_index(index.file(), test::test_index_key(), "x.toml");
  ASSERT_TRUE(opened) << opened.error();
  *index.bytes = test::index_bytes(test::DatasetBuilder("full", "Full").dataset("f.toml"));
  EXPECT_THROW((void)opened->entry(0), IndexDamaged);
}

TEST(DatasetIndex, ADamagedBlockTableIsFoundWhenMapped) {
  std::string bytes = test::index_bytes(every_field());
  bytes.back() = static_cast<char>(bytes.back() ^ 1);  // the last block's sum
  auto opened = test::open_index_bytes(bytes);
  ASSERT_TRUE(opened) << "the head is whole: " << opened.error();
  EXPECT_THROW((void)opened->entry(0), IndexDamaged);
}

TEST(DatasetIndex, RefusesEveryTruncation) {
  const std::string bytes = test::index_bytes(every_field());
  for (std::size_t length = 0; length < bytes.size(); ++length) {
    EXPECT_FALSE(test::open_index_bytes(bytes.substr(0, length))) << "cut at " << length;
  }
}

TEST(DatasetIndex, RefusesAChangedHeader) {
  std::string bytes = test::index_bytes(every_field());
  bytes[8] = static_cast<char>(kIndexVersion + 1);  // another version
  auto opened = test::open_index_bytes(bytes);
  ASSERT_FALSE(opened);
  EXPECT_NE(opened.error().find("header"), std::string::npos) << opened.error();
}

/// Opening and reading every entry either fails (at open, or with IndexDamaged) or
/// gives exactly the original: a damaged index is never served.
void expect_never_served(const std::string& bytes, const std::vector<std::string>& original,
                         const std::string& what) {
  auto opened = test::open_index_bytes(bytes);
  if (!opened) return;
  try {
    EXPECT_EQ(all_fields(*opened), original) << what;
    Catalog catalog;
    catalog.add(std::move(*opened));
    Filter filter;
    filter.tags = {"hope"};
    filter.include_spoilers = true;
    EXPECT_EQ(select_entries(catalog, filter).size(), 2U) << what;
  } catch (const IndexDamaged& damage) {
    EXPECT_EQ(damage.index_path(), "test.idx");
  }
}

TEST(DatasetIndex, NeverServesAFlippedBit) {
  const Dataset memory = every_field();
  const std::vector<std::string> original = all_fields(memory);
  const std::string bytes = test::index_bytes(memory);
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ (1U << (at % 8)));
    expect_never_served(damaged, original, "bit flipped at " + std::to_string(at));
  }
}

TEST(DatasetIndex, NeverServesOverwrittenBytes) {
  const Dataset memory = every_field();
  const std::vector<std::string> original = all_fields(memory);
  const std::string bytes = test::index_bytes(memory);
  Random random(7);
  for (int round = 0; round < 200; ++round) {
    std::string damaged = bytes;
    const std::size_t start = random.below(damaged.size());
    const std::size_t length = 1 + random.below(64);
    for (std::size_t i = start; i < std::min(damaged.size(), start + length); ++i) {
      damaged[i] = static_cast<char>(random.below(256));
    }
    expect_never_served(damaged, original, "random bytes at " + std::to_string(start));
  }
  EXPECT_FALSE(test::open_index_bytes(std::string(bytes.size(), '\0')));
  EXPECT_FALSE(test::open_index_bytes(""));
}

}  // namespace
}  // namespace lore
