#include "core/kind.h"

#include <gtest/gtest.h>

namespace lore {
namespace {

TEST(Kind, AllKindsInDatasetOrder) {
  EXPECT_EQ(kAllKinds, (std::array<Kind, 4>{Kind::quote, Kind::trivia, Kind::scene, Kind::egg}));
}

TEST(Kind, NamesAreTheTomlTableNames) {
  EXPECT_EQ(kind_name(Kind::quote), "quote");
  EXPECT_EQ(kind_name(Kind::trivia), "trivia");
  EXPECT_EQ(kind_name(Kind::scene), "scene");
  EXPECT_EQ(kind_name(Kind::egg), "egg");
}

TEST(Kind, Plurals) {
  EXPECT_EQ(kind_plural(Kind::quote), "quotes");
  EXPECT_EQ(kind_plural(Kind::trivia), "trivia");
  EXPECT_EQ(kind_plural(Kind::scene), "scenes");
  EXPECT_EQ(kind_plural(Kind::egg), "eggs");
}

TEST(ParseKind, ReadsNamesAndPlurals) {
  for (const Kind kind : kAllKinds) {
    EXPECT_EQ(parse_kind(kind_name(kind)), kind);
    EXPECT_EQ(parse_kind(kind_plural(kind)), kind);
  }
  EXPECT_EQ(parse_kind("eggs"), Kind::egg);
}

TEST(ParseKind, RejectsOtherWords) {
  EXPECT_FALSE(parse_kind(""));
  EXPECT_FALSE(parse_kind("trivias"));
  EXPECT_FALSE(parse_kind("dataset"));
  EXPECT_FALSE(parse_kind("quote "));
  EXPECT_FALSE(parse_kind("entry"));
}

}  // namespace
}  // namespace lore
