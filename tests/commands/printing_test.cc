#include "commands/printing.h"

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

// ------------------------------------------------------------------ output

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

}  // namespace
}  // namespace lore
