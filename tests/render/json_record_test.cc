#include "render/json_record.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>

#include "core/dataset_loader.h"
#include "support/dataset_builder.h"
#include "support/lines.h"

namespace lore {
namespace {

using nlohmann::json;
using namespace std::string_literals;

// The TOML escapes below are decoded by the TOML parser; the expected JSON values are
// written out independently in C++ and compared after a JSON parser reads lore's output.
std::string json_dataset() {
  return test::DatasetBuilder("film", "IO")
      .number("year", 2019)
      .field("description", "A film.")
      .quote("curly", "“Earth is our home.” — it’s in our blood; 日本 é 🐝", {"iconic", "hope"})
      .field("speaker", "Sam \"the\" Walden\\")
      .field("context", "tab\there, newline\nthere")
      .field("source", "Iconic Quotes")
      .quote("controls", "esc \x1b[31m nel \xC2\x85 del \x7f bell \x07 nul \0 end"s)
      .trivia("composer", "The score is by Alex Somers.", "music", {"crew"})
      .field("question", "Who wrote the score?")
      .field("answer", "Alex Somers")
      .list("accept", {"Somers", "Alex"})
      .list("choices", {"A", "B", "C"})
      .scene("launch", "The last shuttle", 9, "It leaves.")
      .list("characters", {"Sam"})
      .field("location", "The station")
      .spoiler()
      .egg("balloon", "The balloon", "Fragile.", {"balloon"})
      .toml();
}

class JsonRecordTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult result = load_dataset(json_dataset(), "film.toml");
    ASSERT_TRUE(result.dataset.has_value())
        << (result.diagnostics.empty() ? "" : result.diagnostics[0].message);
    dataset_.emplace(std::move(*result.dataset));
  }
  const Entry& entry(std::string_view id) const {
    return *std::find_if(dataset_->entries().begin(), dataset_->entries().end(),
                         [&](const Entry& e) { return e.id == id; });
  }
  std::vector<const Entry*> all() const {
    std::vector<const Entry*> entries;
    for (const Entry& e : dataset_->entries()) entries.push_back(&e);
    return entries;
  }
  std::optional<Dataset> dataset_;
};

TEST_F(JsonRecordTest, CurlyQuotesAndNonAsciiReadBack) {
  const json parsed = json::parse(to_json(entry("curly")));
  const json expected = {
      {"kind", "quote"},
      {"id", "curly"},
      {"dataset", "film"},
      {"text",
       "\xE2\x80\x9C"
       "Earth is our home.\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s in our blood; "
       "\xE6\x97\xA5\xE6\x9C\xAC e\xCC\x81 \xF0\x9F\x90\x9D"},
      {"speaker", "Sam \"the\" Walden\\"},
      {"context", "tab\there, newline\nthere"},
      {"tags", {"iconic", "hope"}},
      {"spoiler", false},
      {"source", "Iconic Quotes"},
  };
  EXPECT_EQ(parsed, expected) << parsed.dump(2);
}

TEST_F(JsonRecordTest, ControlCharactersReadBack) {
  const std::string text = to_json(entry("controls"));
  const json parsed = json::parse(text);
  EXPECT_EQ(parsed.at("text").get<std::string>(),
            "esc \x1b[31m nel \xC2\x85 del \x7f bell \x07 nul \0 end"s);
  // The JSON text itself carries no raw control character.
  for (const char c : text) {
    EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20) << "raw control in JSON: " << text;
  }
}

TEST_F(JsonRecordTest, TriviaWithEveryField) {
  const json expected = {
      {"kind", "trivia"},           {"id", "composer"},
      {"dataset", "film"},          {"fact", "The score is by Alex Somers."},
      {"category", "music"},        {"question", "Who wrote the score?"},
      {"answer", "Alex Somers"},    {"accept", {"Somers", "Alex"}},
      {"choices", {"A", "B", "C"}}, {"tags", {"crew"}},
      {"spoiler", false},
  };
  EXPECT_EQ(json::parse(to_json(entry("composer"))), expected);
}

TEST_F(JsonRecordTest, SceneWithAnIntegerOrder) {
  const json parsed = json::parse(to_json(entry("launch")));
  const json expected = {
      {"kind", "scene"},
      {"id", "launch"},
      {"dataset", "film"},
      {"title", "The last shuttle"},
      {"order", 9},
      {"description", "It leaves."},
      {"characters", {"Sam"}},
      {"location", "The station"},
      {"tags", json::array()},
      {"spoiler", true},
  };
  EXPECT_EQ(parsed, expected) << parsed.dump(2);
  EXPECT_TRUE(parsed.at("order").is_number_integer());
}

