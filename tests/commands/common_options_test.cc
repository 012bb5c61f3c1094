#include "commands/common_options.h"

#include <gtest/gtest.h>

#include <string>

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

std::vector<std::uint64_t> draws(Random random, int count = 8) {
  std::vector<std::uint64_t> values;
  for (int i = 0; i < count; ++i) values.push_back(random.next());
  return values;
}

// ------------------------------------------------------------------ print options

TEST(ResolvePrintOptions, WidthFromTheOptionFirst) {
  Environment environment;
  environment.columns = 100;
  environment.terminal_width = 120;
  DisplayOptions display;
  display.width = 60;
  EXPECT_EQ(resolve_print_options(display, environment).text.width, 60U);
}

TEST(ResolvePrintOptions, WidthZeroTurnsWrappingOff) {
  Environment environment;
  environment.columns = 100;
  DisplayOptions display;
  display.width = 0;
  EXPECT_EQ(resolve_print_options(display, environment).text.width, 0U);
}

TEST(ResolvePrintOptions, ThenColumnsThenTheTerminal) {
  Environment environment;
  environment.columns = 100;
  environment.terminal_width = 120;
  EXPECT_EQ(resolve_print_options({}, environment).text.width, 100U);
  environment.columns.reset();
  EXPECT_EQ(resolve_print_options({}, environment).text.width, 120U);
  environment.terminal_width.reset();
  EXPECT_EQ(resolve_print_options({}, environment).text.width, 0U);  // no wrap
}

TEST(ResolvePrintOptions, ColourByTheEnvironment) {
  Environment environment;
  environment.color.stdout_is_terminal = true;
  environment.color.term = "xterm";
  DisplayOptions display;
  EXPECT_TRUE(resolve_print_options(display, environment).text.color);
  environment.color.no_color = "1";
  EXPECT_FALSE(resolve_print_options(display, environment).text.color);
  display.color = ColorMode::always;
  EXPECT_TRUE(resolve_print_options(display, environment).text.color);
  display.color = ColorMode::never;
  environment.color.clicolor_force = "1";
  EXPECT_FALSE(resolve_print_options(display, environment).text.color);
}

TEST(ResolvePrintOptions, CarriesFormatAndTemplate) {
  DisplayOptions display;
  display.format = OutputFormat::jsonl;
  display.null_terminated = true;
  display.entry_template = EntryTemplate::parse("{id}").value();
  const PrintOptions print = resolve_print_options(display, Environment{});
  EXPECT_EQ(print.format, OutputFormat::jsonl);
  EXPECT_TRUE(print.null_terminated);
  EXPECT_TRUE(print.entry_template.has_value());
}

// ------------------------------------------------------------------ randomness

TEST(MakeRandom, ASeedGivesItsSequence) {
  ChoiceOptions options;
  options.seed = 42;
  Environment environment;
  environment.entropy_seed = 7;
  EXPECT_EQ(draws(make_random(options, "quote", environment)), draws(Random(42)));
}

TEST(MakeRandom, ADayGivesTheDailySeedOfTheCommand) {
  ChoiceOptions options;
  const year_month_day date{year{2024}, month{5}, day{17}};
  options.day = date;
  Environment environment;
  environment.entropy_seed = 7;
  EXPECT_EQ(draws(make_random(options, "trivia", environment)),
            draws(Random(daily_seed(date, "trivia"))));
  EXPECT_NE(draws(make_random(options, "trivia", environment)),
            draws(make_random(options, "quote", environment)));
}

TEST(MakeRandom, OtherwiseTheEntropySeed) {
  Environment environment;
  environment.entropy_seed = 7;
  EXPECT_EQ(draws(make_random({}, "quote", environment)), draws(Random(7)));
}

// ------------------------------------------------------------------ no match

Catalog catalog_of(std::string_view toml) {
  LoadResult result = load_dataset(toml, "mem.toml");
  EXPECT_TRUE(result.dataset.has_value());
  Catalog catalog;
  catalog.add(std::move(*result.dataset));
  return catalog;
}

