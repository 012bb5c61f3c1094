#include "render/json_record.h"

#include <variant>

#include "core/schema.h"
#include "render/json_text.h"

namespace lore {

namespace {

Json record(const Entry& entry) {
  Json object = Json::object();
  object["kind"] = kind_name(entry.kind);
  object["id"] = entry.id;
  object["dataset"] = entry.dataset != nullptr ? entry.dataset->id : "";
  for (const FieldSpec& field : fields_of(entry.kind)) {
    if (field.name == "id") continue;
    const std::string key(field.name);
    const FieldValue value = value_of(entry, field);
    if (const auto* text = std::get_if<std::string_view>(&value)) {
      object[key] = *text;
    } else if (const auto* list = std::get_if<const std::vector<std::string_view>*>(&value)) {
      object[key] = **list;
    } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
      object[key] = *number;
    } else if (const auto* flag = std::get_if<bool>(&value)) {
      object[key] = *flag;
    }
  }
  return object;
}

std::string dump_all(const std::vector<Json>& records, bool as_array) {
  if (as_array) return dump_json(Json(records), 2) + "\n";
  std::string out;
  for (const Json& record : records) out += dump_json(record) + "\n";
  return out;
}

}  // namespace

std::string to_json(const Entry& entry, int indent) {
  return dump_json(record(entry), indent);
}

std::string to_json_array(const std::vector<const Entry*>& entries, int indent) {
  Json array = Json::array();
  for (const Entry* entry : entries) array.push_back(record(*entry));
  return dump_json(array, indent);
}

}  // namespace lore

namespace lore {

std::string datasets_to_json(const std::vector<DatasetSummary>& datasets, bool as_array) {
  std::vector<Json> records;
  for (const DatasetSummary& dataset : datasets) {
    Json object = Json::object();
    object["id"] = dataset.info->id;
    object["title"] = dataset.info->title;
    if (dataset.info->year) object["year"] = *dataset.info->year;
    if (!dataset.info->description.empty()) object["description"] = dataset.info->description;
    if (dataset.info->collection) object["collection"] = true;
    object["path"] = dataset.info->path;
    Json counts = Json::object();
    for (const auto& [kind, count] : dataset.counts) counts[std::string(kind_name(kind))] = count;
    object["counts"] = counts;
    if (!dataset.replaces.empty()) object["replaces"] = dataset.replaces;
    records.push_back(std::move(object));
  }
  return dump_all(records, as_array);
}

std::string tags_to_json(const std::vector<std::pair<std::string_view, std::size_t>>& tags,
                         bool as_array) {
  std::vector<Json> records;
  for (const auto& [tag, count] : tags) records.push_back(Json{{"tag", tag}, {"count", count}});
  return dump_all(records, as_array);
}

}  // namespace lore
