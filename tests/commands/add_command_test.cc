// run_add against real files in a temporary folder: appending keeps every byte, a
// missing file is created with a [dataset] table, ids come from the text, and bad
// entries are refused with the file left as it was.
#include "commands/add_command.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/dataset_loader.h"
#include "support/files.h"
#include "support/temporary_folder.h"

namespace lore {
namespace {

namespace fs = std::filesystem;

using test::read_text;
using test::write_text;

constexpr std::string_view kHandWritten =
    "# My quotes.   Spacing and comments are mine.\n"
    "[dataset]   # table\n"
    "id=\"hand\"\n"
    "title   =   'Hand'   \n"
    "\n"
    "[[quote]]\n"
    "\tid = \"first\"   # a comment\n"
    "\ttext = \"\"\"\nTwo\n  lines.\"\"\"\n"
    "\ttags = [ \"x\" ,\"y\" ]\n"
    "# no newline after this comment";

class AddRun : public ::testing::Test {
 protected:
  Expected<void, Error> add(AddOptions options) {
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
    return run_add(options, context);
  }

  static AddOptions quote(std::string text, std::string to) {
    AddOptions options;
    options.kind = Kind::quote;
    options.fields["text"] = {std::move(text)};
    options.to = std::move(to);
    return options;
  }

  /// A scene with these fields; an empty one is left out.
  static AddOptions scene(std::string title, std::string order, std::string description) {
    AddOptions options;
    options.kind = Kind::scene;
    if (!title.empty()) options.fields["title"] = {std::move(title)};
    if (!order.empty()) options.fields["order"] = {std::move(order)};
    if (!description.empty()) options.fields["description"] = {std::move(description)};
    return options;
  }

  /// A trivia fact asking "Q?", with `answer` unless it is empty.
  static AddOptions question(std::string answer) {
    AddOptions options;
    options.kind = Kind::trivia;
    options.fields["fact"] = {"F."};
    options.fields["category"] = {"c"};
    options.fields["question"] = {"Q?"};
    if (!answer.empty()) options.fields["answer"] = {std::move(answer)};
    return options;
  }

  /// The entries of the file at `path`, loaded as a dataset.
  static std::optional<Dataset> load(const fs::path& path) {
    LoadResult result = load_dataset(read_text(path), path.string());
    std::string problems;
    for (const Diagnostic& d : result.diagnostics) problems += "\n" + format_diagnostic(d);
    EXPECT_TRUE(result.dataset) << problems;
    return std::move(result.dataset);
  }

  test::TemporaryFolder folder_;
  fs::path dir_ = folder_.path();
  DiskFileSystem files_;
  Environment environment_;
  StringOutput out_;
  StringOutput messages_;
};

TEST_F(AddRun, CreatesAMissingFile) {
  const fs::path file = dir_ / "a" / "b" / "My Quotes.toml";
  const auto added = add(quote("So it goes.", file.string()));
  ASSERT_TRUE(added) << added.error().message;
  EXPECT_EQ(out_.text(), "so-it-goes\n");
  const auto dataset = load(file);
  ASSERT_TRUE(dataset);
  EXPECT_EQ(dataset->info().id, "my-quotes");
  EXPECT_EQ(dataset->info().title, "My Quotes");
  EXPECT_TRUE(dataset->info().collection) << "a file of one's own quotes is no work to credit";
  ASSERT_EQ(dataset->entries().size(), 1U);
  EXPECT_EQ(dataset->entries()[0].id, "so-it-goes");
  EXPECT_EQ(dataset->entries()[0].text, "So it goes.");
  EXPECT_TRUE(dataset->entries()[0].tags.empty());
}

TEST_F(AddRun, AppendingKeepsEveryByteOfTheFile) {
  const fs::path file = dir_ / "hand.toml";
  write_text(file, std::string(kHandWritten));
  AddOptions options = quote("A second one.", file.string());
  options.fields["speaker"] = {"Sam"};
  options.fields["tags"] = {"one", "two"};
  options.spoiler = true;
  const auto added = add(options);
  ASSERT_TRUE(added) << added.error().message;
  const std::string after = read_text(file);
  ASSERT_GT(after.size(), kHandWritten.size());
  EXPECT_EQ(after.substr(0, kHandWritten.size()), kHandWritten);
  const auto dataset = load(file);
  ASSERT_TRUE(dataset);
  ASSERT_EQ(dataset->entries().size(), 2U);
  EXPECT_EQ(dataset->entries()[0].text, "Two\n  lines.");
  const Entry& added_entry = dataset->entries()[1];
  EXPECT_EQ(added_entry.id, "a-second-one");
  EXPECT_EQ(added_entry.speaker, "Sam");
  EXPECT_EQ(added_entry.tags, (std::vector<std::string_view>{"one", "two"}));
  EXPECT_TRUE(added_entry.spoiler);
}

TEST_F(AddRun, IdsFromTheTextMadeUnique) {
  const fs::path file = dir_ / "ids.toml";
  for (const char* expected : {"so-it-goes", "so-it-goes-2", "so-it-goes-3"}) {
    ASSERT_TRUE(add(quote("So it goes!", file.string())));
    EXPECT_EQ(out_.text(), std::string(expected) + "\n");
  }
  ASSERT_TRUE(add(quote("One two three four five six seven.", file.string())));
  EXPECT_EQ(out_.text(), "one-two-three-four-five\n");
  ASSERT_TRUE(add(quote("日本語", file.string())));
  EXPECT_EQ(out_.text(), "quote\n");
  AddOptions trivia;
  trivia.kind = Kind::trivia;
  trivia.fields["fact"] = {"Facts are facts."};
  trivia.fields["category"] = {"misc"};
  trivia.to = file.string();
  ASSERT_TRUE(add(trivia));
  EXPECT_EQ(out_.text(), "facts-are-facts\n");
}

TEST_F(AddRun, AGivenIdIsUsedAsIs) {
  const fs::path file = dir_ / "given.toml";
  AddOptions options = quote("Text.", file.string());
  options.fields["id"] = {"my-own-id"};
  ASSERT_TRUE(add(options));
  EXPECT_EQ(out_.text(), "my-own-id\n");
}

TEST_F(AddRun, ASceneNeedsNoOrder) {
  const fs::path file = dir_ / "scenes.toml";
  AddOptions options = scene("Somewhere in the middle", "", "The source does not say when.");
  options.to = file.string();
  ASSERT_TRUE(add(options));
  const auto dataset = load(file);
  ASSERT_TRUE(dataset);
  ASSERT_EQ(dataset->entries().size(), 1U);
  EXPECT_FALSE(dataset->entries()[0].order.has_value());
}

/// Adding to a copy of the hand-written file: expect_refused() checks the refusal's
/// kind and reason, and that the file is unchanged.
class AddRefusals : public AddRun {
 protected:
  void SetUp() override {
    AddRun::SetUp();
    file_ = dir_ / "hand.toml";
    write_text(file_, std::string(kHandWritten));
  }