std::string spoiler_only() {
  return test::DatasetBuilder("mem", "Memory").quote("q", "The end.", {"ending"}).spoiler().toml();
}

TEST(NoMatch, SaysWhatWasAskedFor) {
  const Catalog catalog = catalog_of(spoiler_only());
  Filter filter;
  filter.kinds = {Kind::trivia};
  filter.tags = {"cast"};
  filter.excluded_tags = {"crew"};
  filter.speaker = "Sam";
  filter.category = "music";
  filter.length = LengthLimit::short_only;
  filter.require_question = true;
  const Error error = no_match(catalog, filter);
  EXPECT_EQ(error.kind, ErrorKind::no_match);
  for (const char* part : {"trivia", "tag 'cast'", "without tag 'crew'", "speaker 'Sam'",
                           "category 'music'", "short", "160", "question"}) {
    EXPECT_NE(error.message.find(part), std::string::npos) << part << " in: " << error.message;
  }
  EXPECT_EQ(error.message.find("--spoilers"), std::string::npos) << error.message;
}

TEST(NoMatch, SaysWhenSpoilersWouldMatch) {
  const Catalog catalog = catalog_of(spoiler_only());
  Filter filter;
  filter.tags = {"ending"};
  const Error error = no_match(catalog, filter);
  EXPECT_NE(error.message.find("--spoilers"), std::string::npos) << error.message;
}

TEST(NoMatch, LongSaysOver) {
  Filter filter;
  filter.length = LengthLimit::long_only;
  filter.length_cutoff = 80;
  const Error error = no_match(catalog_of(spoiler_only()), filter);
  EXPECT_NE(error.message.find("long"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("80"), std::string::npos) << error.message;
}

// ------------------------------------------------------------------ catalog and output

TEST(OpenCatalog, NoDatasetAtAllIsAUsageError) {
  test::MemoryContext memory;
  Context context = memory.fresh();
  const auto loaded = open_catalog(test::only_files({}), context);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().kind, ErrorKind::usage);
}

TEST(OpenCatalog, WritesWarningsAsDiagnosticLines) {
  test::MemoryContext memory;
  memory.files.add(
      "s.toml",
      "[dataset]\nid = \"s\"\ntitle = \"S\"\n"
      "[[trivia]]\nid = \"a\"\nfact = \"A.\"\ncategory = \"c\"\nquestion = \"A?\"\n"
      "answer = \"A\"\nchoices = [\"a\", \"B\", \"C\"]\ntags = []\n"
      "[[scene]]\nid = \"b\"\ntitle = \"B\"\norder = 1\ndescription = \"B.\"\ntags = []\n");
  Context context = memory.fresh();
  DatasetSources sources;
  sources.files = {"s.toml"};
  const auto loaded = open_catalog(sources, context);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(memory.messages.text(),
            "s.toml:10:12: warning: choice 'a' of trivia 'a' is also an accepted answer\n");
  EXPECT_EQ(memory.out.text(), "");
}

TEST(FinishOutput, AFailureIsAnOutputFailure) {
  test::FailingOutput full;
  const auto finished = finish_output(full);
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.error().kind, ErrorKind::output_failure);
  EXPECT_EQ(finished.error().message, "cannot write to standard output: No space left on device");
}

TEST(FinishOutput, SuccessIsSuccess) {
  StringOutput out;
  EXPECT_TRUE(finish_output(out));
}

TEST(PickEntries, DefaultWeightingPicksAlike) {
  const Catalog catalog = catalog_of(R"([dataset]
id = "mem"
title = "Memory"
[[quote]]
id = "a"
text = "A."
tags = []
[[quote]]
id = "b"
text = "B."
tags = []
[[quote]]
id = "c"
text = "C."
tags = []
)");
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    ChoiceOptions options;
    options.choice.count = 2;
    Random for_pick(seed);
    Random for_choose(seed);
    const auto picked =
        pick_entries(select_entries(catalog, {}), options, "quote", catalog, for_pick);
    ASSERT_TRUE(picked);
    EXPECT_EQ(*picked, choose(catalog.entries(), options.choice, for_choose));
  }
}

}  // namespace
}  // namespace lore
