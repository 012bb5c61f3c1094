#include "cli/value_checks.h"

#include <gtest/gtest.h>

#include <string>

namespace lore::cli {
namespace {

constexpr std::uint64_t kMost = std::numeric_limits<std::uint64_t>::max();

TEST(RangeInWords, OpenOrClosed) {
  EXPECT_EQ(range_in_words({"N", 1, kMost}), "1 or more");
  EXPECT_EQ(range_in_words({"N", 0, 100000}), "from 0 to 100000");
}

TEST(CheckWholeNumber, AcceptsTheRangeAndItsEnds) {
  for (const char* given : {"1", "7", "100"}) {
    std::string text = given;
    EXPECT_EQ(check_whole_number(text, {"N", 1, 100}), "") << given;
    EXPECT_EQ(text, given);
  }
}

TEST(CheckWholeNumber, LeadingZerosAreDecimalNotOctal) {
  std::string text = "010";
  EXPECT_EQ(check_whole_number(text, {"N", 0, kMost}), "");
  EXPECT_EQ(text, "10");
  text = "+0";
  EXPECT_EQ(check_whole_number(text, {"N", 0, kMost}), "");
  EXPECT_EQ(text, "0");
}

TEST(CheckWholeNumber, OutOfRangeStatesTheRangeInPlainNumbers) {
  std::string text = "0";
  EXPECT_EQ(check_whole_number(text, {"N", 1, kMost}), "N must be 1 or more, not 0");
  text = "100001";
  EXPECT_EQ(check_whole_number(text, {"N", 0, 100000}), "N must be from 0 to 100000, not 100001");
  text = "-1";
  EXPECT_EQ(check_whole_number(text, {"N", 0, kMost}), "N must be 0 or more, not -1");
}

TEST(CheckWholeNumber, TooBigForAnyIntegerIsNeverClamped) {
  std::string text = "99999999999999999999";
  EXPECT_EQ(check_whole_number(text, {"N", 0, kMost}),
            "N must be from 0 to 18446744073709551615, not 99999999999999999999");
  text = "18446744073709551615";
  EXPECT_EQ(check_whole_number(text, {"N", 0, kMost}), "");
}

TEST(CheckWholeNumber, NotANumber) {
  for (const char* given : {"abc", "", "1.5", "0x10", "3 ", "1e3", "--"}) {
    std::string text = given;
    EXPECT_EQ(check_whole_number(text, {"N", 1, kMost}),
              std::string("N must be a whole number, 1 or more, not '") + given + "'");
  }
}

TEST(CheckNumber, APercentFromZeroToHundred) {
  EXPECT_EQ(check_number("0", "PERCENT", 0, 100), "");
  EXPECT_EQ(check_number("62.5", "PERCENT", 0, 100), "");
  EXPECT_EQ(check_number("150", "PERCENT", 0, 100), "PERCENT must be from 0 to 100, not 150");
  EXPECT_EQ(check_number("-1", "PERCENT", 0, 100), "PERCENT must be from 0 to 100, not -1");
  EXPECT_EQ(check_number("nan", "PERCENT", 0, 100), "PERCENT must be from 0 to 100, not nan");
  EXPECT_EQ(check_number("half", "PERCENT", 0, 100),
            "PERCENT must be a number from 0 to 100, not 'half'");
}

}  // namespace
}  // namespace lore::cli
