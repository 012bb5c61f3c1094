#include "render/text_renderer.h"

#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/text_search.h"
#include "render/style.h"
#include "support/dataset_builder.h"
#include "support/lines.h"
#include "util/utf8.h"

namespace lore {
namespace {

std::string renderer_dataset() {
  return test::DatasetBuilder("film", "IO")
      .number("year", 2019)
      .quote("home", "Earth is our home. It’s in our blood.")
      .quote("spoken", "Hope is not a plan.")
      .field("speaker", "Sam")
      .quote("hostile", "Red \033[31malert\033[0m and \302\2332J clear\177")
      .field("speaker", "Evil\033]0;pwned\007")
      .trivia("composer", "The score is by Alex Somers.", "music")
      .field("question", "Who wrote the score?")
      .field("answer", "Alex Somers")
      .trivia("no-question", "Filmed in Mexico.", "locations")
      .scene("launch", "The last shuttle", 9, "The last shuttle leaves for IO — without Sam.")
      .egg("balloon", "The balloon", "Fragile ingenuity.\nAgainst the sky.")
      .trivia("hostile-trivia", "Fact \033[2J", "c")
      .field("question", "Q \302\205?")
      .field("answer", "A \033[1m")
      .scene("hostile-scene", "T \033[5m", 10, "D \302\233")
      .toml();
}

class Renderer : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult result = load_dataset(renderer_dataset(), "film.toml");
    ASSERT_TRUE(result.dataset.has_value())
        << (result.diagnostics.empty() ? "" : result.diagnostics[0].message);
    dataset_.emplace(std::move(*result.dataset));
  }
  const Entry& entry(std::string_view id) const {
    for (const Entry& e : dataset_->entries()) {
      if (e.id == id) return e;
    }
    throw std::runtime_error("no entry " + std::string(id));
  }
  std::optional<Dataset> dataset_;
};

TextOptions options(std::size_t width = 0, bool color = false) {
  TextOptions result;
  result.width = width;
  result.color = color;
  return result;
}

using test::lines_of;

/// The text with lore's own style sequences taken out; any ESC left came from data.
std::string without_styles(std::string text) {
  for (const Style style :
       {Style::heading, Style::id, Style::kind, Style::attribution, Style::label, Style::match}) {
    const std::string sequence(style_start(style));
    for (std::size_t at; (at = text.find(sequence)) != std::string::npos;)
      text.erase(at, sequence.size());
  }
  const std::string reset(kStyleReset);
  for (std::size_t at; (at = text.find(reset)) != std::string::npos;) text.erase(at, reset.size());
  return text;
}

/// No raw C0 control but newline, no DEL and no C1 control.
void expect_no_raw_controls(const std::string& text) {
  for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
    const char32_t c = utf8::decode(text, pos, length);
    EXPECT_FALSE(utf8::is_unsafe_control(c))
        << "raw U+" << std::hex << static_cast<unsigned>(c) << " at byte " << std::dec << pos
        << " of '" << text << "'";
  }
}

// ------------------------------------------------------------------- quotes

TEST_F(Renderer, QuoteWithoutSpeakerIsAttributedToTheWork) {
  const auto lines = lines_of(render_text(entry("home"), options()));
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0], "Earth is our home. It\xE2\x80\x99s in our blood.");
  EXPECT_EQ(lines[1].substr(lines[1].find_first_not_of(' ')), "-- IO (2019)");
}

// Imported fortune cookies: the file is a source, not a work to credit.
TEST_F(Renderer, ADatasetWithoutCreditNamesTheSpeakerAlone) {
  DatasetInfo cookies;
  cookies.title = "science";
  cookies.collection = true;
  Entry anonymous = entry("home");
  anonymous.dataset = &cookies;
  EXPECT_EQ(render_text(anonymous, options()), "Earth is our home. It’s in our blood.\n");
  Entry spoken = entry("spoken");
  spoken.dataset = &cookies;
  EXPECT_EQ(render_text(spoken, options()), "Hope is not a plan.\n    -- Sam\n");
}

TEST_F(Renderer, QuoteWithSpeakerNamesThemFirst) {
  const std::string text = render_text(entry("spoken"), options());
  const auto lines = lines_of(text);
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0], "Hope is not a plan.");
  EXPECT_EQ(lines[1].substr(lines[1].find_first_not_of(' ')), "-- Sam, IO (2019)");
  EXPECT_EQ(text.back(), '\n');
}

TEST_F(Renderer, QuoteFromAWorkWithoutYear) {
  Entry quote = entry("spoken");
  DatasetInfo info;
  info.title = "Fortunes";
  quote.dataset = &info;
  const auto lines = lines_of(render_text(quote, options()));
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[1].substr(lines[1].find_first_not_of(' ')), "-- Sam, Fortunes");
}

