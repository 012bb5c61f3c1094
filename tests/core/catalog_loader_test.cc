#include "core/catalog_loader.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "core/embedded_dataset.h"
#include "support/dataset_builder.h"
#include "support/diagnostics.h"

namespace lore {
namespace {

std::string dataset_file(const std::string& id, const std::string& body = "") {
  return "[dataset]\nid = \"" + id + "\"\ntitle = \"Title of " + id + "\"\n" + body;
}

constexpr const char* kQuote = "[[quote]]\nid = \"q\"\ntext = \"Q.\"\ntags = []\n";
constexpr const char* kBadQuote = "[[quote]]\nid = \"q\"\ntext = \"\"\ntags = []\n";  // line 4..7

/// The built-in dataset (or not) and files named with --data.
DatasetSources named(bool include_embedded, std::vector<std::string> files) {
  DatasetSources sources;
  sources.include_embedded = include_embedded;
  sources.files = std::move(files);
  return sources;
}

using test::describe;

TEST(LoadCatalog, TheEmbeddedDatasetAlone) {
  MemoryFileSystem files;
  const auto loaded = load_catalog(named(true, {}), files);
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->catalog.datasets().size(), 1U);
  EXPECT_EQ(loaded->catalog.datasets()[0].info().id, "io");
  EXPECT_EQ(loaded->catalog.datasets()[0].info().path, embedded::kDatasetPath);
}

TEST(LoadCatalog, FilesComeAfterTheEmbeddedDatasetInOrder) {
  MemoryFileSystem files;
  files.add("b.toml", dataset_file("bee", kQuote));
  files.add("a.toml", dataset_file("ant", kQuote));
  const auto loaded = load_catalog(named(true, {"b.toml", "a.toml"}), files);
  ASSERT_TRUE(loaded) << describe(loaded.error().diagnostics);
  const auto& datasets = loaded->catalog.datasets();
  ASSERT_EQ(datasets.size(), 3U);
  EXPECT_EQ(datasets[0].info().id, "io");
  EXPECT_EQ(datasets[1].info().id, "bee");
  EXPECT_EQ(datasets[1].info().path, "b.toml");
  EXPECT_EQ(datasets[2].info().id, "ant");
}

TEST(LoadCatalog, WithoutTheEmbeddedDataset) {
  MemoryFileSystem files;
  files.add("mem.toml", dataset_file("mem", kQuote));
  const auto loaded = load_catalog(named(false, {"mem.toml"}), files);
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->catalog.datasets().size(), 1U);
  EXPECT_EQ(loaded->catalog.datasets()[0].info().id, "mem");
  EXPECT_EQ(loaded->catalog.entries().size(), 1U);
}

TEST(LoadCatalog, AMissingFileIsUnreadableInputNamingThePath) {
  MemoryFileSystem files;
  const auto loaded = load_catalog(named(true, {"missing.toml"}), files);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::unreadable_input);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U);
  const Diagnostic& d = loaded.error().diagnostics[0];
  EXPECT_EQ(d.path, "missing.toml");
  EXPECT_EQ(d.message, std::strerror(ENOENT));
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(format_diagnostic(d), "missing.toml: error: No such file or directory");
}

TEST(LoadCatalog, AnInvalidFileIsInvalidData) {
  MemoryFileSystem files;
  files.add("bad.toml", dataset_file("bad", kBadQuote));
  const auto loaded = load_catalog(named(true, {"bad.toml"}), files);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U) << describe(loaded.error().diagnostics);
  const Diagnostic& d = loaded.error().diagnostics[0];
  EXPECT_EQ(d.path, "bad.toml");
  EXPECT_EQ(d.line, 6U);
  EXPECT_EQ(d.column, 8U);
  EXPECT_EQ(d.message, "field 'text' of quote 'q' is empty");
}

