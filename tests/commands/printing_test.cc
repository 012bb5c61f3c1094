#include "commands/printing.h"

#include <gtest/gtest.h>

#include <optional>
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

class PrintAndFinish : public test::ContextTest {
 protected:
  void SetUp() override {
    LoadResult loaded = load_dataset(test::DatasetBuilder("pct", "Percent")
                                         .quote("fine", "Fine.")
                                         .quote("split", "Before\n%\nAfter")
                                         .quote("also", "%")
                                         .toml(),
                                     "pct.toml");
    ASSERT_TRUE(loaded.dataset);
    dataset_.emplace(std::move(*loaded.dataset));
    for (const Entry& entry : dataset_->entries()) entries_.push_back(&entry);
    print_.format = OutputFormat::fortune;
  }

  Expected<void, Error> run() {
    Context context = fresh_context();
    return print_and_finish(entries_, print_, context);
  }

  std::optional<Dataset> dataset_;
  std::vector<const Entry*> entries_;
  PrintOptions print_;
};

TEST_F(PrintAndFinish, APercentLineFailsNamingEachEntry) {
  const auto result = run();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::invalid_data);
  ASSERT_EQ(result.error().diagnostics.size(), 2U);
  EXPECT_EQ(result.error().diagnostics[0].path, "pct.toml");
  EXPECT_EQ(result.error().diagnostics[0].line, entries_[1]->position.line);
  EXPECT_NE(result.error().diagnostics[0].message.find("'pct:split'"), std::string::npos);
  EXPECT_NE(result.error().diagnostics[1].message.find("'pct:also'"), std::string::npos);
  EXPECT_NE(result.error().message.find("--escape-percent"), std::string::npos);
  EXPECT_EQ(out_.text(), "");
}

TEST_F(PrintAndFinish, EscapePercentWarnsOnce) {
  print_.fortune.escape_percent = true;
  ASSERT_TRUE(run());
  EXPECT_EQ(out_.text(), "Fine.\n%\nBefore\n %\nAfter\n%\n %\n%\n");
  EXPECT_EQ(messages_.text(),
            "lore: warning: a line that is just '%' written as ' %' in 2 entries "
            "(--escape-percent)\n");
}

TEST_F(PrintAndFinish, OtherFormatsPrintPercentLines) {
  print_.format = OutputFormat::jsonl;
  ASSERT_TRUE(run());
  EXPECT_NE(out_.text().find("Before\\n%\\nAfter"), std::string::npos) << out_.text();
  EXPECT_EQ(messages_.text(), "");
}

}  // namespace
}  // namespace lore
