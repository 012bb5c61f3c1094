#include "core/dataset_loader.h"
#include "support/diagnostics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include "core/toml_guard.h"

namespace lore {
namespace {

constexpr std::string_view kPath = "test.toml";

/// A minimal valid [dataset] table; entries follow it.
constexpr std::string_view kHeader =
    "[dataset]\n"
    "id = \"test\"\n"
    "title = \"Test\"\n"
    "\n";

std::string with_header(std::string_view body) {
  return std::string(kHeader) + std::string(body);
}

LoadResult load(std::string_view toml) {
  return load_dataset(toml, std::string(kPath));
}

struct Where {
  std::uint32_t line;
  std::uint32_t column;
};

/// Line and column (from 1) where the `occurrence`th `needle` starts in `text`: found by
/// plain counting, independently of the TOML parser, so that the expected positions in
/// these tests are the places in the text a person would point at.
Where locate(std::string_view text, std::string_view needle, int occurrence = 1) {
  std::size_t at = std::string_view::npos;
  std::size_t from = 0;
  for (int i = 0; i < occurrence; ++i) {
    at = text.find(needle, from);
    if (at == std::string_view::npos) {
      ADD_FAILURE() << "'" << needle << "' is not in the test's TOML";
      return {0, 0};
    }
    from = at + 1;
  }
  Where where{1, 1};
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  return where;
}

using test::describe;

void expect_diagnostic(const Diagnostic& d, Where at, std::string_view message,
                       Severity severity = Severity::error) {
  EXPECT_EQ(d.path, kPath);
  EXPECT_EQ(d.line, at.line) << d.message;
  EXPECT_EQ(d.column, at.column) << d.message;
  EXPECT_EQ(d.severity, severity) << d.message;
  EXPECT_EQ(d.message, message);
}

/// Expects exactly one diagnostic, an error, at `at` with `message`, and no dataset.
void expect_single_error(std::string_view toml, Where at, std::string_view message) {
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset.has_value());
  ASSERT_EQ(result.diagnostics.size(), 1U) << describe(result.diagnostics);
  expect_diagnostic(result.diagnostics[0], at, message);
}

const Entry& only_entry(const LoadResult& result) {
  EXPECT_TRUE(result.dataset.has_value()) << describe(result.diagnostics);
  EXPECT_EQ(result.dataset->entries().size(), 1U);
  return result.dataset->entries().front();
}

// --------------------------------------------------------------------- valid data

TEST(LoadDataset, ReadsTheDatasetTable) {
  const LoadResult result = load(
      "[dataset]\n"
      "id = \"io-extra\"\n"
      "title = \"IO \xE2\x80\x94 extras\"\n"
      "year = 2019\n"
      "description = \"More about the film.\"\n");
  ASSERT_TRUE(result.dataset) << describe(result.diagnostics);
  EXPECT_TRUE(result.diagnostics.empty());
  const DatasetInfo& info = result.dataset->info();
  EXPECT_EQ(info.id, "io-extra");
  EXPECT_EQ(info.title, "IO \xE2\x80\x94 extras");
  EXPECT_EQ(info.year, 2019);
  EXPECT_EQ(info.description, "More about the film.");
  EXPECT_EQ(info.path, kPath);
  EXPECT_TRUE(result.dataset->entries().empty());
}

// What `lore import fortune` records: a collection, credited to no title, its lines are kept,
// and its files' CR LF line ends.
TEST(LoadDataset, ReadsTheImportFieldsOfTheDatasetTable) {
  const LoadResult plain = load("[dataset]\nid = \"a\"\ntitle = \"A\"\n");
  ASSERT_TRUE(plain.dataset) << describe(plain.diagnostics);
  EXPECT_FALSE(plain.dataset->info().collection);
  EXPECT_FALSE(plain.dataset->info().preformatted);
  EXPECT_FALSE(plain.dataset->info().crlf);
  const LoadResult imported = load(
      "[dataset]\nid = \"a\"\ntitle = \"A\"\ncollection = true\npreformatted = true\n"
      "line-ends = \"crlf\"\n");
  ASSERT_TRUE(imported.dataset) << describe(imported.diagnostics);
  EXPECT_TRUE(imported.diagnostics.empty());
  EXPECT_TRUE(imported.dataset->info().collection);
  EXPECT_TRUE(imported.dataset->info().preformatted);
  EXPECT_TRUE(imported.dataset->info().crlf);
  const LoadResult lf = load("[dataset]\nid = \"a\"\ntitle = \"A\"\nline-ends = \"lf\"\n");
  ASSERT_TRUE(lf.dataset) << describe(lf.diagnostics);
  EXPECT_FALSE(lf.dataset->info().crlf);
}

TEST(LoadDataset, BadImportFieldsAreErrorsWhereTheyStand) {
  const LoadResult result = load(
      "[dataset]\nid = \"a\"\ntitle = \"A\"\ncollection = \"no\"\npreformatted = 1\n"
      "line-ends = \"cr\"\n");
  ASSERT_EQ(result.diagnostics.size(), 3U) << describe(result.diagnostics);
  EXPECT_EQ(result.diagnostics[0].line, 4U);
  EXPECT_EQ(result.diagnostics[0].message,
            "field 'collection' of [dataset] must be a boolean, not a string");
  EXPECT_EQ(result.diagnostics[1].line, 5U);
  EXPECT_EQ(result.diagnostics[2].line, 6U);
  EXPECT_EQ(result.diagnostics[2].message,
            "field 'line-ends' of [dataset] must be \"lf\" or \"crlf\"");
}

TEST(LoadDataset, ReadsAQuoteWithEveryField) {
  const LoadResult result =
      load(with_header("[[quote]]\n"
                       "id = \"hope\"\n"
                       "text = \"Hope is not a plan. But it\xE2\x80\x99s something.\"\n"
                       "speaker = \"Sam\"\n"
                       "context = \"On the radio\"\n"
                       "tags = [\"iconic\", \"hope\"]\n"
                       "spoiler = true\n"
                       "source = \"Iconic Quotes\"\n"));
  const Entry& quote = only_entry(result);
  EXPECT_EQ(quote.kind, Kind::quote);
  EXPECT_EQ(quote.id, "hope");
  EXPECT_EQ(quote.text, "Hope is not a plan. But it\xE2\x80\x99s something.");
  EXPECT_EQ(quote.speaker, "Sam");
  EXPECT_EQ(quote.context, "On the radio");
  EXPECT_EQ(quote.tags, (std::vector<std::string_view>{"iconic", "hope"}));
  EXPECT_TRUE(quote.spoiler);
  EXPECT_EQ(quote.source, "Iconic Quotes");
  EXPECT_EQ(quote.dataset, &result.dataset->info());
  EXPECT_EQ(quote.position.line, 5U);
  EXPECT_EQ(quote.position.column, 1U);
}

TEST(LoadDataset, ReadsTriviaWithEveryField) {
  const LoadResult result =
      load(with_header("[[trivia]]\n"
                       "id = \"cast-qualley\"\n"
                       "fact = \"Margaret Qualley plays Sam Walden.\"\n"
                       "category = \"cast\"\n"
                       "question = \"Who plays Sam Walden?\"\n"
                       "answer = \"Margaret Qualley\"\n"
                       "accept = [\"Qualley\"]\n"
                       "choices = [\"A\", \"B\", \"C\"]\n"
                       "tags = []\n"));
  const Entry& trivia = only_entry(result);
  EXPECT_EQ(trivia.kind, Kind::trivia);
  EXPECT_EQ(trivia.fact, "Margaret Qualley plays Sam Walden.");
  EXPECT_EQ(trivia.category, "cast");
  EXPECT_EQ(trivia.question, "Who plays Sam Walden?");
  EXPECT_EQ(trivia.answer, "Margaret Qualley");
  EXPECT_EQ(trivia.accept, (std::vector<std::string_view>{"Qualley"}));
  EXPECT_EQ(trivia.choices, (std::vector<std::string_view>{"A", "B", "C"}));
  EXPECT_TRUE(trivia.tags.empty());
  EXPECT_FALSE(trivia.spoiler);  // the default
  EXPECT_TRUE(trivia.source.empty());
}

TEST(LoadDataset, ReadsScenesAndEggs) {
  const LoadResult result =
      load(with_header("[[scene]]\n"
                       "id = \"micah-arrives\"\n"
                       "title = \"The arrival of Micah\"\n"
                       "order = 5\n"
                       "description = \"Micah arrives near Sam\xE2\x80\x99s home.\"\n"
                       "characters = [\"Micah\", \"Sam\"]\n"
                       "location = \"Near Sam\xE2\x80\x99s home\"\n"
                       "tags = [\"arrival\"]\n"
                       "\n"
                       "[[egg]]\n"
                       "id = \"egg-balloon\"\n"
                       "title = \"The balloon\"\n"
                       "text = \"\"\"Fragile ingenuity.\nAgainst the sky.\"\"\"\n"
                       "tags = [\"balloon\"]\n"));
  ASSERT_TRUE(result.dataset) << describe(result.diagnostics);
  ASSERT_EQ(result.dataset->entries().size(), 2U);
  const Entry& scene = result.dataset->entries()[0];
  EXPECT_EQ(scene.kind, Kind::scene);
  EXPECT_EQ(scene.title, "The arrival of Micah");
  EXPECT_EQ(scene.order, 5);
  EXPECT_EQ(scene.description, "Micah arrives near Sam\xE2\x80\x99s home.");
  EXPECT_EQ(scene.characters, (std::vector<std::string_view>{"Micah", "Sam"}));
  EXPECT_EQ(scene.location, "Near Sam\xE2\x80\x99s home");
  const Entry& egg = result.dataset->entries()[1];
  EXPECT_EQ(egg.kind, Kind::egg);
  EXPECT_EQ(egg.title, "The balloon");
  EXPECT_EQ(egg.text, "Fragile ingenuity.\nAgainst the sky.");
  EXPECT_EQ(egg.position.line, 14U);
}

TEST(LoadDataset, KeepsControlCharactersAsData) {
  const LoadResult result =
      load(with_header("[[quote]]\n"
                       "id = \"raw\"\n"
                       "text = \"a\\u001b[31mb\\u0085c\\u007fd\\te\"\n"
                       "tags = []\n"));
  EXPECT_EQ(only_entry(result).text,
            "a\x1b[31mb\xC2\x85"
            "c\x7f"
            "d\te");
}

TEST(LoadDataset, FileOrderWhenKindsInterleave) {
  const LoadResult result = load(with_header(
      "[[trivia]]\nid = \"t1\"\nfact = \"F.\"\ncategory = \"c\"\ntags = []\n"
      "[[quote]]\nid = \"q1\"\ntext = \"Q.\"\ntags = []\n"
      "[[egg]]\nid = \"e1\"\ntitle = \"E\"\ntext = \"E.\"\ntags = []\n"
      "[[trivia]]\nid = \"t2\"\nfact = \"F.\"\ncategory = \"c\"\ntags = []\n"
      "[[scene]]\nid = \"s1\"\ntitle = \"S\"\norder = 1\ndescription = \"S.\"\ntags = []\n"
      "[[quote]]\nid = \"q2\"\ntext = \"Q.\"\ntags = []\n"
      "[[egg]]\nid = \"a-egg\"\ntitle = \"E\"\ntext = \"E.\"\ntags = []\n"));
  ASSERT_TRUE(result.dataset) << describe(result.diagnostics);
  std::vector<std::string_view> ids;
  for (const Entry& entry : result.dataset->entries()) ids.push_back(entry.id);
  EXPECT_EQ(ids, (std::vector<std::string_view>{"t1", "q1", "e1", "t2", "s1", "q2", "a-egg"}));
}

TEST(LoadDataset, InlineArrayOfTablesIsAccepted) {
  const LoadResult result =
      load("quote = [{ id = \"inline\", text = \"Inline.\", tags = [] }]\n" + with_header(""));
  EXPECT_EQ(only_entry(result).id, "inline");
}

// --------------------------------------------------------------------- TOML syntax

TEST(LoadDataset, ASyntaxErrorIsReportedWhereItIs) {
  const std::string toml = with_header("[[quote]]\nid = \"x\"\ntext = @\ntags = []\n");
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 1U) << describe(result.diagnostics);
  const Diagnostic& d = result.diagnostics[0];
  EXPECT_EQ(d.path, kPath);
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.line, locate(toml, "@").line);
  EXPECT_EQ(d.column, locate(toml, "@").column);
  EXPECT_FALSE(d.message.empty());
}

