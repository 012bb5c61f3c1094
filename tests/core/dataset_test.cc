#include "core/dataset.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace lore {
namespace {

DatasetInfo info(std::string id) {
  DatasetInfo result;
  result.id = std::move(id);
  result.title = "Title";
  return result;
}

TEST(Dataset, AddPointsEntriesAtItsInfo) {
  Dataset dataset(info("mine"));
  Entry entry;
  entry.id = dataset.store("first");
  dataset.add(entry);
  ASSERT_EQ(dataset.entries().size(), 1U);
  EXPECT_EQ(dataset.entries()[0].dataset, &dataset.info());
  EXPECT_EQ(dataset.entries()[0].dataset->id, "mine");
}

TEST(Dataset, EntriesAndTheirTextSurviveAMove) {
  Dataset dataset(info("moving"));
  for (int i = 0; i < 100; ++i) {
    Entry entry;
    entry.id = dataset.store("id-" + std::to_string(i));
    entry.text = dataset.store("text \xE2\x80\x94 " + std::to_string(i));
    entry.tags.push_back(dataset.store("tag-" + std::to_string(i % 3)));
    dataset.add(entry);
  }
  const DatasetInfo* info_before = &dataset.info();
  const Dataset moved = std::move(dataset);
  EXPECT_EQ(&moved.info(), info_before);
  ASSERT_EQ(moved.entries().size(), 100U);
  for (int i = 0; i < 100; ++i) {
    const Entry& entry = moved.entries()[static_cast<std::size_t>(i)];
    EXPECT_EQ(entry.id, "id-" + std::to_string(i));
    EXPECT_EQ(entry.text, "text \xE2\x80\x94 " + std::to_string(i));
    EXPECT_EQ(entry.tags.at(0), "tag-" + std::to_string(i % 3));
    EXPECT_EQ(entry.dataset, &moved.info());
  }
}

TEST(Dataset, SortEntriesIsStable) {
  Dataset dataset(info("sorting"));
  const std::vector<std::pair<std::uint32_t, const char*>> rows{
      {3, "c"}, {1, "a1"}, {2, "b"}, {1, "a2"}, {3, "c2"}};
  for (const auto& [line, id] : rows) {
    Entry entry;
    entry.position.line = line;
    entry.id = dataset.store(id);
    dataset.add(entry);
  }
  dataset.sort_entries(
      [](const Entry& a, const Entry& b) { return a.position.line < b.position.line; });
  std::vector<std::string_view> ids;
  for (const Entry& entry : dataset.entries()) ids.push_back(entry.id);
  EXPECT_EQ(ids, (std::vector<std::string_view>{"a1", "a2", "b", "c", "c2"}));
}

TEST(Dataset, SortScenesPutsScenesInStoryOrderInPlace) {
  Dataset dataset(info("story"));
  // kind, id, order (0: none)
  const std::vector<std::tuple<Kind, const char*, int>> rows{
      {Kind::scene, "s-unplaced-first", 0}, {Kind::scene, "s-three", 3}, {Kind::quote, "q", 0},
      {Kind::scene, "s-after-three", 0},    {Kind::scene, "s-one", 1},   {Kind::egg, "e", 0},
      {Kind::scene, "s-three-b", 3}};
  for (const auto& [kind, id, order] : rows) {
    Entry entry;
    entry.kind = kind;
    entry.id = dataset.store(id);
    if (order > 0) entry.order = order;
    dataset.add(entry);
  }
  dataset.sort_scenes();
  std::vector<std::string_view> ids;
  for (const Entry& entry : dataset.entries()) ids.push_back(entry.id);
  EXPECT_EQ(ids, (std::vector<std::string_view>{"s-unplaced-first", "s-one", "q", "s-three",
                                                "s-after-three", "e", "s-three-b"}));
}

}  // namespace
}  // namespace lore
