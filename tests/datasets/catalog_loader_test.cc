// load_catalog with a search path: found datasets (skipped when bad) and named ones
// (an error when bad), folders, files reached twice, and -d restrictions.
#include "core/catalog_loader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lore {
namespace {

std::string dataset(const std::string& id, const std::string& entry_id = "q") {
  return "[dataset]\nid = \"" + id + "\"\ntitle = \"T " + id + "\"\n\n[[quote]]\nid = \"" + entry_id +
         "\"\ntext = \"Quote of " + id + ".\"\ntags = []\n";
}

// An empty text: "field 'text' of quote 'q' is empty" at line 7, column 8.
std::string bad_dataset(const std::string& id) {
  return "[dataset]\nid = \"" + id + "\"\ntitle = \"T\"\n\n[[quote]]\nid = \"q\"\ntext = \"\"\ntags = []\n";
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

std::string describe(const Error& error) {
  std::string out = error.message;
  for (const Diagnostic& d : error.diagnostics) out += "\n  " + format_diagnostic(d);
  return out;
}

using Names = std::vector<std::string>;

class SearchPathLoading : public ::testing::Test {
 protected:
  MemoryFileSystem files_;
};

TEST_F(SearchPathLoading, SearchPathFirstInOrderThenNamedFiles) {
  files_.add("/sys/lore/sys.toml", dataset("sys"));
  files_.add("/home/lore/home.toml", dataset("home"));
  files_.add("/lp/one.toml", dataset("lp-one"));
  files_.add("/named/b.toml", dataset("named-b"));
  files_.add("/named/a.toml", dataset("named-a"));
  const auto loaded = load_catalog(
      sources({"/sys/lore", "/home/lore", "/lp/one.toml"}, {"/named/b.toml", "/named/a.toml"}, {}, true),
      files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"io", "sys", "home", "lp-one", "named-b", "named-a"}));
  EXPECT_EQ(paths_of(*loaded)[1], "/sys/lore/sys.toml");
  EXPECT_TRUE(loaded->warnings.empty());
  EXPECT_TRUE(loaded->skipped.empty());
}

TEST_F(SearchPathLoading, AFolderLoadsItsTomlFilesInNameOrderAndNothingElse) {
  files_.add("/f/zeta.toml", dataset("zeta"));
  files_.add("/f/alpha.toml", dataset("alpha"));
  files_.add("/f/mid.toml", dataset("mid"));
  files_.add("/f/readme.md", "not toml");
  files_.add("/f/sub/deeper.toml", dataset("deeper"));  // not in the folder itself
  const auto loaded = load_catalog(sources({"/f"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"alpha", "mid", "zeta"}));
}

TEST_F(SearchPathLoading, AFolderNamedWithDataLoadsToo) {
  files_.add("/f/b.toml", dataset("bee"));
  files_.add("/f/a.toml", dataset("ant"));
  const auto loaded = load_catalog(sources({}, {"/f"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"ant", "bee"}));
}

TEST_F(SearchPathLoading, MissingSearchPathEntriesAreNoProblem) {
  files_.add("/h/lore/x.toml", dataset("x"));
  const auto loaded =
      load_catalog(sources({"/usr/local/share/lore", "/nowhere/file.toml", "/h/lore"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"x"}));
  EXPECT_TRUE(loaded->warnings.empty());
  EXPECT_TRUE(loaded->skipped.empty());
}

TEST_F(SearchPathLoading, AFileReachedTwiceIsLoadedOnce) {
  files_.add("/d/x.toml", dataset("x"));
  files_.add("/d/y.toml", dataset("y"));
  const auto loaded = load_catalog(
      sources({"/d", "/d/x.toml", "/d"}, {"/d/x.toml", "/d", "/d/y.toml"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"x", "y"}));
  EXPECT_TRUE(loaded->warnings.empty());
}

TEST_F(SearchPathLoading, ABadFoundDatasetIsSkippedWithAWarningAndItsFirstError) {
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
  EXPECT_EQ(format_diagnostic(loaded->warnings[0]),
            "/h/lore/bad.toml:7:8: warning: skipping this dataset: field 'text' of quote 'q' is empty");
}

