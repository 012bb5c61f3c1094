// run_sources: every dataset with its path, counts and chance under the options; the
// chances add up to one; datasets skipped on the search path with their first error.
#include "commands/sources_command.h"
#include "support/dataset_builder.h"
#include "support/memory_context.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

namespace lore {
namespace {

std::string quotes(const std::string& id, int count, int trivia = 0) {
  test::DatasetBuilder builder(id, id);
  for (int i = 0; i < count; ++i) builder.quote("q" + std::to_string(i), "Q.");
  for (int i = 0; i < trivia; ++i) builder.trivia("t" + std::to_string(i), "F.", "c");
  return builder.toml();
}

class SourcesRun : public test::ContextTest {
 protected:
  void SetUp() override {
    files_.add("/p/large.toml", quotes("large", 12));
    files_.add("/p/medium.toml", quotes("medium", 6, 2));
    files_.add("/p/small.toml", quotes("small", 2));
  }

  Expected<void, Error> run(Weighting weighting = {}, std::vector<Kind> kinds = {},
                            OutputFormat format = OutputFormat::json) {
    SourcesOptions options;
    options.sources.include_embedded = false;
    options.sources.search_path = {"/p"};
    options.filter.kinds = std::move(kinds);
    options.weighting = std::move(weighting);
    options.display.format = format;
    Context context = fresh_context();
    return run_sources(options, context);
  }

  /// "id=chance" of each dataset, the chance in thousandths.
  std::string chances() const {
    const auto json = nlohmann::json::parse(out_.text());
    std::string out;
    for (const auto& d : json["datasets"]) {
      out += d["id"].get<std::string>() + "=" +
             std::to_string(static_cast<long>(std::lround(d["chance"].get<double>() * 1000))) + " ";
    }
    return out;
  }
};

TEST_F(SourcesRun, EveryDatasetWithPathCountsAndChance) {
  ASSERT_TRUE(run());
  const auto json = nlohmann::json::parse(out_.text());
  ASSERT_EQ(json["datasets"].size(), 3U);
  EXPECT_EQ(json["datasets"][1]["id"], "medium");
  EXPECT_EQ(json["datasets"][1]["path"], "/p/medium.toml");
  EXPECT_EQ(json["datasets"][1]["counts"]["quote"], 6);
  EXPECT_EQ(json["datasets"][1]["counts"]["trivia"], 2);
  // Every entry equally likely: 12, 8 and 2 of 22.
  EXPECT_EQ(chances(), "large=545 medium=364 small=91 ");
  EXPECT_TRUE(json["skipped"].empty());
}

TEST_F(SourcesRun, AKindNarrowsTheChances) {
  ASSERT_TRUE(run({}, {Kind::quote}));
  EXPECT_EQ(chances(), "large=600 medium=300 small=100 ");
  ASSERT_TRUE(run({}, {Kind::trivia}));
  EXPECT_EQ(chances(), "large=0 medium=1000 small=0 ");
}

TEST_F(SourcesRun, EqualAndPins) {
  Weighting equal;
  equal.equal = true;
  ASSERT_TRUE(run(equal, {Kind::quote}));
  EXPECT_EQ(chances(), "large=333 medium=333 small=333 ");
  Weighting pinned;
  pinned.pins = {{"small", 70}};
  ASSERT_TRUE(run(pinned, {Kind::quote}));
  EXPECT_EQ(chances(), "large=200 medium=100 small=700 ");
}

TEST_F(SourcesRun, AWeightingThatCannotHoldIsAUsageError) {
  Weighting over;
  over.pins = {{"small", 60}, {"large", 50}};
  const auto result = run(over);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
  EXPECT_NE(result.error().message.find("110%"), std::string::npos);
  EXPECT_EQ(out_.text(), "");
  Weighting short_of;
  short_of.pins = {{"small", 10}, {"medium", 10}, {"large", 10}};
  EXPECT_FALSE(run(short_of));
}

TEST_F(SourcesRun, TheTextPercentagesAddUpToAHundred) {
  // Thirds: 33.3% each, which rounding lets add up to 99.9.
  Weighting equal;
  equal.equal = true;
  for (const Weighting& weighting : {Weighting{}, equal}) {
    ASSERT_TRUE(run(weighting, {}, OutputFormat::text));
    std::istringstream lines(out_.text());
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line.rfind("DATASET", 0), 0U) << line;
    double total = 0;
    int rows = 0;
    while (std::getline(lines, line) && !line.empty()) {  // the table ends at a blank line
      std::istringstream fields(line);
      std::string name;
      std::string percent;
      fields >> name >> percent;
      ASSERT_EQ(percent.back(), '%') << line;
      total += std::stod(percent.substr(0, percent.size() - 1));
      ++rows;
    }
    EXPECT_EQ(rows, 3);
    EXPECT_NEAR(total, 100.0, 3 * 0.05 + 1e-9);
  }
}

TEST_F(SourcesRun, ASkippedDatasetIsListedWithItsFirstError) {
  files_.add("/p/broken.toml",
             "[dataset]\nid = \"broken\"\ntitle = \"B\"\n\n[[quote]]\nid = \"x\"\ntext = "
             "\"\"\ntags = \"no\"\n");
  ASSERT_TRUE(run());
  const auto json = nlohmann::json::parse(out_.text());
  ASSERT_EQ(json["skipped"].size(), 1U);
  EXPECT_EQ(json["skipped"][0]["path"], "/p/broken.toml");
  EXPECT_EQ(json["skipped"][0]["error"],
            "/p/broken.toml:7:8: error: field 'text' of quote 'x' is empty");
  EXPECT_EQ(json["datasets"].size(), 3U);
  // The warning goes to the messages.
  EXPECT_NE(messages_.text().find("/p/broken.toml:7:8: warning: skipping this dataset"),
            std::string::npos)
      << messages_.text();
  ASSERT_TRUE(run({}, {}, OutputFormat::text));
  EXPECT_NE(
      out_.text().find("skipped: /p/broken.toml:7:8: error: field 'text' of quote 'x' is empty\n"),
      std::string::npos)
      << out_.text();
}

}  // namespace
}  // namespace lore
