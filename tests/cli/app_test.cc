#include "cli/app.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/app_runner.h"
#include "support/dataset_builder.h"
#include "support/failing_output.h"
#include "support/lines.h"
#include "support/memory_context.h"
#include "util/output.h"
#include "util/utf8.h"

namespace lore::cli {
namespace {

using test::AppRun;
using test::FailingOutput;
using test::lines_of;
using test::run_lore;

std::string app_mem() {
  return test::DatasetBuilder("mem")
      .quote("q-home", "Earth is our home.", {"iconic", "home"})
      .quote("q-hope", "Hope is not a plan.", {"iconic", "hope"})
      .quote("q-bees", "The bees came back.", {"bees"})
      .egg("e-balloon", "The balloon", "Fragile.", {"balloon"})
      .toml();
}

// Line 6, column 8: the empty text.
constexpr std::string_view kBad = R"([dataset]
id = "bad"
title = "Bad"

[[quote]]
text = ""
id = "q"
tags = []
)";

class LoreApp : public test::ContextTest {
 protected:
  void SetUp() override {
    files_.add("mem.toml", app_mem());
    files_.add("bad.toml", std::string(kBad));
    environment_.entropy_seed = 3;
  }

  AppRun run(const std::vector<std::string>& args, Output* out = nullptr) {
    return run_lore(args, files_, environment_, out);
  }
};

// ------------------------------------------------------------------ exit 0

TEST_F(LoreApp, NoCommandPrintsAnEntryOfAnyKind) {
  // Bare lore picks as `lore random` does: any kind, no spoiler, printed as its kind.
  for (const char* seed : {"1", "2", "3", "4", "5", "6"}) {
    const AppRun result = run({"--seed", seed});
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.err, "");
    EXPECT_EQ(result.out, run({"random", "--seed", seed}).out) << seed;
  }
  const AppRun all = run({"-a", "--format", "tsv"});
  std::set<std::string> kinds;
  for (const std::string& line : lines_of(all.out))
    kinds.insert(line.substr(line.find('\t') + 1,
                             line.find('\t', line.find('\t') + 1) - line.find('\t') - 1));
  EXPECT_EQ(kinds, (std::set<std::string>{"egg", "quote", "scene", "trivia"}));
}

TEST_F(LoreApp, OptionsBeforeAndAfterTheCommandMeanTheSame) {
  const AppRun after = run({"quote", "--seed", "5", "-n", "2", "--format", "jsonl"});
  const AppRun before = run({"--seed", "5", "-n", "2", "--format", "jsonl", "quote"});
  const AppRun mixed = run({"--seed", "5", "quote", "-n", "2", "--format", "jsonl"});
  EXPECT_EQ(after.status, 0) << after.err;
  EXPECT_EQ(before.status, 0) << before.err;
  EXPECT_EQ(mixed.status, 0) << mixed.err;
  EXPECT_EQ(lines_of(after.out).size(), 2U);
  EXPECT_EQ(before.out, after.out);
  EXPECT_EQ(mixed.out, after.out);
}

TEST_F(LoreApp, RepeatedOptionsOnBothSidesAllCount) {
  const AppRun result = run({"--no-default", "--data", "mem.toml", "-t", "iconic", "list", "-t",
                             "hope", "--template", "{id}"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "q-hope\n");
}

TEST_F(LoreApp, SeededRunsRepeat) {
  const AppRun first = run({"random", "--seed", "42", "-n", "3"});
  environment_.entropy_seed = 99;
  const AppRun second = run({"random", "--seed", "42", "-n", "3"});
  EXPECT_EQ(first.status, 0);
  EXPECT_EQ(first.out, second.out);
}

TEST_F(LoreApp, DailyIsTodaysDate) {
  const AppRun daily = run({"trivia", "--daily"});
  environment_.entropy_seed = 1234;
  const AppRun again = run({"trivia", "--daily"});
  const AppRun dated = run({"trivia", "--date", "2024-05-17"});
  EXPECT_EQ(daily.status, 0) << daily.err;
  EXPECT_EQ(again.out, daily.out);
  EXPECT_EQ(dated.out, daily.out);
}

TEST_F(LoreApp, TriviaQuestionPrintsTheAnswerBeneath) {
  const AppRun result = run({"trivia", "--question", "--seed", "3"});
  EXPECT_EQ(result.status, 0) << result.err;
  const auto lines = lines_of(result.out);
  ASSERT_GE(lines.size(), 2U);
  EXPECT_EQ(lines.back().rfind("Answer: ", 0), 0U) << result.out;
}

TEST_F(LoreApp, OtherDatasetsWithData) {
  const AppRun result = run({"--data", "mem.toml", "list", "--format", "jsonl", "--spoilers"});
  EXPECT_EQ(result.status, 0) << result.err;
  std::set<std::string> datasets;
  for (const std::string& line : lines_of(result.out)) {
    datasets.insert(nlohmann::json::parse(line).at("dataset").get<std::string>());
  }
  EXPECT_EQ(datasets, (std::set<std::string>{"io", "mem"}));
}

TEST_F(LoreApp, Version) {
  const AppRun result = run({"--version"});
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.out.rfind("lore ", 0), 0U) << result.out;
}

