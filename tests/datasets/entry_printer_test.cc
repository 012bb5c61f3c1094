// print_entries in the formats this feature adds (toml, fortune) and -c/--show-source
// in text and list lines; dataset_info_for.
#include "render/entry_printer.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "core/dataset_loader.h"

namespace lore {
namespace {

class EntryPrinterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    add("alpha", "Alpha", R"(
[[quote]]
id = "shared"
text = "Alpha says."
speaker = "Ann"
tags = ["x"]

[[trivia]]
id = "a-fact"
fact = "A fact."
category = "misc"
tags = []
)");
    add("beta", "Beta", R"(
[[quote]]
id = "shared"
text = "Beta says."
tags = []

[[scene]]
id = "b-scene"
title = "Scene"
order = 1
description = "Two\nlines."
tags = []
)");
  }

  void add(const std::string& id, const std::string& title, const std::string& entries) {
    LoadResult result =
        load_dataset("[dataset]\nid = \"" + id + "\"\ntitle = \"" + title + "\"\n" + entries, id + ".toml");
    ASSERT_TRUE(result.dataset);
    datasets_.push_back(std::move(*result.dataset));
  }

  std::vector<const Entry*> entries_of(std::size_t dataset) const {
    std::vector<const Entry*> out;
    for (const Entry& e : datasets_[dataset].entries()) out.push_back(&e);
    return out;
  }

  std::vector<const Entry*> all() const {
    auto out = entries_of(0);
    for (const Entry* e : entries_of(1)) out.push_back(e);
    return out;
  }

  static std::string print(const std::vector<const Entry*>& entries, PrintOptions options) {
    StringOutput out;
    print_entries(entries, options, out);
    return out.text();
  }

  std::deque<Dataset> datasets_;
};

TEST_F(EntryPrinterTest, TomlOfOneDatasetKeepsItsTableAndLoads) {
  PrintOptions options;
  options.format = OutputFormat::toml;
  const std::string toml = print(entries_of(0), options);
  LoadResult again = load_dataset(toml, "again.toml");
  ASSERT_TRUE(again.dataset) << toml;
  EXPECT_EQ(again.dataset->info().id, "alpha");
  EXPECT_EQ(again.dataset->info().title, "Alpha");
  ASSERT_EQ(again.dataset->entries().size(), 2U);
  EXPECT_EQ(again.dataset->entries()[0].speaker, "Ann");
  EXPECT_EQ(again.dataset->entries()[1].category, "misc");
}

TEST_F(EntryPrinterTest, DatasetInfoForOneDatasetOrSeveral) {
  EXPECT_EQ(dataset_info_for(entries_of(1)).id, "beta");
  const DatasetInfo mixed = dataset_info_for({entries_of(0)[1], entries_of(1)[1]});
  EXPECT_EQ(mixed.id, "export");
  EXPECT_EQ(mixed.title, "lore export");
  EXPECT_EQ(dataset_info_for({}).id, "export");
}

TEST_F(EntryPrinterTest, FortuneCookiesBetweenPercentLines) {
  PrintOptions options;
  options.format = OutputFormat::fortune;
  EXPECT_EQ(print(all(), options),
            "Alpha says.\n\t\t-- Ann\n%\nA fact.\n%\nBeta says.\n%\nTwo\nlines.\n%\n");
  EXPECT_EQ(print({}, options), "");
}

TEST_F(EntryPrinterTest, ShowSourceInFullText) {
  PrintOptions options;
  options.text.show_source = true;
  EXPECT_EQ(print({entries_of(1)[0], entries_of(0)[0]}, options),
            "(beta:shared)\nBeta says.\n    -- Beta\n\n(alpha:shared)\nAlpha says.\n    -- Ann, Alpha\n");
}

TEST_F(EntryPrinterTest, ShowSourceInListLines) {
  PrintOptions options;
  options.layout = TextLayout::line;
  options.text.show_source = true;
  EXPECT_EQ(print(all(), options),
            "alpha:shared  quote   Alpha says.\n"
            "alpha:a-fact  trivia  A fact.\n"
            "beta:shared   quote   Beta says.\n"
            "beta:b-scene  scene   Scene\n");
  options.text.show_source = false;
  EXPECT_EQ(print(all(), options),
            "shared   quote   Alpha says.\n"
            "a-fact   trivia  A fact.\n"
            "shared   quote   Beta says.\n"
            "b-scene  scene   Scene\n");
}

}  // namespace
}  // namespace lore
