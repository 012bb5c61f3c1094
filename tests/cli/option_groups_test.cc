#include "cli/option_groups.h"

#include <gtest/gtest.h>

#include <string>

namespace lore::cli {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

// ------------------------------------------------------------------ datasets

TEST(ToSources, EmbeddedUnlessNoDefaultAndTheFilesInOrder) {
  const Environment environment{};
  DatasetArgs args;
  args.files = {"b.toml", "a.toml"};
  DatasetSources sources = to_sources(args, environment);
  EXPECT_TRUE(sources.include_embedded);
  EXPECT_EQ(sources.files, (std::vector<std::string>{"b.toml", "a.toml"}));
  args.no_default = true;
  sources = to_sources(args, environment);
  EXPECT_FALSE(sources.include_embedded);
}

// ------------------------------------------------------------------ filters

TEST(ToFilter, CopiesEveryCondition) {
  FilterArgs args;
  args.tags = {"a", "b"};
  args.excluded_tags = {"c"};
  args.speaker = "Sam";
  args.category = "cast";
  args.short_only = true;
  args.length_cutoff = 80;
  args.spoilers = true;
  const auto filter = to_filter(args, {Kind::quote, Kind::egg});
  ASSERT_TRUE(filter);
  EXPECT_EQ(filter->kinds, (std::vector<Kind>{Kind::quote, Kind::egg}));
  EXPECT_EQ(filter->tags, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(filter->excluded_tags, (std::vector<std::string>{"c"}));
  EXPECT_EQ(filter->speaker, "Sam");
  EXPECT_EQ(filter->category, "cast");
  EXPECT_EQ(filter->length, LengthLimit::short_only);
  EXPECT_EQ(filter->length_cutoff, 80U);
  EXPECT_TRUE(filter->include_spoilers);
}

TEST(ToFilter, LongOnly) {
  FilterArgs args;
  args.long_only = true;
  EXPECT_EQ(to_filter(args, {})->length, LengthLimit::long_only);
  EXPECT_EQ(to_filter(FilterArgs{}, {})->length, LengthLimit::any);
  EXPECT_EQ(to_filter(FilterArgs{}, {})->length_cutoff, 160U);
}

TEST(ToFilter, ShortAndLongExcludeEachOther) {
  FilterArgs args;
  args.short_only = true;
  args.long_only = true;
  const auto filter = to_filter(args, {});
  ASSERT_FALSE(filter);
  EXPECT_EQ(filter.error().kind, ErrorKind::usage);
}

// ------------------------------------------------------------------ choosing

Environment on_day(year_month_day today) {
  Environment environment;
  environment.today = [today] { return today; };
  return environment;
}

TEST(ToChoice, SeedCountAndAll) {
  ChoiceArgs args;
  args.seed = 9;
  args.seed_given = true;
  args.count = 4;
  args.count_given = true;
  const auto choice = to_choice(args, Environment{});
  ASSERT_TRUE(choice);
  EXPECT_EQ(choice->seed, 9U);
  EXPECT_FALSE(choice->day.has_value());
  EXPECT_EQ(choice->choice.count, 4U);
  EXPECT_FALSE(choice->choice.all);
}

TEST(ToChoice, SeedZeroIsASeed) {
  ChoiceArgs args;
  args.seed = 0;
  args.seed_given = true;
  EXPECT_EQ(to_choice(args, Environment{})->seed, 0U);
  EXPECT_FALSE(to_choice(ChoiceArgs{}, Environment{})->seed.has_value());
}

TEST(ToChoice, DailyIsToday) {
  const year_month_day today{year{2024}, month{5}, day{17}};
  ChoiceArgs args;
  args.daily = true;
  EXPECT_EQ(to_choice(args, on_day(today))->day, today);
}

TEST(ToChoice, DateNamesAnotherDay) {
  ChoiceArgs args;
  args.date = "2019-12-31";
  args.date_given = true;
  EXPECT_EQ(to_choice(args, on_day(year_month_day{year{2024}, month{5}, day{17}}))->day,
            (year_month_day{year{2019}, month{12}, day{31}}));
}

TEST(ToChoice, ABadDateIsAUsageError) {
  for (const char* date : {"2023-02-30", "tomorrow", "2023-2-1", ""}) {
    ChoiceArgs args;
    args.date = date;
    args.date_given = true;
    const auto choice = to_choice(args, Environment{});
    ASSERT_FALSE(choice) << date;
    EXPECT_EQ(choice.error().kind, ErrorKind::usage);
    EXPECT_NE(choice.error().message.find(date), std::string::npos) << choice.error().message;
  }
}

TEST(ToChoice, SeedWithDailyOrDateIsAUsageError) {
  ChoiceArgs args;
  args.seed_given = true;
  args.daily = true;
  ASSERT_FALSE(to_choice(args, Environment{}));
  EXPECT_EQ(to_choice(args, Environment{}).error().kind, ErrorKind::usage);
  args.daily = false;
  args.date = "2024-01-01";
  args.date_given = true;
  ASSERT_FALSE(to_choice(args, Environment{}));
  EXPECT_EQ(to_choice(args, Environment{}).error().kind, ErrorKind::usage);
}

TEST(ToChoice, CountAndAllAreAUsageError) {
  ChoiceArgs args;
  args.count = 2;
  args.count_given = true;
  args.all = true;
  const auto choice = to_choice(args, Environment{});
  ASSERT_FALSE(choice);
  EXPECT_EQ(choice.error().kind, ErrorKind::usage);
}

// ------------------------------------------------------------------ display

TEST(ToDisplay, Formats) {
  for (const auto& [name, format] :
       std::vector<std::pair<std::string, OutputFormat>>{{"text", OutputFormat::text},
                                                         {"json", OutputFormat::json},
                                                         {"jsonl", OutputFormat::jsonl},
                                                         {"tsv", OutputFormat::tsv}}) {
    DisplayArgs args;
    args.format = name;
    args.format_given = true;
    EXPECT_EQ(to_display(args)->format, format) << name;
  }
}

TEST(ToDisplay, ColourModes) {
  DisplayArgs args;
  EXPECT_EQ(to_display(args)->color, ColorMode::automatic);
  args.color = "always";
  EXPECT_EQ(to_display(args)->color, ColorMode::always);
  args.color = "never";
  EXPECT_EQ(to_display(args)->color, ColorMode::never);
}

TEST(ToDisplay, WidthOnlyWhenGiven) {
  DisplayArgs args;
  EXPECT_FALSE(to_display(args)->width.has_value());
  args.width = 0;
  args.width_given = true;
  EXPECT_EQ(to_display(args)->width, 0U);
}

TEST(ToDisplay, ATemplate) {
  DisplayArgs args;
  args.template_text = "{id}";
  args.template_given = true;
  const auto display = to_display(args);
  ASSERT_TRUE(display);
  EXPECT_TRUE(display->entry_template.has_value());
}

TEST(ToDisplay, AnUnknownTemplateFieldIsAUsageErrorNamingIt) {
  DisplayArgs args;
  args.template_text = "{id} {nope}";
  args.template_given = true;
  const auto display = to_display(args);
  ASSERT_FALSE(display);
  EXPECT_EQ(display.error().kind, ErrorKind::usage);
  EXPECT_NE(display.error().message.find("'nope'"), std::string::npos) << display.error().message;
}

TEST(ToDisplay, TemplateAndFormatExcludeEachOther) {
  DisplayArgs args;
  args.template_text = "{id}";
  args.template_given = true;
  args.format = "json";
  args.format_given = true;
  const auto display = to_display(args);
  ASSERT_FALSE(display);
  EXPECT_EQ(display.error().kind, ErrorKind::usage);
}

TEST(ToDisplay, NullNeedsJsonLines) {
  DisplayArgs args;
  args.null_terminated = true;
  args.format = "json";
  args.format_given = true;
  ASSERT_FALSE(to_display(args));
  EXPECT_EQ(to_display(args).error().kind, ErrorKind::usage);
  args.format = "jsonl";
  ASSERT_TRUE(to_display(args));
  EXPECT_TRUE(to_display(args)->null_terminated);
}

}  // namespace
}  // namespace lore::cli
