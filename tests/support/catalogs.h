#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog_loader.h"

namespace lore::test {

/// Sources of the named files alone: no built-in dataset, no search path.
DatasetSources only_files(std::vector<std::string> files);

/// A catalog with nothing but the built-in IO (2019) dataset. Held behind a pointer:
/// entries and questions keep pointers into it.
std::unique_ptr<LoadedCatalog> load_builtin();

/// A catalog with the dataset `toml` alone (no built-in dataset), or with the built-in
/// dataset first when `with_builtin`. A test failure when it does not load.
std::unique_ptr<LoadedCatalog> load_toml(std::string_view toml, bool with_builtin = false);

/// A calendar day from its parts, for readable tests.
constexpr std::chrono::year_month_day day(int y, unsigned m, unsigned d) {
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m},
                                     std::chrono::day{d}};
}

/// `date` moved by `days`.
inline std::chrono::year_month_day plus_days(std::chrono::year_month_day date, int days) {
  return std::chrono::year_month_day{std::chrono::sys_days(date) + std::chrono::days(days)};
}

}  // namespace lore::test
