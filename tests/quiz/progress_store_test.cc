#include "quiz/progress_store.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "support/catalogs.h"
#include "support/files.h"
#include "support/temporary_folder.h"

namespace lore {
namespace {

using test::day;
using test::read_text;
using test::TemporaryFolder;
using test::write_text;

const auto kToday = day(2026, 3, 10);

bool exists(const std::string& path) {
  return std::filesystem::exists(std::filesystem::symlink_status(path));
}

std::set<std::string> names_in(const std::filesystem::path& folder) {
  std::set<std::string> names;
  for (const auto& item : std::filesystem::directory_iterator(folder)) {
    names.insert(item.path().filename().string());
  }
  return names;
}

/// A store of the real disk.
ProgressStore on_disk(const std::string& path) {
  static DiskFileSystem disk;
  return ProgressStore(path, disk);
}

Progress parsed_file(const std::string& path) {
  auto progress = parse_progress(read_text(path));
  if (!progress) {
    ADD_FAILURE() << path << " is not progress: " << progress.error();
    return {};
  }
  return std::move(*progress);
}

// ---------------------------------------------------------------- default_progress_path

TEST(DefaultProgressPath, XdgStateHomeWhenAbsolute) {
  EXPECT_EQ(default_progress_path("/var/state", "/home/sam"), "/var/state/lore/progress.toml");
  EXPECT_EQ(default_progress_path("/var/state", std::nullopt), "/var/state/lore/progress.toml");
}

TEST(DefaultProgressPath, HomeFallback) {
  const std::string fallback = "/home/sam/.local/state/lore/progress.toml";
  EXPECT_EQ(default_progress_path(std::nullopt, "/home/sam"), fallback);
  EXPECT_EQ(default_progress_path("", "/home/sam"), fallback);
  // A relative XDG_STATE_HOME is ignored, as the XDG spec says.
  EXPECT_EQ(default_progress_path("state", "/home/sam"), fallback);
  EXPECT_EQ(default_progress_path("./state", "/home/sam"), fallback);
  EXPECT_EQ(default_progress_path("~/state", "/home/sam"), fallback);
}

TEST(DefaultProgressPath, NothingUsable) {
  EXPECT_EQ(default_progress_path(std::nullopt, std::nullopt), "");
  EXPECT_EQ(default_progress_path("", ""), "");
  EXPECT_EQ(default_progress_path("state", "home"), "");
}

// ---------------------------------------------------------------- parse and serialize

TEST(ParseProgress, HandWrittenFile) {
  const auto progress = parse_progress(R"toml(
# written by hand
[questions.director]
asked = 3
right = 2
box = 2
last_seen = 2026-03-01

[questions."finish:earth-is-our-home"]
asked = 1
right = 0
box = 1
)toml");
  ASSERT_TRUE(progress) << progress.error();
  EXPECT_EQ(progress->records().size(), 2u);
  ASSERT_NE(progress->find("director"), nullptr);
  EXPECT_EQ(*progress->find("director"), (ProgressRecord{3, 2, 2, day(2026, 3, 1)}));
  ASSERT_NE(progress->find("finish:earth-is-our-home"), nullptr);
  EXPECT_EQ(*progress->find("finish:earth-is-our-home"), (ProgressRecord{1, 0, 1, std::nullopt}));
}

TEST(ParseProgress, EmptyIsNoProgress) {
  for (const char* text : {"", "\n", "# nothing yet\n", "[questions]\n"}) {
    const auto progress = parse_progress(text);
    ASSERT_TRUE(progress) << text;
    EXPECT_TRUE(progress->records().empty());
  }
}

TEST(ParseProgress, RejectsWhatIsNotProgress) {
  const char* bad[] = {
      "this is not toml",
      "[questions.director\nasked = 1",
      "questions = 3",
  };
  for (const char* text : bad) {
    SCOPED_TRACE(text);
    const auto progress = parse_progress(text);
    EXPECT_FALSE(progress);
    if (!progress) {
      EXPECT_FALSE(progress.error().empty());
    }
  }
}

// Issue 11: one bad record costs that record (or is mended), never the whole file.
struct BadRecord {
  const char* record;    ///< The body of [questions.bad], beside a good record.
  const char* expected;  ///< Part of the problem's message.
  std::size_t line = 0;  ///< Where the problem is said to stand.
  std::size_t column = 0;
  std::optional<ProgressRecord> kept;  ///< What is read, when the record is mended.
};

TEST(ParseProgress, ABadRecordIsDroppedOrMendedAndTheRestKept) {
  const BadRecord cases[] = {
      {"asked = 1\nright = 2\nbox = 1\n", "right (2) is more than asked (1); read as 1", 8, 9,
       ProgressRecord{1, 1, 1, std::nullopt}},
      {"asked = 1\nright = 1\nbox = 0\n", "box 0 is out of range (1 to 5); read as 1", 9, 7,
       ProgressRecord{1, 1, 1, std::nullopt}},
      {"asked = 3\nright = 1\nbox = 99\n", "box 99 is out of range (1 to 5); read as 5", 9, 7,
       ProgressRecord{3, 1, 5, std::nullopt}},
      {"asked = -1\nright = 0\nbox = 1\n", "asked is not a whole number", 7, 9, std::nullopt},
      {"right = 0\nbox = 1\n", "asked is missing", 6, 1, std::nullopt},
      {"asked = 1\nright = 0\n", "box is missing", 6, 1, std::nullopt},
      {"asked = \"1\"\nright = 0\nbox = 1\n", "asked is not a whole number", 7, 9, std::nullopt},
      {"asked = 1.5\nright = 0\nbox = 1\n", "asked is not a whole number", 7, 9, std::nullopt},
      {"asked = 99999999999\nright = 0\nbox = 1\n", "asked is not a whole number", 7, 9,
       std::nullopt},
      {"asked = 1\nright = 0\nbox = \"top\"\n", "box is not a whole number", 9, 7, std::nullopt},
      {"asked = 1\nright = 0\nbox = 1\nlast_seen = \"yesterday\"\n", "last_seen is not a date", 10,
       13, std::nullopt},
  };
  for (const BadRecord& bad : cases) {
    const std::string text = std::string(
                                 "[questions.good]\nasked = 2\nright = 1\nbox = 2\n\n"
                                 "[questions.bad]\n") +
                             bad.record;
    SCOPED_TRACE(text);
    std::vector<ProgressProblem> problems;
    const auto progress = parse_progress(text, problems);
    ASSERT_TRUE(progress) << progress.error();
    ASSERT_NE(progress->find("good"), nullptr) << "the good record is kept";
    EXPECT_EQ(*progress->find("good"), (ProgressRecord{2, 1, 2, std::nullopt}));
    if (bad.kept) {
      ASSERT_NE(progress->find("bad"), nullptr);
      EXPECT_EQ(*progress->find("bad"), *bad.kept);
    } else {
      EXPECT_EQ(progress->find("bad"), nullptr) << "the bad record is dropped";
    }
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("question 'bad'"), std::string::npos) << problems[0].message;
    EXPECT_NE(problems[0].message.find(bad.expected), std::string::npos) << problems[0].message;
    EXPECT_EQ(problems[0].line, bad.line);
    EXPECT_EQ(problems[0].column, bad.column);
  }
}

TEST(ParseProgress, AQuestionThatIsNotATableIsDropped) {
  std::vector<ProgressProblem> problems;
  const auto progress = parse_progress(
      "[questions]\ndirector = 3\ncomposer = {asked = 1, right = 1, box = 2}\n", problems);
  ASSERT_TRUE(progress) << progress.error();
  EXPECT_EQ(progress->records().size(), 1u);
  EXPECT_NE(progress->find("composer"), nullptr);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 2u);
  EXPECT_NE(problems[0].message.find("'director' is not a table"), std::string::npos);
}