TEST(LoadDataset, AnUnterminatedStringIsReportedOnItsLine) {
  const std::string toml = with_header("[[quote]]\nid = \"x\"\ntext = \"never closed\ntags = []\n");
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 1U) << describe(result.diagnostics);
  const Diagnostic& d = result.diagnostics[0];
  EXPECT_EQ(d.line, locate(toml, "text =").line);
  // The string is found unterminated at the end of its line.
  EXPECT_EQ(d.column, std::string_view("text = \"never closed").size() + 1);
}

TEST(LoadDataset, InvalidUtf8IsASyntaxError) {
  const std::string toml =
      with_header("[[quote]]\nid = \"x\"\ntext = \"bad \xFF byte\"\ntags = []\n");
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 1U) << describe(result.diagnostics);
  EXPECT_EQ(result.diagnostics[0].line, locate(toml, "text =").line);
}

// --------------------------------------------------------------------- tables

TEST(LoadDataset, UnknownTopLevelTable) {
  const std::string toml = with_header("[quotes]\nid = \"x\"\n");
  expect_single_error(toml, locate(toml, "quotes"),
                      "unknown table 'quotes'; a dataset has [dataset], [[quote]], [[trivia]], "
                      "[[scene]] and [[egg]]; did you mean 'quote'?");
}

