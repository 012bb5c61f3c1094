#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace lore {

/// JSON as lore writes it: keys in the order they were set.
using Json = nlohmann::ordered_json;

/// `json` as text (`indent` < 0: one line). Bytes that are not UTF-8 (a file name, a
/// typed answer) become U+FFFD instead of aborting: the output is always valid JSON.
inline std::string dump_json(const Json& json, int indent = -1) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace lore
