#include "commands/pick_command.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "support/catalogs.h"
#include "support/dataset_builder.h"
#include "support/failing_output.h"
#include "support/memory_context.h"
#include "util/output.h"

namespace lore {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;
using Ids = std::vector<std::string>;

std::string mem_dataset() {
  return test::DatasetBuilder("mem", "Memory")
      .number("year", 2001)
      .quote("q01", "Earth is our home.", {"iconic", "home"})
      .field("speaker", "Sam")
      .quote("q02", "Hope is not a plan.", {"iconic", "hope"})
      .field("speaker", "Sam")
      .quote("q03", "The bees came back.", {"bees"})
      .field("speaker", "Micah")
      .quote("q04", "Quote four.", {"filler"})
      .quote("q05", "Quote five.", {"filler"})
      .quote("q06", "Quote six.", {"filler"})
      .quote("q07", "Quote seven.", {"filler"})
      .quote("q08", "Quote eight.", {"filler"})
      .quote("q09", "Quote nine.", {"filler"})
      .quote("q10", "The final shuttle leaves.", {"iconic", "ending"})
      .spoiler()
      .trivia("t-composer", "The score is by Alex Somers.", "music", {"crew"})
      .field("question", "Who wrote the score?")
      .field("answer", "Alex Somers")
      .trivia("t-location", "Filmed in Mexico.", "locations", {"places"})
      .trivia("t-ending", "Sam stays on Earth.", "plot", {"ending"})
      .field("question", "Does Sam leave?")
      .field("answer", "No")
      .spoiler()
      .scene("s-start", "Alone", 1, "Sam studies the bees.", {"bees"})
      .scene("s-end", "Departure", 2, "The last shuttle leaves without Sam.", {"ending"})
      .spoiler()
      .egg("e-balloon", "The balloon", "Fragile ingenuity.", {"balloon"})
      .toml();
}

const Ids kQuotesWithoutSpoilers{"q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09"};
const std::set<std::string> kSpoilers{"q10", "t-ending", "s-end"};

class PickRun : public test::ContextTest {
 protected:
  void SetUp() override {
    files_.add("mem.toml", mem_dataset());
    environment_.today = [] { return year_month_day{year{2024}, month{5}, day{17}}; };
    environment_.entropy_seed = 1;
  }

  /// Options that pick quotes from mem.toml only and print their ids, one a line.
  static PickOptions quotes() {
    PickOptions options;
    options.command = "quote";
    options.sources = test::only_files({"mem.toml"});
    options.filter.kinds = {Kind::quote};
    options.display.entry_template = EntryTemplate::parse("{id}").value();
    return options;
  }

  Expected<void, Error> run(const PickOptions& options) {
    Context context = fresh_context();
    return run_pick(options, context);
  }

  /// The ids printed by a run that must succeed.
  Ids ids(const PickOptions& options) { return printed_lines(run(options)); }

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
};

TEST_F(PickRun, SeededRunsRepeat) {
  PickOptions options = quotes();
  options.choice.seed = 7;
  options.choice.choice.count = 3;
  const Ids first = ids(options);
  environment_.entropy_seed = 999;  // the entropy must not matter once seeded
  EXPECT_EQ(ids(options), first);
  EXPECT_EQ(first.size(), 3U);
}

TEST_F(PickRun, ASeedPicksAsTheChooser) {
  for (const std::uint64_t seed : {1ULL, 2ULL, 3ULL, 42ULL}) {
    PickOptions options = quotes();
    options.choice.seed = seed;
    options.choice.choice.count = 4;
    EXPECT_EQ(ids(options), chosen(kQuotesWithoutSpoilers, seed, {4, false})) << "seed " << seed;
  }
}

TEST_F(PickRun, DifferentSeedsPickDifferently) {
  std::set<Ids> outcomes;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    PickOptions options = quotes();
    options.choice.seed = seed;
    outcomes.insert(ids(options));
  }
  EXPECT_GT(outcomes.size(), 3U);
}

