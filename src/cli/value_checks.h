#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace CLI {
class Validator;
}  // namespace CLI

namespace lore::cli {

/// The range of a whole number an option takes, and the name of its value ("N").
struct WholeNumberRange {
  std::string value_name;
  std::uint64_t min = 0;
  std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
};

/// The range in plain numbers: "1 or more", "from 0 to 100000".
std::string range_in_words(const WholeNumberRange& range);

/// Checks that `text` is a whole number (decimal digits alone) within `range`, and
/// writes it back without leading zeros (CLI11 would read "010" as octal). Returns the
/// problem ("N must be 1 or more, not 0"), or an empty string when there is none.
std::string check_whole_number(std::string& text, const WholeNumberRange& range);

/// As check_whole_number, for a decimal number from `min` to `max` ("PERCENT").
std::string check_number(const std::string& text, std::string_view value_name, double min,
                         double max);

/// CLI11 checks of the above, with no description (--help shows the value name only;
/// the option's description states the range). whole_number rewrites the value, so
/// give it with Option::transform (Option::check would not keep the rewrite).
CLI::Validator whole_number(WholeNumberRange range);
CLI::Validator number_from(std::string_view value_name, double min, double max);

}  // namespace lore::cli