TEST_F(LoreApp, HelpOfASubcommandHasExamples) {
  const AppRun result = run({"quote", "--help"});
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.out.find("Examples:"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("lore quote"), std::string::npos) << result.out;
}

TEST_F(LoreApp, ColourAlwaysColoursAndNeverDoesNot) {
  const AppRun always = run({"list", "--color", "always"});
  EXPECT_EQ(always.status, 0);
  EXPECT_NE(always.out.find('\x1b'), std::string::npos);
  environment_.color.stdout_is_terminal = true;
  const AppRun never = run({"list", "--color", "never"});
  EXPECT_EQ(never.out.find('\x1b'), std::string::npos);
}

TEST_F(LoreApp, WidthWraps) {
  const AppRun result =
      run({"--no-default", "--data", "mem.toml", "show", "q-hope", "--width", "10"});
  EXPECT_EQ(result.status, 0) << result.err;
  for (const std::string& line : lines_of(result.out))
    EXPECT_LE(utf8::display_width(line), 10U) << line;
}

// ------------------------------------------------------------------ exit 1

TEST_F(LoreApp, NothingMatchedIsOne) {
  const AppRun result = run({"quote", "--tag", "no-such-tag"});
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("no-such-tag"), std::string::npos) << result.err;
}

TEST_F(LoreApp, UnknownIdIsOneAndSuggests) {
  const AppRun result = run({"--no-default", "--data", "mem.toml", "show", "e-baloon"});
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("did you mean 'e-balloon'?"), std::string::npos) << result.err;
}

// ------------------------------------------------------------------ exit 2

TEST_F(LoreApp, SeedWithDailyIsAUsageError) {
  const AppRun result = run({"quote", "--seed", "1", "--daily"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("--seed"), std::string::npos) << result.err;
  EXPECT_EQ(run({"--daily", "quote", "--seed", "1"}).status, 2);
}

TEST_F(LoreApp, UnknownCommandSuggestsTheNearest) {
  const AppRun result = run({"qoute"});
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("unknown command 'qoute'; did you mean 'quote'?"), std::string::npos)
      << result.err;
  const AppRun list = run({"lsit"});
  EXPECT_EQ(list.status, 2);
  EXPECT_NE(list.err.find("did you mean 'list'?"), std::string::npos) << list.err;
}

TEST_F(LoreApp, UnknownCommandFarFromAnyIsStillNamed) {
  const AppRun result = run({"xyzzyplugh"});
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("unknown command 'xyzzyplugh'"), std::string::npos) << result.err;
}

TEST_F(LoreApp, OtherUsageErrors) {
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
    const AppRun result = run(args);
    std::string joined;
    for (const std::string& arg : args) joined += arg + " ";
    EXPECT_EQ(result.status, 2) << joined << "\n" << result.err;
    EXPECT_EQ(result.out, "") << joined;
    EXPECT_FALSE(result.err.empty()) << joined;
  }
}

TEST_F(LoreApp, AnUnknownTemplateFieldIsNamed) {
  const AppRun result = run({"quote", "--template", "{id} {nope}"});
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("'nope'"), std::string::npos) << result.err;
}

// ------------------------------------------------------------------ exit 65, 66, 74

TEST_F(LoreApp, AnInvalidDatasetIs65WithFileLineColumn) {
  const AppRun result = run({"--no-default", "--data", "bad.toml", "quote"});
  EXPECT_EQ(result.status, 65);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("bad.toml:6:8: error: field 'text' of quote 'q' is empty\n"),
            std::string::npos)
      << result.err;
}

