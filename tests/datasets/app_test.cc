// run_app with a configuration file (the config part of cli/app.cc, read_config):
// config.toml keys are the long options of lore itself, plus `kind`; the command line
// wins; problems are warnings with the file's line and column.
#include "cli/app.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "util/output.h"

namespace lore::cli {
namespace {

constexpr const char* kConfig = "/home/u/.config/lore/config.toml";

// Three quotes (one a spoiler, one long) and two trivia.
constexpr std::string_view kMem = R"([dataset]
id = "mem"
title = "Memory"

[[quote]]
id = "q-short"
text = "Short."
tags = ["a"]

[[quote]]
id = "q-long"
text = "A long quote of many words that wraps onto more than one line when the width is twenty."
tags = ["a"]

[[quote]]
id = "q-spoiler"
text = "The end."
tags = []
spoiler = true

[[trivia]]
id = "t-one"
fact = "Fact one."
category = "misc"
tags = []

[[trivia]]
id = "t-two"
fact = "Fact two."
category = "misc"
tags = ["a"]
)";

constexpr std::string_view kOther = R"([dataset]
id = "other"
title = "Other"

[[quote]]
id = "o-one"
text = "Other one."
tags = []

[[quote]]
id = "o-two"
text = "Other two."
tags = []

[[quote]]
id = "o-three"
text = "Other three."
tags = []
)";

struct Result {
  int status;
  std::string out;
  std::string err;
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    files_.add("/data/mem.toml", std::string(kMem));
    files_.add("/data/other.toml", std::string(kOther));
    environment_.today = std::chrono::year_month_day{std::chrono::year{2024}, std::chrono::month{5},
                                                      std::chrono::day{17}};
    environment_.entropy_seed = 3;
    environment_.config_path = kConfig;
  }

  void config(std::string text) { files_.add(kConfig, std::move(text)); }

  /// `lore --no-default --data /data/mem.toml ARGS...`, unless `bare`.
  Result run(std::vector<std::string> args, bool with_data = true) {
    if (with_data) args.insert(args.end(), {"--no-default", "--data", "/data/mem.toml"});
    std::vector<const char*> argv{"lore"};
    for (const std::string& arg : args) argv.push_back(arg.c_str());
    const int argc = static_cast<int>(argv.size());
    argv.push_back(nullptr);
    StringOutput out;
    StringOutput messages;
    Context context{out, messages, files_, environment_};
    const int status = run_app(argc, argv.data(), context);
    return {status, out.text(), messages.text()};
  }

  /// The ids of JSON lines.
  static std::vector<std::string> ids(const std::string& jsonl) {
    std::vector<std::string> out;
    for (const std::string& line : lines_of(jsonl)) out.push_back(nlohmann::json::parse(line)["id"]);
    return out;
  }

  MemoryFileSystem files_;
  Environment environment_;
};

using Ids = std::vector<std::string>;

TEST_F(ConfigTest, NoFileNoSettings) {
  const Result result = run({"quote", "-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long"}));
}

TEST_F(ConfigTest, SpoilersTrueLetsSpoilersIn) {
  config("spoilers = true\n");
  const Result result = run({"quote", "-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long", "q-spoiler"}));
}

TEST_F(ConfigTest, AFalseFlagIsNoFlag) {
  config("spoilers = false\n");
  const Result result = run({"quote", "-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long"}));
}

TEST_F(ConfigTest, WidthWraps) {
  config("width = 20\n");
  const Result result = run({"show", "q-long"});
  EXPECT_EQ(result.status, 0) << result.err;
  const auto lines = lines_of(result.out);
  EXPECT_GT(lines.size(), 2U);
  for (const std::string& line : lines) EXPECT_LE(line.size(), 20U) << line;
}

TEST_F(ConfigTest, ColorNeverAndAlways) {
  environment_.color.clicolor_force = "1";
  config("color = \"never\"\n");
  EXPECT_EQ(run({"show", "q-short"}).out.find('\x1b'), std::string::npos);
  environment_.color.clicolor_force.reset();
  config("color = \"always\"\n");
  EXPECT_NE(run({"show", "q-short"}).out.find('\x1b'), std::string::npos);
}

