#include "util/date.h"

#include <gtest/gtest.h>

#include <chrono>

namespace lore {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

TEST(ParseDate, AcceptsValidDates) {
  EXPECT_EQ(parse_date("2019-09-14"), (year_month_day{year{2019}, month{9}, day{14}}));
  EXPECT_EQ(parse_date("2000-01-01"), (year_month_day{year{2000}, month{1}, day{1}}));
  EXPECT_EQ(parse_date("2023-12-31"), (year_month_day{year{2023}, month{12}, day{31}}));
  EXPECT_EQ(parse_date("2024-02-29"),
            (year_month_day{year{2024}, month{2}, day{29}}));  // leap year
  EXPECT_EQ(parse_date("2000-02-29"), (year_month_day{year{2000}, month{2}, day{29}}));
}

TEST(ParseDate, RejectsDaysThatDoNotExist) {
  EXPECT_FALSE(parse_date("2023-02-30"));
  EXPECT_FALSE(parse_date("2023-02-29"));  // not a leap year
  EXPECT_FALSE(parse_date("1900-02-29"));  // centuries are not, unless divisible by 400
  EXPECT_FALSE(parse_date("2023-04-31"));
  EXPECT_FALSE(parse_date("2023-13-01"));
  EXPECT_FALSE(parse_date("2023-00-10"));
  EXPECT_FALSE(parse_date("2023-01-00"));
  EXPECT_FALSE(parse_date("2023-01-32"));
}

TEST(ParseDate, RejectsBadFormats) {
  for (const char* text :
       {"", "2023", "2023-1-01", "2023-01-1", "2023/01/01", "20230101", "2023-01-01 ",
        " 2023-01-01", "2023-01-1x", "+023-01-01", "-023-01-01", "2023-01-01T00", "abcd-ef-gh",
        "2023--1-01", "2023-+1-01", "01-01-2023", "2023-01-01\n"}) {
    EXPECT_FALSE(parse_date(text)) << '"' << text << '"';
  }
}

TEST(FormatDate, WritesYyyyMmDd) {
  EXPECT_EQ(format_date(year_month_day{year{2019}, month{1}, day{5}}), "2019-01-05");
  EXPECT_EQ(format_date(year_month_day{year{2024}, month{12}, day{31}}), "2024-12-31");
  EXPECT_EQ(format_date(year_month_day{year{987}, month{3}, day{4}}), "0987-03-04");
}

TEST(FormatDate, RoundTripsThroughParseDate) {
  year_month_day date{year{2024}, month{1}, day{1}};
  for (int i = 0; i < 400; ++i) {
    EXPECT_EQ(parse_date(format_date(date)), date);
    date = year_month_day{std::chrono::sys_days{date} + std::chrono::days{1}};
  }
}

TEST(LocalToday, IsARealDate) {
  EXPECT_TRUE(local_today().ok());
}

}  // namespace
}  // namespace lore