TEST(LoadDataset, UnknownArrayOfTablesWithoutSuggestion) {
  const std::string toml = with_header("[[character]]\nname = \"Sam\"\n");
  expect_single_error(toml, locate(toml, "character"),
                      "unknown table 'character'; a dataset has [dataset], [[quote]], [[trivia]], "
                      "[[scene]] and [[egg]]");
}

TEST(LoadDataset, QuoteThatIsNotAnArrayOfTables) {
  const std::string toml = with_header("[quote]\nid = \"x\"\ntext = \"X.\"\ntags = []\n");
  expect_single_error(toml, locate(toml, "[quote]"),
                      "'quote' must be an array of tables, written [[quote]]");
}

TEST(LoadDataset, TriviaThatIsAnArrayOfStrings) {
  const std::string toml = "trivia = [\"a\", \"b\"]\n" + with_header("");
  expect_single_error(toml, locate(toml, "[\"a\""),
                      "'trivia' must be an array of tables, written [[trivia]]");
}

TEST(LoadDataset, MissingDatasetTable) {
  expect_single_error("[[quote]]\nid = \"x\"\ntext = \"X.\"\ntags = []\n", {1, 1},
                      "missing [dataset] table (with at least id and title)");
}

TEST(LoadDataset, DatasetThatIsNotATable) {
  const std::string toml = "dataset = 5\n";
  expect_single_error(toml, locate(toml, "5"), "'dataset' must be a table");
}

TEST(LoadDataset, DatasetMissingIdAndTitle) {
  const std::string toml = "[dataset]\nyear = 2019\n";
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 2U) << describe(result.diagnostics);
  expect_diagnostic(result.diagnostics[0], {1, 1}, "[dataset] is missing required field 'id'");
  expect_diagnostic(result.diagnostics[1], {1, 1}, "[dataset] is missing required field 'title'");
}

TEST(LoadDataset, DatasetFieldProblems) {
  const std::string toml =
      "[dataset]\n"
      "id = \"Not Kebab\"\n"
      "title = \"   \"\n"
      "year = \"2019\"\n"
      "titel = \"typo\"\n"
      "description = 7\n";
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 5U) << describe(result.diagnostics);
  expect_diagnostic(result.diagnostics[0], locate(toml, "\"Not Kebab\""),
                    "dataset id 'Not Kebab' is not kebab-case (lowercase letters and digits, "
                    "words joined by '-')");
  expect_diagnostic(result.diagnostics[1], locate(toml, "\"   \""),
                    "field 'title' of [dataset] is empty");
  expect_diagnostic(result.diagnostics[2], locate(toml, "\"2019\""),
                    "field 'year' of [dataset] must be an integer, not a string");
  expect_diagnostic(result.diagnostics[3], locate(toml, "titel"),
                    "unknown field 'titel' in [dataset]; did you mean 'title'?");
  expect_diagnostic(result.diagnostics[4], locate(toml, "7"),
                    "field 'description' of [dataset] must be a string, not an integer");
}

// --------------------------------------------------------------------- fields

TEST(LoadDataset, UnknownFieldWithSuggestion) {
  const std::string toml =
      with_header("[[quote]]\nid = \"q1\"\ntext = \"X.\"\ntxet = \"typo\"\ntags = []\n");
  expect_single_error(toml, locate(toml, "txet"),
                      "unknown field 'txet' in quote 'q1'; did you mean 'text'?");
}

TEST(LoadDataset, UnknownFieldWithoutSuggestion) {
  const std::string toml = with_header(
      "[[egg]]\nid = \"e1\"\ntitle = \"T\"\ntext = \"X.\"\nmood = \"calm\"\ntags = []\n");
  expect_single_error(toml, locate(toml, "mood"), "unknown field 'mood' in egg 'e1'");
}

TEST(LoadDataset, AFieldOfAnotherKindIsUnknown) {
  const std::string toml =
      with_header("[[quote]]\nid = \"q1\"\ntext = \"X.\"\norder = 3\ntags = []\n");
  expect_single_error(toml, locate(toml, "order"), "unknown field 'order' in quote 'q1'");
}

