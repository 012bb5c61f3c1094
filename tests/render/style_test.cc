#include "render/style.h"

#include <gtest/gtest.h>

namespace lore {
namespace {

ColorEnvironment terminal(std::optional<std::string> term = "xterm-256color") {
  ColorEnvironment environment;
  environment.stdout_is_terminal = true;
  environment.term = std::move(term);
  return environment;
}

ColorEnvironment pipe() {
  ColorEnvironment environment;
  environment.stdout_is_terminal = false;
  environment.term = "xterm-256color";
  return environment;
}

TEST(UseColor, AutoColoursATerminal) {
  EXPECT_TRUE(use_color(ColorMode::automatic, terminal()));
}

TEST(UseColor, AutoColoursATerminalWithoutTerm) {
  EXPECT_TRUE(use_color(ColorMode::automatic, terminal(std::nullopt)));
}

TEST(UseColor, AutoDoesNotColourAPipe) {
  EXPECT_FALSE(use_color(ColorMode::automatic, pipe()));
}

TEST(UseColor, AutoDoesNotColourADumbTerminal) {
  EXPECT_FALSE(use_color(ColorMode::automatic, terminal("dumb")));
}

TEST(UseColor, NoColorSetTurnsAutoOff) {
  ColorEnvironment environment = terminal();
  environment.no_color = "1";
  EXPECT_FALSE(use_color(ColorMode::automatic, environment));
  environment.no_color = "anything";
  EXPECT_FALSE(use_color(ColorMode::automatic, environment));
}

TEST(UseColor, NoColorEmptyIsAsIfUnset) {
  ColorEnvironment environment = terminal();
  environment.no_color = "";
  EXPECT_TRUE(use_color(ColorMode::automatic, environment));
}

TEST(UseColor, CliColorForceColoursAPipe) {
  ColorEnvironment environment = pipe();
  environment.clicolor_force = "1";
  EXPECT_TRUE(use_color(ColorMode::automatic, environment));
}

TEST(UseColor, CliColorForceColoursADumbTerminal) {
  ColorEnvironment environment = terminal("dumb");
  environment.clicolor_force = "1";
  EXPECT_TRUE(use_color(ColorMode::automatic, environment));
}

TEST(UseColor, CliColorForceWinsOverNoColor) {
  // As style.h documents: a non-empty CLICOLOR_FORCE other than "0" colours anything.
  ColorEnvironment environment = pipe();
  environment.clicolor_force = "1";
  environment.no_color = "1";
  EXPECT_TRUE(use_color(ColorMode::automatic, environment));
}

TEST(UseColor, CliColorForceZeroOrEmptyDoesNotForce) {
  ColorEnvironment environment = pipe();
  environment.clicolor_force = "0";
  EXPECT_FALSE(use_color(ColorMode::automatic, environment));
  environment.clicolor_force = "";
  EXPECT_FALSE(use_color(ColorMode::automatic, environment));
  ColorEnvironment on_terminal = terminal();
  on_terminal.clicolor_force = "0";
  EXPECT_TRUE(use_color(ColorMode::automatic, on_terminal));
}

TEST(UseColor, AlwaysColoursWhateverTheEnvironment) {
  ColorEnvironment environment = pipe();
  environment.term = "dumb";
  environment.no_color = "1";
  environment.clicolor_force = "0";
  EXPECT_TRUE(use_color(ColorMode::always, environment));
  EXPECT_TRUE(use_color(ColorMode::always, ColorEnvironment{}));
}

TEST(UseColor, NeverColoursWhateverTheEnvironment) {
  ColorEnvironment environment = terminal();
  environment.clicolor_force = "1";
  EXPECT_FALSE(use_color(ColorMode::never, environment));
  EXPECT_FALSE(use_color(ColorMode::never, terminal()));
}

TEST(StyleStart, PlainHasNoEscape) {
  EXPECT_EQ(style_start(Style::plain), "");
}

TEST(StyleStart, EveryOtherStyleIsOneSgrSequence) {
  for (const Style style :
       {Style::heading, Style::id, Style::kind, Style::attribution, Style::label, Style::match}) {
    const std::string_view start = style_start(style);
    ASSERT_GE(start.size(), 4U);
    EXPECT_EQ(start.substr(0, 2), "\x1b[");
    EXPECT_EQ(start.back(), 'm');
    EXPECT_EQ(start.find('\x1b', 1), std::string_view::npos);
  }
  EXPECT_NE(style_start(Style::match), style_start(Style::heading));
}

TEST(StyleReset, IsSgrZero) {
  EXPECT_EQ(kStyleReset, "\x1b[0m");
}

}  // namespace
}  // namespace lore
