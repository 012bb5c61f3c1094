// run_export: the selected entries as one dataset that loads again as it was.
#include "commands/export_command.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/schema.h"
#include "render/json_record.h"
#include "support/catalogs.h"
#include "support/dataset_builder.h"
#include "support/memory_context.h"

namespace lore {
namespace {

std::string alpha_dataset() {
  return test::DatasetBuilder("alpha", "Alpha")
      .number("year", 2001)
      .field("description", "The first.")
      .quote("shared", "Alpha's line.", {"common"})
      .field("speaker", "Ann")
      .trivia("a-fact", "A fact.", "misc")
      .field("question", "What?")
      .field("answer", "That")
      .list("accept", {"this"})
      .spoiler()
      .toml();
}

std::string beta_dataset() {
  return test::DatasetBuilder("beta", "Beta")
      .quote("shared", "Beta's line.")
      .scene("b-scene", "Scene", 2, "Happens.")
      .toml();
}

class ExportRun : public test::ContextTest {
 protected:
  void SetUp() override {
    files_.add("/d/alpha.toml", alpha_dataset());
    files_.add("/d/beta.toml", beta_dataset());
  }

  Expected<void, Error> run(std::vector<std::string> data, Filter filter = {},
                            OutputFormat format = OutputFormat::toml) {
    ExportOptions options;
    options.sources = test::only_files(std::move(data));
    options.filter = std::move(filter);
    options.display.format = format;
    Context context = fresh_context();
    return run_export(options, context);
  }

  /// The entries of `toml` as JSON lines, each without its dataset.
  static std::string entries_of(const std::string& toml) {
    LoadResult loaded = load_dataset(toml, "exported.toml");
    std::string problems;
    for (const Diagnostic& d : loaded.diagnostics) problems += "\n" + format_diagnostic(d);
    EXPECT_TRUE(loaded.dataset) << problems << "\n" << toml;
    if (!loaded.dataset) return "";
    std::string out;
    for (const Entry& e : loaded.dataset->entries()) out += to_json(e) + "\n";
    return out;
  }
};

TEST_F(ExportRun, OneDatasetLoadsAgainAsItWas) {
  Filter filter;
  filter.include_spoilers = true;
  ASSERT_TRUE(run({"/d/alpha.toml"}, filter));
  const std::string exported = out_.text();
  LoadResult again = load_dataset(exported, "again.toml");
  ASSERT_TRUE(again.dataset);
  EXPECT_EQ(again.dataset->info().id, "alpha");
  EXPECT_EQ(again.dataset->info().title, "Alpha");
  EXPECT_EQ(again.dataset->info().year, 2001);
  EXPECT_EQ(again.dataset->info().description, "The first.");
  EXPECT_EQ(entries_of(exported), entries_of(alpha_dataset()));
}

TEST_F(ExportRun, FiltersApply) {
  ASSERT_TRUE(run({"/d/alpha.toml"}));  // spoilers left out
  LoadResult again = load_dataset(out_.text(), "again.toml");
  ASSERT_TRUE(again.dataset);
  ASSERT_EQ(again.dataset->entries().size(), 1U);
  EXPECT_EQ(again.dataset->entries()[0].id, "shared");
}

TEST_F(ExportRun, SeveralDatasetsBecomeOne) {
  Filter filter;
  filter.kinds = {Kind::trivia, Kind::scene};
  filter.include_spoilers = true;
  ASSERT_TRUE(run({"/d/alpha.toml", "/d/beta.toml"}, filter));
  LoadResult again = load_dataset(out_.text(), "again.toml");
  ASSERT_TRUE(again.dataset) << out_.text();
  EXPECT_EQ(again.dataset->info().id, "export");
  ASSERT_EQ(again.dataset->entries().size(), 2U);
  EXPECT_EQ(again.dataset->entries()[0].id, "a-fact");
  EXPECT_EQ(again.dataset->entries()[1].id, "b-scene");
}

TEST_F(ExportRun, AnIdInTwoDatasetsIsAUsageErrorNamingThem) {
  const auto result = run({"/d/alpha.toml", "/d/beta.toml"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
  EXPECT_EQ(result.error().message,
            "id 'shared' is in datasets 'alpha' and 'beta'; export one with -d NAME");
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ExportRun, OtherFormatsDoNotMindSharedIds) {
  ASSERT_TRUE(run({"/d/alpha.toml", "/d/beta.toml"}, {}, OutputFormat::jsonl));
  EXPECT_NE(out_.text().find("Alpha's line."), std::string::npos);
  EXPECT_NE(out_.text().find("Beta's line."), std::string::npos);
}

TEST_F(ExportRun, FortuneFormat) {
  ASSERT_TRUE(run({"/d/alpha.toml"}, {}, OutputFormat::fortune));
  EXPECT_EQ(out_.text(), "Alpha's line.\n\t\t-- Ann\n%\n");
}

TEST_F(ExportRun, NothingSelectedIsNoMatch) {
  Filter filter;
  filter.tags = {"no-such-tag"};
  const auto result = run({"/d/alpha.toml"}, filter);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
}

}  // namespace
}  // namespace lore
