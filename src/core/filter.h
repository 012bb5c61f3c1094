#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/catalog.h"

namespace lore {

/// fortune's cut-off between short and long, in characters.
inline constexpr std::size_t kDefaultLengthCutoff = 160;

enum class LengthLimit { any, short_only, long_only };

/// Which entries a command considers. Every condition must hold.
struct Filter {
  std::vector<Kind> kinds;                 ///< Empty: every kind.
  std::vector<std::string> tags;           ///< Each must be on the entry.
  std::vector<std::string> excluded_tags;  ///< None may be on the entry.
  std::string speaker;                     ///< Empty: any; else equal, ignoring ASCII case.
  std::string category;                    ///< Empty: any; else equal, ignoring ASCII case.
  LengthLimit length = LengthLimit::any;
  std::size_t length_cutoff = kDefaultLengthCutoff;  ///< In characters of the body.
  bool include_spoilers = false;
  bool require_question = false;  ///< Only trivia that can be asked.

  bool matches(const Entry& entry) const;
};

/// The entries of `catalog` that `filter` lets through, in dataset order.
std::vector<const Entry*> select_entries(const Catalog& catalog, const Filter& filter);

}  // namespace lore