TEST_F(LoreApp, AMissingDatasetIs66) {
  const AppRun result = run({"--data", "missing.toml", "quote"});
  EXPECT_EQ(result.status, 66);
  EXPECT_NE(result.err.find("missing.toml"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("No such file or directory"), std::string::npos) << result.err;
}

TEST_F(LoreApp, MissingAndInvalidTogetherIs66AndReportsBoth) {
  const AppRun result = run({"--data", "bad.toml", "--data", "missing.toml", "quote"});
  EXPECT_EQ(result.status, 66);
  EXPECT_NE(result.err.find("bad.toml:6:8"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("missing.toml"), std::string::npos) << result.err;
}

TEST_F(LoreApp, AnOutputThatCannotBeWrittenIs74) {
  FailingOutput full;
  const AppRun result = run({"quote", "--seed", "1"}, &full);
  EXPECT_EQ(result.status, 74);
  EXPECT_NE(result.err.find("No space left on device"), std::string::npos) << result.err;
}

TEST_F(LoreApp, TheSameStatusesForEveryCommand) {
  for (const std::string command :
       {"quote", "trivia", "scene", "egg", "random", "list", "search", "tags", "info"}) {
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

TEST_F(LoreApp, NoRawControlsOnStdout) {
  files_.add("evil.toml",
             "[dataset]\nid = \"evil\"\ntitle = \"Evil\\u001b[2J\"\n"
             "[[quote]]\nid = \"q\"\ntext = \"Bell\\u0007 and \\u009b31m CSI\"\nspeaker = "
             "\"\\u001b]0;x\\u0007\"\ntags = [\"t\\u001b\"]\n");
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--no-default", "--data", "evil.toml", "quote"},
           {"--no-default", "--data", "evil.toml", "list"},
           {"--no-default", "--data", "evil.toml", "tags"},
           {"--no-default", "--data", "evil.toml", "info"},
           {"--no-default", "--data", "evil.toml", "list", "--format", "tsv"},
           {"--no-default", "--data", "evil.toml", "quote", "--template", "{speaker} {tags}"}}) {
    const AppRun result = run(args);
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos) << args.back() << ": " << result.out;
    EXPECT_EQ(result.out.find('\x07'), std::string::npos) << args.back() << ": " << result.out;
    EXPECT_EQ(result.out.find("\xC2\x9B"), std::string::npos) << args.back() << ": " << result.out;
  }
}

TEST_F(LoreApp, NoRawControlsOnStderr) {
  // A bad id is quoted back in the message; it must not carry its escape sequence along.
  files_.add(
      "evil.toml",
      "[dataset]\nid = \"evil\"\ntitle = \"Evil\"\n"
      "[[quote]]\nid = \"bad\\u001b[2Jid\"\ntext = \"x\"\ntags = []\n\"\\u001b[31mkey\" = 1\n");
  const AppRun result = run({"--no-default", "--data", "evil.toml", "quote"});
  EXPECT_EQ(result.status, 65);
  EXPECT_NE(result.err.find("evil.toml:5:6"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find('\x1b'), std::string::npos) << result.err;
}

// ------------------------------------------------------------------ config.toml
// run_app with a configuration file (the config part of cli/app.cc, read_config):
// config.toml keys are the long options of lore itself (`kind` is bare lore's --kind);
// the command line wins; problems are warnings with the file's line and column.

constexpr const char* kConfig = "/home/u/.config/lore/config.toml";

// Three quotes (one a spoiler, one long) and two trivia.
std::string config_mem() {
  return test::DatasetBuilder("mem")
      .quote("q-short", "Short.", {"a"})
      .quote("q-long",
             "A long quote of many words that wraps onto more than one line when the width is "
             "twenty.",
             {"a"})
      .quote("q-spoiler", "The end.")
      .spoiler()
      .trivia("t-one", "Fact one.", "misc")
      .trivia("t-two", "Fact two.", "misc", {"a"})
      .toml();
}

std::string config_other() {
  return test::DatasetBuilder("other", "Other")
      .quote("o-one", "Other one.")
      .quote("o-two", "Other two.")
      .quote("o-three", "Other three.")
      .toml();
}

class LoreConfig : public test::ContextTest {
 protected:
  void SetUp() override {
    files_.add("/data/mem.toml", config_mem());
    files_.add("/data/other.toml", config_other());
    environment_.entropy_seed = 3;
    environment_.config_path = kConfig;
  }

  void config(std::string text) { files_.add(kConfig, std::move(text)); }

  /// `lore --no-default --data /data/mem.toml ARGS...`, unless `bare`.
  AppRun run(std::vector<std::string> args, bool with_data = true) {
    if (with_data) args.insert(args.end(), {"--no-default", "--data", "/data/mem.toml"});
    return run_lore(args, files_, environment_);
  }

  /// The ids of JSON lines.
  static std::vector<std::string> ids(const std::string& jsonl) {
    std::vector<std::string> out;
    for (const std::string& line : lines_of(jsonl))
      out.push_back(nlohmann::json::parse(line)["id"]);
    return out;
  }
};

using Ids = std::vector<std::string>;

TEST_F(LoreConfig, NoFileNoSettings) {
  const AppRun result = run({"quote", "-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long"}));
}

TEST_F(LoreConfig, ADanglingLinkAsTheFileIsAWarning) {
  // A dotfiles link whose target moved: no settings, but not silently.
  files_.add_link(kConfig, "/dotfiles/lore/config.toml");
  const AppRun result = run({"quote", "-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long"}));
  EXPECT_EQ(result.err, std::string(kConfig) +
                            ": warning: a symbolic link to '/dotfiles/lore/config.toml', which "
                            "does not exist; no settings read from it\n");
  files_.add("/dotfiles/lore/config.toml", "count = 2\n");
  const AppRun linked = run({"quote", "--format", "jsonl"});
  EXPECT_EQ(linked.err, "");
  EXPECT_EQ(ids(linked.out).size(), 2U) << "the file the link names is read";
}