  void expect_refused(AddOptions options, ErrorKind kind, const std::string& reason) {
    options.to = file_.string();
    const auto added = add(options);
    ASSERT_FALSE(added) << "added " << out_.text();
    EXPECT_EQ(added.error().kind, kind);
    std::string said = added.error().message;
    for (const Diagnostic& d : added.error().diagnostics) said += "\n" + format_diagnostic(d);
    EXPECT_NE(said.find(reason), std::string::npos) << said;
    EXPECT_EQ(out_.text(), "");
    EXPECT_EQ(read_text(file_), kHandWritten);
    // Nothing else in the folder but the hidden lock file: no temporary file.
    std::size_t count = 0;
    for (const auto& item : fs::directory_iterator(dir_)) {
      if (item.path().filename() != ".hand.toml.lock") ++count;
    }
    EXPECT_EQ(count, 1U);
  }

  fs::path file_;
};

TEST_F(AddRefusals, ADuplicateId) {
  AddOptions options = quote("Again.", "");
  options.fields["id"] = {"first"};
  expect_refused(options, ErrorKind::usage, "duplicate id 'first'");
}

TEST_F(AddRefusals, AFieldTheKindLacks) {
  AddOptions options = quote("Text.", "");
  options.fields["fact"] = {"A fact."};
  expect_refused(options, ErrorKind::usage, "a quote has no field 'fact'");
}

TEST_F(AddRefusals, ASceneWithoutDescription) {
  expect_refused(scene("T", "1", ""), ErrorKind::usage, "missing required field 'description'");
}

TEST_F(AddRefusals, AnOrderThatIsNotANumber) {
  expect_refused(scene("T", "first", "D."), ErrorKind::usage,
                 "--order: 'first' is not a whole number");
}

TEST_F(AddRefusals, AnEmptyOrBlankText) {
  expect_refused(quote("", ""), ErrorKind::usage, "'text'");
  expect_refused(quote(" \t ", ""), ErrorKind::usage, "field 'text' of quote");
}

TEST_F(AddRefusals, AQuestionWithoutAnswer) {
  expect_refused(question(""), ErrorKind::usage, "has a question but no 'answer'");
}

TEST_F(AddRefusals, AChoiceThatIsTheAnswer) {
  AddOptions options = question("Café");
  options.fields["choices"] = {"Bar", "CAFE"};
  expect_refused(options, ErrorKind::usage, "choice 'CAFE' of trivia");
}

TEST_F(AddRefusals, ATagGivenTwice) {
  AddOptions options = quote("Text.", "");
  options.fields["tags"] = {"x", "x"};
  expect_refused(options, ErrorKind::usage, "tag 'x' of quote");
}

TEST_F(AddRefusals, AnOrderBelowOne) {
  expect_refused(scene("T", "0", "D."), ErrorKind::usage, "must be a positive integer");
}

TEST_F(AddRefusals, AnIdThatIsNotKebabCase) {
  AddOptions options = quote("Text.", "");
  options.fields["id"] = {"Not_Kebab"};
  expect_refused(options, ErrorKind::usage, "is not kebab-case");
}

TEST_F(AddRefusals, AFileWithErrorsOfItsOwn) {
  write_text(
      file_,
      "[dataset]\nid = \"x\"\ntitle = \"X\"\n\n[[quote]]\nid = \"e\"\ntext = \"\"\ntags = []\n");
  const auto added = add(quote("Fine.", file_.string()));
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(added.error().diagnostics.size(), 1U);
  EXPECT_EQ(added.error().diagnostics[0].line, 7U);
  EXPECT_EQ(added.error().diagnostics[0].column, 8U);
  EXPECT_NE(added.error().message.find("fix them before adding"), std::string::npos);
}

TEST_F(AddRun, UnmakeableFolderIsOutputFailure) {
  write_text(dir_ / "a-file", "x");
  const auto added = add(quote("Text.", (dir_ / "a-file" / "inner.toml").string()));
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::output_failure);
  EXPECT_EQ(read_text(dir_ / "a-file"), "x");
  EXPECT_EQ(out_.text(), "");
}

TEST_F(AddRun, TheDefaultFileIsMineTomlInTheDataHome) {
  environment_.search_path.xdg_data_home = (dir_ / "data").string();
  ASSERT_TRUE(add(quote("Default.", "")));
  EXPECT_TRUE(fs::exists(dir_ / "data" / "lore" / "mine.toml"));
  const auto dataset = load(dir_ / "data" / "lore" / "mine.toml");
  ASSERT_TRUE(dataset);
  EXPECT_EQ(dataset->info().id, "mine");
  EXPECT_EQ(dataset->info().title, "My quotes");
  EXPECT_TRUE(dataset->info().collection);
  EXPECT_EQ(dataset->info().credit(), "");
}

TEST_F(AddRun, ACrlfFileStaysCrlf) {
  const fs::path file = dir_ / "crlf.toml";
  const std::string before =
      "[dataset]\r\nid = \"crlf\"\r\ntitle = \"CRLF\"\r\n\r\n"
      "[[quote]]\r\nid = \"old\"\r\ntext = \"Old.\"\r\ntags = []\r\n";
  write_text(file, before);
  AddOptions options = quote("Two\nlines.", file.string());
  options.fields["tags"] = {"a", "b"};
  ASSERT_TRUE(add(options));
  const std::string after = read_text(file);
  EXPECT_EQ(after.substr(0, before.size()), before);
  std::size_t bare = 0;
  for (std::size_t i = 0; i < after.size(); ++i) bare += after[i] == '\n' && after[i - 1] != '\r';
  EXPECT_EQ(bare, 0U) << after;
  const auto dataset = load(file);
  ASSERT_TRUE(dataset);
  ASSERT_EQ(dataset->entries().size(), 2U);
}

TEST_F(AddRun, AnLfFileStaysLf) {
  const fs::path file = dir_ / "lf.toml";
  write_text(file, "[dataset]\nid = \"lf\"\ntitle = \"LF\"\n");
  ASSERT_TRUE(add(quote("New.", file.string())));
  EXPECT_EQ(read_text(file).find('\r'), std::string::npos);
}

TEST_F(AddRun, ASceneIsNamedByItsTitle) {
  const fs::path file = dir_ / "scene-ids.toml";
  AddOptions options = scene("The last launch", "", "Many words that are not the title at all.");
  options.to = file.string();
  ASSERT_TRUE(add(options));
  EXPECT_EQ(out_.text(), "the-last-launch\n");
}

TEST_F(AddRun, NowhereToAddIsAUsageError) {
  const auto added = add(quote("Nowhere.", ""));
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::usage);
}

