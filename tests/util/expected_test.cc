#include "util/expected.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>

namespace lore {
namespace {

Expected<int, std::string> half(int n) {
  if (n % 2 != 0) return unexpected(std::string("odd"));
  return n / 2;
}

TEST(Expected, HoldsAValue) {
  const auto result = half(8);
  ASSERT_TRUE(result.has_value());
  EXPECT_TRUE(static_cast<bool>(result));
  EXPECT_EQ(result.value(), 4);
  EXPECT_EQ(*result, 4);
}

TEST(Expected, HoldsAnError) {
  const auto result = half(7);
  EXPECT_FALSE(result.has_value());
  EXPECT_FALSE(static_cast<bool>(result));
  EXPECT_EQ(result.error(), "odd");
}

TEST(Expected, UnexpectedConvertsFromACompatibleType) {
  // A string literal's error converts to the std::string error type.
  const Expected<int, std::string> result = unexpected("text");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error(), "text");
}

TEST(Expected, ValueCanBeChangedThroughReferences) {
  Expected<std::string, int> result = std::string("abc");
  result.value() += "d";
  *result += "e";
  result->push_back('f');
  EXPECT_EQ(*result, "abcdef");
  EXPECT_EQ(result->size(), 6U);
}

TEST(Expected, MoveOnlyValuesAndErrorsMoveOut) {
  Expected<std::unique_ptr<int>, std::string> value = std::make_unique<int>(3);
  std::unique_ptr<int> taken = std::move(value).value();
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(*taken, 3);

  Expected<int, std::unique_ptr<int>> error = unexpected(std::make_unique<int>(9));
  std::unique_ptr<int> reason = std::move(error).error();
  ASSERT_NE(reason, nullptr);
  EXPECT_EQ(*reason, 9);
}

TEST(Expected, ValueAndErrorOfTheSameTypeStayApart) {
  const Expected<std::string, std::string> good = std::string("value");
  const Expected<std::string, std::string> bad = unexpected(std::string("error"));
  ASSERT_TRUE(good);
  EXPECT_EQ(*good, "value");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error(), "error");
}

TEST(ExpectedVoid, DefaultIsSuccess) {
  const Expected<void, std::string> result;
  EXPECT_TRUE(result.has_value());
  EXPECT_TRUE(static_cast<bool>(result));
}

TEST(ExpectedVoid, HoldsAnError) {
  Expected<void, std::string> result = unexpected(std::string("disk full"));
  EXPECT_FALSE(result.has_value());
  EXPECT_EQ(result.error(), "disk full");
  const std::string moved = std::move(result).error();
  EXPECT_EQ(moved, "disk full");
}

}  // namespace
}  // namespace lore
