// write_dataset / write_entry / write_dataset_table: what they write loads back, field
// for field, whatever the text holds.
#include "core/dataset_writer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/schema.h"

namespace lore {
namespace {

/// Loads `toml`; fails the test with its diagnostics when it does not load.
std::optional<Dataset> load(const std::string& toml) {
  LoadResult result = load_dataset(toml, "written.toml");
  std::string problems;
  for (const Diagnostic& d : result.diagnostics) problems += "\n  " + format_diagnostic(d);
  EXPECT_TRUE(result.dataset.has_value()) << "does not load:" << problems << "\n--- written:\n"
                                          << toml;
  return std::move(result.dataset);
}

/// Every field of an entry as text, for comparing two entries.
std::string fields_of_entry(const Entry& entry) {
  std::string out = std::string(kind_name(entry.kind));
  for (const FieldSpec& field : fields_of(entry.kind)) {
    out += "|" + std::string(field.name) + "=";
    const FieldValue value = value_of(entry, field);
    if (const auto* text = std::get_if<std::string_view>(&value)) {
      out += "\"" + std::string(*text) + "\"";
    } else if (const auto* list = std::get_if<const std::vector<std::string_view>*>(&value)) {
      for (const std::string_view item : **list) out += "[" + std::string(item) + "]";
    } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
      out += std::to_string(*number);
    } else if (const auto* flag = std::get_if<bool>(&value)) {
      out += *flag ? "true" : "false";
    }
  }
  return out;
}

class Writer : public ::testing::Test {
 protected:
  /// A dataset of one entry of `kind`, built field by field in memory.
  Entry& entry(Kind kind, const std::string& id) {
    Entry e;
    e.kind = kind;
    e.id = storage_.store(id);
    storage_.add(std::move(e));
    return const_cast<Entry&>(storage_.entries().back());
  }
  std::string_view s(const std::string& text) { return storage_.store(text); }

  /// Writes the entries with `info`, loads the result and compares field for field.
  void expect_round_trip(const DatasetInfo& info) {
    std::vector<const Entry*> entries;
    for (const Entry& e : storage_.entries()) entries.push_back(&e);
    const std::string toml = write_dataset(info, entries);
    const auto loaded = load(toml);
    if (!loaded) return;
    EXPECT_EQ(loaded->info().id, info.id);
    EXPECT_EQ(loaded->info().title, info.title);
    EXPECT_EQ(loaded->info().year, info.year);
    EXPECT_EQ(loaded->info().description, info.description);
    EXPECT_EQ(loaded->info().collection, info.collection);
    EXPECT_EQ(loaded->info().preformatted, info.preformatted);
    EXPECT_EQ(loaded->info().crlf, info.crlf);
    ASSERT_EQ(loaded->entries().size(), entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
      EXPECT_EQ(fields_of_entry(loaded->entries()[i]), fields_of_entry(*entries[i])) << toml;
    }
  }

  static DatasetInfo info(std::string id = "written") {
    DatasetInfo i;
    i.id = std::move(id);
    i.title = "Written";
    return i;
  }

  Dataset storage_{DatasetInfo{}};
};

TEST_F(Writer, EveryKindWithEveryField) {
  Entry& q = entry(Kind::quote, "a-quote");
  q.text = s("Quote.");
  q.speaker = s("Sam");
  q.context = s("On the hill");
  q.tags = {s("one"), s("two")};
  q.source = s("Quotes");
  Entry& t = entry(Kind::trivia, "a-fact");
  t.fact = s("A fact.");
  t.category = s("cast");
  t.question = s("Who?");
  t.answer = s("Her");
  t.accept = {s("her"), s("She")};
  t.choices = {s("Him"), s("Them"), s("It")};
  t.spoiler = true;
  Entry& sc = entry(Kind::scene, "a-scene");
  sc.title = s("Scene");
  sc.order = 12;
  sc.description = s("Things happen.");
  sc.characters = {s("Sam"), s("Micah")};
  sc.location = s("Hill");
  Entry& egg = entry(Kind::egg, "an-egg");
  egg.title = s("Egg");
  egg.text = s("Hidden.");
  DatasetInfo i = info();
  i.year = 2019;
  i.description = "A description.";
  expect_round_trip(i);
}

TEST_F(Writer, WriteDatasetTableAlone) {
  DatasetInfo i = info("my-set");
  i.title = "My \"Set\"";
  i.year = 1999;
  const std::string table = write_dataset_table(i);
  EXPECT_EQ(table.rfind("[dataset]\n", 0), 0U);
  EXPECT_EQ(table.back(), '\n');
  const auto loaded = load(table);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->info().id, "my-set");
  EXPECT_EQ(loaded->info().title, "My \"Set\"");
  EXPECT_EQ(loaded->info().year, 1999);
  EXPECT_FALSE(loaded->info().collection);
  EXPECT_TRUE(loaded->entries().empty());
  i.collection = true;
  EXPECT_NE(write_dataset_table(i).find("collection = true\n"), std::string::npos);
  EXPECT_TRUE(load(write_dataset_table(i))->info().collection);
}

