#include "commands/pick_command.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "util/output.h"

namespace lore {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;
using Ids = std::vector<std::string>;

constexpr std::string_view kDataset = R"([dataset]
id = "mem"
title = "Memory"
year = 2001

[[quote]]
id = "q01"
text = "Earth is our home."
speaker = "Sam"
tags = ["iconic", "home"]

[[quote]]
id = "q02"
text = "Hope is not a plan."
speaker = "Sam"
tags = ["iconic", "hope"]

[[quote]]
id = "q03"
text = "The bees came back."
speaker = "Micah"
tags = ["bees"]

[[quote]]
id = "q04"
text = "Quote four."
tags = ["filler"]

[[quote]]
id = "q05"
text = "Quote five."
tags = ["filler"]

[[quote]]
id = "q06"
text = "Quote six."
tags = ["filler"]

[[quote]]
id = "q07"
text = "Quote seven."
tags = ["filler"]

[[quote]]
id = "q08"
text = "Quote eight."
tags = ["filler"]

[[quote]]
id = "q09"
text = "Quote nine."
tags = ["filler"]

[[quote]]
id = "q10"
text = "The final shuttle leaves."
tags = ["iconic", "ending"]
spoiler = true

[[trivia]]
id = "t-composer"
fact = "The score is by Alex Somers."
category = "music"
question = "Who wrote the score?"
answer = "Alex Somers"
tags = ["crew"]

[[trivia]]
id = "t-location"
fact = "Filmed in Mexico."
category = "locations"
tags = ["places"]

[[trivia]]
id = "t-ending"
fact = "Sam stays on Earth."
category = "plot"
question = "Does Sam leave?"
answer = "No"
tags = ["ending"]
spoiler = true

[[scene]]
id = "s-start"
title = "Alone"
order = 1
description = "Sam studies the bees."
tags = ["bees"]

[[scene]]
id = "s-end"
title = "Departure"
order = 2
description = "The last shuttle leaves without Sam."
tags = ["ending"]
spoiler = true

[[egg]]
id = "e-balloon"
title = "The balloon"
text = "Fragile ingenuity."
tags = ["balloon"]
)";

const Ids kQuotesWithoutSpoilers{"q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09"};
const std::set<std::string> kSpoilers{"q10", "t-ending", "s-end"};

/// An output whose finish() fails, as a full disk would.
class FullOutput : public Output {
 public:
  void write(std::string_view) override {}
  Expected<void, std::string> finish() override { return unexpected(std::string("No space left on device")); }
};

class PickCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    files_.add("mem.toml", std::string(kDataset));
    environment_.today = year_month_day{year{2024}, month{5}, day{17}};
    environment_.entropy_seed = 1;
  }

  /// Options that pick quotes from mem.toml only and print their ids, one a line.
  static PickOptions quotes() {
    PickOptions options;
    options.command = "quote";
    options.sources.include_embedded = false;
    options.sources.files = {"mem.toml"};
    options.filter.kinds = {Kind::quote};
    options.display.entry_template = EntryTemplate::parse("{id}").value();
    return options;
  }

  Expected<void, Error> run(const PickOptions& options) {
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
    return run_pick(options, context);
  }

  /// The ids printed by a run that must succeed.
  Ids ids(const PickOptions& options) {
    const auto result = run(options);
    EXPECT_TRUE(result) << (result ? "" : result.error().message);
    Ids printed;
    std::istringstream lines(out_.text());
    for (std::string line; std::getline(lines, line);) printed.push_back(line);
    return printed;
  }

  /// What choose() picks from `candidates` with this seed, as ids.
  static Ids chosen(const Ids& candidates, std::uint64_t seed, Choice choice) {
    std::vector<Entry> entries(candidates.size());
    std::vector<const Entry*> pointers;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      entries[i].id = candidates[i];
      pointers.push_back(&entries[i]);
    }
    Random random(seed);
    Ids picked;
    for (const Entry* entry : choose(pointers, choice, random)) picked.emplace_back(entry->id);
    return picked;
  }

  MemoryFileSystem files_;
  Environment environment_;
  StringOutput out_;
  StringOutput messages_;
};

TEST_F(PickCommandTest, SeededRunsRepeat) {
  PickOptions options = quotes();
  options.choice.seed = 7;
  options.choice.choice.count = 3;
  const Ids first = ids(options);
  environment_.entropy_seed = 999;  // the entropy must not matter once seeded
  EXPECT_EQ(ids(options), first);
  EXPECT_EQ(first.size(), 3U);
}

TEST_F(PickCommandTest, ASeedPicksWhatTheChooserPicksFromTheFilteredEntries) {
  for (const std::uint64_t seed : {1ULL, 2ULL, 3ULL, 42ULL}) {
    PickOptions options = quotes();
    options.choice.seed = seed;
    options.choice.choice.count = 4;
    EXPECT_EQ(ids(options), chosen(kQuotesWithoutSpoilers, seed, {4, false})) << "seed " << seed;
  }
}