TEST(LoadDataset, MissingRequiredField) {
  const std::string toml = with_header("[[quote]]\nid = \"q1\"\ntext = \"X.\"\n");
  expect_single_error(toml, locate(toml, "[[quote]]"),
                      "quote 'q1' is missing required field 'tags'");
}

TEST(LoadDataset, MissingIdNamesTheKindOnly) {
  const std::string toml =
      with_header("[[scene]]\ntitle = \"T\"\norder = 1\ndescription = \"D.\"\ntags = []\n");
  expect_single_error(toml, locate(toml, "[[scene]]"), "scene is missing required field 'id'");
}

TEST(LoadDataset, EveryMissingRequiredFieldIsReported) {
  const std::string toml = with_header("[[scene]]\nid = \"s1\"\n");
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 3U) << describe(result.diagnostics);
  const Where at = locate(toml, "[[scene]]");
  expect_diagnostic(result.diagnostics[0], at, "scene 's1' is missing required field 'title'");
  expect_diagnostic(result.diagnostics[1], at,
                    "scene 's1' is missing required field 'description'");
  expect_diagnostic(result.diagnostics[2], at, "scene 's1' is missing required field 'tags'");
}

TEST(LoadDataset, ASceneMayHaveNoOrder) {
  // Only a scene whose place in the story the source gives carries an order.
  const LoadResult result =
      load(with_header("[[scene]]\nid = \"s1\"\ntitle = \"T\"\ndescription = \"D.\"\ntags = []\n"));
  ASSERT_TRUE(result.dataset) << describe(result.diagnostics);
  EXPECT_TRUE(result.diagnostics.empty()) << describe(result.diagnostics);
  ASSERT_EQ(result.dataset->entries().size(), 1U);
  EXPECT_FALSE(result.dataset->entries()[0].order.has_value());
}

TEST(LoadDataset, WrongTypeStringForInteger) {
  const std::string toml = with_header(
      "[[scene]]\nid = \"s1\"\ntitle = \"T\"\norder = \"three\"\ndescription = \"D.\"\ntags = "
      "[]\n");
  expect_single_error(toml, locate(toml, "\"three\""),
                      "field 'order' of scene 's1' must be an integer, not a string");
}

TEST(LoadDataset, WrongTypeIntegerForString) {
  const std::string toml = with_header("[[quote]]\nid = \"q1\"\ntext = 42\ntags = []\n");
  expect_single_error(toml, locate(toml, "42"),
                      "field 'text' of quote 'q1' must be a string, not an integer");
}

TEST(LoadDataset, WrongTypeStringForList) {
  const std::string toml =
      with_header("[[quote]]\nid = \"q1\"\ntext = \"X.\"\ntags = \"iconic\"\n");
  expect_single_error(toml, locate(toml, "\"iconic\""),
                      "field 'tags' of quote 'q1' must be an array of strings, not a string");
}

TEST(LoadDataset, WrongTypeForBoolean) {
  const std::string toml =
      with_header("[[quote]]\nid = \"q1\"\ntext = \"X.\"\ntags = []\nspoiler = \"yes\"\n");
  expect_single_error(toml, locate(toml, "\"yes\""),
                      "field 'spoiler' of quote 'q1' must be a boolean, not a string");
}

TEST(LoadDataset, WrongTypeFloatAndTable) {
  const std::string toml = with_header(
      "[[scene]]\nid = \"s1\"\ntitle = \"T\"\norder = 1.5\ndescription = { a = 1 }\ntags = []\n");
  const LoadResult result = load(toml);
  ASSERT_EQ(result.diagnostics.size(), 2U) << describe(result.diagnostics);
  expect_diagnostic(result.diagnostics[0], locate(toml, "1.5"),
                    "field 'order' of scene 's1' must be an integer, not a float");
  expect_diagnostic(result.diagnostics[1], locate(toml, "{ a"),
                    "field 'description' of scene 's1' must be a string, not a table");
}

TEST(LoadDataset, ListOfNonStrings) {
  const std::string toml =
      with_header("[[quote]]\nid = \"q1\"\ntext = \"X.\"\ntags = [\"ok\", 3, true]\n");
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 2U) << describe(result.diagnostics);
  expect_diagnostic(result.diagnostics[0], locate(toml, "3,"),
                    "field 'tags' of quote 'q1' must hold only strings, not an integer");
  expect_diagnostic(result.diagnostics[1], locate(toml, "true"),
                    "field 'tags' of quote 'q1' must hold only strings, not a boolean");
}

TEST(LoadDataset, EmptyText) {
  const std::string toml = with_header("[[quote]]\nid = \"q1\"\ntext = \"\"\ntags = []\n");
  expect_single_error(toml, locate(toml, "\"\""), "field 'text' of quote 'q1' is empty");
}

TEST(LoadDataset, BlankTextIsEmpty) {
  const std::string toml =
      with_header("[[trivia]]\nid = \"t1\"\nfact = \" \\t\\n \"\ncategory = \"c\"\ntags = []\n");
  expect_single_error(toml, locate(toml, "\" \\t"), "field 'fact' of trivia 't1' is empty");
}

TEST(LoadDataset, BlankStringInAList) {
  const std::string toml =
      with_header("[[quote]]\nid = \"q1\"\ntext = \"X.\"\ntags = [\"ok\", \"  \"]\n");
  expect_single_error(toml, locate(toml, "\"  \""),
                      "field 'tags' of quote 'q1' has an empty string");
}

// --------------------------------------------------------------------- ids

TEST(LoadDataset, NonKebabCaseId) {
  const std::string toml = with_header("[[quote]]\nid = \"Hope_Is\"\ntext = \"X.\"\ntags = []\n");
  expect_single_error(toml, locate(toml, "\"Hope_Is\""),
                      "id 'Hope_Is' is not kebab-case (lowercase letters and digits, words joined "
                      "by '-')");
}

TEST(LoadDataset, DuplicateIdNamesTheFirstLine) {
  const std::string toml = with_header(
      "[[quote]]\nid = \"same\"\ntext = \"X.\"\ntags = []\n\n"
      "[[trivia]]\nid = \"same\"\nfact = \"F.\"\ncategory = \"c\"\ntags = []\n");
  const Where first = locate(toml, "\"same\"", 1);
  expect_single_error(
      toml, locate(toml, "\"same\"", 2),
      "duplicate id 'same' (first used at line " + std::to_string(first.line) + ")");
}