TEST(LoadCatalog, MissingAndInvalidAreReportedTogether) {
  MemoryFileSystem files;
  files.add("bad.toml", dataset_file("bad", kBadQuote));
  const auto loaded = load_catalog(named(false, {"bad.toml", "missing.toml"}), files);
  ASSERT_FALSE(loaded);
  // A missing file decides the kind, and nothing found in the other file is lost.
  EXPECT_EQ(loaded.error().kind, ErrorKind::unreadable_input);
  ASSERT_EQ(loaded.error().diagnostics.size(), 2U) << describe(loaded.error().diagnostics);
  bool saw_bad = false;
  bool saw_missing = false;
  for (const Diagnostic& d : loaded.error().diagnostics) {
    saw_bad = saw_bad || (d.path == "bad.toml" && d.line == 6);
    saw_missing = saw_missing || (d.path == "missing.toml" && d.message == std::strerror(ENOENT));
  }
  EXPECT_TRUE(saw_bad);
  EXPECT_TRUE(saw_missing);
}

TEST(LoadCatalog, EveryBadFileIsReported) {
  MemoryFileSystem files;
  files.add("one.toml", dataset_file("one", kBadQuote));
  files.add("two.toml", "not toml at all = = =\n");
  const auto loaded = load_catalog(named(false, {"one.toml", "two.toml", "gone.toml"}), files);
  ASSERT_FALSE(loaded);
  std::set<std::string> paths;
  for (const Diagnostic& d : loaded.error().diagnostics) paths.insert(d.path);
  EXPECT_EQ(paths, (std::set<std::string>{"one.toml", "two.toml", "gone.toml"}));
}

TEST(LoadCatalog, DuplicateDatasetIdsAreInvalid) {
  MemoryFileSystem files;
  files.add("a.toml", dataset_file("dup", kQuote));
  files.add("b.toml", dataset_file("dup", kQuote));
  const auto loaded = load_catalog(named(false, {"a.toml", "b.toml"}), files);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U) << describe(loaded.error().diagnostics);
  const Diagnostic& d = loaded.error().diagnostics[0];
  EXPECT_EQ(d.path, "b.toml");
  EXPECT_EQ(d.message, "dataset id 'dup' is already used by a.toml");
}

TEST(LoadCatalog, AFileCannotReuseTheEmbeddedId) {
  MemoryFileSystem files;
  files.add("mine.toml", dataset_file("io", kQuote));
  const auto loaded = load_catalog(named(true, {"mine.toml"}), files);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U);
  EXPECT_EQ(loaded.error().diagnostics[0].message,
            "dataset id 'io' is already used by io.toml (built in)");
}

/// A trivia whose choice is its answer (line 10 of the file): an error, as validate says.
constexpr const char* kChoiceIsAnswer =
    "[[trivia]]\nid = \"a\"\nfact = \"A.\"\ncategory = \"c\"\nquestion = \"A?\"\n"
    "answer = \"A\"\nchoices = [\"a\", \"B\", \"C\"]\ntags = []\n";

TEST(LoadCatalog, WarningsAreCollected) {
  // A found dataset with an error is skipped with a warning; the others load.
  MemoryFileSystem files;
  files.add("choices.toml", dataset_file("choices", kChoiceIsAnswer));
  files.add("scenes.toml", dataset_file("scenes",
                                        "[[scene]]\nid = \"b\"\ntitle = \"B\"\norder = 1\n"
                                        "description = \"B.\"\ntags = []\n"));
  DatasetSources sources = named(false, {});
  sources.search_path = {"choices.toml", "scenes.toml"};
  const auto loaded = load_catalog(sources, files);
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->warnings.size(), 1U);
  EXPECT_EQ(loaded->warnings[0].severity, Severity::warning);
  EXPECT_EQ(loaded->warnings[0].path, "choices.toml");
  EXPECT_EQ(loaded->warnings[0].line, 10U);
  EXPECT_EQ(loaded->catalog.entries().size(), 1U);
}

TEST(LoadCatalog, AChoiceThatIsTheAnswerFailsANamedDataset) {
  MemoryFileSystem files;
  files.add("choices.toml", dataset_file("choices", kChoiceIsAnswer));
  const auto loaded = load_catalog(named(false, {"choices.toml"}), files);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U);
  EXPECT_EQ(loaded.error().diagnostics[0].line, 10U);
}

TEST(LoadCatalog, WarningsGoOutWithErrors) {
  MemoryFileSystem files;
  files.add("choices.toml", dataset_file("choices", kChoiceIsAnswer));
  files.add("bad.toml", dataset_file("bad", kBadQuote));
  DatasetSources sources = named(false, {"bad.toml"});
  sources.search_path = {"choices.toml"};
  const auto loaded = load_catalog(sources, files);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  std::size_t warnings = 0;
  std::size_t errors = 0;
  for (const Diagnostic& d : loaded.error().diagnostics) {
    (d.severity == Severity::warning ? warnings : errors) += 1;
  }
  EXPECT_EQ(warnings, 1U);
  EXPECT_EQ(errors, 1U);
}

