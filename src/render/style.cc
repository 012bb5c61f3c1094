#include "render/style.h"

namespace lore {

std::optional<ColorMode> parse_color_mode(std::string_view name) {
  for (const ColorModeInfo& info : kColorModes) {
    if (info.name == name) return info.mode;
  }
  return std::nullopt;
}

bool use_color(ColorMode mode, const ColorEnvironment& environment) {
  switch (mode) {
    case ColorMode::always: return true;
    case ColorMode::never: return false;
    case ColorMode::automatic: break;
  }
  const auto& force = environment.clicolor_force;
  if (force && !force->empty() && *force != "0") return true;
  if (environment.no_color && !environment.no_color->empty()) return false;
  if (!environment.stdout_is_terminal) return false;
  return !(environment.term && *environment.term == "dumb");
}

std::string_view style_start(Style style) {
  switch (style) {
    case Style::plain: return "";
    case Style::heading: return "\x1b[1m";
    case Style::id: return "\x1b[33m";
    case Style::kind: return "\x1b[36m";
    case Style::attribution: return "\x1b[2m";
    case Style::label: return "\x1b[2m";
    case Style::match: return "\x1b[1;31m";
    case Style::right: return "\x1b[1;32m";
    case Style::wrong: return "\x1b[1;31m";
    case Style::skipped: return "\x1b[1;33m";
  }
  return "";
}

std::string styled(std::string_view text, Style style, bool color) {
  if (!color || style == Style::plain) return std::string(text);
  std::string out(style_start(style));
  out += text;
  out += kStyleReset;
  return out;
}

}  // namespace lore
