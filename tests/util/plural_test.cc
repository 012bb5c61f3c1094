#include "util/plural.h"

#include <gtest/gtest.h>

namespace lore {
namespace {

TEST(Counted, OneTakesTheSingular) {
  EXPECT_EQ(counted(1, "entry", "entries"), "1 entry");
  EXPECT_EQ(noun_for(1, "quote", "quotes"), "quote");
}

TEST(Counted, NoneAndManyTakeThePlural) {
  EXPECT_EQ(counted(0, "entry", "entries"), "0 entries");
  EXPECT_EQ(counted(2, "cookie", "cookies"), "2 cookies");
  EXPECT_EQ(counted(11, "file", "files"), "11 files");
  EXPECT_EQ(noun_for(21, "question", "questions"), "questions");
}

}  // namespace
}  // namespace lore