TEST(SerializeProgress, RoundTrip) {
  Progress progress;
  progress.set("director", {3, 2, 2, day(2026, 3, 1)});
  progress.set("finish:earth-is-our-home", {1, 0, 1, day(2025, 12, 31)});
  progress.set("order:opening-orange-sky:delayed-messages-from-elon", {7, 7, 5, day(2024, 2, 29)});
  progress.set("character:cast-danny-huston", {2, 1, 1, std::nullopt});
  progress.set("egg:egg-bees", {4294967295u, 0, 1, day(1999, 1, 1)});
  const std::string text = serialize_progress(progress);
  const auto back = parse_progress(text);
  ASSERT_TRUE(back) << back.error() << "\n" << text;
  EXPECT_EQ(back->records(), progress.records()) << text;
  // And again: serializing what was read gives the same text.
  EXPECT_EQ(serialize_progress(*back), text);
}

TEST(SerializeProgress, EmptyRoundTrip) {
  const auto back = parse_progress(serialize_progress(Progress{}));
  ASSERT_TRUE(back) << back.error();
  EXPECT_TRUE(back->records().empty());
}

// ---------------------------------------------------------------- load

TEST(ProgressStoreLoad, NoFileYet) {
  const TemporaryFolder folder;
  const ProgressStore store = on_disk(folder / "lore/progress.toml");
  std::vector<std::string> warnings;
  EXPECT_TRUE(store.load(warnings).records().empty());
  EXPECT_TRUE(warnings.empty());
  EXPECT_FALSE(exists(folder / "lore")) << "loading creates nothing";
}

