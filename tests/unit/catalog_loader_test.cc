#include "core/catalog_loader.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <string>

#include "core/embedded_dataset.h"

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

std::string describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += "\n  " + format_diagnostic(d);
  return out;
}

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

TEST(LoadCatalog, WarningsAreCollected) {
  MemoryFileSystem files;
  files.add("scenes.toml",
            dataset_file("scenes",
                         "[[scene]]\nid = \"a\"\ntitle = \"A\"\norder = 1\ndescription = \"A.\"\ntags = []\n"
                         "[[scene]]\nid = \"b\"\ntitle = \"B\"\norder = 1\ndescription = \"B.\"\ntags = []\n"));
  const auto loaded = load_catalog(named(false, {"scenes.toml"}), files);
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->warnings.size(), 1U);
  EXPECT_EQ(loaded->warnings[0].severity, Severity::warning);
  EXPECT_EQ(loaded->warnings[0].path, "scenes.toml");
  EXPECT_EQ(loaded->warnings[0].line, 10U);
  EXPECT_EQ(loaded->catalog.entries().size(), 2U);
}

TEST(LoadCatalog, WarningsGoOutWithErrors) {
  MemoryFileSystem files;
  files.add("scenes.toml",
            dataset_file("scenes",
                         "[[scene]]\nid = \"a\"\ntitle = \"A\"\norder = 1\ndescription = \"A.\"\ntags = []\n"
                         "[[scene]]\nid = \"b\"\ntitle = \"B\"\norder = 1\ndescription = \"B.\"\ntags = []\n"));
  files.add("bad.toml", dataset_file("bad", kBadQuote));
  const auto loaded = load_catalog(named(false, {"scenes.toml", "bad.toml"}), files);
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

TEST(LoadCatalog, ABadDatasetOnTheSearchPathIsSkippedWithAWarning) {
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
  EXPECT_EQ(loaded->warnings[0].message, "skipping this dataset: field 'text' of quote 'q' is empty");
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

TEST(LoadCatalog, AnUnknownOnlyNameIsAUsageErrorWithASuggestion) {
  MemoryFileSystem files;
  files.add("b.toml", dataset_file("bee", kQuote));
  DatasetSources sources = named(true, {"b.toml"});
  sources.only = {"bea"};
  const auto loaded = load_catalog(sources, files);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
  EXPECT_NE(loaded.error().message.find("'bea'"), std::string::npos) << loaded.error().message;
  EXPECT_NE(loaded.error().message.find("did you mean 'bee'?"), std::string::npos) << loaded.error().message;
}

}  // namespace
}  // namespace lore
