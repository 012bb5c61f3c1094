// run_import of fortune files served from memory: CR LF, attribution lines, a trailing
// %, --rot13, several files; the dataset it writes loads and holds every cookie.
#include "commands/import_command.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "fortune/fortune_file.h"

namespace lore {
namespace {

constexpr std::string_view kSample =
    "Simple.\r\n%\r\nTwo lines,\r\n  indented.\r\n\t\t-- A. Person\r\n%\r\nNo indent.\r\n-- "
    "Somebody\r\n%\r\n";

std::string rot13(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + 13) % 26);
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>('A' + (c - 'A' + 13) % 26);
  }
  return text;
}

class ImportTest : public ::testing::Test {
 protected:
  Expected<void, Error> import(std::vector<std::string> paths, bool rotated = false) {
    ImportOptions options;
    options.files = std::move(paths);
    options.rot13 = rotated;
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
    return run_import(options, context);
  }

  /// The dataset written to the output.
  std::optional<Dataset> written() const {
    LoadResult result = load_dataset(out_.text(), "imported.toml");
    EXPECT_TRUE(result.dataset) << out_.text();
    return std::move(result.dataset);
  }

  MemoryFileSystem files_;
  Environment environment_;
  StringOutput out_;
  StringOutput messages_;
};

TEST_F(ImportTest, EachCookieAQuoteWithItsSpeaker) {
  files_.add("/f/sample", std::string(kSample));
  ASSERT_TRUE(import({"/f/sample"}));
  const auto dataset = written();
  ASSERT_TRUE(dataset);
  EXPECT_EQ(dataset->info().id, "sample");
  ASSERT_EQ(dataset->entries().size(), 3U);
  EXPECT_EQ(dataset->entries()[0].text, "Simple.");
  EXPECT_EQ(dataset->entries()[0].speaker, "");
  EXPECT_EQ(dataset->entries()[1].text, "Two lines,\n  indented.");
  EXPECT_EQ(dataset->entries()[1].speaker, "A. Person");
  EXPECT_EQ(dataset->entries()[2].text, "No indent.");
  EXPECT_EQ(dataset->entries()[2].speaker, "Somebody");
  for (const Entry& e : dataset->entries()) {
    EXPECT_EQ(e.kind, Kind::quote);
    EXPECT_EQ(e.source, "sample");
  }
  EXPECT_NE(messages_.text().find("/f/sample: warning: CR LF line ends converted to LF"), std::string::npos)
      << messages_.text();
  EXPECT_NE(messages_.text().find("imported 3 cookies (2 with a speaker) from 1 file"), std::string::npos)
      << messages_.text();
}

TEST_F(ImportTest, ExportedAgainTheCookiesComeBackButForTheAttributionIndentation) {
  files_.add("/f/sample", std::string(kSample));
  ASSERT_TRUE(import({"/f/sample"}));
  const auto dataset = written();
  ASSERT_TRUE(dataset);
  std::vector<const Entry*> entries;
  for (const Entry& e : dataset->entries()) entries.push_back(&e);
  EXPECT_EQ(write_fortune(entries),
            "Simple.\n%\nTwo lines,\n  indented.\n\t\t-- A. Person\n%\nNo indent.\n\t\t-- Somebody\n%\n");
}

TEST_F(ImportTest, Rot13UndoesTheRotation) {
  files_.add("/f/rotated", rot13(std::string(kSample)));
  ASSERT_TRUE(import({"/f/rotated"}, true));
  const auto dataset = written();
  ASSERT_TRUE(dataset);
  ASSERT_EQ(dataset->entries().size(), 3U);
  EXPECT_EQ(dataset->entries()[1].text, "Two lines,\n  indented.");
  EXPECT_EQ(dataset->entries()[1].speaker, "A. Person");
  // The ids are those of the plain file.
  const std::string rotated_id(dataset->entries()[1].id);
  files_.add("/f/plain", std::string(kSample));
  ASSERT_TRUE(import({"/f/plain"}));
  const auto plain = written();
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->entries()[1].id, rotated_id);
}

TEST_F(ImportTest, SeveralFilesEachTheSourceOfItsCookies) {
  files_.add("/f/one", "A.\n%\n");
  files_.add("/f/two", "B.\n%\nC.");
  ASSERT_TRUE(import({"/f/one", "/f/two"}));
  const auto dataset = written();
  ASSERT_TRUE(dataset);
  ASSERT_EQ(dataset->entries().size(), 3U);
  EXPECT_EQ(dataset->entries()[0].source, "one");
  EXPECT_EQ(dataset->entries()[2].source, "two");
  EXPECT_EQ(dataset->entries()[2].text, "C.");
}

TEST_F(ImportTest, TheSameTextTwiceGetsDistinctIds) {
  files_.add("/f/twice", "Same.\n%\nSame.\n%\n");
  ASSERT_TRUE(import({"/f/twice"}));
  const auto dataset = written();
  ASSERT_TRUE(dataset);
  ASSERT_EQ(dataset->entries().size(), 2U);
  EXPECT_NE(dataset->entries()[0].id, dataset->entries()[1].id);
}

TEST_F(ImportTest, AMissingFileIsUnreadableInputAndNothingIsWritten) {
  const auto result = import({"/f/missing"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ImportTest, CookiesThatTomlWritersFindHard) {
  // From Debian's fortunes: ''' inside a multi-line cookie (ascii-art), and a cookie
  // that starts with a blank line (knghtbrd, miscellaneous).
  files_.add("/f/hard",
             "\t   ```--. . , ; .--'''\n\t\t | |   |\n%\n\n\"A cookie after a blank line.\"\n\t\t-- Mom\n%\n");
  const auto result = import({"/f/hard"});
  ASSERT_TRUE(result) << result.error().message;
  const auto dataset = written();
  ASSERT_TRUE(dataset);
  ASSERT_EQ(dataset->entries().size(), 2U);
  EXPECT_EQ(dataset->entries()[0].text, "\t   ```--. . , ; .--'''\n\t\t | |   |");
  EXPECT_EQ(dataset->entries()[1].text, "\n\"A cookie after a blank line.\"");
  EXPECT_EQ(dataset->entries()[1].speaker, "Mom");
}

}  // namespace
}  // namespace lore