TEST(ProgressStoreLoad, ReadsTheFile) {
  const TemporaryFolder folder;
  Progress progress;
  progress.set("director", {2, 1, 1, kToday});
  write_text(folder / "progress.toml", serialize_progress(progress));
  std::vector<std::string> warnings;
  EXPECT_EQ(on_disk(folder / "progress.toml").load(warnings).records(), progress.records());
  EXPECT_TRUE(warnings.empty());
}

TEST(ProgressStoreLoad, CorruptFileIsMovedAsideWithAWarning) {
  const TemporaryFolder folder;
  const std::string path = folder / "progress.toml";
  const std::string garbage = "[questions.director]\nasked = \"lots\"\n\x01\x02 not toml";
  write_text(path, garbage);
  std::vector<std::string> warnings;
  const Progress progress = on_disk(path).load(warnings);
  EXPECT_TRUE(progress.records().empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find(path + ".corrupt.1"), std::string::npos) << warnings[0];
  EXPECT_FALSE(exists(path));
  ASSERT_TRUE(exists(path + ".corrupt.1"));
  EXPECT_EQ(read_text(path + ".corrupt.1"), garbage) << "the damaged file is kept as it was";
}

// Issue 11: a second damaged file never replaces the first one's backup.
TEST(ProgressStoreLoad, TwoDamagedFilesLeaveTwoBackups) {
  const TemporaryFolder folder;
  const std::string path = folder / "progress.toml";
  write_text(path + ".corrupt", "an old backup of an earlier lore\n");
  write_text(path, "first = [");
  std::vector<std::string> warnings;
  EXPECT_TRUE(on_disk(path).load(warnings).records().empty());
  write_text(path, "second = [");
  EXPECT_TRUE(on_disk(path).load(warnings).records().empty());
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[1].find(path + ".corrupt.2"), std::string::npos) << warnings[1];
  EXPECT_EQ(read_text(path + ".corrupt.1"), "first = [");
  EXPECT_EQ(read_text(path + ".corrupt.2"), "second = [");
  EXPECT_EQ(read_text(path + ".corrupt"), "an old backup of an earlier lore\n");
  EXPECT_FALSE(exists(path));
}

TEST(ProgressStoreLoad, BadRecordsAreNamedAndTheRestKept) {
  const TemporaryFolder folder;
  const std::string path = folder / "progress.toml";
  write_text(path,
             "[questions.director]\nasked = 1\nright = 1\nbox = 99\n\n"
             "[questions.composer]\nasked = \"many\"\nright = 0\nbox = 1\n\n"
             "[questions.arrival]\nasked = 2\nright = 1\nbox = 1\n");
  std::vector<std::string> warnings;
  const Progress progress = on_disk(path).load(warnings);
  EXPECT_EQ(progress.records().size(), 2u);
  EXPECT_EQ(progress.find("director")->box, kTopBox);
  EXPECT_EQ(progress.find("composer"), nullptr);
  EXPECT_NE(progress.find("arrival"), nullptr);
  ASSERT_EQ(warnings.size(), 2u);
  // In the order of the ids.
  EXPECT_TRUE(warnings[0].starts_with(path + ":7:9: question 'composer': asked")) << warnings[0];
  EXPECT_TRUE(warnings[1].starts_with(path + ":4:7: question 'director': box 99")) << warnings[1];
  EXPECT_TRUE(exists(path)) << "the file is not moved aside";
  EXPECT_FALSE(exists(path + ".corrupt.1"));
}