TEST(LoadCatalog, NoSourcesGiveAnEmptyCatalog) {
  MemoryFileSystem files;
  const auto loaded = load_catalog(named(false, {}), files);
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->catalog.datasets().empty());
}

// ------------------------------------------------------------------ search path and -d

TEST(LoadCatalog, ABadFoundDatasetIsSkipped) {
  MemoryFileSystem files;
  files.add("found/bad.toml", dataset_file("bad", kBadQuote));
  files.add("found/good.toml", dataset_file("good", kQuote));
  DatasetSources sources;
  sources.include_embedded = false;
  sources.search_path = {"found"};
  const auto loaded = load_catalog(sources, files);
  ASSERT_TRUE(loaded) << describe(loaded.error().diagnostics);
  ASSERT_EQ(loaded->catalog.datasets().size(), 1U);
  EXPECT_EQ(loaded->catalog.datasets()[0].info().id, "good");
  ASSERT_EQ(loaded->skipped.size(), 1U);
  EXPECT_EQ(loaded->skipped[0].first_error.path, "found/bad.toml");
  EXPECT_EQ(loaded->skipped[0].first_error.message, "field 'text' of quote 'q' is empty");
  ASSERT_EQ(loaded->warnings.size(), 1U);
  EXPECT_EQ(loaded->warnings[0].severity, Severity::warning);
  EXPECT_EQ(loaded->warnings[0].message,
            "skipping this dataset: field 'text' of quote 'q' is empty");
}

TEST(LoadCatalog, AMissingSearchPathFolderIsNoProblem) {
  MemoryFileSystem files;
  DatasetSources sources;
  sources.search_path = {"/usr/share/lore", "/nowhere/lore"};
  const auto loaded = load_catalog(sources, files);
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->warnings.empty());
  EXPECT_EQ(loaded->catalog.datasets().size(), 1U);
}

TEST(LoadCatalog, AFolderGivesItsTomlFilesInNameOrder) {
  MemoryFileSystem files;
  files.add("dir/b.toml", dataset_file("bee", kQuote));
  files.add("dir/a.toml", dataset_file("ant", kQuote));
  files.add("dir/notes.txt", "not a dataset");
  files.add("dir/sub/c.toml", dataset_file("cat", kQuote));
  const auto loaded = load_catalog(named(false, {"dir"}), files);
  ASSERT_TRUE(loaded) << describe(loaded.error().diagnostics);
  ASSERT_EQ(loaded->catalog.datasets().size(), 2U);
  EXPECT_EQ(loaded->catalog.datasets()[0].info().id, "ant");
  EXPECT_EQ(loaded->catalog.datasets()[1].info().id, "bee");
}

TEST(LoadCatalog, AFileReachedTwiceIsLoadedOnce) {
  MemoryFileSystem files;
  files.add("mine.toml", dataset_file("mine", kQuote));
  DatasetSources sources = named(false, {"mine.toml"});
  sources.search_path = {"mine.toml"};
  const auto loaded = load_catalog(sources, files);
  ASSERT_TRUE(loaded) << describe(loaded.error().diagnostics);
  EXPECT_EQ(loaded->catalog.datasets().size(), 1U);
}

TEST(LoadCatalog, OnlyKeepsTheNamedDatasets) {
  MemoryFileSystem files;
  files.add("a.toml", dataset_file("ant", kQuote));
  files.add("b.toml", dataset_file("bee", kQuote));
  DatasetSources sources = named(true, {"a.toml", "b.toml"});
  sources.only = {"bee"};
  const auto loaded = load_catalog(sources, files);
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->catalog.datasets().size(), 1U);
  EXPECT_EQ(loaded->catalog.datasets()[0].info().id, "bee");
}

TEST(LoadCatalog, UnknownOnlyIsAUsageError) {
  MemoryFileSystem files;
  files.add("b.toml", dataset_file("bee", kQuote));
  DatasetSources sources = named(true, {"b.toml"});
  sources.only = {"bea"};
  const auto loaded = load_catalog(sources, files);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
  EXPECT_NE(loaded.error().message.find("'bea'"), std::string::npos) << loaded.error().message;
  EXPECT_NE(loaded.error().message.find("did you mean 'bee'?"), std::string::npos)
      << loaded.error().message;
}