TEST_F(PickCommandTest, DifferentSeedsPickDifferently) {
  std::set<Ids> outcomes;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    PickOptions options = quotes();
    options.choice.seed = seed;
    outcomes.insert(ids(options));
  }
  EXPECT_GT(outcomes.size(), 3U);
}

TEST_F(PickCommandTest, WithoutASeedTheEntropySeedDecides) {
  const PickOptions options = quotes();
  environment_.entropy_seed = 5;
  const Ids first = ids(options);
  EXPECT_EQ(ids(options), first);
  EXPECT_EQ(first, chosen(kQuotesWithoutSpoilers, 5, {1, false}));
  std::set<Ids> outcomes;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    environment_.entropy_seed = seed;
    outcomes.insert(ids(options));
  }
  EXPECT_GT(outcomes.size(), 3U);
}

TEST_F(PickCommandTest, DailyStaysFixedForADate) {
  PickOptions options = quotes();
  const year_month_day date{year{2024}, month{2}, day{29}};
  options.choice.day = date;
  environment_.entropy_seed = 1;
  const Ids first = ids(options);
  environment_.entropy_seed = 2;
  EXPECT_EQ(ids(options), first);
  EXPECT_EQ(first, chosen(kQuotesWithoutSpoilers, daily_seed(date, "quote"), {1, false}));
}

TEST_F(PickCommandTest, DailyChangesFromDayToDay) {
  PickOptions options = quotes();
  std::set<Ids> outcomes;
  std::chrono::sys_days day_point{year_month_day{year{2024}, month{1}, day{1}}};
  for (int i = 0; i < 30; ++i, day_point += std::chrono::days{1}) {
    options.choice.day = year_month_day{day_point};
    outcomes.insert(ids(options));
  }
  EXPECT_GT(outcomes.size(), 3U);
}

TEST_F(PickCommandTest, DailyDependsOnTheCommand) {
  PickOptions options = quotes();
  bool differed = false;
  std::chrono::sys_days day_point{year_month_day{year{2024}, month{1}, day{1}}};
  for (int i = 0; i < 30 && !differed; ++i, day_point += std::chrono::days{1}) {
    options.choice.day = year_month_day{day_point};
    options.command = "quote";
    const Ids as_quote = ids(options);
    options.command = "random";
    differed = ids(options) != as_quote;
  }
  EXPECT_TRUE(differed);
}

TEST_F(PickCommandTest, FiltersCombine) {
  PickOptions options = quotes();
  options.choice.choice.all = true;
  options.filter.tags = {"iconic"};
  EXPECT_EQ(ids(options), (Ids{"q01", "q02"}));
  options.filter.excluded_tags = {"hope"};
  EXPECT_EQ(ids(options), (Ids{"q01"}));
  options.filter.include_spoilers = true;
  EXPECT_EQ(ids(options), (Ids{"q01", "q10"}));
  options.filter.excluded_tags.clear();
  options.filter.speaker = "SAM";
  EXPECT_EQ(ids(options), (Ids{"q01", "q02"}));
  options.filter.length = LengthLimit::short_only;
  options.filter.length_cutoff = 18;  // "Earth is our home." is 18 characters
  EXPECT_EQ(ids(options), (Ids{"q01"}));
}

TEST_F(PickCommandTest, SpoilersStayOut) {
  PickOptions options = quotes();
  options.command = "random";
  options.filter.kinds.clear();
  for (std::uint64_t seed = 0; seed < 200; ++seed) {
    options.choice.seed = seed;
    for (const std::string& id : ids(options)) EXPECT_EQ(kSpoilers.count(id), 0U) << id;
  }
  options.choice.seed.reset();
  options.choice.choice.all = true;
  for (const std::string& id : ids(options)) EXPECT_EQ(kSpoilers.count(id), 0U) << id;
}

TEST_F(PickCommandTest, SpoilersComeInWhenAsked) {
  PickOptions options = quotes();
  options.command = "random";
  options.filter.kinds.clear();
  options.filter.include_spoilers = true;
  options.choice.choice.all = true;
  const Ids all = ids(options);
  for (const std::string& spoiler : kSpoilers) {
    EXPECT_NE(std::find(all.begin(), all.end(), spoiler), all.end()) << spoiler;
  }
}

TEST_F(PickCommandTest, CountGivesDistinctEntries) {
  PickOptions options = quotes();
  options.choice.choice.count = 5;
  for (std::uint64_t seed = 0; seed < 30; ++seed) {
    options.choice.seed = seed;
    const Ids picked = ids(options);
    EXPECT_EQ(picked.size(), 5U);
    EXPECT_EQ(std::set<std::string>(picked.begin(), picked.end()).size(), 5U);
  }
}

TEST_F(PickCommandTest, CountLargerThanTheMatchesGivesThemAll) {
  PickOptions options = quotes();
  options.choice.choice.count = 100;
  const Ids picked = ids(options);
  EXPECT_EQ(std::set<std::string>(picked.begin(), picked.end()),
            std::set<std::string>(kQuotesWithoutSpoilers.begin(), kQuotesWithoutSpoilers.end()));
}

