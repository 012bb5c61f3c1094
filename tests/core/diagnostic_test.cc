#include "core/diagnostic.h"

#include <gtest/gtest.h>

namespace lore {
namespace {

TEST(FormatDiagnostic, FileLineColumnSeverityMessage) {
  EXPECT_EQ(format_diagnostic({"data/io.toml", 12, 7, Severity::error, "field 'text' is empty"}),
            "data/io.toml:12:7: error: field 'text' is empty");
  EXPECT_EQ(format_diagnostic({"mine.toml", 3, 1, Severity::warning, "same order"}),
            "mine.toml:3:1: warning: same order");
}

TEST(FormatDiagnostic, WithoutAPositionOnlyTheFile) {
  EXPECT_EQ(format_diagnostic({"gone.toml", 0, 0, Severity::error, "No such file or directory"}),
            "gone.toml: error: No such file or directory");
}

TEST(HasErrors, OnlyErrorsCount) {
  EXPECT_FALSE(has_errors({}));
  EXPECT_FALSE(has_errors({{"a", 1, 1, Severity::warning, "w"}}));
  EXPECT_TRUE(has_errors({{"a", 1, 1, Severity::warning, "w"}, {"a", 2, 1, Severity::error, "e"}}));
  EXPECT_TRUE(has_errors({{"a", 0, 0, Severity::error, "e"}}));
}

}  // namespace
}  // namespace lore