// ------------------------------------------------------------------ search path
// load_catalog with a search path: found datasets (skipped when bad) and named ones
// (an error when bad), folders, files reached twice, and -d restrictions.

std::string dataset(const std::string& id, const std::string& entry_id = "q") {
  return test::DatasetBuilder(id, "T " + id).quote(entry_id, "Quote of " + id + ".").toml();
}

// An empty text: "field 'text' of quote 'q' is empty" at line 7, column 8.
std::string bad_dataset(const std::string& id) {
  return test::DatasetBuilder(id, "T").quote("q", "").toml();
}

DatasetSources sources(std::vector<std::string> search_path, std::vector<std::string> files = {},
                       std::vector<std::string> only = {}, bool embedded = false) {
  DatasetSources s;
  s.include_embedded = embedded;
  s.search_path = std::move(search_path);
  s.files = std::move(files);
  s.only = std::move(only);
  return s;
}

std::vector<std::string> ids_of(const LoadedCatalog& loaded) {
  std::vector<std::string> ids;
  for (const Dataset& d : loaded.catalog.datasets()) ids.push_back(d.info().id);
  return ids;
}

std::vector<std::string> paths_of(const LoadedCatalog& loaded) {
  std::vector<std::string> paths;
  for (const Dataset& d : loaded.catalog.datasets()) paths.push_back(d.info().path);
  return paths;
}

using Names = std::vector<std::string>;

class SearchPath : public ::testing::Test {
 protected:
  MemoryFileSystem files_;
};

TEST_F(SearchPath, SearchPathFirstInOrderThenNamedFiles) {
  files_.add("/sys/lore/sys.toml", dataset("sys"));
  files_.add("/home/lore/home.toml", dataset("home"));
  files_.add("/lp/one.toml", dataset("lp-one"));
  files_.add("/named/b.toml", dataset("named-b"));
  files_.add("/named/a.toml", dataset("named-a"));
  const auto loaded = load_catalog(sources({"/sys/lore", "/home/lore", "/lp/one.toml"},
                                           {"/named/b.toml", "/named/a.toml"}, {}, true),
                                   files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"io", "sys", "home", "lp-one", "named-b", "named-a"}));
  EXPECT_EQ(paths_of(*loaded)[1], "/sys/lore/sys.toml");
  EXPECT_TRUE(loaded->warnings.empty());
  EXPECT_TRUE(loaded->skipped.empty());
}

TEST_F(SearchPath, AFolderLoadsItsTomlFiles) {
  files_.add("/f/zeta.toml", dataset("zeta"));
  files_.add("/f/alpha.toml", dataset("alpha"));
  files_.add("/f/mid.toml", dataset("mid"));
  files_.add("/f/readme.md", "not toml");
  files_.add("/f/sub/deeper.toml", dataset("deeper"));  // not in the folder itself
  const auto loaded = load_catalog(sources({"/f"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"alpha", "mid", "zeta"}));
}

TEST_F(SearchPath, AFolderNamedWithDataLoadsToo) {
  files_.add("/f/b.toml", dataset("bee"));
  files_.add("/f/a.toml", dataset("ant"));
  const auto loaded = load_catalog(sources({}, {"/f"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"ant", "bee"}));
}

TEST_F(SearchPath, MissingSearchPathEntriesAreNoProblem) {
  files_.add("/h/lore/x.toml", dataset("x"));
  const auto loaded =
      load_catalog(sources({"/usr/local/share/lore", "/nowhere/file.toml", "/h/lore"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"x"}));
  EXPECT_TRUE(loaded->warnings.empty());
  EXPECT_TRUE(loaded->skipped.empty());
}

// A link to nothing was made by someone, unlike a missing folder: it is skipped with a
// warning that names it and its target, as an unreadable dataset is.

constexpr const char* kDanglingWarning =
    "/h/lore/x.toml: warning: skipping this dataset: a symbolic link to 'missing', which does "
    "not exist";