TEST_F(PickCommandTest, AllKeepsDatasetOrder) {
  PickOptions options = quotes();
  options.choice.choice.all = true;
  options.choice.seed = 3;
  EXPECT_EQ(ids(options), kQuotesWithoutSpoilers);
}

TEST_F(PickCommandTest, NoMatchIsReportedAndPrintsNothing) {
  PickOptions options = quotes();
  options.filter.tags = {"nope"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
  EXPECT_NE(result.error().message.find("tag 'nope'"), std::string::npos) << result.error().message;
  EXPECT_EQ(out_.text(), "");
}

TEST_F(PickCommandTest, NoMatchBecauseOfSpoilersSaysSo) {
  PickOptions options = quotes();
  options.filter.tags = {"ending"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
  EXPECT_NE(result.error().message.find("--spoilers"), std::string::npos) << result.error().message;
}

TEST_F(PickCommandTest, QuestionsPrintTheAnswerBeneath) {
  PickOptions options = quotes();
  options.command = "trivia";
  options.filter.kinds = {Kind::trivia};
  options.display.entry_template.reset();
  options.ask_questions = true;
  options.choice.choice.all = true;
  ASSERT_TRUE(run(options));
  // Only the trivia that can be asked, spoilers left out.
  EXPECT_EQ(out_.text(), "Who wrote the score?\nAnswer: Alex Somers\n");
}

TEST_F(PickCommandTest, QuotesAreAttributed) {
  PickOptions options = quotes();
  options.display.entry_template.reset();
  options.filter.tags = {"home"};
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "Earth is our home.\n    -- Sam, Memory (2001)\n");
}

TEST_F(PickCommandTest, TheEmbeddedDatasetAlone) {
  PickOptions options = quotes();
  options.sources = DatasetSources{};
  options.display.entry_template.reset();
  options.choice.seed = 11;
  ASSERT_TRUE(run(options));
  const std::string text = out_.text();
  const std::string attribution = "    -- IO (2019)\n";
  ASSERT_GE(text.size(), attribution.size());
  EXPECT_EQ(text.substr(text.size() - attribution.size()), attribution) << text;
}

TEST_F(PickCommandTest, AnotherDatasetBesideTheEmbeddedOne) {
  PickOptions options = quotes();
  options.sources.include_embedded = true;
  options.filter.kinds.clear();
  options.choice.choice.all = true;
  options.display.entry_template.reset();
  options.display.format = OutputFormat::jsonl;
  ASSERT_TRUE(run(options));
  std::set<std::string> datasets;
  std::istringstream lines(out_.text());
  for (std::string line; std::getline(lines, line);) {
    datasets.insert(nlohmann::json::parse(line).at("dataset").get<std::string>());
  }
  EXPECT_EQ(datasets, (std::set<std::string>{"io", "mem"}));
}

TEST_F(PickCommandTest, AMissingFileIsUnreadableInput) {
  PickOptions options = quotes();
  options.sources.files = {"gone.toml"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
  ASSERT_FALSE(result.error().diagnostics.empty());
  EXPECT_EQ(result.error().diagnostics[0].path, "gone.toml");
}

TEST_F(PickCommandTest, AnInvalidFileIsInvalidData) {
  files_.add("bad.toml", "[dataset]\nid = \"bad\"\ntitle = \"Bad\"\n[[quote]]\nid = \"x\"\ntags = []\n");
  PickOptions options = quotes();
  options.sources.files = {"bad.toml"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(result.error().diagnostics.size(), 1U);
  EXPECT_EQ(format_diagnostic(result.error().diagnostics[0]),
            "bad.toml:4:1: error: quote 'x' is missing required field 'text'");
}

TEST_F(PickCommandTest, NoDatasetsAtAllIsAUsageError) {
  PickOptions options = quotes();
  options.sources.files.clear();
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
}

TEST_F(PickCommandTest, WarningsGoToTheMessages) {
  files_.add("scenes.toml",
             "[dataset]\nid = \"scenes\"\ntitle = \"S\"\n"
             "[[scene]]\nid = \"a\"\ntitle = \"A\"\norder = 1\ndescription = \"A.\"\ntags = []\n"
             "[[scene]]\nid = \"b\"\ntitle = \"B\"\norder = 1\ndescription = \"B.\"\ntags = []\n");
  PickOptions options = quotes();
  options.sources.files = {"scenes.toml"};
  options.filter.kinds = {Kind::scene};
  ASSERT_TRUE(run(options));
  EXPECT_EQ(messages_.text(), "scenes.toml:10:1: warning: scene 'b' has the same order (1) as scene 'a'\n");
}

TEST_F(PickCommandTest, AnOutputThatCannotBeWrittenIsAnOutputFailure) {
  FullOutput full;
  StringOutput messages;
  Context context{full, messages, files_, environment_};
  const auto result = run_pick(quotes(), context);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::output_failure);
  EXPECT_NE(result.error().message.find("No space left on device"), std::string::npos);
}

}  // namespace
}  // namespace lore
