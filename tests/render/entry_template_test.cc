// Issue 9: templates that would allocate without limit are refused when parsed.
#include "render/entry_template.h"

#include <gtest/gtest.h>

#include <string>

namespace lore {
namespace {

std::string error_of(std::string_view text) {
  const auto parsed = EntryTemplate::parse(text);
  return parsed ? "" : parsed.error();
}

TEST(EntryTemplateLimits, HugeWidthIsRefused) {
  EXPECT_EQ(error_of("{text:2147483647}"),
            "width or precision 2147483647 is above the limit of 1000");
  EXPECT_EQ(error_of("{text:>1001}"), "width or precision 1001 is above the limit of 1000");
  EXPECT_EQ(error_of("{order:099999999999999999999}"),
            "width or precision 099999999999999999999 is above the limit of 1000");
}

TEST(EntryTemplateLimits, HugePrecisionIsRefused) {
  EXPECT_EQ(error_of("{text:.5000}"), "width or precision 5000 is above the limit of 1000");
}

TEST(EntryTemplateLimits, WidthsUpToTheLimitAreFine) {
  EXPECT_EQ(error_of("{text:1000}"), "");
  EXPECT_EQ(error_of("{text:*^1000.1000}"), "");
  EXPECT_EQ(error_of("{order:0001000}"), "");
}

TEST(EntryTemplateLimits, NestedFieldInASpecIsRefused) {
  EXPECT_NE(error_of("{description:{order}}").find("inside a format spec"), std::string::npos);
  EXPECT_NE(error_of("{text:.{order}}").find("inside a format spec"), std::string::npos);
}

TEST(EntryTemplateLimits, EntryWithoutTheNumberNeverPrintsTheTemplate) {
  const auto parsed = EntryTemplate::parse("{order:03}|{id}");
  ASSERT_TRUE(parsed) << parsed.error();
  Entry entry;
  entry.kind = Kind::quote;
  entry.id = "q";
  EXPECT_EQ(parsed->format(entry), "|q");
}

}  // namespace
}  // namespace lore