TEST_F(Writer, TheImportFieldsOnlyWhenNotTheDefault) {
  DatasetInfo plain = info();
  EXPECT_EQ(write_dataset_table(plain), "[dataset]\nid = 'written'\ntitle = 'Written'\n");
  DatasetInfo imported = info();
  imported.collection = true;
  imported.preformatted = true;
  imported.crlf = true;
  EXPECT_EQ(write_dataset_table(imported),
            "[dataset]\nid = 'written'\ntitle = 'Written'\ncollection = true\npreformatted = true\n"
            "line-ends = 'crlf'\n");
  expect_round_trip(imported);
}

TEST_F(Writer, WriteEntryIsOneArrayTableEndingInANewline) {
  Entry& q = entry(Kind::quote, "q");
  q.text = s("Hi.");
  const std::string written = write_entry(q);
  EXPECT_EQ(written.rfind("[[quote]]\n", 0), 0U) << written;
  EXPECT_EQ(written.back(), '\n');
  // A false spoiler is the default and is left out; an empty tag list is kept.
  EXPECT_EQ(written.find("spoiler"), std::string::npos) << written;
  EXPECT_NE(written.find("tags"), std::string::npos) << written;
  // Appended to a dataset table, it loads.
  const auto loaded = load(write_dataset_table(info()) + "\n" + written);
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->entries().size(), 1U);
  EXPECT_EQ(loaded->entries()[0].text, "Hi.");
}

// One text per test, so each failure names its text.
class TextRoundTrip : public Writer, public ::testing::WithParamInterface<const char*> {};

// Text, speaker and tags of a quote load back as they were.
TEST_P(TextRoundTrip, QuoteFieldsLoadBack) {
  const std::string text = GetParam();
  Entry& q = entry(Kind::quote, "q");
  q.text = s(text);
  q.speaker = s(text);
  q.tags = {s(text)};
  expect_round_trip(info());
}

INSTANTIATE_TEST_SUITE_P(
    AwkwardText, TextRoundTrip,
    ::testing::Values("plain", "it's", "say \"hi\"", "both ' and \"", "back\\slash", "tab\there",
                      "line one\nline two", "two\n\nparagraphs", "ends with a newline\n",
                      "\nstarts with a newline", "\n\nstarts with two newlines",
                      "triple ''' single", "triple \"\"\" double", "triple ''' single\nover lines",
                      "triple \"\"\" double\nover lines", "both ''' and \"\"\"\nover lines",
                      "it's\nover lines\\ with a backslash", "'''", "'''\n'''", "\"\"\"\n",
                      "ends with a quote'", "ends with a quote\"",
                      "ends with two quotes''\nand a line", "\r\nCR LF", "bell \a and escape \x1b",
                      "DEL \x7f", "Ünïcödé — «quoted» 日本語", "  leading and trailing spaces  ",
                      "ASCII art:\n  /\\_/\\\n ( o.o )\n  > ^ <  '''"));

TEST_F(Writer, AFortuneCookieOfAsciiArtWithTripleQuotes) {
  // From Debian's fortunes (ascii-art): ''' on a line of a multi-line text.
  Entry& q = entry(Kind::quote, "art");
  q.text = s("\t\t   ```--. . , ; .--'''\n\t\t\t | |   |\n\t\t_____.,-#%&$@%#&#~,._____");
  expect_round_trip(info());
}

TEST_F(Writer, AFortuneCookieThatStartsWithABlankLine) {
  // From Debian's fortunes (miscellaneous): the cookie starts with an empty line.
  Entry& q = entry(Kind::quote, "mass");
  q.text = s("\n\"Whatever the missing mass of the universe is, I hope it's not cockroaches!\"");
  q.speaker = s("Mom");
  expect_round_trip(info());
}

TEST_F(Writer, ManyEntriesKeepTheirOrder) {
  for (int i = 0; i < 50; ++i) {
    Entry& q = entry(Kind::quote, "q-" + std::to_string(i));
    q.text = s("Quote " + std::to_string(i));
  }
  expect_round_trip(info());
}

TEST_F(Writer, NoEntriesIsJustTheTable) {
  EXPECT_EQ(write_dataset(info(), {}), write_dataset_table(info()));
}

}  // namespace
}  // namespace lore
