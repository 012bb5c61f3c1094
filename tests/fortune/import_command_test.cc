#include "commands/import_command.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/dataset_loader.h"

namespace lore {
namespace {

ImportOptions importing(std::vector<std::string> files) {
  ImportOptions options;
  options.files = std::move(files);
  return options;
}

class ImportCommand : public testing::Test {
 protected:
  Expected<void, Error> run(const ImportOptions& options) {
    Context context{out_, messages_, files_, environment_};
    return run_import(options, context);
  }

  /// The dataset written to standard output, which must load with no diagnostics.
  Dataset loaded_output() {
    LoadResult loaded = load_dataset(out_.text(), "<stdout>");
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
      ADD_FAILURE() << format_diagnostic(diagnostic);
    }
    if (!loaded.dataset) return Dataset(DatasetInfo{});
    return std::move(*loaded.dataset);
  }

  MemoryFileSystem files_;
  StringOutput out_;
  StringOutput messages_;
  Environment environment_;
};

TEST_F(ImportCommand, WritesAValidDatasetNamedAfterTheFirstFile) {
  files_.add("/data/wisdom", "Look before.\n\t\t-- Someone\n%\nLeap.\n%\n");
  files_.add("/data/more.txt", "Third.\n");
  ASSERT_TRUE(run(importing({"/data/wisdom", "/data/more.txt"})));
  const Dataset dataset = loaded_output();
  EXPECT_EQ(dataset.info().id, "wisdom");
  EXPECT_EQ(dataset.info().title, "wisdom");
  ASSERT_EQ(dataset.entries().size(), 3U);
  EXPECT_EQ(dataset.entries()[0].text, "Look before.");
  EXPECT_EQ(dataset.entries()[0].speaker, "Someone");
  EXPECT_EQ(dataset.entries()[0].source, "wisdom");
  EXPECT_EQ(dataset.entries()[2].source, "more.txt");
  EXPECT_NE(messages_.text().find("imported 3 cookies (1 with a speaker) from 2 files"),
            std::string::npos)
      << messages_.text();
}

TEST_F(ImportCommand, TakesTheDatasetIdAndTitleGiven) {
  files_.add("f", "One.\n");
  ImportOptions options = importing({"f"});
  options.dataset_id = "my-fortunes";
  options.title = "My fortunes";
  ASSERT_TRUE(run(options));
  const Dataset dataset = loaded_output();
  EXPECT_EQ(dataset.info().id, "my-fortunes");
  EXPECT_EQ(dataset.info().title, "My fortunes");
}

TEST_F(ImportCommand, RefusesADatasetIdThatIsNotKebabCase) {
  files_.add("f", "One.\n");
  ImportOptions options = importing({"f"});
  options.dataset_id = "My Fortunes";
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
  EXPECT_NE(result.error().message.find("'My Fortunes'"), std::string::npos);
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ImportCommand, NeedsAFile) {
  const auto result = run(ImportOptions{});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
}

TEST_F(ImportCommand, AMissingFileIsUnreadableInputNamingIt) {
  files_.add("present", "One.\n");
  const auto result = run(importing({"present", "/no/such/file"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
  ASSERT_EQ(result.error().diagnostics.size(), 1U);
  EXPECT_EQ(result.error().diagnostics[0].path, "/no/such/file");
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ImportCommand, WarnsOfConversionsAndSkippedCookies) {
  files_.add("old", "caf\xE9\r\n%\r\n\r\n%\r\n%\r\nend\r\n");
  ASSERT_TRUE(run(importing({"old"})));
  const Dataset dataset = loaded_output();
  ASSERT_EQ(dataset.entries().size(), 2U);
  EXPECT_EQ(dataset.entries()[0].text, "caf\u00E9");
  const std::string& messages = messages_.text();
  EXPECT_NE(messages.find("old: warning: not valid UTF-8: read as Latin-1"), std::string::npos)
      << messages;
  EXPECT_NE(messages.find("old: warning: CR LF line ends converted to LF"), std::string::npos);
  EXPECT_NE(messages.find("old: warning: skipped 2 empty cookies"), std::string::npos);
}

TEST_F(ImportCommand, SaysNothingOfConversionsForACleanFile) {
  files_.add("clean", "One.\n%\n");
  ASSERT_TRUE(run(importing({"clean"})));
  EXPECT_EQ(messages_.text().find("warning"), std::string::npos) << messages_.text();
}

TEST_F(ImportCommand, UndoesRot13) {
  files_.add("off", "Jbeqf.\n\t\t-- Fbzrbar\n%\n");
  ImportOptions options = importing({"off"});
  options.rot13 = true;
  ASSERT_TRUE(run(options));
  const Dataset dataset = loaded_output();
  ASSERT_EQ(dataset.entries().size(), 1U);
  EXPECT_EQ(dataset.entries()[0].text, "Words.");
  EXPECT_EQ(dataset.entries()[0].speaker, "Someone");
}

TEST_F(ImportCommand, KeepsIdsUniqueAcrossFiles) {
  files_.add("a", "Same.\n%\n");
  files_.add("b", "Same.\n%\n");
  ASSERT_TRUE(run(importing({"a", "b"})));
  const Dataset dataset = loaded_output();
  ASSERT_EQ(dataset.entries().size(), 2U);
  EXPECT_EQ(std::string(dataset.entries()[1].id), std::string(dataset.entries()[0].id) + "-2");
}

TEST_F(ImportCommand, AFileWithNoCookiesGivesAnEmptyDatasetThatLoads) {
  files_.add("empty", "%\n\n%\n");
  ASSERT_TRUE(run(importing({"empty"})));
  EXPECT_TRUE(loaded_output().entries().empty());
}

TEST_F(ImportCommand, WritesToTheOutputFileInsteadOfStandardOutput) {
  files_.add("/out/fortunes.toml", "old content\n");
  files_.add("f", "One.\n%\nTwo.\n%\n");
  ImportOptions options = importing({"f"});
  options.output = "/out/fortunes.toml";
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "");
  const std::string written = files_.read(options.output).value();
  const LoadResult loaded = load_dataset(written, options.output);
  ASSERT_TRUE(loaded.dataset.has_value());
  EXPECT_TRUE(loaded.diagnostics.empty());
  EXPECT_EQ(loaded.dataset->entries().size(), 2U);
  // Only the output is left: no temporary file beside it.
  EXPECT_EQ(files_.files().size(), 2U);
  EXPECT_FALSE(files_.is_locked("/out/.fortunes.toml.lock"));
}

TEST_F(ImportCommand, AnOutputThatCannotBeWrittenIsAnOutputFailure) {
  files_.add("f", "One.\n");
  ImportOptions options = importing({"f"});
  options.output = "/no/such/dir/x.toml";
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::output_failure);
  EXPECT_EQ(out_.text(), "");
}

// A failure at each step of the write (the lock included): exit 74, the old file as it
// was, no temporary file, and no "imported" report.
TEST_F(ImportCommand, AFailureAtEachStepOfTheWriteLeavesTheOldFile) {
  for (const FileStep step : {FileStep::lock, FileStep::create_temporary, FileStep::write,
                              FileStep::sync, FileStep::rename}) {
    files_ = MemoryFileSystem();
    messages_ = StringOutput();
    files_.add("/out/x.toml", "old\n");
    files_.add("f", "One.\n%\n");
    files_.fail_at(step, ENOSPC);
    ImportOptions options = importing({"f"});
    options.output = "/out/x.toml";
    const auto result = run(options);
    ASSERT_FALSE(result) << static_cast<int>(step);
    EXPECT_EQ(result.error().kind, ErrorKind::output_failure);
    EXPECT_NE(result.error().message.find("nothing was written"), std::string::npos);
    EXPECT_EQ(files_.read("/out/x.toml").value(), "old\n");
    EXPECT_EQ(files_.files().size(), 2U);
    EXPECT_EQ(messages_.text().find("imported"), std::string::npos);
  }
}

TEST_F(ImportCommand, TheSampleFileImportsWithEveryFeature) {
  DiskFileSystem disk;
  Context context{out_, messages_, disk, environment_};
  ASSERT_TRUE(run_import(importing({LORE_FORTUNE_TEST_DATA "/sample"}), context));
  const Dataset dataset = loaded_output();
  EXPECT_EQ(dataset.info().id, "sample");
  ASSERT_EQ(dataset.entries().size(), 7U);
  EXPECT_EQ(dataset.entries()[1].speaker, "A. Poet, \"Verses\"");
  EXPECT_EQ(dataset.entries()[4].speaker, "");  // an attribution alone stays the text
  EXPECT_EQ(std::string(dataset.entries()[6].id), std::string(dataset.entries()[0].id) + "-2");
}

}  // namespace
}  // namespace lore
