// run_export: the selected entries as one dataset that loads again as it was.
#include "commands/export_command.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/schema.h"
#include "render/json_record.h"

namespace lore {
namespace {

constexpr std::string_view kAlpha = R"([dataset]
id = "alpha"
title = "Alpha"
year = 2001
description = "The first."

[[quote]]
id = "shared"
text = "Alpha's line."
speaker = "Ann"
tags = ["common"]

[[trivia]]
id = "a-fact"
fact = "A fact."
category = "misc"
question = "What?"
answer = "That"
accept = ["this"]
tags = []
spoiler = true
)";

constexpr std::string_view kBeta = R"([dataset]
id = "beta"
title = "Beta"

[[quote]]
id = "shared"
text = "Beta's line."
tags = []

[[scene]]
id = "b-scene"
title = "Scene"
order = 2
description = "Happens."
tags = []
)";

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    files_.add("/d/alpha.toml", std::string(kAlpha));
    files_.add("/d/beta.toml", std::string(kBeta));
  }

  Expected<void, Error> run(std::vector<std::string> data, Filter filter = {},
                            OutputFormat format = OutputFormat::toml) {
    ExportOptions options;
    options.sources.include_embedded = false;
    options.sources.files = std::move(data);
    options.filter = std::move(filter);
    options.display.format = format;
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
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

  MemoryFileSystem files_;
  Environment environment_;
  StringOutput out_;
  StringOutput messages_;
};

TEST_F(ExportTest, OneDatasetLoadsAgainAsItWas) {
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
  EXPECT_EQ(entries_of(exported), entries_of(std::string(kAlpha)));
}

TEST_F(ExportTest, FiltersApply) {
  ASSERT_TRUE(run({"/d/alpha.toml"}));  // spoilers left out
  LoadResult again = load_dataset(out_.text(), "again.toml");
  ASSERT_TRUE(again.dataset);
  ASSERT_EQ(again.dataset->entries().size(), 1U);
  EXPECT_EQ(again.dataset->entries()[0].id, "shared");
}

TEST_F(ExportTest, EntriesOfSeveralDatasetsWithDistinctIdsBecomeOneDataset) {
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

TEST_F(ExportTest, AnIdInTwoDatasetsIsAUsageErrorNamingThem) {
  const auto result = run({"/d/alpha.toml", "/d/beta.toml"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
  EXPECT_EQ(result.error().message, "id 'shared' is in datasets 'alpha' and 'beta'; export one with -d NAME");
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ExportTest, OtherFormatsDoNotMindSharedIds) {
  ASSERT_TRUE(run({"/d/alpha.toml", "/d/beta.toml"}, {}, OutputFormat::jsonl));
  EXPECT_NE(out_.text().find("Alpha's line."), std::string::npos);
  EXPECT_NE(out_.text().find("Beta's line."), std::string::npos);
}

TEST_F(ExportTest, FortuneFormat) {
  ASSERT_TRUE(run({"/d/alpha.toml"}, {}, OutputFormat::fortune));
  EXPECT_EQ(out_.text(), "Alpha's line.\n\t\t-- Ann\n%\n");
}

TEST_F(ExportTest, NothingSelectedIsNoMatch) {
  Filter filter;
  filter.tags = {"no-such-tag"};
  const auto result = run({"/d/alpha.toml"}, filter);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
}

}  // namespace
}  // namespace lore