TEST(LoadDataset, IdsAreUniqueAcrossKinds) {
  const std::string toml = with_header(
      "[[egg]]\nid = \"dup\"\ntitle = \"T\"\ntext = \"X.\"\ntags = []\n"
      "[[quote]]\nid = \"dup\"\ntext = \"X.\"\ntags = []\n"
      "[[quote]]\nid = \"dup\"\ntext = \"Y.\"\ntags = []\n");
  const LoadResult result = load(toml);
  ASSERT_EQ(result.diagnostics.size(), 2U) << describe(result.diagnostics);
  const std::string message = "duplicate id 'dup' (first used at line " +
                              std::to_string(locate(toml, "\"dup\"").line) + ")";
  expect_diagnostic(result.diagnostics[0], locate(toml, "\"dup\"", 2), message);
  expect_diagnostic(result.diagnostics[1], locate(toml, "\"dup\"", 3), message);
}

TEST(IsKebabCase, AcceptsLowercaseWordsJoinedByHyphens) {
  for (const char* id : {"a", "io", "hope-is-not-a-plan", "cast-2", "a1-b2-c3", "2019"}) {
    EXPECT_TRUE(is_kebab_case(id)) << id;
  }
}

TEST(IsKebabCase, RejectsEverythingElse) {
  for (const char* id :
       {"", "-a", "a-", "a--b", "A", "Hope", "a_b", "a b", "a.b", "caf\xC3\xA9", "a/b"}) {
    EXPECT_FALSE(is_kebab_case(id)) << id;
  }
}

// --------------------------------------------------------------------- trivia rules

TEST(LoadDataset, QuestionWithoutAnswer) {
  const std::string toml = with_header(
      "[[trivia]]\nid = \"t1\"\nfact = \"F.\"\ncategory = \"c\"\nquestion = \"Q?\"\ntags = []\n");
  expect_single_error(toml, locate(toml, "[[trivia]]"),
                      "trivia 't1' has a question but no 'answer'");
}

TEST(LoadDataset, AnswerWithoutQuestion) {
  const std::string toml = with_header(
      "[[trivia]]\nid = \"t1\"\nfact = \"F.\"\ncategory = \"c\"\nanswer = \"A\"\ntags = []\n");
  expect_single_error(toml, locate(toml, "[[trivia]]"),
                      "trivia 't1' has an answer but no 'question'");
}

TEST(LoadDataset, AcceptWithoutQuestion) {
  const std::string toml = with_header(
      "[[trivia]]\nid = \"t1\"\nfact = \"F.\"\ncategory = \"c\"\naccept = [\"x\"]\ntags = []\n");
  expect_single_error(toml, locate(toml, "[\"x\"]"),
                      "field 'accept' of trivia 't1' needs a 'question'");
}

TEST(LoadDataset, ChoicesWithoutQuestion) {
  const std::string toml = with_header(
      "[[trivia]]\nid = \"t1\"\nfact = \"F.\"\ncategory = \"c\"\nchoices = [\"a\", \"b\", "
      "\"c\"]\ntags = []\n");
  expect_single_error(toml, locate(toml, "[\"a\""),
                      "field 'choices' of trivia 't1' needs a 'question'");
}

// --------------------------------------------------------------------- warnings

TEST(LoadDataset, ScenesMayShareAnOrder) {
  // Moments that happen at the same time share their place in the story.
  const std::string toml = with_header(
      "[[scene]]\nid = \"first\"\ntitle = \"A\"\norder = 3\ndescription = \"A.\"\ntags = []\n\n"
      "[[scene]]\nid = \"second\"\ntitle = \"B\"\norder = 3\ndescription = \"B.\"\ntags = []\n");
  const LoadResult result = load(toml);
  ASSERT_TRUE(result.dataset);
  EXPECT_EQ(result.dataset->entries().size(), 2U);
  EXPECT_TRUE(result.diagnostics.empty()) << describe(result.diagnostics);
}

// --------------------------------------------------------------------- what the docs ask

TEST(LoadDataset, AChoiceThatIsAlsoAnAnswerIsAnError) {
  // Folded as the quiz folds what people type: case, accents and punctuation.
  const std::string toml = with_header(
      "[[trivia]]\nid = \"t1\"\nfact = \"F.\"\ncategory = \"c\"\nquestion = \"Q?\"\n"
      "answer = \"Sam Walden\"\naccept = [\"Sám\"]\nchoices = [\"sam walden!\", \"Micah\", "
      "\"SAM\", \"Elon\"]\ntags = []\n");
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset) << "the quiz would offer two right choices";
  ASSERT_EQ(result.diagnostics.size(), 2U) << describe(result.diagnostics);
  expect_diagnostic(result.diagnostics[0], locate(toml, "\"sam walden!\""),
                    "choice 'sam walden!' of trivia 't1' is also an accepted answer");
  expect_diagnostic(result.diagnostics[1], locate(toml, "\"SAM\""),
                    "choice 'SAM' of trivia 't1' is also an accepted answer");
}

TEST(LoadDataset, AChoiceGivenTwiceIsAnError) {
  // Compared as the quiz compares what people type: case and accents folded.
  const std::string toml = with_header(
      "[[trivia]]\nid = \"t1\"\nfact = \"F.\"\ncategory = \"c\"\nquestion = \"Q?\"\n"
      "answer = \"Io\"\nchoices = [\"Europa\", \"Titan\", \"EURÓPA\"]\ntags = []\n");
  expect_single_error(toml, locate(toml, "\"EURÓPA\""),
                      "choice 'EURÓPA' of trivia 't1' is given twice");
}

TEST(LoadDataset, ATagGivenTwiceIsAnErrorAtItsSecondUse) {
  const std::string toml =
      with_header("[[quote]]\nid = \"q\"\ntext = \"T.\"\ntags = [\"hope\", \"sky\", \"hope\"]\n");
  expect_single_error(toml, locate(toml, "\"hope\"", 2), "tag 'hope' of quote 'q' is given twice");
}

