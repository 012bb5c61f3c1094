#include "cli/app.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "util/output.h"
#include "util/utf8.h"

namespace lore::cli {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

constexpr std::string_view kMem = R"([dataset]
id = "mem"
title = "Memory"

[[quote]]
id = "q-home"
text = "Earth is our home."
tags = ["iconic", "home"]

[[quote]]
id = "q-hope"
text = "Hope is not a plan."
tags = ["iconic", "hope"]

[[quote]]
id = "q-bees"
text = "The bees came back."
tags = ["bees"]

[[egg]]
id = "e-balloon"
title = "The balloon"
text = "Fragile."
tags = ["balloon"]
)";

// Line 6, column 8: the empty text.
constexpr std::string_view kBad = R"([dataset]
id = "bad"
title = "Bad"

[[quote]]
text = ""
id = "q"
tags = []
)";

struct Result {
  int status;
  std::string out;
  std::string err;
};

/// An output whose finish() fails, as a full disk would.
class FullOutput : public Output {
 public:
  void write(std::string_view) override {}
  Expected<void, std::string> finish() override { return unexpected(std::string("No space left on device")); }
};

class AppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    files_.add("mem.toml", std::string(kMem));
    files_.add("bad.toml", std::string(kBad));
    environment_.today = year_month_day{year{2024}, month{5}, day{17}};
    environment_.entropy_seed = 3;
  }

  Result run(const std::vector<std::string>& args, Output* out_override = nullptr) {
    std::vector<const char*> argv{"lore"};
    for (const std::string& arg : args) argv.push_back(arg.c_str());
    const int argc = static_cast<int>(argv.size());
    argv.push_back(nullptr);
    StringOutput out;
    StringOutput messages;
    Context context{out_override != nullptr ? *out_override : out, messages, files_, environment_};
    const int status = run_app(argc, argv.data(), context);
    return {status, out.text(), messages.text()};
  }

  MemoryFileSystem files_;
  Environment environment_;
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// ------------------------------------------------------------------ exit 0

TEST_F(AppTest, NoCommandPrintsAQuoteOfTheEmbeddedDataset) {
  const Result result = run({"--seed", "1"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, "");
  const auto lines = lines_of(result.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.back(), "    -- IO (2019)");
  // One of the two quotes that give nothing away.
  EXPECT_TRUE(result.out.rfind("Earth is our home.", 0) == 0 || result.out.rfind("Hope is not a plan.", 0) == 0)
      << result.out;
}

TEST_F(AppTest, OptionsBeforeAndAfterTheCommandMeanTheSame) {
  const Result after = run({"quote", "--seed", "5", "-n", "2", "--format", "jsonl"});
  const Result before = run({"--seed", "5", "-n", "2", "--format", "jsonl", "quote"});
  const Result mixed = run({"--seed", "5", "quote", "-n", "2", "--format", "jsonl"});
  EXPECT_EQ(after.status, 0) << after.err;
  EXPECT_EQ(before.status, 0) << before.err;
  EXPECT_EQ(mixed.status, 0) << mixed.err;
  EXPECT_EQ(lines_of(after.out).size(), 2U);
  EXPECT_EQ(before.out, after.out);
  EXPECT_EQ(mixed.out, after.out);
}

TEST_F(AppTest, RepeatedOptionsOnBothSidesAllCount) {
  const Result result = run({"--no-default", "--data", "mem.toml", "-t", "iconic", "list", "-t",
                             "hope", "--template", "{id}"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "q-hope\n");
}

TEST_F(AppTest, SeededRunsRepeat) {
  const Result first = run({"random", "--seed", "42", "-n", "3"});
  environment_.entropy_seed = 99;
  const Result second = run({"random", "--seed", "42", "-n", "3"});
  EXPECT_EQ(first.status, 0);
  EXPECT_EQ(first.out, second.out);
}

TEST_F(AppTest, DailyIsTodaysDate) {
  const Result daily = run({"trivia", "--daily"});
  environment_.entropy_seed = 1234;
  const Result again = run({"trivia", "--daily"});
  const Result dated = run({"trivia", "--date", "2024-05-17"});
  EXPECT_EQ(daily.status, 0) << daily.err;
  EXPECT_EQ(again.out, daily.out);
  EXPECT_EQ(dated.out, daily.out);
}

TEST_F(AppTest, TriviaQuestionPrintsTheAnswerBeneath) {
  const Result result = run({"trivia", "--question", "--seed", "3"});
  EXPECT_EQ(result.status, 0) << result.err;
  const auto lines = lines_of(result.out);
  ASSERT_GE(lines.size(), 2U);
  EXPECT_EQ(lines.back().rfind("Answer: ", 0), 0U) << result.out;
}

TEST_F(AppTest, OtherDatasetsWithData) {
  const Result result = run({"--data", "mem.toml", "list", "--format", "jsonl", "--spoilers"});
  EXPECT_EQ(result.status, 0) << result.err;
  std::set<std::string> datasets;
  for (const std::string& line : lines_of(result.out)) {
    datasets.insert(nlohmann::json::parse(line).at("dataset").get<std::string>());
  }
  EXPECT_EQ(datasets, (std::set<std::string>{"io", "mem"}));
}

TEST_F(AppTest, Version) {
  const Result result = run({"--version"});
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.out.rfind("lore ", 0), 0U) << result.out;
}

TEST_F(AppTest, HelpOfASubcommandHasExamples) {
  const Result result = run({"quote", "--help"});
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.out.find("Examples:"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("lore quote"), std::string::npos) << result.out;
}

TEST_F(AppTest, ColourAlwaysColoursAndNeverDoesNot) {
  const Result always = run({"list", "--color", "always"});
  EXPECT_EQ(always.status, 0);
  EXPECT_NE(always.out.find('\x1b'), std::string::npos);
  environment_.color.stdout_is_terminal = true;
  const Result never = run({"list", "--color", "never"});
  EXPECT_EQ(never.out.find('\x1b'), std::string::npos);
}

TEST_F(AppTest, WidthWraps) {
  const Result result = run({"--no-default", "--data", "mem.toml", "show", "q-hope", "--width", "10"});
  EXPECT_EQ(result.status, 0) << result.err;
  for (const std::string& line : lines_of(result.out)) EXPECT_LE(utf8::display_width(line), 10U) << line;
}

// ------------------------------------------------------------------ exit 1

TEST_F(AppTest, NothingMatchedIsOne) {
  const Result result = run({"quote", "--tag", "no-such-tag"});
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("no-such-tag"), std::string::npos) << result.err;
}