TEST_F(LoreConfig, SpoilersTrueLetsSpoilersIn) {
  config("spoilers = true\n");
  const AppRun result = run({"quote", "-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long", "q-spoiler"}));
}

TEST_F(LoreConfig, AFalseFlagIsNoFlag) {
  config("spoilers = false\n");
  const AppRun result = run({"quote", "-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long"}));
}

TEST_F(LoreConfig, WidthWraps) {
  config("width = 20\n");
  const AppRun result = run({"show", "q-long"});
  EXPECT_EQ(result.status, 0) << result.err;
  const auto lines = lines_of(result.out);
  EXPECT_GT(lines.size(), 2U);
  for (const std::string& line : lines) EXPECT_LE(line.size(), 20U) << line;
}

TEST_F(LoreConfig, ColorNeverAndAlways) {
  environment_.color.clicolor_force = "1";
  config("color = \"never\"\n");
  EXPECT_EQ(run({"show", "q-short"}).out.find('\x1b'), std::string::npos);
  environment_.color.clicolor_force.reset();
  config("color = \"always\"\n");
  EXPECT_NE(run({"show", "q-short"}).out.find('\x1b'), std::string::npos);
}

TEST_F(LoreConfig, KindTriviaMakesBareLorePrintTrivia) {
  config("kind = \"trivia\"\n");
  const AppRun result = run({"-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"t-one", "t-two"}));
}

TEST_F(LoreConfig, KindQuoteMakesBareLorePrintQuotes) {
  config("kind = \"quote\"\n");
  const AppRun result = run({"-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long"}));
}

TEST_F(LoreConfig, KindDoesNotChangeANamedCommand) {
  config("kind = \"trivia\"\n");
  const AppRun result = run({"quote", "-a", "--format", "jsonl"});
  EXPECT_EQ(ids(result.out), (Ids{"q-short", "q-long"}));
}

TEST_F(LoreConfig, AnUnknownKindIsAWarningAndEveryKindIsPrinted) {
  config("\nkind = \"poem\"\n");
  const AppRun result = run({"--kind", "trivia", "-a", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"t-one", "t-two"}));
  const AppRun bare = run({"-a", "--format", "jsonl"});
  EXPECT_EQ(bare.status, 0) << bare.err;
  EXPECT_EQ(ids(bare.out).size(), ids(run({"random", "-a", "--format", "jsonl"}).out).size());
  EXPECT_EQ(bare.err, std::string(kConfig) +
                          ":2:1: warning: 'kind' ignored: --kind: must be quote, trivia, scene or "
                          "egg, not 'poem'\n");
}