TEST_F(SearchPathLoading, OnlyTheFirstErrorOfASkippedDatasetIsKept) {
  files_.add("/p/two-errors.toml",
             "[dataset]\nid = \"two\"\ntitle = \"T\"\n\n[[quote]]\nid = \"Bad_Id\"\ntext = \"\"\ntags = []\n");
  const auto loaded = load_catalog(sources({"/p"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  ASSERT_EQ(loaded->skipped.size(), 1U);
  EXPECT_EQ(loaded->skipped[0].first_error.line, 6U);
  EXPECT_EQ(loaded->warnings.size(), 1U);
}

TEST_F(SearchPathLoading, AFoundFileThatIsNotTomlIsSkipped) {
  files_.add("/p/broken.toml", "this is = = not toml\n");
  files_.add("/p/fine.toml", dataset("fine"));
  const auto loaded = load_catalog(sources({"/p"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"fine"}));
  ASSERT_EQ(loaded->skipped.size(), 1U);
  EXPECT_EQ(loaded->skipped[0].first_error.line, 1U);
}

TEST_F(SearchPathLoading, TheSameBadFileNamedWithDataIsAnError) {
  files_.add("/elsewhere/bad.toml", bad_dataset("bad"));
  const auto loaded = load_catalog(sources({}, {"/elsewhere/bad.toml"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U);
  EXPECT_EQ(format_diagnostic(loaded.error().diagnostics[0]),
            "/elsewhere/bad.toml:7:8: error: field 'text' of quote 'q' is empty");
}

TEST_F(SearchPathLoading, ABadFileFoundOnThePathAndNamedWithDataIsAnError) {
  // Named with --data, a dataset that fails is an error (the issue), even when the
  // search path reached the same file first.
  files_.add("/h/lore/bad.toml", bad_dataset("bad"));
  const auto loaded = load_catalog(sources({"/h/lore"}, {"/h/lore/bad.toml"}), files_);
  ASSERT_FALSE(loaded) << "the bad --data file was skipped; loaded: " << ids_of(*loaded).size()
                       << " datasets";
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
}

TEST_F(SearchPathLoading, AMissingNamedFileIsUnreadableInput) {
  const auto loaded = load_catalog(sources({}, {"/nope.toml"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::unreadable_input);
  ASSERT_EQ(loaded.error().diagnostics.size(), 1U);
  EXPECT_EQ(loaded.error().diagnostics[0].path, "/nope.toml");
}

// As $XDG_DATA_HOME wins over $XDG_DATA_DIRS, a later place on the search path
// replaces a dataset of the same id found earlier, with a warning that says so.
TEST_F(SearchPathLoading, AFoundDatasetWhoseIdIsTakenReplacesTheEarlierOne) {
  files_.add("/sys/lore/x.toml", dataset("x", "from-sys"));
  files_.add("/home/lore/x.toml", dataset("x", "from-home"));
  const auto loaded = load_catalog(sources({"/sys/lore", "/home/lore"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(paths_of(*loaded), (Names{"/home/lore/x.toml"}));
  EXPECT_TRUE(loaded->skipped.empty());
  ASSERT_EQ(loaded->warnings.size(), 1U);
  EXPECT_EQ(loaded->warnings[0].path, "/home/lore/x.toml");
  EXPECT_EQ(loaded->warnings[0].message,
            "dataset 'x' here replaces the one in /sys/lore/x.toml");
}

TEST_F(SearchPathLoading, AFoundDatasetCannotTakeTheBuiltInId) {
  files_.add("/p/io.toml", dataset("io"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {}, true), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"io"}));
  EXPECT_EQ(loaded->skipped.size(), 1U);
}

TEST_F(SearchPathLoading, ANamedDatasetReplacesAFoundOneOfTheSameId) {
  files_.add("/p/x.toml", dataset("x"));
  files_.add("/named/x.toml", dataset("x"));
  const auto loaded = load_catalog(sources({"/p"}, {"/named/x.toml"}), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(paths_of(*loaded), (Names{"/named/x.toml"}));
}

TEST_F(SearchPathLoading, TwoNamedDatasetsOfOneIdAreAnError) {
  files_.add("/a/x.toml", dataset("x"));
  files_.add("/b/x.toml", dataset("x"));
  const auto loaded = load_catalog(sources({}, {"/a/x.toml", "/b/x.toml"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::invalid_data);
  ASSERT_FALSE(loaded.error().diagnostics.empty());
  EXPECT_EQ(loaded.error().diagnostics[0].message, "dataset id 'x' is already used by /a/x.toml");
}

TEST_F(SearchPathLoading, SkippedDatasetsGoWithAnErrorOfANamedOne) {
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

TEST_F(SearchPathLoading, OnlyKeepsTheNamedDatasetsInLoadingOrder) {
  files_.add("/p/a.toml", dataset("alpha"));
  files_.add("/p/b.toml", dataset("beta"));
  files_.add("/p/c.toml", dataset("gamma"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"gamma", "alpha"}, true), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"alpha", "gamma"}));
}

TEST_F(SearchPathLoading, OnlyTheBuiltInDataset) {
  files_.add("/p/a.toml", dataset("alpha"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"io"}, true), files_);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"io"}));
}

TEST_F(SearchPathLoading, AnUnknownOnlyNameIsAUsageErrorSuggestingTheNearest) {
  files_.add("/p/a.toml", dataset("alpha"));
  files_.add("/p/b.toml", dataset("beta"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"bta"}, true), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
  EXPECT_EQ(loaded.error().message,
            "no dataset named 'bta' (did you mean 'beta'?); datasets: io, alpha, beta");
}

TEST_F(SearchPathLoading, AnUnknownOnlyNameFarFromAnyIsStillNamed) {
  files_.add("/p/a.toml", dataset("alpha"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"zzzzzzzzzz"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
  EXPECT_NE(loaded.error().message.find("no dataset named 'zzzzzzzzzz'"), std::string::npos);
  EXPECT_EQ(loaded.error().message.find("did you mean"), std::string::npos);
}

TEST_F(SearchPathLoading, ASkippedDatasetCannotBeChosenWithOnly) {
  files_.add("/p/bad.toml", bad_dataset("bad"));
  files_.add("/p/good.toml", dataset("good"));
  const auto loaded = load_catalog(sources({"/p"}, {}, {"bad"}), files_);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
}

// On disk: tests/datasets/data/weights holds large, medium and small.

TEST(DiskSearchPath, AFolderOnDiskLoadsInNameOrder) {
  DiskFileSystem files;
  const std::string folder = std::string(LORE_DATASET_TEST_DATA) + "/weights";
  const auto loaded = load_catalog(sources({folder}), files);
  ASSERT_TRUE(loaded) << describe(loaded.error());
  EXPECT_EQ(ids_of(*loaded), (Names{"large", "medium", "small"}));
  EXPECT_EQ(paths_of(*loaded)[0], folder + "/large.toml");
}

TEST(DiskSearchPath, TheSameFileByOtherSpellingsIsLoadedOnce) {
  DiskFileSystem files;
  const std::string data = LORE_DATASET_TEST_DATA;
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
