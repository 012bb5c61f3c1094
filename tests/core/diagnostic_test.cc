#include "core/diagnostic.h"

#include <gtest/gtest.h>
#include "core/dataset_loader.h"

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

// Issue 9: a diagnostic never prints a bidi control raw (an id could hide its text).

TEST(DiagnosticBidi, BidiControlsInMessageAndPathAreEscaped) {
  const Diagnostic diagnostic{"d\u202E.toml", 3, 4, Severity::error, "bad id 'a\u202Eb\u2066'"};
  EXPECT_EQ(format_diagnostic(diagnostic), "d\\u202e.toml:3:4: error: bad id 'a\\u202eb\\u2066'");
}

TEST(DiagnosticBidi, ABadIdFromADatasetIsEscaped) {
  const LoadResult result = load_dataset(
      "[dataset]\nid = \"d\"\ntitle = \"D\"\n[[quote]]\nid = \"x\u202Ey\"\ntext = \"t\"\n",
      "d.toml");
  ASSERT_FALSE(result.diagnostics.empty());
  const std::string shown = format_diagnostic(result.diagnostics.front());
  EXPECT_EQ(shown.find("\u202E"), std::string::npos) << shown;
  EXPECT_NE(shown.find("\\u202e"), std::string::npos) << shown;
}

}  // namespace
}  // namespace lore
