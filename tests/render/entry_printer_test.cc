#include "render/entry_printer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "util/output.h"

namespace lore {
namespace {

using nlohmann::json;
using namespace std::string_literals;

constexpr std::string_view kDataset = R"([dataset]
id = "film"
title = "IO"
year = 2019

[[quote]]
id = "home"
text = "Earth is our home. It’s in our blood."
tags = ["iconic"]

[[trivia]]
id = "tabs"
fact = "A fact with\ta tab, a\nnewline and a back\\slash."
category = "c"
tags = []

[[egg]]
id = "balloon"
title = "The balloon"
text = "Fragile."
tags = []
)";

class EntryPrinterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult result = load_dataset(kDataset, "film.toml");
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

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  for (const char c : text) {
    if (c == separator) {
      parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  EXPECT_TRUE(part.empty()) << "output does not end with its terminator";
  return parts;
}

TEST_F(EntryPrinterTest, TextEntriesAreSeparatedByABlankLine) {
  EXPECT_EQ(print(format(OutputFormat::text)),
            "Earth is our home. It\xE2\x80\x99s in our blood.\n    -- IO (2019)\n"
            "\n"
            "A fact with\ta tab, a\nnewline and a back\\slash.\n"
            "\n"
            "The balloon\nFragile.\n");
}

TEST_F(EntryPrinterTest, TextWithNullEndsEachEntryWithNul) {
  const std::string out = print(format(OutputFormat::text, true));
  const auto records = split(out, '\0');
  ASSERT_EQ(records.size(), 3U);
  EXPECT_EQ(records[0], "Earth is our home. It\xE2\x80\x99s in our blood.\n    -- IO (2019)");
  EXPECT_EQ(records[2], "The balloon\nFragile.");
}

TEST_F(EntryPrinterTest, OneEntryHasNoSeparator) {
  EXPECT_EQ(print(format(OutputFormat::text), {entries_[2]}), "The balloon\nFragile.\n");
}

TEST_F(EntryPrinterTest, NothingPrintsNothingAsText) {
  StringOutput out;
  print_entries({}, format(OutputFormat::text), out);
  EXPECT_EQ(out.text(), "");
}

TEST_F(EntryPrinterTest, JsonIsOneArrayEndingInNewline) {
  const std::string out = print(format(OutputFormat::json));
  ASSERT_EQ(out.back(), '\n');
  const json parsed = json::parse(out);
  ASSERT_TRUE(parsed.is_array());
  ASSERT_EQ(parsed.size(), 3U);
  EXPECT_EQ(parsed[0].at("text"), "Earth is our home. It\xE2\x80\x99s in our blood.");
  EXPECT_EQ(parsed[1].at("fact"), "A fact with\ta tab, a\nnewline and a back\\slash.");
  EXPECT_EQ(parsed[2].at("kind"), "egg");
}

TEST_F(EntryPrinterTest, JsonOfNothingIsAnEmptyArray) {
  StringOutput out;
  print_entries({}, format(OutputFormat::json), out);
  EXPECT_EQ(json::parse(out.text()), json::array());
}

TEST_F(EntryPrinterTest, JsonLinesAreOneObjectPerLine) {
  const auto lines = split(print(format(OutputFormat::jsonl)), '\n');
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(json::parse(lines[0]).at("id"), "home");
  EXPECT_EQ(json::parse(lines[1]).at("id"), "tabs");
  EXPECT_EQ(json::parse(lines[2]).at("id"), "balloon");
}

TEST_F(EntryPrinterTest, JsonLinesWithNullEndEachRecordWithNul) {
  const std::string out = print(format(OutputFormat::jsonl, true));
  EXPECT_EQ(out.find('\n'), std::string::npos);
  const auto records = split(out, '\0');
  ASSERT_EQ(records.size(), 3U);
  for (const std::string& record : records) EXPECT_TRUE(json::parse(record).is_object());
}

TEST_F(EntryPrinterTest, TsvHasIdKindDatasetAndSummary) {
  const auto lines = split(print(format(OutputFormat::tsv)), '\n');
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0], "home\tquote\tfilm\tEarth is our home. It\xE2\x80\x99s in our blood.");
  EXPECT_EQ(lines[2], "balloon\tegg\tfilm\tThe balloon");
}

TEST_F(EntryPrinterTest, TsvFieldsAreEscaped) {
  const auto lines = split(print(format(OutputFormat::tsv)), '\n');
  ASSERT_EQ(lines.size(), 3U);
  // The summary is the first line of the fact, its tab escaped so the columns hold.
  EXPECT_EQ(lines[1], "tabs\ttrivia\tfilm\tA fact with\\ta tab, a");
  EXPECT_EQ(std::count(lines[1].begin(), lines[1].end(), '\t'), 3);
}

TEST_F(EntryPrinterTest, TsvWithNull) {
  const auto records = split(print(format(OutputFormat::tsv, true)), '\0');
  ASSERT_EQ(records.size(), 3U);
  EXPECT_EQ(records[2], "balloon\tegg\tfilm\tThe balloon");
}

TEST_F(EntryPrinterTest, TemplateWinsOverTheFormat) {
  PrintOptions options = format(OutputFormat::json);
  options.entry_template = EntryTemplate::parse("{kind}:{id}").value();
  EXPECT_EQ(print(options), "quote:home\ntrivia:tabs\negg:balloon\n");
  options.null_terminated = true;
  EXPECT_EQ(print(options), "quote:home\0trivia:tabs\0egg:balloon\0"s);
}

TEST_F(EntryPrinterTest, LineLayoutPadsIdsToTheWidest) {
  PrintOptions options = format(OutputFormat::text);
  options.layout = TextLayout::line;
  const auto lines = split(print(options), '\n');
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0], "home     quote   Earth is our home. It\xE2\x80\x99s in our blood.");
  EXPECT_EQ(lines[1], "tabs     trivia  A fact with a tab, a");
  EXPECT_EQ(lines[2], "balloon  egg     The balloon");
}

TEST_F(EntryPrinterTest, LineLayoutWithNull) {
  PrintOptions options = format(OutputFormat::text, true);
  options.layout = TextLayout::line;
  const auto records = split(print(options), '\0');
  ASSERT_EQ(records.size(), 3U);
  EXPECT_EQ(records[2], "balloon  egg     The balloon");
}

TEST_F(EntryPrinterTest, TextIsWrappedToTheWidth) {
  PrintOptions options = format(OutputFormat::text);
  options.text.width = 20;
  EXPECT_EQ(print(options, {entries_[0]}),
            "Earth is our home.\nIt\xE2\x80\x99s in our blood.\n    -- IO (2019)\n");
}

}  // namespace
}  // namespace lore
