#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace lore {

enum class ColorMode { automatic, always, never };

/// One colour mode: the name --color takes, and what it does.
struct ColorModeInfo {
  ColorMode mode;
  std::string_view name;
  std::string_view description;
};

/// Every colour mode: the one table of their names.
inline constexpr std::array<ColorModeInfo, 3> kColorModes = {{
    {ColorMode::automatic, "auto", "A terminal, unless NO_COLOR is set or TERM is dumb"},
    {ColorMode::always, "always", "Even into a pipe or a file"},
    {ColorMode::never, "never", "Plain text"},
}};

/// The mode named `name` in kColorModes.
std::optional<ColorMode> parse_color_mode(std::string_view name);

/// What the colour decision depends on, read from the process by the caller.
struct ColorEnvironment {
  bool stdout_is_terminal = false;
  std::optional<std::string> term;            ///< TERM
  std::optional<std::string> no_color;        ///< NO_COLOR
  std::optional<std::string> clicolor_force;  ///< CLICOLOR_FORCE
};

/// Whether to colour output. `automatic` colours a terminal whose TERM is not "dumb"
/// when NO_COLOR is unset or empty (no-color.org); a non-empty CLICOLOR_FORCE other
/// than "0" colours anything. `always` and `never` are as they say.
bool use_color(ColorMode mode, const ColorEnvironment& environment);

/// The roles text plays on screen; each maps to one SGR sequence.
enum class Style { plain, heading, id, kind, attribution, label, match, right, wrong, skipped };

/// The escape sequence that starts `style` ("" for plain).
std::string_view style_start(Style style);

/// The escape sequence that ends any style.
inline constexpr std::string_view kStyleReset = "\x1b[0m";

/// `text` in `style` when `color` is on, else as it is.
std::string styled(std::string_view text, Style style, bool color);

}  // namespace lore
