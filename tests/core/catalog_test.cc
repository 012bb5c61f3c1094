#include "core/catalog.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "support/dataset_builder.h"

namespace lore {
namespace {

Dataset make_dataset(const std::string& id, const std::vector<std::string>& quote_ids) {
  test::DatasetBuilder builder(id, id);
  for (const std::string& quote : quote_ids) builder.quote(quote, quote + " of " + id);
  return builder.dataset(id + ".toml");
}

std::vector<std::string> texts(const std::vector<const Entry*>& entries) {
  std::vector<std::string> out;
  for (const Entry* entry : entries) out.emplace_back(entry->text);
  return out;
}

class CatalogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    catalog_.add(make_dataset("alpha", {"shared", "only-alpha"}));
    catalog_.add(make_dataset("beta", {"only-beta", "shared"}));
  }
  Catalog catalog_;
};

TEST_F(CatalogTest, EntriesAreInDatasetOrder) {
  EXPECT_EQ(texts(catalog_.entries()),
            (std::vector<std::string>{"shared of alpha", "only-alpha of alpha", "only-beta of beta",
                                      "shared of beta"}));
}

TEST_F(CatalogTest, DatasetsKeepTheirOrder) {
  ASSERT_EQ(catalog_.datasets().size(), 2U);
  EXPECT_EQ(catalog_.datasets()[0].info().id, "alpha");
  EXPECT_EQ(catalog_.datasets()[1].info().id, "beta");
}

TEST_F(CatalogTest, FindsAnIdInOneDataset) {
  EXPECT_EQ(texts(catalog_.find("only-beta")), std::vector<std::string>{"only-beta of beta"});
  EXPECT_EQ(texts(catalog_.find("only-alpha")), std::vector<std::string>{"only-alpha of alpha"});
}

TEST_F(CatalogTest, AnIdInTwoDatasetsIsAmbiguous) {
  EXPECT_EQ(texts(catalog_.find("shared")),
            (std::vector<std::string>{"shared of alpha", "shared of beta"}));
}

TEST_F(CatalogTest, DatasetColonIdNamesOneEntry) {
  EXPECT_EQ(texts(catalog_.find("alpha:shared")), std::vector<std::string>{"shared of alpha"});
  EXPECT_EQ(texts(catalog_.find("beta:shared")), std::vector<std::string>{"shared of beta"});
  const auto found = catalog_.find("beta:shared");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0]->dataset->id, "beta");
}

TEST_F(CatalogTest, FindsNothingForUnknownNames) {
  EXPECT_TRUE(catalog_.find("nope").empty());
  EXPECT_TRUE(catalog_.find("gamma:shared").empty());
  EXPECT_TRUE(catalog_.find("alpha:only-beta").empty());
  EXPECT_TRUE(catalog_.find("").empty());
  EXPECT_TRUE(catalog_.find("alpha:").empty());
}

TEST_F(CatalogTest, IdsAreListedOnceEachInOrder) {
  EXPECT_EQ(catalog_.ids(), (std::vector<std::string_view>{"shared", "only-alpha", "only-beta"}));
}

TEST_F(CatalogTest, EntriesKeepTheirAddressesAsTheCatalogGrows) {
  const std::vector<const Entry*> before = catalog_.entries();
  for (int i = 0; i < 50; ++i) catalog_.add(make_dataset("more-" + std::to_string(i), {"x"}));
  const std::vector<const Entry*> after = catalog_.entries();
  ASSERT_EQ(after.size(), before.size() + 50);
  for (std::size_t i = 0; i < before.size(); ++i) EXPECT_EQ(after[i], before[i]);
  EXPECT_EQ(before[0]->text, "shared of alpha");
  EXPECT_EQ(before[0]->dataset->id, "alpha");
}

TEST(Catalog, AnEmptyCatalogHasNothing) {
  const Catalog catalog;
  EXPECT_TRUE(catalog.entries().empty());
  EXPECT_TRUE(catalog.ids().empty());
  EXPECT_TRUE(catalog.find("x").empty());
}

}  // namespace
}  // namespace lore