TEST_F(JsonRecordTest, EggAndAbsentOptionalFields) {
  const json parsed = json::parse(to_json(entry("balloon")));
  const json expected = {
      {"kind", "egg"},      {"id", "balloon"},     {"dataset", "film"}, {"title", "The balloon"},
      {"text", "Fragile."}, {"tags", {"balloon"}}, {"spoiler", false},
  };
  EXPECT_EQ(parsed, expected);
  EXPECT_FALSE(parsed.contains("source"));
}

TEST_F(JsonRecordTest, KindIdAndDatasetComeFirst) {
  const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(to_json(entry("composer")));
  std::vector<std::string> keys;
  for (const auto& item : parsed.items()) keys.push_back(item.key());
  ASSERT_GE(keys.size(), 3U);
  EXPECT_EQ(keys[0], "kind");
  EXPECT_EQ(keys[1], "id");
  EXPECT_EQ(keys[2], "dataset");
}

TEST_F(JsonRecordTest, OneLineOrIndented) {
  const std::string line = to_json(entry("launch"));
  EXPECT_EQ(line.find('\n'), std::string::npos);
  const std::string indented = to_json(entry("launch"), 2);
  EXPECT_NE(indented.find("\n  \"kind\""), std::string::npos) << indented;
  EXPECT_EQ(json::parse(line), json::parse(indented));
}

TEST_F(JsonRecordTest, ArrayHoldsEveryEntryInOrder) {
  const json parsed = json::parse(to_json_array(all()));
  ASSERT_TRUE(parsed.is_array());
  ASSERT_EQ(parsed.size(), 5U);
  const std::vector<std::string> ids{"curly", "controls", "composer", "launch", "balloon"};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    EXPECT_EQ(parsed[i].at("id"), ids[i]);
    EXPECT_EQ(parsed[i], json::parse(to_json(*all()[i])));
  }
  EXPECT_EQ(json::parse(to_json_array({})), json::array());
}

TEST_F(JsonRecordTest, DatasetsAsArrayAndAsLines) {
  const DatasetInfo& info = dataset_->info();
  DatasetInfo bare;
  bare.id = "bare";
  bare.title = "Bare \xE2\x80\x94 set";
  bare.path = "bare.toml";
  const std::vector<DatasetSummary> summaries{
      {&info, {{Kind::quote, 2}, {Kind::trivia, 1}, {Kind::scene, 1}, {Kind::egg, 1}}, {}},
      {&bare,
       {{Kind::quote, 0}, {Kind::trivia, 0}, {Kind::scene, 0}, {Kind::egg, 0}},
       {"/sys/lore/bare.toml"}}};
  const json first = {
      {"id", "film"},        {"title", "IO"},
      {"year", 2019},        {"description", "A film."},
      {"path", "film.toml"}, {"counts", {{"quote", 2}, {"trivia", 1}, {"scene", 1}, {"egg", 1}}}};
  // A dataset that replaced others on the search path names them.
  const json second = {{"id", "bare"},
                       {"title", "Bare \xE2\x80\x94 set"},
                       {"path", "bare.toml"},
                       {"counts", {{"quote", 0}, {"trivia", 0}, {"scene", 0}, {"egg", 0}}},
                       {"replaces", {"/sys/lore/bare.toml"}}};

  const std::string array = datasets_to_json(summaries, true);
  EXPECT_EQ(array.back(), '\n');
  EXPECT_EQ(json::parse(array), json::array({first, second}));

  const std::string lines = datasets_to_json(summaries, false);
  std::vector<json> records;
  for (const std::string& line : test::lines_of(lines)) records.push_back(json::parse(line));
  EXPECT_EQ(records, (std::vector<json>{first, second}));
  EXPECT_EQ(lines.back(), '\n');
}

TEST(TagsToJson, AsArrayAndAsLines) {
  const std::vector<std::pair<std::string_view, std::size_t>> tags{{"iconic", 3},
                                                                   {"caf\xC3\xA9", 1}};
  const json expected =
      json::array({{{"tag", "iconic"}, {"count", 3}}, {{"tag", "caf\xC3\xA9"}, {"count", 1}}});
  EXPECT_EQ(json::parse(tags_to_json(tags, true)), expected);
  std::vector<json> records;
  for (const std::string& line : test::lines_of(tags_to_json(tags, false))) {
    records.push_back(json::parse(line));
  }
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0], expected[0]);
  EXPECT_EQ(records[1], expected[1]);
}

}  // namespace
}  // namespace lore
