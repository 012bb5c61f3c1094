#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace lore {

/// Parses a calendar date written YYYY-MM-DD; nothing if it is malformed or no such day.
std::optional<std::chrono::year_month_day> parse_date(std::string_view text);

/// The date as YYYY-MM-DD.
std::string format_date(std::chrono::year_month_day date);

/// Today in the local time zone.
std::chrono::year_month_day local_today();

}  // namespace lore
