#include "render/entry_printer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "support/dataset_builder.h"
#include "support/lines.h"
#include "util/output.h"

namespace lore {
namespace {

using nlohmann::json;
using namespace std::string_literals;

std::string film_dataset() {
  return test::DatasetBuilder("film", "IO")
      .number("year", 2019)
      .quote("home", "Earth is our home. It’s in our blood.", {"iconic"})
      .trivia("tabs", "A fact with\ta tab, a\nnewline and a back\\slash.", "c")
      .egg("balloon", "The balloon", "Fragile.")
      .toml();
}

class Printer : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult result = load_dataset(film_dataset(), "film.toml");
    ASSERT_TRUE(result.dataset.has_value());
    dataset_.emplace(std::move(*result.dataset));
    for (const Entry& e : dataset_->entries()) entries_.push_back(&e);
  }
  std::string print(const PrintOptions& options, std::vector<const Entry*> entries = {}) const {
    StringOutput out;
    print_entries(entries.empty() ? entries_ : entries, options, out);
    return out.text();
  }
  std::optional<Dataset> dataset_;
  std::vector<const Entry*> entries_;
};

PrintOptions format(OutputFormat f, bool null_terminated = false) {
  PrintOptions options;
  options.format = f;
  options.null_terminated = null_terminated;
  return options;
}

/// The records of `text`, each ended by `separator`.
std::vector<std::string> split(const std::string& text, char separator) {
  EXPECT_TRUE(text.empty() || text.back() == separator)
      << "output does not end with its terminator";
  return test::lines_of(text, separator);
}

TEST_F(Printer, TextEntriesAreSeparatedByABlankLine) {
  EXPECT_EQ(print(format(OutputFormat::text)),
            "Earth is our home. It\xE2\x80\x99s in our blood.\n    -- IO (2019)\n"
            "\n"
            "A fact with\ta tab, a\nnewline and a back\\slash.\n"
            "\n"
            "The balloon\nFragile.\n");
}

TEST_F(Printer, TextWithNullEndsEachEntryWithNul) {
  const std::string out = print(format(OutputFormat::text, true));
  const auto records = split(out, '\0');
  ASSERT_EQ(records.size(), 3U);
  EXPECT_EQ(records[0], "Earth is our home. It\xE2\x80\x99s in our blood.\n    -- IO (2019)");
  EXPECT_EQ(records[2], "The balloon\nFragile.");
}

TEST_F(Printer, OneEntryHasNoSeparator) {
  EXPECT_EQ(print(format(OutputFormat::text), {entries_[2]}), "The balloon\nFragile.\n");
}

TEST_F(Printer, NothingPrintsNothingAsText) {
  StringOutput out;
  print_entries({}, format(OutputFormat::text), out);
  EXPECT_EQ(out.text(), "");
}

TEST_F(Printer, JsonIsOneArrayEndingInNewline) {
  const std::string out = print(format(OutputFormat::json));
  ASSERT_EQ(out.back(), '\n');
  const json parsed = json::parse(out);
  ASSERT_TRUE(parsed.is_array());
  ASSERT_EQ(parsed.size(), 3U);
  EXPECT_EQ(parsed[0].at("text"), "Earth is our home. It\xE2\x80\x99s in our blood.");
  EXPECT_EQ(parsed[1].at("fact"), "A fact with\ta tab, a\nnewline and a back\\slash.");
  EXPECT_EQ(parsed[2].at("kind"), "egg");
}

TEST_F(Printer, JsonOfNothingIsAnEmptyArray) {
  StringOutput out;
  print_entries({}, format(OutputFormat::json), out);
  EXPECT_EQ(json::parse(out.text()), json::array());
}

TEST_F(Printer, JsonLinesAreOneObjectPerLine) {
  const auto lines = split(print(format(OutputFormat::jsonl)), '\n');
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(json::parse(lines[0]).at("id"), "home");
  EXPECT_EQ(json::parse(lines[1]).at("id"), "tabs");
  EXPECT_EQ(json::parse(lines[2]).at("id"), "balloon");
}

TEST_F(Printer, JsonLinesWithNullEndEachRecordWithNul) {
  const std::string out = print(format(OutputFormat::jsonl, true));
  EXPECT_EQ(out.find('\n'), std::string::npos);
  const auto records = split(out, '\0');
  ASSERT_EQ(records.size(), 3U);
  for (const std::string& record : records) EXPECT_TRUE(json::parse(record).is_object());
}

TEST_F(Printer, TsvHasIdKindDatasetAndSummary) {
  const auto lines = split(print(format(OutputFormat::tsv)), '\n');
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0], "home\tquote\tfilm\tEarth is our home. It\xE2\x80\x99s in our blood.");
  EXPECT_EQ(lines[2], "balloon\tegg\tfilm\tThe balloon");
}