TEST(DefaultAddPath, XdgDataHomeThenHome) {
  SearchPathVariables v;
  EXPECT_EQ(default_add_path(v), "");
  v.home = "/home/u";
  EXPECT_EQ(default_add_path(v), "/home/u/.local/share/lore/mine.toml");
  v.xdg_data_home = "relative";
  EXPECT_EQ(default_add_path(v), "/home/u/.local/share/lore/mine.toml");
  v.xdg_data_home = "";
  EXPECT_EQ(default_add_path(v), "/home/u/.local/share/lore/mine.toml");
  v.xdg_data_home = "/xdg/data";
  EXPECT_EQ(default_add_path(v), "/xdg/data/lore/mine.toml");
  v.home.reset();
  EXPECT_EQ(default_add_path(v), "/xdg/data/lore/mine.toml");
}

// ------------------------------------------------ against the memory file system

/// run_add on a MemoryFileSystem, so that any step of the write can fail.
class AddInMemory : public ::testing::Test {
 protected:
  static constexpr const char* kPath = "/data/lore/mine.toml";

  Expected<void, Error> add(const std::string& text) {
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
    AddOptions options;
    options.fields["text"] = {text};
    options.to = kPath;
    return run_add(options, context);
  }

  MemoryFileSystem files_;
  Environment environment_;
  StringOutput out_;
  StringOutput messages_;
};