TEST_F(SearchPath, ADanglingLinkInAFolderIsSkippedWithAWarning) {
  files_.add("/h/lore/good.toml", dataset("good"));
  files_.add_link("/h/lore/x.toml", "missing");
  const auto loaded = load_catalog(sources({"/h/lore"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"good"}));
  ASSERT_EQ(loaded->warnings.size(), 1U);
  EXPECT_EQ(format_diagnostic(loaded->warnings[0]), kDanglingWarning);
  ASSERT_EQ(loaded->skipped.size(), 1U);
  EXPECT_EQ(loaded->skipped[0].first_error.path, "/h/lore/x.toml");
}

TEST_F(SearchPath, ADanglingLinkOnTheSearchPathItselfIsWarned) {
  files_.add_link("/h/lore/x.toml", "missing");        // a LORE_PATH file
  files_.add_link("/lp/folder", "/mnt/usb/datasets");  // a LORE_PATH folder
  const auto loaded = load_catalog(sources({"/h/lore/x.toml", "/lp/folder"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  ASSERT_EQ(loaded->warnings.size(), 2U);
  EXPECT_EQ(format_diagnostic(loaded->warnings[0]), kDanglingWarning);
  EXPECT_EQ(format_diagnostic(loaded->warnings[1]),
            "/lp/folder: warning: skipping this dataset: a symbolic link to '/mnt/usb/datasets', "
            "which does not exist");
}

TEST_F(SearchPath, ADanglingLinkNamedWithDataIsUnreadable) {
  files_.add_link("/h/lore/x.toml", "missing");
  const auto loaded = load_catalog(sources({}, {"/h/lore/x.toml"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::unreadable_input);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U);
  EXPECT_EQ(format_diagnostic(loaded.error().diagnostics[0]),
            "/h/lore/x.toml: error: a symbolic link to 'missing', which does not exist");
}

TEST_F(SearchPath, ALinkToADatasetLoadsIt) {
  files_.add("/dotfiles/mine.toml", dataset("mine"));
  files_.add_link("/h/lore/mine.toml", "/dotfiles/mine.toml");
  const auto loaded = load_catalog(sources({"/h/lore", "/dotfiles"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"mine"})) << "reached twice, loaded once";
  EXPECT_TRUE(loaded->warnings.empty());
}

TEST_F(SearchPath, AFileReachedTwiceIsLoadedOnce) {
  files_.add("/d/x.toml", dataset("x"));
  files_.add("/d/y.toml", dataset("y"));
  const auto loaded =
      load_catalog(sources({"/d", "/d/x.toml", "/d"}, {"/d/x.toml", "/d", "/d/y.toml"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"x", "y"}));
  EXPECT_TRUE(loaded->warnings.empty());
}

TEST_F(SearchPath, ABadFoundDatasetIsSkipped) {
  files_.add("/h/lore/bad.toml", bad_dataset("bad"));
  files_.add("/h/lore/good.toml", dataset("good"));
  const auto loaded = load_catalog(sources({"/h/lore"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"good"}));
  ASSERT_EQ(loaded->skipped.size(), 1U);
  EXPECT_EQ(loaded->skipped[0].first_error.path, "/h/lore/bad.toml");
  EXPECT_EQ(format_diagnostic(loaded->skipped[0].first_error),
            "/h/lore/bad.toml:7:8: error: field 'text' of quote 'q' is empty");
  ASSERT_EQ(loaded->warnings.size(), 1U);
  EXPECT_EQ(
      format_diagnostic(loaded->warnings[0]),
      "/h/lore/bad.toml:7:8: warning: skipping this dataset: field 'text' of quote 'q' is empty");
}

TEST_F(SearchPath, OnlyTheFirstErrorOfASkippedDatasetIsKept) {
  files_.add("/p/two-errors.toml",
             "[dataset]\nid = \"two\"\ntitle = \"T\"\n\n[[quote]]\nid = \"Bad_Id\"\ntext = "
             "\"\"\ntags = []\n");
  const auto loaded = load_catalog(sources({"/p"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  ASSERT_EQ(loaded->skipped.size(), 1U);
  EXPECT_EQ(loaded->skipped[0].first_error.line, 6U);
  EXPECT_EQ(loaded->warnings.size(), 1U);
}

TEST_F(SearchPath, AFoundFileThatIsNotTomlIsSkipped) {
  files_.add("/p/broken.toml", "this is = = not toml\n");
  files_.add("/p/fine.toml", dataset("fine"));
  const auto loaded = load_catalog(sources({"/p"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"fine"}));
  ASSERT_EQ(loaded->skipped.size(), 1U);
  EXPECT_EQ(loaded->skipped[0].first_error.line, 1U);
}

TEST_F(SearchPath, TheSameBadFileNamedWithDataIsAnError) {
  files_.add("/elsewhere/bad.toml", bad_dataset("bad"));
  const auto loaded = load_catalog(sources({}, {"/elsewhere/bad.toml"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U);
  EXPECT_EQ(format_diagnostic(loaded.error().diagnostics[0]),
            "/elsewhere/bad.toml:7:8: error: field 'text' of quote 'q' is empty");
}

TEST_F(SearchPath, FoundAndNamedBadFileIsAnError) {
  // Named with --data, a dataset that fails is an error (the issue), even when the
  // search path reached the same file first.
  files_.add("/h/lore/bad.toml", bad_dataset("bad"));
  const auto loaded = load_catalog(sources({"/h/lore"}, {"/h/lore/bad.toml"}), files_);
  ASSERT_FALSE(loaded) << "the bad --data file was skipped; loaded: " << ids_of(*loaded).size()
                       << " datasets";
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
}

TEST_F(SearchPath, AMissingNamedFileIsUnreadableInput) {
  const auto loaded = load_catalog(sources({}, {"/nope.toml"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::unreadable_input);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U);
  EXPECT_EQ(loaded.error().diagnostics[0].path, "/nope.toml");
}

// As $XDG_DATA_HOME wins over $XDG_DATA_DIRS, a later place on the search path
// replaces a dataset of the same id found earlier: an override made on purpose, recorded
// for `sources` and `info`, never a warning on every run.
TEST_F(SearchPath, ALaterIdReplacesTheEarlier) {
  files_.add("/sys/lore/x.toml", dataset("x", "from-sys"));
  files_.add("/home/lore/x.toml", dataset("x", "from-home"));
  const auto loaded = load_catalog(sources({"/sys/lore", "/home/lore"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(paths_of(*loaded), (Names{"/home/lore/x.toml"}));
  EXPECT_TRUE(loaded->skipped.empty());
  EXPECT_TRUE(loaded->warnings.empty());
  ASSERT_EQ(loaded->replaced.size(), 1U);
  EXPECT_EQ(loaded->replaced[0].id, "x");
  EXPECT_EQ(loaded->replaced[0].path, "/sys/lore/x.toml");
  EXPECT_EQ(loaded->replaced[0].by_path, "/home/lore/x.toml");
}

// config.toml's `data`: a missing path is a warning at the setting; the rest loads.
TEST_F(SearchPath, AMissingConfiguredPathIsAWarningAtTheSetting) {
  files_.add("/c/x.toml", dataset("x"));
  DatasetSources configured = sources({});
  configured.configured = {"/c/gone.toml", "/c/x.toml"};
  configured.configured_at = {"/cfg/config.toml", 3, 1, "data"};
  const auto loaded = load_catalog(configured, files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(paths_of(*loaded), (Names{"/c/x.toml"}));
  ASSERT_EQ(loaded->warnings.size(), 1U);
  EXPECT_EQ(
      format_diagnostic(loaded->warnings[0]),
      "/cfg/config.toml:3:1: warning: 'data': /c/gone.toml: no such file or folder; left out");
}

// -d names from config.toml that no dataset has: a warning, and the others still apply.
TEST_F(SearchPath, AnUnknownConfiguredDatasetNameIsAWarning) {
  files_.add("/p/x.toml", dataset("x"));
  files_.add("/p/y.toml", dataset("y"));
  DatasetSources configured = sources({"/p"});
  configured.only = {"nope", "y"};
  configured.only_from_config = SettingOrigin{"/cfg/config.toml", 2, 1, "dataset"};
  const auto loaded = load_catalog(configured, files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"y"}));
  ASSERT_EQ(loaded->warnings.size(), 1U);
  EXPECT_EQ(loaded->warnings[0].line, 2U);
  EXPECT_NE(loaded->warnings[0].message.find("no dataset named 'nope'"), std::string::npos);
  configured.only_from_config.reset();
  EXPECT_FALSE(load_catalog(configured, files_)) << "from the command line: an error";
}

TEST_F(SearchPath, AFoundDatasetCannotTakeTheBuiltInId) {
  files_.add("/p/io.toml", dataset("io"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {}, true), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"io"}));
  EXPECT_EQ(loaded->skipped.size(), 1U);
}

TEST_F(SearchPath, ANamedDatasetReplacesAFoundOneOfTheSameId) {
  files_.add("/p/x.toml", dataset("x"));
  files_.add("/named/x.toml", dataset("x"));
  const auto loaded = load_catalog(sources({"/p"}, {"/named/x.toml"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(paths_of(*loaded), (Names{"/named/x.toml"}));
}

TEST_F(SearchPath, TwoNamedDatasetsOfOneIdAreAnError) {
  files_.add("/a/x.toml", dataset("x"));
  files_.add("/b/x.toml", dataset("x"));
  const auto loaded = load_catalog(sources({}, {"/a/x.toml", "/b/x.toml"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  ASSERT_FALSE(loaded.error().diagnostics.empty());
  EXPECT_EQ(loaded.error().diagnostics[0].message, "dataset id 'x' is already used by /a/x.toml");
}

TEST_F(SearchPath, SkippedDatasetsGoWithAnErrorOfANamedOne) {
  files_.add("/p/bad.toml", bad_dataset("found-bad"));
  const auto loaded = load_catalog(sources({"/p"}, {"/missing.toml"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::unreadable_input);
  // The warning of the skipped dataset is reported with the error, not lost.
  bool warned = false;
  for (const Diagnostic& d : loaded.error().diagnostics) {
    warned = warned || (d.path == "/p/bad.toml" && d.severity == Severity::warning);
  }
  EXPECT_TRUE(warned);
}

TEST_F(SearchPath, OnlyKeepsTheNamedDatasetsInLoadingOrder) {
  files_.add("/p/a.toml", dataset("alpha"));
  files_.add("/p/b.toml", dataset("beta"));
  files_.add("/p/c.toml", dataset("gamma"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"gamma", "alpha"}, true), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"alpha", "gamma"}));
}

TEST_F(SearchPath, OnlyTheBuiltInDataset) {
  files_.add("/p/a.toml", dataset("alpha"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"io"}, true), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"io"}));
}

TEST_F(SearchPath, UnknownOnlySuggestsTheNearest) {
  files_.add("/p/a.toml", dataset("alpha"));
  files_.add("/p/b.toml", dataset("beta"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"bta"}, true), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
  EXPECT_EQ(loaded.error().message,
            "no dataset named 'bta' (did you mean 'beta'?); datasets: io, alpha, beta");
}

TEST_F(SearchPath, AnUnknownOnlyNameFarFromAnyIsStillNamed) {
  files_.add("/p/a.toml", dataset("alpha"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"zzzzzzzzzz"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
  EXPECT_NE(loaded.error().message.find("no dataset named 'zzzzzzzzzz'"), std::string::npos);
  EXPECT_EQ(loaded.error().message.find("did you mean"), std::string::npos);
}

TEST_F(SearchPath, ASkippedDatasetCannotBeChosenWithOnly) {
  files_.add("/p/bad.toml", bad_dataset("bad"));
  files_.add("/p/good.toml", dataset("good"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"bad"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
}

// On disk: tests/e2e/data/weights holds large, medium and small.

TEST(DiskSearchPath, AFolderOnDiskLoadsInNameOrder) {
  DiskFileSystem files;
  const std::string folder = std::string(LORE_E2E_DATA) + "/weights";
  const auto loaded = load_catalog(sources({folder}), files);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"large", "medium", "small"}));
  EXPECT_EQ(paths_of(*loaded)[0], folder + "/large.toml");
}

TEST(DiskSearchPath, TheSameFileByOtherSpellingsIsLoadedOnce) {
  DiskFileSystem files;
  const std::string data = LORE_E2E_DATA;
  const auto loaded = load_catalog(
      sources({data + "/weights", data + "/weights/", data + "/../data/weights/small.toml"},
              {data + "/weights/./medium.toml", data + "//weights/large.toml"}),
      files);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"large", "medium", "small"}));
  EXPECT_TRUE(loaded->warnings.empty());
}

}  // namespace
}  // namespace lore