TEST(ProgressStoreSave, MendsBadRecordsAndKeepsTheOthers) {
  const TemporaryFolder folder;
  const std::string path = folder / "progress.toml";
  write_text(path,
             "[questions.director]\nasked = 1\nright = 5\nbox = 1\n\n"
             "[questions.arrival]\nasked = 2\nright = 1\nbox = 3\n");
  std::vector<std::string> warnings;
  ASSERT_TRUE(on_disk(path).save({{"composer", true}}, kToday, warnings));
  EXPECT_EQ(warnings.size(), 1u);
  const Progress progress = parsed_file(path);
  EXPECT_EQ(*progress.find("director"), (ProgressRecord{1, 1, 1, std::nullopt}));
  EXPECT_EQ(*progress.find("arrival"), (ProgressRecord{2, 1, 3, std::nullopt}));
  EXPECT_EQ(*progress.find("composer"), (ProgressRecord{1, 1, 2, kToday}));
  warnings.clear();
  (void)on_disk(path).load(warnings);
  EXPECT_TRUE(warnings.empty()) << "mended once, said once";
}

TEST(ProgressRecorder, SavesEachAnswerAsItIsGiven) {
  const TemporaryFolder folder;
  const std::string path = folder / "lore/progress.toml";
  const ProgressStore store = on_disk(path);
  ProgressRecorder recorder(store, kToday);
  std::vector<std::string> warnings;
  recorder.record({"director", true}, warnings);
  EXPECT_EQ(parsed_file(path).records().size(), 1u) << "on disk before the next answer";
  recorder.record({"composer", false}, warnings);
  const Progress progress = parsed_file(path);
  EXPECT_EQ(*progress.find("director"), (ProgressRecord{1, 1, 2, kToday}));
  EXPECT_EQ(*progress.find("composer"), (ProgressRecord{1, 0, 1, kToday}));
  EXPECT_TRUE(recorder.finish(warnings));
  EXPECT_EQ(recorder.saves(), 2u) << "finish has nothing left to write";
  EXPECT_TRUE(warnings.empty());
}

TEST(ProgressRecorder, AFailedSaveIsTriedAgainWithTheNext) {
  MemoryFileSystem files;
  const ProgressStore store("/state/progress.toml", files);
  ProgressRecorder recorder(store, kToday);
  std::vector<std::string> warnings;
  files.fail_at(FileStep::rename, EIO);
  recorder.record({"director", true}, warnings);
  EXPECT_EQ(recorder.pending(), 1u);
  EXPECT_EQ(files.type_of("/state/progress.toml"), PathType::missing);
  recorder.record({"composer", true}, warnings);
  EXPECT_EQ(recorder.pending(), 0u);
  const auto progress = parse_progress(files.read("/state/progress.toml").value());
  ASSERT_TRUE(progress);
  EXPECT_EQ(progress->records().size(), 2u);
}

TEST(ProgressRecorder, FinishSaysWhatCouldNotBeSaved) {
  MemoryFileSystem files;
  const ProgressStore store("/state/progress.toml", files);
  ProgressRecorder recorder(store, kToday);
  std::vector<std::string> warnings;
  files.fail_at(FileStep::rename, EIO);
  recorder.record({"director", true}, warnings);
  files.fail_at(FileStep::rename, EIO);
  const auto finished = recorder.finish(warnings);
  ASSERT_FALSE(finished);
  EXPECT_NE(finished.error().message.find("cannot write"), std::string::npos);
}

// ---------------------------------------------------------------- save