TEST(LoadDataset, ATagInAnotherCaseIsTheSameTag) {
  // The filters match tags ignoring case: "Hope" and "hope" are one tag.
  const std::string toml =
      with_header("[[quote]]\nid = \"q\"\ntext = \"T.\"\ntags = [\"Hope\", \"hope\"]\n");
  expect_single_error(toml, locate(toml, "\"hope\""), "tag 'hope' of quote 'q' is given twice");
}

TEST(LoadDataset, DifferentTagsAreNotDuplicates) {
  const LoadResult result =
      load(with_header("[[quote]]\nid = \"q\"\ntext = \"T.\"\ntags = [\"hope\", \"hopes\"]\n"));
  EXPECT_TRUE(result.dataset);
  EXPECT_TRUE(result.diagnostics.empty()) << describe(result.diagnostics);
}

TEST(LoadDataset, AnOrderBelowOneIsAnError) {
  for (const std::string_view order : {"0", "-3"}) {
    const std::string toml =
        with_header("[[scene]]\nid = \"s\"\ntitle = \"A\"\norder = " + std::string(order) +
                    "\ndescription = \"A.\"\ntags = []\n");
    expect_single_error(toml, locate(toml, std::string(order) + "\n"),
                        "field 'order' of scene 's' must be a positive integer (1 or more), not " +
                            std::string(order));
  }
}

TEST(LoadDataset, ScenesComeInStoryOrderThenFileOrder) {
  // A scene without an order stays after the scene before it; other kinds keep their places.
  const std::string toml = with_header(
      "[[scene]]\nid = \"late\"\ntitle = \"L\"\norder = 9\ndescription = \"L.\"\ntags = []\n"
      "[[scene]]\nid = \"after-late\"\ntitle = \"N\"\ndescription = \"N.\"\ntags = []\n"
      "[[quote]]\nid = \"q\"\ntext = \"T.\"\ntags = []\n"
      "[[scene]]\nid = \"early-b\"\ntitle = \"B\"\norder = 2\ndescription = \"B.\"\ntags = []\n"
      "[[scene]]\nid = \"first\"\ntitle = \"F\"\norder = 1\ndescription = \"F.\"\ntags = []\n"
      "[[scene]]\nid = \"early-c\"\ntitle = \"C\"\norder = 2\ndescription = \"C.\"\ntags = []\n");
  const LoadResult result = load(toml);
  ASSERT_TRUE(result.dataset) << describe(result.diagnostics);
  std::vector<std::string_view> ids;
  for (const Entry& entry : result.dataset->entries()) ids.push_back(entry.id);
  EXPECT_EQ(ids, (std::vector<std::string_view>{"first", "early-b", "q", "early-c", "late",
                                                "after-late"}));
}

TEST(LoadDataset, ACollectionIsMarkedSo) {
  const LoadResult result = load(
      "[dataset]\nid = \"mine\"\ntitle = \"My quotes\"\ncollection = true\n\n"
      "[[quote]]\nid = \"q\"\ntext = \"T.\"\ntags = []\n");
  ASSERT_TRUE(result.dataset) << describe(result.diagnostics);
  EXPECT_TRUE(result.dataset->info().collection);
  EXPECT_FALSE(load(with_header("")).dataset->info().collection);
  const std::string toml = "[dataset]\nid = \"m\"\ntitle = \"M\"\ncollection = \"yes\"\n";
  expect_single_error(toml, locate(toml, "\"yes\""),
                      "field 'collection' of [dataset] must be a boolean, not a string");
}

// --------------------------------------------------------------------- many problems

TEST(LoadDataset, EveryProblemIsReportedInFileOrder) {
  // Kinds interleave and toml++ keeps tables sorted by name, so file order must be restored.
  const std::string toml =
      "[[trivia]]\n"            // 1
      "id = \"t1\"\n"           // 2
      "fact = \"\"\n"           // 3: empty
      "category = \"c\"\n"      // 4
      "tags = []\n"             // 5
      "[dataset]\n"             // 6
      "id = \"test\"\n"         // 7
      "title = \"Test\"\n"      // 8
      "[[quote]]\n"             // 9
      "id = \"Q1\"\n"           // 10: not kebab-case
      "text = \"X.\"\n"         // 11
      "tags = [1]\n"            // 12: not a string
      "[[egg]]\n"               // 13: missing text
      "id = \"e1\"\n"           // 14
      "title = \"T\"\n"         // 15
      "tags = []\n"             // 16
      "[[scene]]\n"             // 17
      "id = \"s1\"\n"           // 18
      "title = \"S\"\n"         // 19
      "order = 1\n"             // 20
      "description = \"D.\"\n"  // 21
      "tags = []\n"             // 22
      "colour = \"red\"\n"      // 23: unknown field
      "[[trivia]]\n"            // 24
      "id = \"t1\"\n"           // 25: duplicate
      "fact = \"F.\"\n"         // 26
      "category = \"c\"\n"      // 27
      "tags = []\n"             // 28
      "[extra]\n";              // 29: unknown table
  const LoadResult result = load(toml);
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 7U) << describe(result.diagnostics);
  expect_diagnostic(result.diagnostics[0], {3, 8}, "field 'fact' of trivia 't1' is empty");
  expect_diagnostic(
      result.diagnostics[1], {10, 6},
      "id 'Q1' is not kebab-case (lowercase letters and digits, words joined by '-')");
  expect_diagnostic(result.diagnostics[2], {12, 9},
                    "field 'tags' of quote 'Q1' must hold only strings, not an integer");
  expect_diagnostic(result.diagnostics[3], {13, 1}, "egg 'e1' is missing required field 'text'");
  expect_diagnostic(result.diagnostics[4], {23, 1}, "unknown field 'colour' in scene 's1'");
  expect_diagnostic(result.diagnostics[5], {25, 6}, "duplicate id 't1' (first used at line 2)");
  expect_diagnostic(result.diagnostics[6], {29, 2},
                    "unknown table 'extra'; a dataset has [dataset], [[quote]], [[trivia]], "
                    "[[scene]] and [[egg]]");
}