TEST_F(Renderer, ACollectionsTitleIsNeverAnAttribution) {
  Entry quote = entry("spoken");
  DatasetInfo info;
  info.title = "My quotes";
  info.collection = true;
  quote.dataset = &info;
  auto lines = lines_of(render_text(quote, options()));
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[1].substr(lines[1].find_first_not_of(' ')), "-- Sam");
  // Without a speaker there is no one to credit: no attribution line at all.
  Entry anonymous = entry("home");
  anonymous.dataset = &info;
  lines = lines_of(render_text(anonymous, options()));
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_EQ(lines[0], "Earth is our home. It\xE2\x80\x99s in our blood.");
}

TEST_F(Renderer, QuoteWrapsAtSeveralWidths) {
  for (const std::size_t width : {8U, 12U, 20U, 30U, 80U}) {
    const std::string text = render_text(entry("home"), options(width));
    EXPECT_TRUE(utf8::is_valid(text));
    for (const std::string& line : lines_of(text)) {
      EXPECT_LE(utf8::display_width(line), width) << "width " << width << ": '" << line << "'";
    }
    EXPECT_NE(text.find("It\xE2\x80\x99s"), std::string::npos) << text;
  }
  EXPECT_EQ(render_text(entry("home"), options(20)),
            "Earth is our home.\nIt\xE2\x80\x99s in our blood.\n    -- IO (2019)\n");
}

// ------------------------------------------------------------------- other kinds

TEST_F(Renderer, TriviaPrintsItsFact) {
  EXPECT_EQ(render_text(entry("composer"), options()), "The score is by Alex Somers.\n");
}

TEST_F(Renderer, TriviaAsAQuestionWithTheAnswerBeneath) {
  TextOptions ask = options();
  ask.ask_questions = true;
  EXPECT_EQ(render_text(entry("composer"), ask), "Who wrote the score?\nAnswer: Alex Somers\n");
}

TEST_F(Renderer, TriviaWithoutAQuestionFallsBackToItsFact) {
  TextOptions ask = options();
  ask.ask_questions = true;
  EXPECT_EQ(render_text(entry("no-question"), ask), "Filmed in Mexico.\n");
}

TEST_F(Renderer, SceneUnderItsTitle) {
  EXPECT_EQ(render_text(entry("launch"), options()),
            "The last shuttle\nThe last shuttle leaves for IO \xE2\x80\x94 without Sam.\n");
}

TEST_F(Renderer, EggUnderItsTitleKeepingItsLines) {
  EXPECT_EQ(render_text(entry("balloon"), options()),
            "The balloon\nFragile ingenuity.\nAgainst the sky.\n");
}

// ------------------------------------------------------------------- colour

TEST_F(Renderer, ColourOffWritesNoEscapeBytes) {
  for (const Entry& e : dataset_->entries()) {
    for (const bool ask : {false, true}) {
      TextOptions off = options(30, false);
      off.ask_questions = ask;
      const std::string text = render_text(e, off);
      EXPECT_EQ(text.find('\x1b'), std::string::npos) << e.id << ": " << text;
      const std::string line = render_line(e, 12, off);
      EXPECT_EQ(line.find('\x1b'), std::string::npos) << e.id << ": " << line;
    }
  }
}

TEST_F(Renderer, ColourOffWritesNoEscape) {
  const TextSearch search = std::move(TextSearch::compile("the", true).value());
  TextOptions off = options(0, false);
  off.highlight = &search;
  EXPECT_EQ(render_text(entry("launch"), off).find('\x1b'), std::string::npos);
}

TEST_F(Renderer, ColourOnStylesTheAttributionAndTitles) {
  const std::string quote = render_text(entry("spoken"), options(0, true));
  EXPECT_NE(quote.find(std::string(style_start(Style::attribution))), std::string::npos) << quote;
  EXPECT_EQ(without_styles(quote), render_text(entry("spoken"), options(0, false)));
  const std::string scene = render_text(entry("launch"), options(0, true));
  EXPECT_NE(scene.find(std::string(style_start(Style::heading)) + "The last shuttle"),
            std::string::npos)
      << scene;
  EXPECT_EQ(without_styles(scene), render_text(entry("launch"), options(0, false)));
}

TEST_F(Renderer, ColourOnHighlightsMatches) {
  const TextSearch search = std::move(TextSearch::compile("shuttle", false).value());
  TextOptions on = options(0, true);
  on.highlight = &search;
  const std::string text = render_text(entry("launch"), on);
  const std::string highlighted =
      std::string(style_start(Style::match)) + "shuttle" + std::string(kStyleReset);
  // Once in the title and once in the description.
  const std::size_t first = text.find(highlighted);
  ASSERT_NE(first, std::string::npos) << text;
  EXPECT_NE(text.find(highlighted, first + 1), std::string::npos) << text;
}

// ------------------------------------------------------------------- control characters