TEST_F(ConfigTest, KindTriviaMakesBareLorePrintTrivia) {
  config("kind = \"trivia\"\n");
  const Result result = run({"-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"t-one", "t-two"}));
}

TEST_F(ConfigTest, KindDoesNotChangeANamedCommand) {
  config("kind = \"trivia\"\n");
  const Result result = run({"quote", "-a", "--format", "jsonl"});
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long"}));
}

TEST_F(ConfigTest, AnUnknownKindIsAWarningAndQuotesArePrinted) {
  config("\nkind = \"poem\"\n");
  const Result result = run({"-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long"}));
  EXPECT_EQ(result.err.rfind(std::string(kConfig) + ":2:1: warning: 'kind' must be one of", 0), 0U)
      << result.err;
}

TEST_F(ConfigTest, TheCommandLineWinsForAValue) {
  config("width = 20\nformat = \"json\"\n");
  const Result result = run({"show", "q-long", "--width", "0", "--format", "text"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out,
            "A long quote of many words that wraps onto more than one line when the width is "
            "twenty.\n    -- Memory\n");
}

TEST_F(ConfigTest, ADatasetFromTheConfigurationLoadsBesideTheCommandLines) {
  // The configuration's --data comes first: its arguments stand before the command line's.
  config("data = [\"/data/other.toml\"]\n");
  const Result result = run({"list", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"o-one", "o-two", "o-three", "q-short", "q-long", "t-one", "t-two"}));
}

TEST_F(ConfigTest, TheCommandLineWinsForWeights) {
  config("weight = [\"other=90\"]\n");
  const Result result = run({"sources", "--format", "json", "--data", "/data/other.toml",
                             "--weight", "other=25"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  double chance = -1;
  for (const auto& dataset : json["datasets"]) {
    if (dataset["id"] == "other") chance = dataset["chance"].get<double>();
  }
  EXPECT_NEAR(chance, 0.25, 1e-12);
}

TEST_F(ConfigTest, TheCommandLineWinsForDatasets) {
  config("dataset = [\"mem\"]\n");
  const Result result = run({"sources", "--format", "json", "--data", "/data/other.toml", "-d", "other"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  ASSERT_EQ(json["datasets"].size(), 1U) << result.out;
  EXPECT_EQ(json["datasets"][0]["id"], "other");
}

TEST_F(ConfigTest, AConfiguredDefaultTheCommandLineContradictsGivesWay) {
  config("short = true\n");
  const Result result = run({"list", "--long", "--length", "50", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"q-long"}));  // the one entry over 50 characters
}

TEST_F(ConfigTest, AnUnknownKeyIsAWarningWithLineAndColumnAndTheCommandWorks) {
  config("width = 0\n\n   typo = 1\nto = \"mine.toml\"\n");
  const Result result = run({"show", "q-short"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "Short.\n    -- Memory\n");
  EXPECT_EQ(result.err, std::string(kConfig) + ":3:4: warning: unknown key 'typo'\n" + kConfig +
                            ":4:1: warning: unknown key 'to'\n");
}

TEST_F(ConfigTest, AShortOptionNameIsNoKey) {
  config("w = 20\n");
  const Result result = run({"show", "q-short"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, std::string(kConfig) + ":1:1: warning: unknown key 'w'\n");
}

TEST_F(ConfigTest, AValueOfTheWrongTypeIsAWarning) {
  config("width = 20\ncolor = { when = \"never\" }\n");
  const Result result = run({"show", "q-long"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_GT(lines_of(result.out).size(), 2U);  // width = 20 still applies
  EXPECT_EQ(result.err.rfind(std::string(kConfig) + ":2:1: warning: ", 0), 0U) << result.err;
}

TEST_F(ConfigTest, ABrokenFileIsAWarningAndNoneOfItApplies) {
  config("width = 20\ncolor = \"never\n");
  const Result result = run({"show", "q-long"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(lines_of(result.out).size(), 2U) << "width = 20 must not apply: " << result.out;
  EXPECT_EQ(result.err.rfind(std::string(kConfig) + ":2:", 0), 0U) << result.err;
  EXPECT_NE(result.err.find(": warning: "), std::string::npos) << result.err;
}

TEST_F(ConfigTest, AValueTheOptionRefusesIsAWarningNotAFailure) {
  // read_config: "a broken configuration must not stop a quote at login".
  config("width = \"wide\"\n");
  const Result result = run({"show", "q-short"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "Short.\n    -- Memory\n");
  EXPECT_NE(result.err.find(kConfig), std::string::npos) << result.err;
}

TEST_F(ConfigTest, ConfigPathPrintsWhereTheFileIsReadFrom) {
  const Result result = run({"config", "--path"}, false);
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, std::string(kConfig) + "\n");
  config("width = 20\n");
  const Result shown = run({"config"}, false);
  EXPECT_EQ(shown.out, std::string(kConfig) + "\n\nwidth = 20\n");
}

TEST_F(ConfigTest, NoConfigPathIsAUsageErrorOfConfigOnly) {
  environment_.config_path.clear();
  EXPECT_EQ(run({"config", "--path"}, false).status, 2);
  EXPECT_EQ(run({"show", "q-short"}).status, 0);
}

}  // namespace
}  // namespace lore::cli
