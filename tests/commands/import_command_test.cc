#include "commands/import_command.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "fortune/fortune_file.h"
#include "support/diagnostics.h"
#include "support/files.h"
#include "support/lines.h"
#include "support/memory_context.h"
#include "support/temporary_folder.h"

namespace lore {
namespace {

ImportOptions importing(std::vector<std::string> files) {
  ImportOptions options;
  options.files = std::move(files);
  return options;
}

class ImportRun : public test::ContextTest {
 protected:
  Expected<void, Error> run(const ImportOptions& options) {
    Context context = fresh_context();
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
};

TEST_F(ImportRun, WritesAValidDatasetNamedAfterTheFolder) {
  files_.add("/data/Old Fortunes/wisdom", "Look before.\n\t\t-- Someone\n%\nLeap.\n%\n");
  files_.add("/data/Old Fortunes/more.txt", "Third.\n");
  ASSERT_TRUE(run(importing({"/data/Old Fortunes/wisdom", "/data/Old Fortunes/more.txt"})));
  const Dataset dataset = loaded_output();
  EXPECT_EQ(dataset.info().id, "old-fortunes");
  EXPECT_EQ(dataset.info().title, "Old Fortunes");
  ASSERT_EQ(dataset.entries().size(), 3U);
  EXPECT_EQ(dataset.entries()[0].text, "Look before.");
  EXPECT_EQ(dataset.entries()[0].speaker, "Someone");
  EXPECT_EQ(dataset.entries()[0].source, "wisdom");
  EXPECT_EQ(dataset.entries()[2].source, "more.txt");
  EXPECT_NE(messages_.text().find("imported 3 cookies (1 with a speaker) from 2 files"),
            std::string::npos)
      << messages_.text();
}

TEST_F(ImportRun, TakesTheDatasetIdAndTitleGiven) {
  files_.add("f", "One.\n");
  ImportOptions options = importing({"f"});
  options.dataset_id = "my-fortunes";
  options.title = "My fortunes";
  ASSERT_TRUE(run(options));
  const Dataset dataset = loaded_output();
  EXPECT_EQ(dataset.info().id, "my-fortunes");
  EXPECT_EQ(dataset.info().title, "My fortunes");
}

TEST_F(ImportRun, RefusesADatasetIdThatIsNotKebabCase) {
  files_.add("f", "One.\n");
  ImportOptions options = importing({"f"});
  options.dataset_id = "My Fortunes";
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
  EXPECT_NE(result.error().message.find("'My Fortunes'"), std::string::npos);
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ImportRun, NeedsAFile) {
  const auto result = run(ImportOptions{});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
}

TEST_F(ImportRun, AMissingFileIsUnreadableInputNamingIt) {
  files_.add("present", "One.\n");
  const auto result = run(importing({"present", "/no/such/file"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
  ASSERT_EQ(result.error().diagnostics.size(), 1U);
  EXPECT_EQ(result.error().diagnostics[0].path, "/no/such/file");
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ImportRun, WarnsOfConversionsAndSkippedCookies) {
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

TEST_F(ImportRun, SaysNothingOfConversionsForACleanFile) {
  files_.add("clean", "One.\n%\n");
  ASSERT_TRUE(run(importing({"clean"})));
  EXPECT_EQ(messages_.text().find("warning"), std::string::npos) << messages_.text();
}

TEST_F(ImportRun, UndoesRot13) {
  files_.add("off", "Jbeqf.\n\t\t-- Fbzrbar\n%\n");
  ImportOptions options = importing({"off"});
  options.rot13 = true;
  ASSERT_TRUE(run(options));
  const Dataset dataset = loaded_output();
  ASSERT_EQ(dataset.entries().size(), 1U);
  EXPECT_EQ(dataset.entries()[0].text, "Words.");
  EXPECT_EQ(dataset.entries()[0].speaker, "Someone");
}

TEST_F(ImportRun, KeepsIdsUniqueAcrossFiles) {
  files_.add("a", "Same.\n%\n");
  files_.add("b", "Same.\n%\n");
  ASSERT_TRUE(run(importing({"a", "b"})));
  const Dataset dataset = loaded_output();
  ASSERT_EQ(dataset.entries().size(), 2U);
  EXPECT_EQ(std::string(dataset.entries()[1].id), std::string(dataset.entries()[0].id) + "-2");
}

TEST_F(ImportRun, NoCookiesGiveAnEmptyDataset) {
  files_.add("empty", "%\n\n%\n");
  ASSERT_TRUE(run(importing({"empty"})));
  EXPECT_TRUE(loaded_output().entries().empty());
}

TEST_F(ImportRun, WritesToTheOutputFile) {
  files_.add("/out/fortunes.toml", "old content\n");
  files_.add("f", "One.\n%\nTwo.\n%\n");
  ImportOptions options = importing({"f"});
  options.output = "/out/fortunes.toml";
  options.force = true;
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

TEST_F(ImportRun, UnwritableOutputFails) {
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
TEST_F(ImportRun, AFailedWriteStepKeepsTheOldFile) {
  for (const FileStep step : {FileStep::lock, FileStep::create_temporary, FileStep::write,
                              FileStep::sync, FileStep::rename}) {
    files_ = MemoryFileSystem();
    messages_ = StringOutput();
    files_.add("/out/x.toml", "old\n");
    files_.add("f", "One.\n%\n");
    files_.fail_at(step, ENOSPC);
    ImportOptions options = importing({"f"});
    options.output = "/out/x.toml";
    options.force = true;
    const auto result = run(options);
    ASSERT_FALSE(result) << static_cast<int>(step);
    EXPECT_EQ(result.error().kind, ErrorKind::output_failure);
    EXPECT_NE(result.error().message.find("nothing was written"), std::string::npos);
    EXPECT_EQ(files_.read("/out/x.toml").value(), "old\n");
    EXPECT_EQ(files_.files().size(), 2U);
    EXPECT_EQ(messages_.text().find("imported"), std::string::npos);
  }
}

// ------------------------------------------------------------------ never destroy

TEST_F(ImportRun, AnExistingOutputNeedsForce) {
  files_.add("/out/mine.toml", "hand-written\n");
  files_.add("f", "One.\n%\n");
  ImportOptions options = importing({"f"});
  options.output = "/out/mine.toml";
  const auto refused = run(options);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::usage);
  EXPECT_NE(refused.error().message.find("--force"), std::string::npos) << refused.error().message;
  EXPECT_EQ(files_.read("/out/mine.toml").value(), "hand-written\n");
  EXPECT_EQ(messages_.text(), "");
  options.force = true;
  ASSERT_TRUE(run(options));
  EXPECT_NE(files_.read("/out/mine.toml").value(), "hand-written\n");
}

TEST_F(ImportRun, NeverWritesOverAnInputEvenWithForce) {
  files_.add("/f/wisdom", "One.\n%\n");
  files_.add_link("/f/wisdom.u8", "wisdom");
  for (const std::string output : {"/f/wisdom", "/f/wisdom.u8"}) {
    ImportOptions options = importing({"/f/other", "/f/wisdom"});
    files_.add("/f/other", "Two.\n%\n");
    options.output = output;
    options.force = true;
    const auto refused = run(options);
    ASSERT_FALSE(refused) << output;
    EXPECT_EQ(refused.error().kind, ErrorKind::usage);
    EXPECT_NE(refused.error().message.find("is the input /f/wisdom"), std::string::npos)
        << refused.error().message;
    EXPECT_EQ(files_.read("/f/wisdom").value(), "One.\n%\n");
  }
}

TEST_F(ImportRun, AnInputIsKnownByItsInode) {
  // Two names of one file on disk: a hard link, which no path comparison sees.
  test::TemporaryFolder folder;
  const std::string input = folder.file("cookies", "One.\n%\n");
  const std::string other_name = folder / "same-cookies";
  ASSERT_EQ(::link(input.c_str(), other_name.c_str()), 0);
  DiskFileSystem disk;
  Context context{out_, messages_, disk, environment_};
  ImportOptions options = importing({input});
  options.output = other_name;
  options.force = true;
  const auto refused = run_import(options, context);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::usage);
  EXPECT_EQ(test::read_text(input), "One.\n%\n");
}

TEST_F(ImportRun, SkipsBinaryFilesWithAWarning) {
  std::string strfile_index("\0\0\0\x02\0\0\0\x03\0\0\0\x10\0\0\0\x04\0\0\0\0%\0\0\0", 24);
  files_.add("/f/wisdom", "One.\n%\n");
  files_.add("/f/wisdom.dat", strfile_index + std::string(16, '\0'));
  files_.add("/f/image", std::string("PNG\0\x01", 5));
  ASSERT_TRUE(run(importing({"/f/wisdom", "/f/wisdom.dat", "/f/image"})));
  const Dataset dataset = loaded_output();
  ASSERT_EQ(dataset.entries().size(), 1U);
  EXPECT_EQ(dataset.info().id, "wisdom");  // the one file read names it
  const std::string& messages = messages_.text();
  EXPECT_NE(messages.find("/f/wisdom.dat: warning: skipped: a strfile index (.dat)"),
            std::string::npos)
      << messages;
  EXPECT_NE(messages.find("/f/image: warning: skipped: a binary file (it has NUL bytes)"),
            std::string::npos)
      << messages;
  EXPECT_NE(messages.find("imported 1 cookie (0 with a speaker) from 1 file"), std::string::npos)
      << messages;
}

TEST_F(ImportRun, OnlyBinaryFilesIsAnError) {
  files_.add("/f/x.dat", std::string("\0\0\0\x01", 4) + std::string(30, '\0'));
  const auto result = run(importing({"/f/x.dat"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::invalid_data);
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ImportRun, SkipsAFileGivenTwice) {
  files_.add("/f/art", "One.\n%\nTwo.\n%\n");
  files_.add_link("/f/art.u8", "art");
  ASSERT_TRUE(run(importing({"/f/art", "/f/art.u8", "/f/art"})));
  EXPECT_EQ(loaded_output().entries().size(), 2U);
  EXPECT_NE(messages_.text().find("/f/art.u8: warning: skipped: the same file as /f/art"),
            std::string::npos)
      << messages_.text();
}

TEST_F(ImportRun, FilesOfSeveralFoldersNeedAnId) {
  files_.add("/a/one", "One.\n%\n");
  files_.add("/b/two", "Two.\n%\n");
  const auto refused = run(importing({"/a/one", "/b/two"}));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::usage);
  EXPECT_NE(refused.error().message.find("--id"), std::string::npos) << refused.error().message;
  EXPECT_EQ(out_.text(), "");
  ImportOptions options = importing({"/a/one", "/b/two"});
  options.dataset_id = "both";
  ASSERT_TRUE(run(options));
  const Dataset dataset = loaded_output();
  EXPECT_EQ(dataset.info().id, "both");
  EXPECT_EQ(dataset.info().title, "both");
}

TEST_F(ImportRun, RefusesTheBuiltInDatasetId) {
  files_.add("/f/io", "One.\n%\n");
  files_.add("/f/other", "Two.\n%\n");
  ImportOptions given = importing({"/f/other"});
  given.reserved_id = "io";
  given.dataset_id = "io";
  ImportOptions made = importing({"/f/io"});
  made.reserved_id = "io";
  for (const ImportOptions& options : {given, made}) {
    const auto refused = run(options);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::usage);
    EXPECT_NE(refused.error().message.find("'io' is the built-in dataset's"), std::string::npos)
        << refused.error().message;
    EXPECT_EQ(out_.text(), "");
  }
}

TEST_F(ImportRun, CreditsNoTitleAndKeepsLines) {
  files_.add("/f/science", "Anonymous.\n%\nSaid.\n\t\t-- Someone\n%\n");
  ASSERT_TRUE(run(importing({"/f/science"})));
  const Dataset dataset = loaded_output();
  EXPECT_TRUE(dataset.info().collection);
  EXPECT_TRUE(dataset.info().preformatted);
  EXPECT_FALSE(dataset.info().crlf);
  EXPECT_EQ(dataset.entries()[0].speaker, "");
  EXPECT_EQ(dataset.entries()[0].source, "science");
}

TEST_F(ImportRun, RecordsCrLfOnlyWhenEveryFileHasIt) {
  files_.add("/f/dos", "One.\r\n%\r\n");
  files_.add("/f/dos2", "Two.\r\n%\r\n");
  files_.add("/f/unix", "Three.\n%\n");
  ASSERT_TRUE(run(importing({"/f/dos", "/f/dos2"})));
  EXPECT_TRUE(loaded_output().info().crlf);
  ASSERT_TRUE(run(importing({"/f/dos", "/f/unix"})));
  EXPECT_FALSE(loaded_output().info().crlf);
}

/// `count` distinct cookies.
std::string many_cookies(std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text += "Cookie number " + std::to_string(i) + ".\n%\n";
  return text;
}

TEST_F(ImportRun, ProgressOnATerminalPast5000) {
  files_.add("/f/big", many_cookies(kImportProgressFrom + 1));
  environment_.stderr_is_terminal = true;
  ASSERT_TRUE(run(importing({"/f/big"})));
  const std::string& messages = messages_.text();
  EXPECT_NE(messages.find("\rlore: importing: 5001 cookies from 1 of 1 files"), std::string::npos)
      << messages;
  // Cleared before the report, which stands alone on its line.
  EXPECT_NE(messages.find("\r\x1b[Klore: imported 5001 cookies"), std::string::npos) << messages;
}

TEST_F(ImportRun, NoProgressWhenFewCookiesOrNoTerminal) {
  files_.add("/f/small", many_cookies(kImportProgressFrom));
  files_.add("/f/big", many_cookies(kImportProgressFrom + 1));
  environment_.stderr_is_terminal = true;
  ASSERT_TRUE(run(importing({"/f/small"})));
  EXPECT_EQ(messages_.text().find('\r'), std::string::npos) << messages_.text();
  environment_.stderr_is_terminal = false;
  ASSERT_TRUE(run(importing({"/f/big"})));
  EXPECT_EQ(messages_.text().find('\r'), std::string::npos) << messages_.text();
}

TEST_F(ImportRun, TheSampleFileImportsWithEveryFeature) {
  DiskFileSystem disk;
  Context context{out_, messages_, disk, environment_};
  ASSERT_TRUE(run_import(importing({LORE_E2E_DATA "/tricky.fortune"}), context));
  const Dataset dataset = loaded_output();
  EXPECT_EQ(dataset.info().id, "tricky");  // from the file name, tricky.fortune
  ASSERT_EQ(dataset.entries().size(), 7U);
  EXPECT_EQ(dataset.entries()[1].speaker, "A. Poet, \"Verses\"");
  EXPECT_EQ(dataset.entries()[4].speaker, "");  // an attribution alone stays the text
  EXPECT_EQ(std::string(dataset.entries()[6].id), std::string(dataset.entries()[0].id) + "-2");
}

// ------------------------------------------------------------------ fortune files
// run_import of fortune files served from memory: CR LF, attribution lines, a trailing
// %, --rot13, several files; the dataset it writes loads and holds every cookie.

constexpr std::string_view kSample =
    "Simple.\r\n%\r\nTwo lines,\r\n  indented.\r\n\t\t-- A. Person\r\n%\r\nNo indent.\r\n-- "
    "Somebody\r\n%\r\n";

std::string rot13(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z')
      c = static_cast<char>('a' + (c - 'a' + 13) % 26);
    else if (c >= 'A' && c <= 'Z')
      c = static_cast<char>('A' + (c - 'A' + 13) % 26);
  }
  return text;
}

class ImportFortunes : public test::ContextTest {
 protected:
  Expected<void, Error> import(std::vector<std::string> paths, bool rotated = false) {
    ImportOptions options;
    options.files = std::move(paths);
    options.rot13 = rotated;
    Context context = fresh_context();
    return run_import(options, context);
  }

  /// The dataset written to the output.
  std::optional<Dataset> written() const {
    LoadResult result = load_dataset(out_.text(), "imported.toml");
    EXPECT_TRUE(result.dataset) << out_.text();
    return std::move(result.dataset);
  }
};

TEST_F(ImportFortunes, EachCookieAQuoteWithItsSpeaker) {
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
  // An attribution must be indented, as fortune's files write them.
  EXPECT_EQ(dataset->entries()[2].text, "No indent.\n-- Somebody");
  EXPECT_EQ(dataset->entries()[2].speaker, "");
  for (const Entry& e : dataset->entries()) {
    EXPECT_EQ(e.kind, Kind::quote);
    EXPECT_EQ(e.source, "sample");
  }
  EXPECT_NE(messages_.text().find("/f/sample: warning: CR LF line ends converted to LF"),
            std::string::npos)
      << messages_.text();
  EXPECT_TRUE(dataset->info().crlf);
  EXPECT_NE(messages_.text().find("imported 3 cookies (1 with a speaker) from 1 file"),
            std::string::npos)
      << messages_.text();
}

TEST_F(ImportFortunes, ExportedAgainTheCookiesComeBack) {
  files_.add("/f/sample", std::string(kSample));
  ASSERT_TRUE(import({"/f/sample"}));
  const auto dataset = written();
  ASSERT_TRUE(dataset);
  std::vector<const Entry*> entries;
  for (const Entry& e : dataset->entries()) entries.push_back(&e);
  // Byte for byte, CR LF line ends included.
  EXPECT_EQ(write_fortune(entries).text, kSample);
}

TEST_F(ImportFortunes, Rot13UndoesTheRotation) {
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

TEST_F(ImportFortunes, SeveralFilesEachTheSource) {
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

TEST_F(ImportFortunes, TheSameTextTwiceGetsDistinctIds) {
  files_.add("/f/twice", "Same.\n%\nSame.\n%\n");
  ASSERT_TRUE(import({"/f/twice"}));
  const auto dataset = written();
  ASSERT_TRUE(dataset);
  ASSERT_EQ(dataset->entries().size(), 2U);
  EXPECT_NE(dataset->entries()[0].id, dataset->entries()[1].id);
}

TEST_F(ImportFortunes, AMissingFileWritesNothing) {
  const auto result = import({"/f/missing"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ImportFortunes, CookiesThatTomlWritersFindHard) {
  // From Debian's fortunes: ''' inside a multi-line cookie (ascii-art), and a cookie
  // that starts with a blank line (knghtbrd, miscellaneous).
  files_.add("/f/hard",
             "\t   ```--. . , ; .--'''\n\t\t | |   |\n%\n\n\"A cookie after a blank "
             "line.\"\n\t\t-- Mom\n%\n");
  const auto result = import({"/f/hard"});
  ASSERT_TRUE(result) << result.error().message;
  const auto dataset = written();
  ASSERT_TRUE(dataset);
  ASSERT_EQ(dataset->entries().size(), 2U);
  EXPECT_EQ(dataset->entries()[0].text, "\t   ```--. . , ; .--'''\n\t\t | |   |");
  EXPECT_EQ(dataset->entries()[1].text, "\n\"A cookie after a blank line.\"");
  EXPECT_EQ(dataset->entries()[1].speaker, "Mom");
}

// ------------------------------------------------------------------ Debian's fortunes
// The whole of Debian's `fortunes` package imports, validates clean and comes back
// cookie for cookie. Skipped where the package is not installed (.ci/run installs it).
// Labelled slow (tests/commands/CMakeLists.txt).

const std::filesystem::path kDebianFortunes = "/usr/share/games/fortunes";

/// The package's fortune files: regular files, not the .dat indexes or the .u8 links.
std::vector<std::string> debian_fortune_files() {
  std::vector<std::string> paths;
  std::error_code error;
  for (const auto& item : std::filesystem::directory_iterator(kDebianFortunes, error)) {
    if (!item.is_regular_file() || item.is_symlink()) continue;
    if (item.path().extension() == ".dat" || item.path().extension() == ".u8") continue;
    paths.push_back(item.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

/// `cookie` with the indentation of a closing "-- " line removed: the one difference
/// the round trip allows.
std::string without_attribution_indent(std::string cookie) {
  const std::size_t line_start = cookie.rfind('\n', cookie.size() - 2) + 1;  // npos + 1 == 0
  const std::size_t text_start = cookie.find_first_not_of(" \t", line_start);
  if (text_start != std::string::npos && cookie.compare(text_start, 3, "-- ") == 0) {
    cookie.erase(line_start, text_start - line_start);
  }
  return cookie;
}

/// The cookies of a fortune file split the plainest way, independently of the parser:
/// by lines of exactly "%", leaving out cookies of nothing but whitespace, each cookie
/// ending in one newline.
std::vector<std::string> comparable_cookies(const std::string& text) {
  std::vector<std::string> cookies;
  std::string current;
  const auto finish_cookie = [&] {
    if (current.find_first_not_of(" \t\r\n") != std::string::npos) {
      cookies.push_back(without_attribution_indent(current));
    }
    current.clear();
  };
  for (const std::string& line : test::lines_of(text)) {
    if (line == "%") {
      finish_cookie();
    } else {
      current += line + "\n";
    }
  }
  finish_cookie();
  return cookies;
}

class DebianFortunes : public testing::Test {
 protected:
  void SetUp() override {
    paths_ = debian_fortune_files();
    if (paths_.empty()) GTEST_SKIP() << "Debian's fortunes package is not installed";
  }

  /// Imports `files` as one dataset and loads its TOML, failing the test on any error
  /// or warning.
  std::optional<Dataset> import_and_load(const std::vector<std::string>& files) {
    StringOutput out;
    StringOutput messages;
    Context context{out, messages, disk_, environment_};
    ImportOptions options;
    options.files = files;
    const auto imported = run_import(options, context);
    if (!imported) {
      ADD_FAILURE() << "importing " << files.front() << ": " << test::describe(imported.error());
      return std::nullopt;
    }
    LoadResult loaded = load_dataset(out.text(), files.front() + ".toml");
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
      ADD_FAILURE() << format_diagnostic(diagnostic);
    }
    return std::move(loaded.dataset);
  }

  std::string read(const std::string& path) {
    auto content = disk_.read(path);
    EXPECT_TRUE(content) << path;
    return content ? *content : "";
  }

  std::vector<std::string> paths_;
  DiskFileSystem disk_;
  Environment environment_;
};

std::vector<const Entry*> entries_of(const Dataset& dataset) {
  std::vector<const Entry*> entries;
  for (const Entry& entry : dataset.entries()) entries.push_back(&entry);
  return entries;
}

// Every file imports, validates clean and round-trips cookie for cookie.
TEST_F(DebianFortunes, EveryFileRoundTrips) {
  std::size_t cookies = 0;
  std::size_t speakers = 0;
  std::size_t mismatches = 0;
  for (const std::string& path : paths_) {
    const std::optional<Dataset> dataset = import_and_load({path});
    if (!dataset) continue;
    const std::vector<std::string> original = comparable_cookies(read(path));
    const std::vector<std::string> back =
        comparable_cookies(write_fortune(entries_of(*dataset)).text);
    EXPECT_EQ(dataset->entries().size(), original.size()) << path;
    EXPECT_EQ(back.size(), original.size()) << path;
    for (std::size_t i = 0; i < std::min(back.size(), original.size()); ++i) {
      if (back[i] == original[i]) continue;
      if (++mismatches <= 5) {
        ADD_FAILURE() << path << " cookie " << i + 1 << " differs:\n--- original\n"
                      << original[i] << "--- after lore\n"
                      << back[i];
      }
    }
    cookies += original.size();
    for (const Entry& entry : dataset->entries()) speakers += entry.speaker.empty() ? 0 : 1;
  }
  EXPECT_EQ(mismatches, 0U);
  std::cout << "Debian fortunes: " << paths_.size() << " files, " << cookies << " cookies, "
            << speakers << " with a speaker, " << mismatches << " mismatches\n";
  RecordProperty("files", static_cast<int>(paths_.size()));
  RecordProperty("cookies", static_cast<int>(cookies));
  RecordProperty("mismatches", static_cast<int>(mismatches));
}

// All files import as one dataset with unique ids.
TEST_F(DebianFortunes, AllFilesAsOneDataset) {
  std::size_t cookies = 0;
  for (const std::string& path : paths_) cookies += comparable_cookies(read(path)).size();
  // load_dataset refuses a duplicate id, so loading clean proves the ids unique.
  const std::optional<Dataset> dataset = import_and_load(paths_);
  ASSERT_TRUE(dataset.has_value());
  EXPECT_EQ(dataset->entries().size(), cookies);
  EXPECT_EQ(dataset->info().id, "fortunes");  // the folder's name
}

TEST(ComparableCookies, IgnoresOnlyAttributionIndent) {
  EXPECT_EQ(comparable_cookies("a\n\t\t-- X\n%\n\n%\n  b\n  -- Y z\n%\nc"),
            (std::vector<std::string>{"a\n-- X\n", "  b\n-- Y z\n", "c\n"}));
  EXPECT_NE(comparable_cookies("a\n  b\n"), comparable_cookies("a\nb\n"));
  EXPECT_NE(comparable_cookies("a\n-- X\n"), comparable_cookies("a\n-- X \n"));
  EXPECT_EQ(comparable_cookies("-- X\n"), (std::vector<std::string>{"-- X\n"}));
}

}  // namespace
}  // namespace lore