TEST_F(Printer, TsvFieldsAreEscaped) {
  const auto lines = split(print(format(OutputFormat::tsv)), '\n');
  ASSERT_EQ(lines.size(), 3U);
  // The whole fact, its tab, newline and backslash escaped so the columns hold.
  EXPECT_EQ(lines[1], "tabs\ttrivia\tfilm\tA fact with\\ta tab, a\\nnewline and a back\\\\slash.");
  EXPECT_EQ(std::count(lines[1].begin(), lines[1].end(), '\t'), 3);
}

TEST_F(Printer, TsvWithNull) {
  const auto records = split(print(format(OutputFormat::tsv, true)), '\0');
  ASSERT_EQ(records.size(), 3U);
  EXPECT_EQ(records[2], "balloon\tegg\tfilm\tThe balloon");
}

TEST_F(Printer, TemplateWinsOverTheFormat) {
  PrintOptions options = format(OutputFormat::json);
  options.entry_template = EntryTemplate::parse("{kind}:{id}").value();
  EXPECT_EQ(print(options), "quote:home\ntrivia:tabs\negg:balloon\n");
  options.null_terminated = true;
  EXPECT_EQ(print(options), "quote:home\0trivia:tabs\0egg:balloon\0"s);
}

TEST_F(Printer, LineLayoutPadsIdsToTheWidest) {
  PrintOptions options = format(OutputFormat::text);
  options.layout = TextLayout::line;
  const auto lines = split(print(options), '\n');
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0], "home     quote   Earth is our home. It\xE2\x80\x99s in our blood.");
  EXPECT_EQ(lines[1], "tabs     trivia  A fact with a tab, a");
  EXPECT_EQ(lines[2], "balloon  egg     The balloon");
}

TEST_F(Printer, LineLayoutWithNull) {
  PrintOptions options = format(OutputFormat::text, true);
  options.layout = TextLayout::line;
  const auto records = split(print(options), '\0');
  ASSERT_EQ(records.size(), 3U);
  EXPECT_EQ(records[2], "balloon  egg     The balloon");
}

TEST_F(Printer, TextIsWrappedToTheWidth) {
  PrintOptions options = format(OutputFormat::text);
  options.text.width = 20;
  EXPECT_EQ(print(options, {entries_[0]}),
            "Earth is our home.\nIt\xE2\x80\x99s in our blood.\n    -- IO (2019)\n");
}

// ------------------------------------------------------------------ two datasets
// print_entries in the formats toml and fortune, and -c/--show-source in text and list
// lines; dataset_info_for.

class TwoDatasets : public ::testing::Test {
 protected:
  void SetUp() override {
    add(test::DatasetBuilder("alpha", "Alpha")
            .quote("shared", "Alpha says.", {"x"})
            .field("speaker", "Ann")
            .trivia("a-fact", "A fact.", "misc"),
        "alpha.toml");
    add(test::DatasetBuilder("beta", "Beta")
            .quote("shared", "Beta says.")
            .scene("b-scene", "Scene", 1, "Two\nlines."),
        "beta.toml");
  }

  void add(const test::DatasetBuilder& builder, const std::string& path) {
    datasets_.push_back(builder.dataset(path));
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

TEST_F(TwoDatasets, TomlOfOneDatasetKeepsItsTableAndLoads) {
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

TEST_F(TwoDatasets, DatasetInfoForOneDatasetOrSeveral) {
  EXPECT_EQ(dataset_info_for(entries_of(1)).id, "beta");
  const DatasetInfo mixed = dataset_info_for({entries_of(0)[1], entries_of(1)[1]});
  EXPECT_EQ(mixed.id, "export");
  EXPECT_EQ(mixed.title, "lore export");
  EXPECT_EQ(dataset_info_for({}).id, "export");
}

TEST_F(TwoDatasets, FortuneCookiesBetweenPercentLines) {
  PrintOptions options;
  options.format = OutputFormat::fortune;
  EXPECT_EQ(print(all(), options),
            "Alpha says.\n\t\t-- Ann\n%\nA fact.\n%\nBeta says.\n%\nScene\nTwo\nlines.\n%\n");
  EXPECT_EQ(print({}, options), "");
}

TEST_F(TwoDatasets, ShowSourceInFullText) {
  PrintOptions options;
  options.text.show_source = true;
  EXPECT_EQ(
      print({entries_of(1)[0], entries_of(0)[0]}, options),
      "(beta:shared)\nBeta says.\n    -- Beta\n\n(alpha:shared)\nAlpha says.\n    -- Ann, Alpha\n");
}

TEST_F(TwoDatasets, ShowSourceInListLines) {
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
