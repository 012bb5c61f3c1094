#include "util/string_arena.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace lore {
namespace {

TEST(StringArena, StoresACopy) {
  StringArena arena;
  std::string original = "Earth is our home.";
  const std::string_view stored = arena.store(original);
  original.assign("changed");
  EXPECT_EQ(stored, "Earth is our home.");
}

TEST(StringArena, EmptyTextGivesAnEmptyView) {
  StringArena arena;
  EXPECT_TRUE(arena.store("").empty());
}

TEST(StringArena, ViewsStayValidAsTheArenaGrowsAndMoves) {
  StringArena arena;
  std::vector<std::string_view> views;
  std::vector<std::string> expected;
  for (int i = 0; i < 5000; ++i) {
    expected.push_back("entry \xE2\x80\x94 " + std::to_string(i));
    views.push_back(arena.store(expected.back()));
  }
  const StringArena moved = std::move(arena);
  for (std::size_t i = 0; i < views.size(); ++i) ASSERT_EQ(views[i], expected[i]) << i;
}

TEST(StringArena, KeepsEmbeddedNulBytes) {
  StringArena arena;
  const std::string text("a\0b", 3);
  EXPECT_EQ(arena.store(text), text);
}

}  // namespace
}  // namespace lore
