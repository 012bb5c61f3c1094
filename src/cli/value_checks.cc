#include "cli/value_checks.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <charconv>

namespace lore::cli {

namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

std::string range_in_words(const WholeNumberRange& range) {
  if (range.max == std::numeric_limits<std::uint64_t>::max()) {
    return fmt::format("{} or more", range.min);
  }
  return fmt::format("from {} to {}", range.min, range.max);
}

std::string check_whole_number(std::string& text, const WholeNumberRange& range) {
  std::string_view digits = text;
  if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
  if (!all_digits(digits)) {
    if (!text.empty() && text.front() == '-' && all_digits(std::string_view(text).substr(1))) {
      return fmt::format("{} must be {}, not {}", range.value_name, range_in_words(range), text);
    }
    return fmt::format("{} must be a whole number, {}, not '{}'", range.value_name,
                       range_in_words(range), text);
  }
  const std::size_t first = std::min(digits.find_first_not_of('0'), digits.size() - 1);
  digits.remove_prefix(first);
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  const bool too_big = error == std::errc::result_out_of_range;
  if (too_big || value > range.max || value < range.min) {
    // Past the type's limit, "1 or more" would be untrue: say the largest.
    const std::string words =
        too_big ? fmt::format("from {} to {}", range.min, range.max) : range_in_words(range);
    return fmt::format("{} must be {}, not {}", range.value_name, words, digits);
  }
  text = std::string(digits);
  return {};
}

std::string check_number(const std::string& text, std::string_view value_name, double min,
                         double max) {
  double value = 0;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(begin, end, value);
  if (error != std::errc{} || stop != end || text.empty()) {
    return fmt::format("{} must be a number from {} to {}, not '{}'", value_name, min, max, text);
  }
  if (!(value >= min && value <= max)) {
    return fmt::format("{} must be from {} to {}, not {}", value_name, min, max, text);
  }
  return {};
}

CLI::Validator whole_number(WholeNumberRange range) {
  return CLI::Validator([range](std::string& text) { return check_whole_number(text, range); }, "");
}

CLI::Validator number_from(std::string_view value_name, double min, double max) {
  return CLI::Validator([name = std::string(value_name), min,
                         max](std::string& text) { return check_number(text, name, min, max); },
                        "");
}

}  // namespace lore::cli