TEST_F(LoreConfig, TheCommandLineWinsForAValue) {
  config("width = 20\nformat = \"json\"\n");
  const AppRun result = run({"show", "q-long", "--width", "0", "--format", "text"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out,
            "A long quote of many words that wraps onto more than one line when the width is "
            "twenty.\n    -- Memory\n");
}

TEST_F(LoreConfig, ConfiguredDatasetLoadsToo) {
  // The configuration's --data comes first: its arguments stand before the command line's.
  config("data = [\"/data/other.toml\"]\n");
  const AppRun result = run({"list", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out),
            (Ids{"o-one", "o-two", "o-three", "q-short", "q-long", "t-one", "t-two"}));
}

TEST_F(LoreConfig, AListAddsToTheCommandLinesValuesOnce) {
  // tag, exclude-tag and data add up; neither side's values may come twice.
  config("[add]\ntag = [\"from-file\"]\n");
  const AppRun result = run(
      {"add", "quote", "--text", "Said once.", "--tag", "given", "--to", "/data/mine.toml"}, false);
  ASSERT_EQ(result.status, 0) << result.err;
  const auto written = files_.read("/data/mine.toml");
  ASSERT_TRUE(written);
  auto count = [&](std::string_view text) {
    std::size_t found = 0;
    for (auto at = written->find(text); at != std::string::npos; at = written->find(text, at + 1)) {
      ++found;
    }
    return found;
  };
  EXPECT_EQ(count("'given'"), 1U) << *written;
  EXPECT_EQ(count("'from-file'"), 1U) << *written;
}

TEST_F(LoreConfig, TheCommandLineWinsForWeights) {
  config("weight = [\"other=90\"]\n");
  const AppRun result =
      run({"sources", "--format", "json", "--data", "/data/other.toml", "--weight", "other=25"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  double chance = -1;
  for (const auto& dataset : json["datasets"]) {
    if (dataset["id"] == "other") chance = dataset["chance"].get<double>();
  }
  EXPECT_NEAR(chance, 0.25, 1e-12);
}

TEST_F(LoreConfig, TheCommandLineWinsForDatasets) {
  config("dataset = [\"mem\"]\n");
  const AppRun result =
      run({"sources", "--format", "json", "--data", "/data/other.toml", "-d", "other"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  ASSERT_EQ(json["datasets"].size(), 1U) << result.out;
  EXPECT_EQ(json["datasets"][0]["id"], "other");
}

TEST_F(LoreConfig, ContradictedDefaultGivesWay) {
  config("short = true\n");
  const AppRun result = run({"list", "--long", "--length", "50", "--format", "jsonl"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ids(result.out), (Ids{"q-long"}));  // the one entry over 50 characters
}

TEST_F(LoreConfig, AnUnknownKeyIsAWarning) {
  config("width = 0\n\n   typo = 1\nto = \"mine.toml\"\n");
  const AppRun result = run({"show", "q-short"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "Short.\n    -- Memory\n");
  EXPECT_EQ(result.err, std::string(kConfig) + ":3:4: warning: unknown key 'typo'\n" + kConfig +
                            ":4:1: warning: 'to' cannot be set in config.toml: it names a file "
                            "to write; give it on the command line\n");
}

TEST_F(LoreConfig, AShortOptionNameIsNoKey) {
  config("w = 20\n");
  const AppRun result = run({"show", "q-short"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, std::string(kConfig) + ":1:1: warning: unknown key 'w'\n");
}

TEST_F(LoreConfig, AValueOfTheWrongTypeIsAWarning) {
  config("width = 20\ncolor = [{ when = \"never\" }]\n");
  const AppRun result = run({"show", "q-long"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_GT(lines_of(result.out).size(), 2U);  // width = 20 still applies
  EXPECT_EQ(result.err.rfind(std::string(kConfig) + ":2:1: warning: ", 0), 0U) << result.err;
}

TEST_F(LoreConfig, ASyntaxSlipIsAWarningAndTheRestApplies) {
  config("width = 20\ncolor = \"never\n");
  const AppRun result = run({"show", "q-long"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_GT(lines_of(result.out).size(), 2U) << "width = 20 applies: " << result.out;
  EXPECT_EQ(result.err.rfind(std::string(kConfig) + ":2:", 0), 0U) << result.err;
  EXPECT_NE(
      result.err.find(": warning: the string is not closed on its line; the line is left out"),
      std::string::npos)
      << result.err;
}

TEST_F(LoreConfig, AValueTheOptionRefusesIsAWarningNotAFailure) {
  // read_config: "a broken configuration must not stop a quote at login".
  config("width = \"wide\"\n");
  const AppRun result = run({"show", "q-short"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "Short.\n    -- Memory\n");
  EXPECT_NE(result.err.find(kConfig), std::string::npos) << result.err;
}

// The issue's example: a weight for a dataset not there yet drops that key alone.
TEST_F(LoreConfig, AWeightForNoDatasetDropsThatKeyAlone) {
  config("weight = [\"mine=30\"]\nwidth = 20\ncolor = \"always\"\n");
  const AppRun result = run({"show", "q-long"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_GT(lines_of(result.out).size(), 2U) << "width = 20 applies";
  const AppRun picked = run({"quote", "-a"});
  EXPECT_EQ(picked.status, 0) << picked.err;
  EXPECT_NE(picked.out.find('\x1b'), std::string::npos) << "color = always applies";
  EXPECT_EQ(picked.err, std::string(kConfig) +
                            ":1:1: warning: 'weight' ignored: --weight: no dataset named 'mine'\n");
}

// A bad value on the command line is the command line's: one error, no word of the
// file, and the command is not run again without it.
TEST_F(LoreConfig, ACommandLineErrorIsNeverBlamedOnTheFile) {
  config("width = 20\n");
  const AppRun result = run({"quote", "-n", "0"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err.find("config.toml"), std::string::npos) << result.err;
  EXPECT_EQ(lines_of(result.err).size(), 2U) << "the error and its hint, once: " << result.err;
  const AppRun prepared = run({"quote", "--short", "--long"});
  EXPECT_EQ(prepared.status, 2);
  EXPECT_EQ(prepared.err.find("config.toml"), std::string::npos) << prepared.err;
}

// A bad value in the file is warned of once, at its line, and the rest applies.
TEST_F(LoreConfig, ABadValueIsWarnedOnceAndDropped) {
  config("count = 0\nwidth = 20\nseed = \"x\"\n");
  const AppRun result = run({"show", "q-long"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_GT(lines_of(result.out).size(), 2U);
  const AppRun picked = run({"quote"});
  EXPECT_EQ(picked.status, 0) << picked.err;
  ASSERT_EQ(lines_of(picked.err).size(), 2U) << picked.err;
  EXPECT_EQ(picked.err.rfind(std::string(kConfig) + ":1:1: warning: 'count' ignored: ", 0), 0U)
      << picked.err;
  EXPECT_NE(picked.err.find(std::string(kConfig) + ":3:1: warning: 'seed' ignored: "),
            std::string::npos)
      << picked.err;
}

// Options that exclude each other within the file: the later one gives way.
TEST_F(LoreConfig, AConflictInTheFileDropsTheLaterKey) {
  config("short = true\nlong = true\n");
  const AppRun result = run({"quote", "-a", "--format", "tsv", "--length", "20"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out.find("q-long"), std::string::npos) << "short = true applies";
  EXPECT_EQ(result.err.rfind(std::string(kConfig) + ":2:1: warning: 'long' ignored: ", 0), 0U)
      << result.err;
}

// [command] tables: for that command only, and over the top level.
TEST_F(LoreConfig, ATableSetsItsCommandsOptionsOnly) {
  config("width = 20\n[show]\nwidth = 0\n[list]\nformat = \"tsv\"\n");
  const AppRun shown = run({"show", "q-long"});
  EXPECT_EQ(shown.status, 0) << shown.err;
  EXPECT_EQ(lines_of(shown.out).size(), 2U) << "[show] width = 0 wins";
  const AppRun picked = run({"quote", "-n", "1", "--seed", "2"});
  EXPECT_TRUE(picked.err.empty()) << picked.err;
  const AppRun listed = run({"list", "quote"});
  EXPECT_EQ(listed.status, 0) << listed.err;
  EXPECT_NE(listed.out.find("q-short\tquote"), std::string::npos) << listed.out;
}

// A top-level key that only another command takes waits for that command; one that no
// command takes is unknown; a key in a table that its command does not take is named.
TEST_F(LoreConfig, AnotherCommandsKeyIsQuietHere) {
  config("question = true\nignore-case = true\n");
  EXPECT_TRUE(run({"quote"}).err.empty());
  const AppRun trivia = run({"trivia", "--seed", "1"});
  EXPECT_EQ(trivia.status, 1) << "only trivia with a question, and none has one: " << trivia.err;
  config("[quote]\nquestion = true\n");
  const AppRun result = run({"quote"});
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.err.find(":2:1: warning: 'question' is not an option of quote"),
            std::string::npos)
      << result.err;
}

// Flags, values and lists are checked for their shape.
TEST_F(LoreConfig, AValueOfTheWrongShapeIsAWarning) {
  config("spoilers = \"yes\"\nwidth = true\ncolor = [\"never\", \"always\"]\n");
  const AppRun result = run({"quote"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find(":1:1: warning: 'spoilers' takes true or false"), std::string::npos);
  EXPECT_NE(result.err.find(":2:1: warning: 'width' takes a value"), std::string::npos);
  EXPECT_NE(result.err.find(":3:1: warning: 'color' takes one value"), std::string::npos);
}

// A data path in the file that is missing is a warning; the command still prints.
TEST_F(LoreConfig, AMissingDataPathIsAWarning) {
  config("data = [\"/data/gone.toml\", \"/data/other.toml\"]\n");
  const AppRun result = run({"quote", "-a", "--format", "tsv"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("o-one"), std::string::npos) << result.out;
  EXPECT_EQ(result.err, std::string(kConfig) +
                            ":1:1: warning: 'data': /data/gone.toml: no such file or folder; "
                            "left out\n");
}

TEST_F(LoreConfig, ConfigPathPrintsWhereTheFileIsReadFrom) {
  const AppRun result = run({"config", "--path"}, false);
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, std::string(kConfig) + "\n");
  config("width = 20\n");
  const AppRun shown = run({"config"}, false);
  EXPECT_EQ(shown.out, std::string(kConfig) + "\n\nwidth = 20\n");
}

TEST_F(LoreConfig, NoConfigPathIsAUsageErrorOfConfigOnly) {
  environment_.config_path.clear();
  EXPECT_EQ(run({"config", "--path"}, false).status, 2);
  EXPECT_EQ(run({"show", "q-short"}).status, 0);
}

// ------------------------------------------------------------------ environment
// LORE_MAX_FILE: bytes, as lore(1) documents it; a value lore cannot use is a warning
// naming it, never silently the default (issue 9's hardening).

/// The limit `text` sets, or 0 when it is refused.
std::uint64_t limit_of(const char* text) {
  const auto limit = parse_max_file_size(std::string(text));
  return limit ? *limit : 0;
}

/// The warning for `text`, or "" when it is a limit.
std::string warning_of(const char* text) {
  const auto limit = parse_max_file_size(std::string(text));
  return limit ? "" : limit.error();
}

TEST(ParseMaxFileSize, UnsetOrEmptyIsTheDefaultSilently) {
  EXPECT_EQ(parse_max_file_size(std::nullopt).value(), kDefaultMaxFileSize);
  EXPECT_EQ(limit_of(""), kDefaultMaxFileSize);
}

TEST(ParseMaxFileSize, APositiveNumberOfBytes) {
  EXPECT_EQ(limit_of("1"), 1U);
  EXPECT_EQ(limit_of("4096"), 4096U);
  EXPECT_EQ(limit_of("0004096"), 4096U);
  EXPECT_EQ(limit_of("1073741824"), kDefaultMaxFileSize);
  EXPECT_EQ(limit_of("18446744073709551615"), std::numeric_limits<std::uint64_t>::max());
}

TEST(ParseMaxFileSize, JunkIsAWarningNamingTheValue) {
  for (const char* text : {"abc", "-5", "+5", " 5", "5 ", "0", "0x10", "1.5", "1e6", "5\n"}) {
    EXPECT_EQ(warning_of(text),
              fmt::format("LORE_MAX_FILE='{}' is not a number of bytes (a positive whole "
                          "number, no suffix); the default limit, 1073741824 bytes (1 GiB), "
                          "is used",
                          text));
  }
}

TEST(ParseMaxFileSize, SuffixesAreNotDocumentedSoNotSizes) {
  for (const char* text : {"10XB", "10K", "1G", "1GiB", "4096B", "1M"}) {
    EXPECT_NE(
        warning_of(text).find(fmt::format("LORE_MAX_FILE='{}' is not a number of bytes", text)),
        std::string::npos)
        << text;
  }
}

TEST(ParseMaxFileSize, OverflowIsAWarning) {
  for (const char* text : {"18446744073709551616", "99999999999999999999999999"}) {
    EXPECT_EQ(warning_of(text), fmt::format("LORE_MAX_FILE='{}' is more than 18446744073709551615 "
                                            "bytes; the default limit, 1073741824 bytes (1 GiB), "
                                            "is used",
                                            text));
  }
  EXPECT_NE(warning_of("99999999999999999999999K").find("is not a number of bytes"),
            std::string::npos);
}

/// Sets an environment variable for one test, restoring what was there.
class ScopedVariable {
 public:
  ScopedVariable(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value, 1);
  }
  ScopedVariable(const ScopedVariable&) = delete;
  ScopedVariable& operator=(const ScopedVariable&) = delete;
  ~ScopedVariable() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(ReadEnvironment, ABadMaxFileSizeIsAWarningAndTheDefault) {
  const ScopedVariable bad("LORE_MAX_FILE", "10XB");
  const Environment environment = read_environment();
  EXPECT_EQ(environment.max_file_size, kDefaultMaxFileSize);
  ASSERT_EQ(environment.warnings.size(), 1U);
  EXPECT_EQ(environment.warnings[0].rfind("LORE_MAX_FILE='10XB' is not a number of bytes", 0), 0U)
      << environment.warnings[0];
}

TEST(ReadEnvironment, AGoodMaxFileSizeIsTheLimit) {
  const ScopedVariable good("LORE_MAX_FILE", "4096");
  const Environment environment = read_environment();
  EXPECT_EQ(environment.max_file_size, 4096U);
  EXPECT_TRUE(environment.warnings.empty());
}

TEST_F(LoreApp, AnEnvironmentWarningIsSaidAndTheQuotePrints) {
  environment_.warnings = {"LORE_MAX_FILE='abc' is bad\x1b[31m"};
  const AppRun result = run({"--seed", "1"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_FALSE(result.out.empty());
  EXPECT_EQ(result.err, "lore: warning: LORE_MAX_FILE='abc' is bad\\x1b[31m\n");
  const AppRun failing = run({"quote", "--tag", "no-such-tag"});
  EXPECT_EQ(failing.status, 1);
  EXPECT_EQ(failing.err.rfind("lore: warning: LORE_MAX_FILE='abc' is bad", 0), 0U) << failing.err;
}

}  // namespace
}  // namespace lore::cli

namespace lore::cli {
namespace {

/// A dataset of many quotes, so that its index has several blocks.
std::string many_quotes() {
  test::DatasetBuilder builder("many", "Many");
  for (int i = 0; i < 3000; ++i) {
    builder.quote("q" + std::to_string(i), "Quote number " + std::to_string(i) + " of many.");
  }
  return builder.toml();
}

TEST(IndexRecovery, DamageFoundMidRunDropsTheIndexAndReruns) {
  MemoryFileSystem files;
  files.add("/data/many.toml", many_quotes());
  const Environment environment = test::test_environment();
  const std::vector<std::string> args{"list", "--no-default", "--data", "/data/many.toml"};
  IndexCache first_cache(files, "/cache");
  const test::AppRun first = test::run_lore(args, files, environment, nullptr, &first_cache);
  ASSERT_EQ(first.status, 0) << first.err;
  std::string index_path;
  for (const auto& [path, content] : files.files()) {
    if (path.starts_with("/cache/")) index_path = path;
  }
  ASSERT_FALSE(index_path.empty());
  // A byte of the last entries' text: the header and block table still check out, so
  // the damage is found only when that block is read.
  std::string bytes = files.files().at(index_path);
  const std::size_t at = bytes.size() * 3 / 4;
  bytes[at] = static_cast<char>(bytes[at] ^ 0x20);
  files.add(index_path, bytes);

  IndexCache cache(files, "/cache");
  const test::AppRun second = test::run_lore(args, files, environment, nullptr, &cache);
  EXPECT_EQ(second.status, 0);
  EXPECT_EQ(second.err, "");
  EXPECT_EQ(second.out, first.out);
  ASSERT_TRUE(files.files().contains(index_path));
  EXPECT_NE(files.files().at(index_path), bytes) << "the damaged index must be rebuilt";
}

}  // namespace
}  // namespace lore::cli