TEST(ProgressStoreSave, CreatesTheFoldersAndTheFile) {
  const TemporaryFolder folder;
  const std::string path = folder / "state/deeper/lore/progress.toml";
  const ProgressStore store = on_disk(path);
  std::vector<std::string> warnings;
  const auto saved = store.save({{"director", true}, {"composer", false}}, kToday, warnings);
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_TRUE(warnings.empty());
  const Progress progress = parsed_file(path);
  EXPECT_EQ(progress.records().size(), 2u);
  EXPECT_EQ(*progress.find("director"), (ProgressRecord{1, 1, 2, kToday}));
  EXPECT_EQ(*progress.find("composer"), (ProgressRecord{1, 0, 1, kToday}));
  // No temporary file is left behind.
  for (const std::string& name : names_in(folder / "state/deeper/lore")) {
    EXPECT_TRUE(name == "progress.toml" || name == "progress.toml.lock") << name;
  }
}

TEST(ProgressStoreSave, AddsToWhatIsThere) {
  const TemporaryFolder folder;
  const ProgressStore store = on_disk(folder / "progress.toml");
  std::vector<std::string> warnings;
  ASSERT_TRUE(store.save({{"director", true}, {"composer", false}}, kToday, warnings));
  ASSERT_TRUE(store.save({{"director", true}, {"egg:egg-bees", true}}, test::plus_days(kToday, 1),
                         warnings));
  EXPECT_TRUE(warnings.empty());
  const Progress progress = parsed_file(folder / "progress.toml");
  EXPECT_EQ(*progress.find("director"), (ProgressRecord{2, 2, 3, test::plus_days(kToday, 1)}));
  EXPECT_EQ(*progress.find("composer"), (ProgressRecord{1, 0, 1, kToday}));
  EXPECT_EQ(*progress.find("egg:egg-bees"), (ProgressRecord{1, 1, 2, test::plus_days(kToday, 1)}));
}

TEST(ProgressStoreSave, KeepsWhatAnotherQuizSavedMeanwhile) {
  const TemporaryFolder folder;
  const std::string path = folder / "progress.toml";
  const ProgressStore mine = on_disk(path);
  std::vector<std::string> warnings;
  const Progress at_start = mine.load(warnings);  // empty: nothing yet
  EXPECT_TRUE(at_start.records().empty());
  // Another quiz ends first.
  ASSERT_TRUE(on_disk(path).save({{"composer", true}}, kToday, warnings));
  ASSERT_TRUE(mine.save({{"director", false}}, kToday, warnings));
  const Progress progress = parsed_file(path);
  EXPECT_EQ(progress.records().size(), 2u);
  EXPECT_NE(progress.find("composer"), nullptr);
  EXPECT_NE(progress.find("director"), nullptr);
}

TEST(ProgressStoreSave, NothingToSaveWritesNothing) {
  const TemporaryFolder folder;
  const std::string path = folder / "lore/progress.toml";
  std::vector<std::string> warnings;
  EXPECT_TRUE(on_disk(path).save({}, kToday, warnings));
  EXPECT_FALSE(exists(path));
}

TEST(ProgressStoreSave, OverACorruptFile) {
  const TemporaryFolder folder;
  const std::string path = folder / "progress.toml";
  write_text(path, "garbage = [");
  std::vector<std::string> warnings;
  const auto saved = on_disk(path).save({{"director", true}}, kToday, warnings);
  ASSERT_TRUE(saved) << saved.error().message;
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find(".corrupt.1"), std::string::npos) << warnings[0];
  EXPECT_EQ(read_text(path + ".corrupt.1"), "garbage = [");
  const Progress progress = parsed_file(path);
  EXPECT_EQ(progress.records().size(), 1u);
  EXPECT_EQ(*progress.find("director"), (ProgressRecord{1, 1, 2, kToday}));
}

// Root ignores permissions, so the state folder is made impossible with a regular file
// where one of its parent folders should be.
TEST(ProgressStoreSave, UnwritableFolderIsAnError) {
  const TemporaryFolder folder;
  write_text(folder / "not-a-folder", "a file\n");
  const std::string path = folder / "not-a-folder/state/lore/progress.toml";
  std::vector<std::string> warnings;
  const auto saved = on_disk(path).save({{"director", true}}, kToday, warnings);
  ASSERT_FALSE(saved);
  EXPECT_NE(saved.error().message.find(folder / "not-a-folder"), std::string::npos)
      << saved.error().message;
  EXPECT_EQ(read_text(folder / "not-a-folder"), "a file\n");
}

