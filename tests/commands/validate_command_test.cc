// run_validate over a table of bad files served from memory: each problem with its
// message, line and column, as text and as JSON records; 65 (invalid_data) on any
// error, success otherwise; folders; unreadable files.
#include "commands/validate_command.h"
#include "support/memory_context.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace lore {
namespace {

constexpr const char* kHead = "[dataset]\nid = \"bad\"\ntitle = \"Bad\"\n\n";  // lines 1-4

struct BadFile {
  const char* name;
  std::string content;
  // "LINE:COL: error: MESSAGE" for each problem, in order.
  std::vector<std::string> problems;
};

std::vector<BadFile> bad_files() {
  const std::string head = kHead;
  return {
      {"empty-text.toml",
       head + "[[quote]]\nid = \"e\"\ntext = \"\"\ntags = []\n",
       {"7:8: error: field 'text' of quote 'e' is empty"}},
      {"missing-field.toml",
       head + "[[quote]]\nid = \"m\"\ntags = []\n",
       {"5:1: error: quote 'm' is missing required field 'text'"}},
      {"unknown-field.toml",
       head + "[[quote]]\nid = \"u\"\ntext = \"T.\"\ntxt = \"x\"\ntags = []\n",
       {"8:1: error: unknown field 'txt' in quote 'u'; did you mean 'text'?"}},
      {"unknown-table.toml",
       head + "[[qoute]]\nid = \"u\"\n",
       {"5:3: error: unknown table 'qoute'; a dataset has [dataset], [[quote]], [[trivia]], "
        "[[scene]] and [[egg]]; did you mean 'quote'?"}},
      {"wrong-type.toml",
       head + "[[quote]]\nid = \"w\"\ntext = \"T.\"\ntags = \"one\"\n",
       {"8:8: error: field 'tags' of quote 'w' must be an array of strings, not a string"}},
      {"duplicate-id.toml",
       head + "[[quote]]\nid = \"twice\"\ntext = \"A.\"\ntags = []\n\n[[egg]]\nid = "
              "\"twice\"\ntitle = "
              "\"E\"\ntext = \"B.\"\ntags = []\n",
       {"11:6: error: duplicate id 'twice' (first used at line 6)"}},
      {"bad-id.toml",
       head + "[[quote]]\nid = \"Bad_Id\"\ntext = \"T.\"\ntags = []\n",
       {"6:6: error: id 'Bad_Id' is not kebab-case (lowercase letters and digits, words joined by "
        "'-')"}},
      {"no-answer.toml",
       head + "[[trivia]]\nid = \"t\"\nfact = \"F.\"\ncategory = \"c\"\nquestion = \"Q?\"\ntags = "
              "[]\n",
       {"5:1: error: trivia 't' has a question but no 'answer'"}},
      {"missing-dataset.toml",
       "[[quote]]\nid = \"q\"\ntext = \"T.\"\ntags = []\n",
       {"1:1: error: missing [dataset] table (with at least id and title)"}},
      {"several.toml",
       head +
           "[[quote]]\nid = \"one\"\ntext = \"  \"\ntags = []\n\n[[trivia]]\nid = \"two\"\nfact = "
           "\"F.\"\ntags = []\n",
       {"7:8: error: field 'text' of quote 'one' is empty",
        "10:1: error: trivia 'two' is missing required field 'category'"}},
      {"not-toml.toml",
       head + "[[quote]]\nid = \"s\"\ntext = \"unterminated\ntags = []\n",
       {"7:21: error: the string is not closed on its line"}},
  };
}

class ValidateRun : public test::ContextTest {
 protected:
  Expected<void, Error> validate(std::vector<std::string> paths, bool json = false,
                                 std::size_t max_errors = 50) {
    Context context = fresh_context();
    return run_validate({std::move(paths), json, max_errors}, context);
  }
};

TEST_F(ValidateRun, EachBadFileGivesItsProblems) {
  for (const BadFile& bad : bad_files()) {
    files_.add(bad.name, bad.content);
    const auto result = validate({bad.name});
    ASSERT_FALSE(result) << bad.name;
    EXPECT_EQ(result.error().kind, ErrorKind::invalid_data) << bad.name;
    std::string expected;
    for (const std::string& problem : bad.problems)
      expected += std::string(bad.name) + ":" + problem + "\n";
    EXPECT_EQ(out_.text(), expected) << bad.name;
  }
}

TEST_F(ValidateRun, JsonRecordsHoldTheSameFields) {
  for (const BadFile& bad : bad_files()) {
    files_.add(bad.name, bad.content);
    ASSERT_FALSE(validate({bad.name}, true)) << bad.name;
    const auto records = nlohmann::json::parse(out_.text());
    ASSERT_TRUE(records.is_array());
    ASSERT_EQ(records.size(), bad.problems.size()) << bad.name;
    for (std::size_t i = 0; i < records.size(); ++i) {
      const auto& r = records[i];
      const std::string text = std::string(bad.name) + ":" + std::to_string(r["line"].get<int>()) +
                               ":" + std::to_string(r["column"].get<int>()) + ": " +
                               r["severity"].get<std::string>() + ": " +
                               r["message"].get<std::string>();
      EXPECT_EQ(r["file"], bad.name);
      EXPECT_EQ(text, std::string(bad.name) + ":" + bad.problems[i]);
    }
  }
}

TEST_F(ValidateRun, AValidFileIsOkWithItsCount) {
  files_.add("good.toml", std::string(kHead) + "[[quote]]\nid = \"g\"\ntext = \"G.\"\ntags = []\n");
  const auto result = validate({"good.toml"});
  EXPECT_TRUE(result);
  EXPECT_EQ(out_.text(), "good.toml: ok, 1 entry\n");
  ASSERT_TRUE(validate({"good.toml"}, true));
  EXPECT_EQ(nlohmann::json::parse(out_.text()), nlohmann::json::array());
}

TEST_F(ValidateRun, WhatTheDocsAskOfChoicesTagsAndOrders) {
  files_.add("docs.toml",
             std::string(kHead) +
                 "[[trivia]]\nid = \"a\"\nfact = \"A.\"\ncategory = \"c\"\nquestion = \"A?\"\n"
                 "answer = \"A\"\nchoices = [\"B\", \"a\", \"C\"]\ntags = [\"t\", \"t\"]\n\n"
                 "[[scene]]\nid = \"b\"\ntitle = \"B\"\norder = -1\ndescription = \"B.\"\n"
                 "tags = []\n");
  const auto result = validate({"docs.toml"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::invalid_data);
  EXPECT_EQ(out_.text(),
            "docs.toml:11:17: error: choice 'a' of trivia 'a' is also an accepted answer\n"
            "docs.toml:12:14: error: tag 't' of trivia 'a' is given twice\n"
            "docs.toml:17:9: error: field 'order' of scene 'b' must be a positive integer (1 or "
            "more), not -1\n");
  ASSERT_FALSE(validate({"docs.toml"}, true));
  const auto records = nlohmann::json::parse(out_.text());
  ASSERT_EQ(records.size(), 3U);
  EXPECT_EQ(records[0]["severity"], "error");
}

TEST_F(ValidateRun, OneBadFileAmongGoodOnes) {
  files_.add("a.toml", std::string(kHead) + "[[quote]]\nid = \"a\"\ntext = \"A.\"\ntags = []\n");
  files_.add("b.toml", bad_files()[0].content);
  files_.add("c.toml", std::string(kHead) + "[[quote]]\nid = \"c\"\ntext = \"C.\"\ntags = []\n");
  const auto result = validate({"a.toml", "b.toml", "c.toml"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::invalid_data);
  EXPECT_EQ(out_.text(),
            "b.toml:7:8: error: field 'text' of quote 'e' is empty\n"
            "a.toml: ok, 1 entry\nc.toml: ok, 1 entry\n");
}

TEST_F(ValidateRun, AFolderValidatesEveryTomlFileInIt) {
  files_.add("dir/z.toml", bad_files()[0].content);
  files_.add("dir/a.toml",
             std::string(kHead) + "[[quote]]\nid = \"a\"\ntext = \"A.\"\ntags = []\n");
  files_.add("dir/notes.txt", "not toml [");
  const auto result = validate({"dir"});
  ASSERT_FALSE(result);
  EXPECT_EQ(out_.text(),
            "dir/z.toml:7:8: error: field 'text' of quote 'e' is empty\ndir/a.toml: ok, 1 entry\n");
}

TEST_F(ValidateRun, AFileThatCannotBeReadIsUnreadableInput) {
  const auto result = validate({"missing.toml"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
  EXPECT_EQ(out_.text(), "missing.toml: error: No such file or directory\n");
}

TEST_F(ValidateRun, ADanglingLinkInAFolderIsAProblem) {
  // Checking a folder is asking for every problem in it: a link to nothing is one.
  files_.add("dir/a.toml",
             std::string(kHead) + "[[quote]]\nid = \"a\"\ntext = \"A.\"\ntags = []\n");
  files_.add_link("dir/x.toml", "missing");
  const auto result = validate({"dir"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
  EXPECT_EQ(out_.text(),
            "dir/x.toml: error: a symbolic link to 'missing', which does not exist\n"
            "dir/a.toml: ok, 1 entry\n");
}

TEST_F(ValidateRun, ControlCharactersInMessagesAreEscaped) {
  files_.add("ctl.toml",
             std::string(kHead) +
                 "[[quote]]\nid = \"c\"\ntext = \"T.\"\n\"x\\u001b[31m\" = 1\ntags = []\n");
  ASSERT_FALSE(validate({"ctl.toml"}));
  EXPECT_EQ(out_.text().find('\x1b'), std::string::npos) << out_.text();
}

// --max-errors and standard input.

/// A dataset of `count` quotes, each missing its text: one error each, at line 5 + 4i.
std::string quotes_without_text(int count) {
  std::string text = kHead;
  for (int i = 1; i <= count; ++i)
    text += "[[quote]]\nid = \"q" + std::to_string(i) + "\"\ntags = []\n\n";
  return text;
}

TEST_F(ValidateRun, AtMostMaxErrorsPerFileThenACount) {
  files_.add("big.toml", quotes_without_text(60));
  files_.add("two.toml", quotes_without_text(2));
  const auto result = validate({"big.toml", "two.toml"}, false, 2);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::invalid_data);
  EXPECT_EQ(out_.text(),
            "big.toml:5:1: error: quote 'q1' is missing required field 'text'\n"
            "big.toml:9:1: error: quote 'q2' is missing required field 'text'\n"
            "and 58 more errors in big.toml\n"
            "two.toml:5:1: error: quote 'q1' is missing required field 'text'\n"
            "two.toml:9:1: error: quote 'q2' is missing required field 'text'\n");
}

TEST_F(ValidateRun, OneMoreErrorIsSingular) {
  files_.add("two.toml", quotes_without_text(2));
  ASSERT_FALSE(validate({"two.toml"}, false, 1));
  EXPECT_EQ(out_lines().back(), "and 1 more error in two.toml");
}

TEST_F(ValidateRun, FiftyByDefaultAndZeroForAll) {
  files_.add("big.toml", quotes_without_text(60));
  ASSERT_FALSE(validate({"big.toml"}));
  EXPECT_EQ(out_lines().size(), 51U);
  EXPECT_EQ(out_lines().back(), "and 10 more errors in big.toml");
  ASSERT_FALSE(validate({"big.toml"}, false, 0));
  EXPECT_EQ(out_lines().size(), 60U);
}

TEST_F(ValidateRun, ErrorsHeldBackAreCountedInOneLine) {
  // Two errors: a choice that is also the answer, and a quote with no text.
  files_.add("two.toml",
             std::string(kHead) +
                 "[[trivia]]\nid = \"a\"\nfact = \"A.\"\ncategory = \"c\"\nquestion = \"A?\"\n"
                 "answer = \"A\"\nchoices = [\"B\", \"a\", \"C\"]\ntags = []\n\n"
                 "[[quote]]\nid = \"q\"\ntags = []\n");
  ASSERT_FALSE(validate({"two.toml"}, false, 0));
  ASSERT_EQ(out_lines().size(), 2U) << out_.text();
  ASSERT_FALSE(validate({"two.toml"}, false, 1));
  EXPECT_EQ(out_lines().back(), "and 1 more error in two.toml");
}

TEST_F(ValidateRun, JsonHasANoteForWhatIsHeldBack) {
  files_.add("big.toml", quotes_without_text(5));
  ASSERT_FALSE(validate({"big.toml"}, true, 2));
  const auto records = nlohmann::json::parse(out_.text());
  ASSERT_EQ(records.size(), 3U);
  EXPECT_EQ(records[2]["severity"], "note");
  EXPECT_EQ(records[2]["file"], "big.toml");
  EXPECT_EQ(records[2]["more_errors"], 3);
  EXPECT_EQ(records[2]["more_warnings"], 0);
  EXPECT_EQ(records[2]["message"], "and 3 more errors in big.toml");
}

TEST_F(ValidateRun, DashReadsStandardInputNamedStdin) {
  files_.set_standard_input(quotes_without_text(1));
  const auto result = validate({"-"});
  ASSERT_FALSE(result);
  EXPECT_EQ(out_.text(), "<stdin>:5:1: error: quote 'q1' is missing required field 'text'\n");
  files_.set_standard_input(std::string(kHead) +
                            "[[quote]]\nid = \"g\"\ntext = \"G.\"\ntags = []\n");
  EXPECT_TRUE(validate({"-"}));
  EXPECT_EQ(out_.text(), "<stdin>: ok, 1 entry\n");
}

TEST_F(ValidateRun, StandardInputIsReadOnce) {
  const auto result = validate({"-", "-"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ValidateRun, AFileNamedDashInAFolderIsAFile) {
  // Only the word "-" itself is standard input.
  files_.set_standard_input("not read");
  files_.add("dir/-.toml",
             std::string(kHead) + "[[quote]]\nid = \"g\"\ntext = \"G.\"\ntags = []\n");
  EXPECT_TRUE(validate({"dir"}));
  EXPECT_EQ(out_.text(), "dir/-.toml: ok, 1 entry\n");
}

}  // namespace
}  // namespace lore