TEST_F(AddInMemory, AddsUnderTheLockBesideTheFile) {
  ASSERT_TRUE(add("First."));
  ASSERT_TRUE(add("Second."));
  const std::string content = files_.read(kPath).value();
  EXPECT_NE(content.find("First."), std::string::npos);
  EXPECT_NE(content.find("Second."), std::string::npos);
  EXPECT_EQ(files_.steps_taken(FileStep::lock), 2);
  EXPECT_FALSE(files_.is_locked("/data/lore/.mine.toml.lock")) << "released when done";
  EXPECT_EQ(out_.text(), "second\n");
}

// A failure at any step of the write: exit 74 (output_failure), the file exactly as it
// was, no temporary file, and no id printed (nothing acknowledged).
TEST_F(AddInMemory, AFailedStepAcknowledgesNothing) {
  for (const FileStep step : {FileStep::lock, FileStep::create_temporary, FileStep::write,
                              FileStep::sync, FileStep::rename}) {
    files_ = MemoryFileSystem();
    ASSERT_TRUE(add("Kept."));
    const auto before = files_.files();
    files_.fail_at(step, ENOSPC);
    const auto added = add("Lost.");
    ASSERT_FALSE(added) << static_cast<int>(step);
    EXPECT_EQ(added.error().kind, ErrorKind::output_failure);
    EXPECT_NE(added.error().message.find(std::strerror(ENOSPC)), std::string::npos)
        << added.error().message;
    EXPECT_EQ(files_.files(), before) << static_cast<int>(step);
    EXPECT_EQ(out_.text(), "");
  }
}

// add checks that it got the lock: without it, two adds could both read the old file
// and one entry would be lost.
TEST_F(AddInMemory, NoLockNoWrite) {
  files_.fail_at(FileStep::lock, EACCES);
  const auto added = add("Unlocked.");
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::output_failure);
  EXPECT_NE(added.error().message.find("cannot lock /data/lore/.mine.toml.lock"), std::string::npos)
      << added.error().message;
  EXPECT_EQ(files_.type_of(kPath), PathType::missing);
  EXPECT_EQ(files_.steps_taken(FileStep::create_temporary), 0);
}

TEST_F(AddInMemory, AnUnmakeableFolderLeavesNoFolder) {
  files_.fail_at(FileStep::make_directory, EDQUOT, 2);  // /data made, /data/lore fails
  const auto added = add("Nowhere.");
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::output_failure);
  EXPECT_TRUE(files_.directories().empty());
  EXPECT_TRUE(files_.files().empty());
}

TEST_F(AddInMemory, AReadOnlyFileIsRefusedAndKept) {
  files_.add_read_only(kPath, "[dataset]\nid = \"mine\"\ntitle = \"Mine\"\n");
  const auto added = add("Refused.");
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::output_failure);
  EXPECT_NE(added.error().message.find("read-only"), std::string::npos);
  EXPECT_EQ(files_.read(kPath).value(), "[dataset]\nid = \"mine\"\ntitle = \"Mine\"\n");
}

TEST_F(AddRun, ADanglingLinkIsFollowedToCreateItsTarget) {
  fs::create_directories(dir_ / "real");
  fs::create_symlink("real/target.toml", dir_ / "link.toml");
  ASSERT_TRUE(add(quote("Through the link.", (dir_ / "link.toml").string())));
  ASSERT_TRUE(add(quote("Through the real path.", (dir_ / "real" / "target.toml").string())));
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.toml")) << "the link is kept, not replaced";
  const auto dataset = load(dir_ / "real" / "target.toml");
  ASSERT_TRUE(dataset);
  EXPECT_EQ(dataset->entries().size(), 2U);
}

TEST_F(AddRun, AReadOnlyFileIsRefused) {
  const fs::path file = dir_ / "read-only.toml";
  ASSERT_TRUE(add(quote("First.", file.string())));
  const std::string before = read_text(file);
  fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  const auto added = add(quote("Second.", file.string()));
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::output_failure);
  EXPECT_EQ(read_text(file), before);
}

}  // namespace
}  // namespace lore