TEST_F(PickRun, WithoutASeedTheEntropySeedDecides) {
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

TEST_F(PickRun, DailyStaysFixedForADate) {
  PickOptions options = quotes();
  const year_month_day date{year{2024}, month{2}, day{29}};
  options.choice.day = date;
  environment_.entropy_seed = 1;
  const Ids first = ids(options);
  environment_.entropy_seed = 2;
  EXPECT_EQ(ids(options), first);
  // The quote whose draw for the day is highest (rendezvous hashing).
  const std::uint64_t seed = daily_seed(date, "quote");
  const std::string best =
      *std::max_element(kQuotesWithoutSpoilers.begin(), kQuotesWithoutSpoilers.end(),
                        [seed](const std::string& a, const std::string& b) {
                          return daily_draw(seed, "mem", a) < daily_draw(seed, "mem", b);
                        });
  EXPECT_EQ(first, Ids{best});
}

TEST_F(PickRun, DailyHoldsWhenAnEntryIsAdded) {
  // Issue 10: adding an entry changed the day's quote on about 7 days in 9. Now it
  // changes only on the days the new entry wins.
  PickOptions options = quotes();
  std::chrono::sys_days day_point{year_month_day{year{2024}, month{1}, day{1}}};
  int changed = 0;
  for (int i = 0; i < 60; ++i, day_point += std::chrono::days{1}) {
    options.choice.day = year_month_day{day_point};
    files_.add("mem.toml", mem_dataset());
    const Ids before = ids(options);
    files_.add("mem.toml",
               mem_dataset() + "[[quote]]\nid = \"q-new\"\ntext = \"New.\"\ntags = []\n");
    const Ids after = ids(options);
    if (after != before) {
      ++changed;
      EXPECT_EQ(after, Ids{"q-new"}) << "day " << i;
    }
  }
  EXPECT_LT(changed, 30);  // about one day in ten wins for the new entry
  EXPECT_GT(changed, 0);
}

TEST_F(PickRun, DailyChangesFromDayToDay) {
  PickOptions options = quotes();
  std::set<Ids> outcomes;
  std::chrono::sys_days day_point{year_month_day{year{2024}, month{1}, day{1}}};
  for (int i = 0; i < 30; ++i, day_point += std::chrono::days{1}) {
    options.choice.day = year_month_day{day_point};
    outcomes.insert(ids(options));
  }
  EXPECT_GT(outcomes.size(), 3U);
}

TEST_F(PickRun, DailyDependsOnTheCommand) {
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

TEST_F(PickRun, FiltersCombine) {
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

TEST_F(PickRun, SpoilersStayOut) {
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

TEST_F(PickRun, SpoilersComeInWhenAsked) {
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

TEST_F(PickRun, CountGivesDistinctEntries) {
  PickOptions options = quotes();
  options.choice.choice.count = 5;
  for (std::uint64_t seed = 0; seed < 30; ++seed) {
    options.choice.seed = seed;
    const Ids picked = ids(options);
    EXPECT_EQ(picked.size(), 5U);
    EXPECT_EQ(std::set<std::string>(picked.begin(), picked.end()).size(), 5U);
  }
}

TEST_F(PickRun, CountLargerThanTheMatchesGivesThemAll) {
  PickOptions options = quotes();
  options.choice.choice.count = 100;
  const Ids picked = ids(options);
  EXPECT_EQ(std::set<std::string>(picked.begin(), picked.end()),
            std::set<std::string>(kQuotesWithoutSpoilers.begin(), kQuotesWithoutSpoilers.end()));
}

TEST_F(PickRun, AllKeepsDatasetOrder) {
  PickOptions options = quotes();
  options.choice.choice.all = true;
  options.choice.seed = 3;
  EXPECT_EQ(ids(options), kQuotesWithoutSpoilers);
}

TEST_F(PickRun, NoMatchIsReportedAndPrintsNothing) {
  PickOptions options = quotes();
  options.filter.tags = {"nope"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
  EXPECT_NE(result.error().message.find("tag 'nope'"), std::string::npos) << result.error().message;
  EXPECT_EQ(out_.text(), "");
}

TEST_F(PickRun, NoMatchBecauseOfSpoilersSaysSo) {
  PickOptions options = quotes();
  options.filter.tags = {"ending"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::no_match);
  EXPECT_NE(result.error().message.find("--spoilers"), std::string::npos) << result.error().message;
}

TEST_F(PickRun, QuestionsPrintTheAnswerBeneath) {
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

TEST_F(PickRun, QuotesAreAttributed) {
  PickOptions options = quotes();
  options.display.entry_template.reset();
  options.filter.tags = {"home"};
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "Earth is our home.\n    -- Sam, Memory (2001)\n");
}

TEST_F(PickRun, TheEmbeddedDatasetAlone) {
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

TEST_F(PickRun, AnotherDatasetBesideTheEmbeddedOne) {
  PickOptions options = quotes();
  options.sources.include_embedded = true;
  options.filter.kinds.clear();
  options.choice.choice.all = true;
  options.display.entry_template.reset();
  options.display.format = OutputFormat::jsonl;
  ASSERT_TRUE(run(options));
  std::set<std::string> datasets;
  for (const std::string& line : out_lines()) {
    datasets.insert(nlohmann::json::parse(line).at("dataset").get<std::string>());
  }
  EXPECT_EQ(datasets, (std::set<std::string>{"io", "mem"}));
}

TEST_F(PickRun, AMissingFileIsUnreadableInput) {
  PickOptions options = quotes();
  options.sources.files = {"gone.toml"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
  ASSERT_FALSE(result.error().diagnostics.empty());
  EXPECT_EQ(result.error().diagnostics[0].path, "gone.toml");
}

TEST_F(PickRun, AnInvalidFileIsInvalidData) {
  files_.add("bad.toml",
             "[dataset]\nid = \"bad\"\ntitle = \"Bad\"\n[[quote]]\nid = \"x\"\ntags = []\n");
  PickOptions options = quotes();
  options.sources.files = {"bad.toml"};
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(result.error().diagnostics.size(), 1U);
  EXPECT_EQ(format_diagnostic(result.error().diagnostics[0]),
            "bad.toml:4:1: error: quote 'x' is missing required field 'text'");
}

TEST_F(PickRun, NoDatasetsAtAllIsAUsageError) {
  PickOptions options = quotes();
  options.sources.files.clear();
  const auto result = run(options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::usage);
}

TEST_F(PickRun, WarningsGoToTheMessages) {
  // A dataset on the search path with an error is skipped with a warning; the pick
  // goes on with the others.
  files_.add("broken.toml",
             "[dataset]\nid = \"broken\"\ntitle = \"S\"\n"
             "[[trivia]]\nid = \"a\"\nfact = \"A.\"\ncategory = \"c\"\nquestion = \"A?\"\n"
             "answer = \"A\"\nchoices = [\"a\", \"B\", \"C\"]\ntags = []\n");
  files_.add("scenes.toml",
             "[dataset]\nid = \"scenes\"\ntitle = \"S\"\n"
             "[[scene]]\nid = \"b\"\ntitle = \"B\"\norder = 1\n"
             "description = \"B.\"\ntags = []\n");
  PickOptions options = quotes();
  options.sources.search_path = {"broken.toml", "scenes.toml"};
  options.sources.files.clear();
  options.filter.kinds = {Kind::scene};
  ASSERT_TRUE(run(options));
  EXPECT_EQ(messages_.text(),
            "broken.toml:10:12: warning: skipping this dataset: choice 'a' of "
            "trivia 'a' is also an accepted answer\n");
}

TEST_F(PickRun, UnwritableOutputFails) {
  test::FailingOutput full;
  StringOutput messages;
  Context context{full, messages, files_, environment_};
  const auto result = run_pick(quotes(), context);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::output_failure);
  EXPECT_NE(result.error().message.find("No space left on device"), std::string::npos);
}

}  // namespace
}  // namespace lore