TEST_F(Renderer, NoRawControlsInOutput) {
  for (const std::string_view id : {"hostile", "hostile-trivia", "hostile-scene"}) {
    for (const bool color : {false, true}) {
      for (const bool ask : {false, true}) {
        SCOPED_TRACE(std::string(id) + (color ? " colour" : " plain") + (ask ? " asked" : ""));
        TextOptions opts = options(color ? 25 : 0, color);
        opts.ask_questions = ask;
        expect_no_raw_controls(without_styles(render_text(entry(id), opts)));
        expect_no_raw_controls(without_styles(render_line(entry(id), 10, opts)));
      }
    }
  }
}

TEST_F(Renderer, ControlCharactersAreShownEscaped) {
  const std::string text = render_text(entry("hostile"), options());
  EXPECT_NE(text.find("Red \\x1b[31malert\\x1b[0m and \\u009b2J clear\\x7f"), std::string::npos)
      << text;
  EXPECT_NE(text.find("-- Evil\\x1b]0;pwned\\x07, IO (2019)"), std::string::npos) << text;
}

// ------------------------------------------------------------------- one line

TEST_F(Renderer, RenderLineHasIdKindAndSummaryInColumns) {
  // id padded to the widest id (8), two spaces, the kind in 6 columns, two spaces.
  EXPECT_EQ(render_line(entry("spoken"), 8, options()), "spoken    quote   Hope is not a plan.");
  EXPECT_EQ(render_line(entry("composer"), 8, options()),
            "composer  trivia  The score is by Alex Somers.");
  EXPECT_EQ(render_line(entry("launch"), 8, options()), "launch    scene   The last shuttle");
  EXPECT_EQ(render_line(entry("balloon"), 8, options()), "balloon   egg     The balloon");
}

TEST_F(Renderer, RenderLineWithNoRoomForTextEndsAtItsKind) {
  // At 16 columns or fewer the summary has no room: no padding hangs after the kind.
  EXPECT_EQ(render_line(entry("spoken"), 6, options(16)), "spoken  quote");
  EXPECT_EQ(render_line(entry("spoken"), 10, options(12)), "spoken      quote");
}

TEST_F(Renderer, RenderLineCutsTheSummaryWithAnEllipsis) {
  // 6 + 2 + 6 + 2 = 16 columns before the summary.
  const std::string line = render_line(entry("spoken"), 6, options(24));
  EXPECT_EQ(line, "spoken  quote   Hope is\xE2\x80\xA6");
  EXPECT_EQ(utf8::display_width(line), 24U);
}

TEST_F(Renderer, RenderLineThatFitsIsNotCut) {
  const std::string full = render_line(entry("spoken"), 6, options());
  EXPECT_EQ(render_line(entry("spoken"), 6, options(utf8::display_width(full))), full);
  EXPECT_EQ(render_line(entry("spoken"), 6, options(200)), full);
}

TEST_F(Renderer, RenderLineCutsMultibyteSummariesByColumns) {
  for (std::size_t width = 17; width <= 60; ++width) {
    const std::string line = render_line(entry("launch"), 6, options(width));
    EXPECT_LE(utf8::display_width(line), width) << line;
    EXPECT_TRUE(utf8::is_valid(line)) << line;
  }
  Entry wide = entry("home");
  const std::string cjk =
      "\xE5\x9C\xB0\xE7\x90\x83\xE3\x81\xAF\xE7\xA7\x81\xE3\x81\x9F\xE3\x81\xA1";  // 地球は私たち
  wide.text = cjk;
  for (std::size_t width = 17; width <= 30; ++width) {
    const std::string line = render_line(wide, 4, options(width));
    EXPECT_LE(utf8::display_width(line), width) << line;
    EXPECT_TRUE(utf8::is_valid(line)) << line;
  }
}

TEST_F(Renderer, RenderLineWithColourStylesIdAndKind) {
  const std::string line = render_line(entry("spoken"), 6, options(0, true));
  EXPECT_EQ(line.find(std::string(style_start(Style::id)) + "spoken"), 0U) << line;
  EXPECT_NE(line.find(std::string(style_start(Style::kind)) + "quote"), std::string::npos) << line;
  EXPECT_EQ(without_styles(line), render_line(entry("spoken"), 6, options()));
}

TEST_F(Renderer, SummaryIsTheFirstLineOfTheTitleOrBody) {
  EXPECT_EQ(summarize(entry("home")), "Earth is our home. It\xE2\x80\x99s in our blood.");
  EXPECT_EQ(summarize(entry("composer")), "The score is by Alex Somers.");
  EXPECT_EQ(summarize(entry("launch")), "The last shuttle");
  EXPECT_EQ(summarize(entry("balloon")), "The balloon");
  Entry two_lines = entry("home");
  two_lines.text = "first line\nsecond line";
  EXPECT_EQ(summarize(two_lines), "first line");
  EXPECT_EQ(summarize(entry("hostile-scene")), "T \\x1b[5m");
}

}  // namespace
}  // namespace lore