TEST(LoadDataset, DiagnosticsNameTheGivenPath) {
  const LoadResult result = load_dataset("[[quote]]\n", "some/dir/mine.toml");
  ASSERT_FALSE(result.diagnostics.empty());
  for (const Diagnostic& d : result.diagnostics) EXPECT_EQ(d.path, "some/dir/mine.toml");
}

TEST(LoadDataset, AnEmptyFileOnlyLacksTheDatasetTable) {
  expect_single_error("", {1, 1}, "missing [dataset] table (with at least id and title)");
}

// Issue 9: datasets nested deeper than toml++ can take are refused before parsing.

std::string repeated(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

constexpr std::string_view kDeepHeader = "[dataset]\nid = \"deep\"\ntitle = \"Deep\"\n";

void expect_refused_at(const std::string& text, std::uint32_t line, std::string_view message) {
  const LoadResult result = load_dataset(text, "deep.toml");
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  const Diagnostic& diagnostic = result.diagnostics.front();
  EXPECT_EQ(diagnostic.path, "deep.toml");
  EXPECT_EQ(diagnostic.line, line);
  EXPECT_GT(diagnostic.column, 0u);
  EXPECT_EQ(diagnostic.severity, Severity::error);
  EXPECT_NE(diagnostic.message.find(message), std::string::npos) << diagnostic.message;
}

TEST(DatasetLoaderNesting, FiftyThousandDottedPartsAreAnError) {
  expect_refused_at(std::string(kDeepHeader) + "a" + repeated(".a", 50000) + " = 1\n", 4,
                    "too many dotted parts");
}

TEST(DatasetLoaderNesting, DeepTableHeadersAreAnError) {
  expect_refused_at(std::string(kDeepHeader) + "[a" + repeated(".a", 50000) + "]\n", 4,
                    "too many dotted parts");
  expect_refused_at(std::string(kDeepHeader) + "[[a" + repeated(".a", 50000) + "]]\n", 4,
                    "too many dotted parts");
}

TEST(DatasetLoaderNesting, DeepArraysAndInlineTables) {
  expect_refused_at(std::string(kDeepHeader) + "x = " + repeated("[", 100000) + "\n", 4,
                    "nested too deeply");
  expect_refused_at(std::string(kDeepHeader) + "x = " + repeated("{a=", 100000) + "\n", 4,
                    "nested too deeply");
}

TEST(DatasetLoaderNesting, ShallowNestingStillLoads) {
  const LoadResult result = load_dataset(
      std::string(kDeepHeader) + "[[quote]]\nid = \"q\"\ntags = []\ntext = \"a.b.c [[[{{{\"\n",
      "ok.toml");
  ASSERT_TRUE(result.dataset);
  EXPECT_EQ(result.dataset->entries().size(), 1u);
}

// Issue 10: a big file is parsed in parts cut at its [[kind]] headers, so that toml++'s
// tree of it is never whole; what it loads is what one parse of the whole loads, and
// when that is not sure, or there is a problem to report, the whole is parsed.

constexpr std::size_t kTestPart = 1024;

/// A dataset of `count` entries of every kind in turn, about 200 bytes each, with the
/// line of each entry's `[[kind]]` header.
struct BigDataset {
  std::string text;
  std::vector<std::uint32_t> lines;
  std::vector<std::string> ids;
};

BigDataset big_dataset(std::size_t count, std::string_view header = kHeader,
                       std::string_view kinds = "qtse") {
  BigDataset big{std::string(header), {}, {}};
  auto line = static_cast<std::uint32_t>(1 + std::count(header.begin(), header.end(), '\n'));
  for (std::size_t i = 0; i < count; ++i) {
    const std::string id = "entry-" + std::to_string(i);
    const std::string words = "words of entry " + std::to_string(i) + " " + repeated("la ", 40);
    std::string entry;
    switch (kinds[i % kinds.size()]) {
      case 'q': entry = "[[quote]]\ntext = \"" + words + "\"\ntags = [\"a\", \"b\"]\n"; break;
      case 't': entry = "[[trivia]]\nfact = \"" + words + "\"\ncategory = \"c\"\n"; break;
      case 's': entry = "[[scene]]\ntitle = \"T\"\ndescription = \"" + words + "\"\n"; break;
      default: entry = "[[egg]]\ntitle = \"E\"\ntext = \"" + words + "\"\n"; break;
    }
    if (entry.find("tags") == std::string::npos) entry += "tags = []\n";
    entry += "id = \"" + id + "\"\n\n";
    big.lines.push_back(line);
    big.ids.push_back(id);
    line += static_cast<std::uint32_t>(std::count(entry.begin(), entry.end(), '\n'));
    big.text += entry;
  }
  return big;
}

std::optional<LoadResult> load_in_parts(std::string_view toml) {
  return load_dataset_in_parts(toml, std::string(kPath), kTestPart);
}

void expect_same_entries(const Dataset& a, const Dataset& b) {
  ASSERT_EQ(a.entries().size(), b.entries().size());
  for (std::size_t i = 0; i < a.entries().size(); ++i) {
    const Entry& x = a.entries()[i];
    const Entry& y = b.entries()[i];
    ASSERT_EQ(x.id, y.id);
    EXPECT_EQ(x.kind, y.kind) << x.id;
    EXPECT_EQ(x.position.line, y.position.line) << x.id;
    EXPECT_EQ(x.position.column, y.position.column) << x.id;
    EXPECT_EQ(x.body(), y.body()) << x.id;
    EXPECT_EQ(x.title, y.title) << x.id;
    EXPECT_EQ(x.tags, y.tags) << x.id;
    EXPECT_EQ(x.category, y.category) << x.id;
  }
}

TEST(LoadDatasetInParts, LoadsWhatTheWholeLoadsInFileOrder) {
  const BigDataset big = big_dataset(300);
  const auto parts = load_in_parts(big.text);
  ASSERT_TRUE(parts);
  ASSERT_TRUE(parts->dataset) << describe(parts->diagnostics);
  EXPECT_TRUE(parts->diagnostics.empty());
  const LoadResult whole = load(big.text);
  ASSERT_TRUE(whole.dataset);
  expect_same_entries(*parts->dataset, *whole.dataset);
  const auto& entries = parts->dataset->entries();
  ASSERT_EQ(entries.size(), big.ids.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    EXPECT_EQ(entries[i].id, big.ids[i]);
    EXPECT_EQ(entries[i].position.line, big.lines[i]) << big.ids[i];
    EXPECT_EQ(entries[i].dataset, &parts->dataset->info());
  }
  EXPECT_EQ(parts->dataset->info().id, "test");
  EXPECT_EQ(parts->dataset->info().path, kPath);
}

TEST(LoadDatasetInParts, KindsInRunsAndCrlfLines) {
  BigDataset big = big_dataset(200, kHeader, "qqqqqqqqqqtttttsse");
  std::string crlf;
  for (const char c : big.text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  for (const std::string& text : {big.text, crlf}) {
    const auto parts = load_in_parts(text);
    ASSERT_TRUE(parts && parts->dataset);
    const LoadResult whole = load(text);
    ASSERT_TRUE(whole.dataset);
    expect_same_entries(*parts->dataset, *whole.dataset);
  }
}

TEST(LoadDatasetInParts, TheDatasetTableMayComeLast) {
  BigDataset big = big_dataset(100, "");
  big.text += "[dataset]\nid = \"late\"\ntitle = \"Late\"\n";
  const auto parts = load_in_parts(big.text);
  ASSERT_TRUE(parts && parts->dataset);
  EXPECT_EQ(parts->dataset->info().id, "late");
  EXPECT_EQ(parts->dataset->info().title, "Late");
  EXPECT_EQ(parts->dataset->info().id_position.line, locate(big.text, "id = \"late\"").line);
  EXPECT_EQ(parts->dataset->entries().size(), 100U);
}

TEST(LoadDatasetInParts, HeadersInsideStringsAreText) {
  BigDataset big = big_dataset(50);
  const std::string poem = "[[quote]]\n  [[scene]]\n" + repeated("a line of the poem\n", 200);
  big.text += "[[quote]]\nid = \"poem\"\ntags = []\ntext = \"\"\"" + poem + "\"\"\"\n\n";
  big.text += "[[egg]]\nid = \"art\"\ntitle = \"A\"\ntags = []\ntext = '''\n" + poem + "'''\n\n";
  big.text += "[[quote]] # after the art\nid = \"after\"\ntags = []\ntext = \"x\"\n";
  const auto parts = load_in_parts(big.text);
  ASSERT_TRUE(parts && parts->dataset);
  const auto& entries = parts->dataset->entries();
  ASSERT_EQ(entries.size(), 53U);
  EXPECT_EQ(entries[50].text, poem);
  EXPECT_EQ(entries[51].text, poem);
  EXPECT_EQ(entries[52].id, "after");
  EXPECT_EQ(entries[52].position.line, locate(big.text, "[[quote]] # after").line);
}

TEST(LoadDatasetInParts, ASmallTextIsLeftToTheWhole) {
  EXPECT_FALSE(load_in_parts(big_dataset(5).text));
}

/// In parts, `toml` is refused; parsed whole, it has one error, at `line`.
void expect_left_to_whole(const std::string& toml, std::uint32_t line) {
  EXPECT_FALSE(load_in_parts(toml));
  const LoadResult whole = load(toml);
  EXPECT_FALSE(whole.dataset);
  ASSERT_EQ(whole.diagnostics.size(), 1U) << describe(whole.diagnostics);
  EXPECT_EQ(whole.diagnostics[0].line, line) << whole.diagnostics[0].message;
}

TEST(LoadDatasetInParts, AProblemIsWordedByTheWholeParse) {
  BigDataset big = big_dataset(100);
  big.text += "[[quote]]\nid = \"bad\"\ntags = []\ntext = 7\n";
  expect_left_to_whole(big.text, locate(big.text, "text = 7").line);
}

TEST(LoadDatasetInParts, ADuplicateIdAcrossPartsIsFound) {
  BigDataset big = big_dataset(100);
  big.text += "[[quote]]\nid = \"entry-1\"\ntags = []\ntext = \"again\"\n";
  expect_left_to_whole(big.text, locate(big.text, "id = \"entry-1\"", 2).line);
}

TEST(LoadDatasetInParts, ATableDefinedTwiceFarApartIsAnError) {
  BigDataset big = big_dataset(100);
  big.text += "[dataset]\nid = \"again\"\n";
  expect_left_to_whole(big.text, locate(big.text, "[dataset]", 2).line);
}

TEST(LoadDatasetInParts, AStaticArrayThenHeadersIsAnError) {
  const BigDataset big = big_dataset(100, std::string(kHeader) + "egg = []\n");
  expect_left_to_whole(big.text, locate(big.text, "egg = []").line);  // toml++ points there
}

TEST(LoadDatasetInParts, ASubtableOfAnEntryInAnEarlierPart) {
  // [quote.extra] belongs to the last quote, which is parts away: not a new table.
  BigDataset big = big_dataset(100);
  for (int i = 0; i < 40; ++i) {  // parts of eggs only
    big.text += "[[egg]]\nid = \"egg-" + std::to_string(i) +
                "\"\ntitle = \"E\"\ntags = []\ntext = \"" + repeated("la ", 40) + "\"\n";
  }
  big.text += "[quote.extra]\nx = 1\n";
  expect_left_to_whole(big.text, locate(big.text, "[quote.extra]").line);
}

TEST(LoadDatasetInParts, APartThatDoesNotParseGoesToTheWhole) {
  BigDataset big = big_dataset(100);
  big.text += "[[quote]]\nid = \"open\"\ntags = []\ntext = \"\"\"never closed\n";
  expect_left_to_whole(big.text, locate(big.text, "\"\"\"never").line);
}

}  // namespace
}  // namespace lore