TEST_F(AppTest, UnknownIdIsOneAndSuggests) {
  const Result result = run({"--no-default", "--data", "mem.toml", "show", "e-baloon"});
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("did you mean e-balloon?"), std::string::npos) << result.err;
}

// ------------------------------------------------------------------ exit 2

TEST_F(AppTest, SeedWithDailyIsAUsageError) {
  const Result result = run({"quote", "--seed", "1", "--daily"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("--seed"), std::string::npos) << result.err;
  EXPECT_EQ(run({"--daily", "quote", "--seed", "1"}).status, 2);
}

TEST_F(AppTest, UnknownCommandSuggestsTheNearest) {
  const Result result = run({"qoute"});
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("unknown command 'qoute'; did you mean 'quote'?"), std::string::npos) << result.err;
  const Result list = run({"lsit"});
  EXPECT_EQ(list.status, 2);
  EXPECT_NE(list.err.find("did you mean 'list'?"), std::string::npos) << list.err;
}

TEST_F(AppTest, UnknownCommandFarFromAnyIsStillNamed) {
  const Result result = run({"xyzzyplugh"});
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("unknown command 'xyzzyplugh'"), std::string::npos) << result.err;
}

TEST_F(AppTest, OtherUsageErrors) {
  const std::vector<std::vector<std::string>> lines{
      {"--no-such-option"},
      {"quote", "--short", "--long"},
      {"quote", "--date", "2023-02-30"},
      {"quote", "-n", "2", "--all"},
      {"quote", "--format", "xml"},
      {"quote", "--format", "json", "--null"},
      {"quote", "--format", "json", "--template", "{id}"},
      {"list", "bogus-kind"},
      {"show"},
      {"search", "(unclosed"},
      {"--no-default", "quote"},
      {"quote", "--count", "0"},
  };
  for (const auto& args : lines) {
    const Result result = run(args);
    std::string joined;
    for (const std::string& arg : args) joined += arg + " ";
    EXPECT_EQ(result.status, 2) << joined << "\n" << result.err;
    EXPECT_EQ(result.out, "") << joined;
    EXPECT_FALSE(result.err.empty()) << joined;
  }
}