TEST(ProgressStoreSave, StateFolderIsAFile) {
  const TemporaryFolder folder;
  write_text(folder / "lore", "a file\n");
  const std::string path = folder / "lore/progress.toml";
  std::vector<std::string> warnings;
  const auto saved = on_disk(path).save({{"director", true}}, kToday, warnings);
  ASSERT_FALSE(saved);
  EXPECT_NE(saved.error().message.find(folder / "lore"), std::string::npos)
      << saved.error().message;
}

TEST(ProgressStoreSave, ProgressPathIsAFolder) {
  const TemporaryFolder folder;
  std::filesystem::create_directories(folder / "progress.toml/inside");
  std::vector<std::string> warnings;
  const auto saved = on_disk(folder / "progress.toml").save({{"director", true}}, kToday, warnings);
  EXPECT_FALSE(saved);
  EXPECT_TRUE(std::filesystem::is_directory(folder / "progress.toml/inside"));
  // No temporary file is left behind.
  for (const std::string& name : names_in(folder.path())) {
    EXPECT_TRUE(name == "progress.toml" || name == "progress.toml.lock") << name;
  }
}

// Eight quizzes ending at once, each from its own thread with its own store: every
// outcome lands (the lock is on a separate open file, so threads contend as processes
// do).
TEST(ProgressStoreSave, ConcurrentSavesLoseNothing) {
  const TemporaryFolder folder;
  const std::string path = folder / "lore/progress.toml";
  constexpr int kQuizzes = 8;
  constexpr int kRounds = 5;
  std::vector<std::string> errors(kQuizzes);
  std::vector<std::thread> threads;
  for (int quiz = 0; quiz < kQuizzes; ++quiz) {
    threads.emplace_back([&, quiz] {
      const ProgressStore store = on_disk(path);
      for (int round = 0; round < kRounds; ++round) {
        std::vector<std::string> warnings;
        const std::vector<Outcome> outcomes = {{"own-" + std::to_string(quiz), true},
                                               {"shared", quiz % 2 == 0}};
        const auto saved = store.save(outcomes, kToday, warnings);
        if (!saved) errors[static_cast<std::size_t>(quiz)] += saved.error().message + "\n";
        for (const std::string& warning : warnings) {
          errors[static_cast<std::size_t>(quiz)] += warning + "\n";
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& error : errors) EXPECT_EQ(error, "");
  const Progress progress = parsed_file(path);
  EXPECT_EQ(progress.records().size(), static_cast<std::size_t>(kQuizzes) + 1);
  for (int quiz = 0; quiz < kQuizzes; ++quiz) {
    const ProgressRecord* record = progress.find("own-" + std::to_string(quiz));
    ASSERT_NE(record, nullptr) << quiz;
    EXPECT_EQ(record->asked, static_cast<std::uint32_t>(kRounds));
    EXPECT_EQ(record->right, static_cast<std::uint32_t>(kRounds));
    EXPECT_EQ(record->box, kTopBox);
  }
  const ProgressRecord* shared = progress.find("shared");
  ASSERT_NE(shared, nullptr);
  EXPECT_EQ(shared->asked, static_cast<std::uint32_t>(kQuizzes * kRounds));
  EXPECT_EQ(shared->right, static_cast<std::uint32_t>(kQuizzes * kRounds / 2));
}

// ---------------------------------------------------------------- save, in memory

// A failure at each step of a save leaves the file as it was and no temporary file;
// the error says why. Failing to lock is told apart: the quiz reports it as exit 74.
TEST(ProgressSaveInMemory, AFailureAtEachStepLeavesTheFile) {
  const std::string path = "/state/lore/progress.toml";
  for (const FileStep step : {FileStep::make_directory, FileStep::lock, FileStep::create_temporary,
                              FileStep::write, FileStep::sync, FileStep::rename}) {
    MemoryFileSystem files;
    const ProgressStore store(path, files);
    std::vector<std::string> warnings;
    if (step != FileStep::make_directory) {
      ASSERT_TRUE(store.save({{"director", true}}, kToday, warnings));
    }
    const auto before = files.files();
    files.fail_at(step, EIO);
    const auto saved = store.save({{"composer", true}}, kToday, warnings);
    ASSERT_FALSE(saved) << static_cast<int>(step);
    EXPECT_EQ(saved.error().lock_failed, step == FileStep::lock);
    EXPECT_NE(saved.error().message.find(std::strerror(EIO)), std::string::npos)
        << saved.error().message;
    EXPECT_EQ(files.files(), before) << static_cast<int>(step);
    EXPECT_TRUE(warnings.empty());
  }
}

TEST(ProgressSaveInMemory, SavesUnderItsLockAndReleasesIt) {
  MemoryFileSystem files;
  const ProgressStore store("/state/lore/progress.toml", files);
  std::vector<std::string> warnings;
  ASSERT_TRUE(store.save({{"director", true}}, kToday, warnings));
  EXPECT_EQ(files.steps_taken(FileStep::lock), 1);
  EXPECT_FALSE(files.is_locked("/state/lore/progress.toml.lock"));
  EXPECT_EQ(parse_progress(files.read("/state/lore/progress.toml").value())->records().size(), 1u);
}

TEST(ProgressStoreLoadInMemory, ADamagedFileIsMovedAside) {
  MemoryFileSystem files;
  files.add("/state/progress.toml", "not = [toml");
  std::vector<std::string> warnings;
  EXPECT_TRUE(ProgressStore("/state/progress.toml", files).load(warnings).records().empty());
  EXPECT_EQ(files.read("/state/progress.toml.corrupt.1").value(), "not = [toml");
  EXPECT_FALSE(files.is_locked("/state/progress.toml.lock"));
  EXPECT_EQ(files.steps_taken(FileStep::lock), 1) << "moved aside under the lock";
  EXPECT_EQ(files.type_of("/state/progress.toml"), PathType::missing);
}

}  // namespace
}  // namespace lore

namespace lore {
namespace {

// Issue 9: every id is written as a valid TOML key and read back as itself.
TEST(SerializeProgressKeys, AwkwardIdsRoundTrip) {
  Progress progress;
  const std::vector<std::string> ids{
      "plain-id_1", "with'quote",   "tab\there", "new\nline", "back\\slash", "dq\"uote", "café ☕",
      "emoji 🎬",    "nul\x01x",     "del\x7f",   "",          "a.b",         "[x]",      "# hash",
      "=",          "bidi\u202Eid", "cr\rlf",    "'''"};
  for (const std::string& id : ids) progress.set(id, ProgressRecord{2, 1, 2, day(2026, 3, 1)});
  const std::string written = serialize_progress(progress);
  const auto read = parse_progress(written);
  ASSERT_TRUE(read) << read.error() << "\n" << written;
  EXPECT_EQ(read->records(), progress.records());
}

TEST(SerializeProgressKeys, QuotesAndEscapes) {
  EXPECT_EQ(progress_key("director"), "director");
  EXPECT_EQ(progress_key("finish:earth"), "\"finish:earth\"");
  EXPECT_EQ(progress_key("it's"), "\"it's\"");
  EXPECT_EQ(progress_key("a\tb\nc"), "\"a\\u0009b\\u000Ac\"");
  EXPECT_EQ(progress_key("\"\\"), "\"\\\"\\\\\"");
  EXPECT_EQ(progress_key("é🎬"), "\"\\u00E9\\U0001F3AC\"");
  EXPECT_EQ(progress_key(""), "\"\"");
}

TEST(SerializeProgressKeys, MaximumCountsRoundTrip) {
  constexpr std::uint32_t kMax = std::numeric_limits<std::uint32_t>::max();
  Progress progress;
  progress.set("q", ProgressRecord{kMax, kMax, kTopBox, std::nullopt});
  const auto read = parse_progress(serialize_progress(progress));
  ASSERT_TRUE(read) << read.error();
  EXPECT_EQ(read->records(), progress.records());
}

// Issue 9: a progress file nested too deeply is damaged, not a crash.
TEST(ParseProgressNesting, DeepDottedKeyIsAnError) {
  std::string text = "[questions]\na";
  for (int i = 0; i < 50000; ++i) text += ".a";
  const auto read = parse_progress(text + " = 1\n");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error(), "line 2: too many dotted parts in a key (more than 128)");
}

}  // namespace
}  // namespace lore