TEST_F(AppTest, AnUnknownTemplateFieldIsNamed) {
  const Result result = run({"quote", "--template", "{id} {nope}"});
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("'nope'"), std::string::npos) << result.err;
}

// ------------------------------------------------------------------ exit 65, 66, 74

TEST_F(AppTest, AnInvalidDatasetIs65WithFileLineColumn) {
  const Result result = run({"--no-default", "--data", "bad.toml", "quote"});
  EXPECT_EQ(result.status, 65);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("bad.toml:6:8: error: field 'text' of quote 'q' is empty\n"), std::string::npos)
      << result.err;
}

TEST_F(AppTest, AMissingDatasetIs66) {
  const Result result = run({"--data", "missing.toml", "quote"});
  EXPECT_EQ(result.status, 66);
  EXPECT_NE(result.err.find("missing.toml"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("No such file or directory"), std::string::npos) << result.err;
}

TEST_F(AppTest, MissingAndInvalidTogetherIs66AndReportsBoth) {
  const Result result = run({"--data", "bad.toml", "--data", "missing.toml", "quote"});
  EXPECT_EQ(result.status, 66);
  EXPECT_NE(result.err.find("bad.toml:6:8"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("missing.toml"), std::string::npos) << result.err;
}

TEST_F(AppTest, AnOutputThatCannotBeWrittenIs74) {
  FullOutput full;
  const Result result = run({"quote", "--seed", "1"}, &full);
  EXPECT_EQ(result.status, 74);
  EXPECT_NE(result.err.find("No space left on device"), std::string::npos) << result.err;
}

TEST_F(AppTest, TheSameStatusesForEveryCommand) {
  for (const std::string command : {"quote", "trivia", "scene", "egg", "random", "list", "search", "tags", "info"}) {
    std::vector<std::string> args{"--data", "missing.toml", command};
    if (command == "search") args.push_back("x");
    EXPECT_EQ(run(args).status, 66) << command;
    args[1] = "bad.toml";
    EXPECT_EQ(run(args).status, 65) << command;
  }
  EXPECT_EQ(run({"--data", "missing.toml", "show", "x"}).status, 66);
  EXPECT_EQ(run({"--data", "bad.toml", "show", "x"}).status, 65);
}

// ------------------------------------------------------------------ data is data

TEST_F(AppTest, ControlCharactersInDataNeverReachStandardOutputRaw) {
  files_.add("evil.toml",
             "[dataset]\nid = \"evil\"\ntitle = \"Evil\\u001b[2J\"\n"
             "[[quote]]\nid = \"q\"\ntext = \"Bell\\u0007 and \\u009b31m CSI\"\nspeaker = \"\\u001b]0;x\\u0007\"\ntags = [\"t\\u001b\"]\n");
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"--no-default", "--data", "evil.toml", "quote"},
                                             {"--no-default", "--data", "evil.toml", "list"},
                                             {"--no-default", "--data", "evil.toml", "tags"},
                                             {"--no-default", "--data", "evil.toml", "info"},
                                             {"--no-default", "--data", "evil.toml", "list", "--format", "tsv"},
                                             {"--no-default", "--data", "evil.toml", "quote", "--template", "{speaker} {tags}"}}) {
    const Result result = run(args);
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos) << args.back() << ": " << result.out;
    EXPECT_EQ(result.out.find('\x07'), std::string::npos) << args.back() << ": " << result.out;
    EXPECT_EQ(result.out.find("\xC2\x9B"), std::string::npos) << args.back() << ": " << result.out;
  }
}

TEST_F(AppTest, ControlCharactersInDataNeverReachStandardErrorRaw) {
  // A bad id is quoted back in the message; it must not carry its escape sequence along.
  files_.add("evil.toml",
             "[dataset]\nid = \"evil\"\ntitle = \"Evil\"\n"
             "[[quote]]\nid = \"bad\\u001b[2Jid\"\ntext = \"x\"\ntags = []\n\"\\u001b[31mkey\" = 1\n");
  const Result result = run({"--no-default", "--data", "evil.toml", "quote"});
  EXPECT_EQ(result.status, 65);
  EXPECT_NE(result.err.find("evil.toml:5:6"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find('\x1b'), std::string::npos) << result.err;
}

}  // namespace
}  // namespace lore::cli
