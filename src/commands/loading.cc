#include "commands/loading.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "util/edit_distance.h"
#include "util/plural.h"

namespace lore {

Expected<LoadedCatalog, Error> open_catalog(const DatasetSources& sources, Context& context) {
  DatasetSources with_cache = sources;
  if (sources.use_index && with_cache.cache == nullptr) with_cache.cache = context.cache;
  if (!sources.use_index) with_cache.cache = nullptr;
  auto loaded = load_catalog(with_cache, context.files);
  if (!loaded) return loaded;
  for (const Diagnostic& warning : loaded->warnings) {
    context.messages.write(format_diagnostic(warning) + "\n");
  }
  if (loaded->catalog.datasets().empty()) {
    return usage_error(
        "no datasets: --no-default leaves out the built-in one, and no "
        "other was found; give one with --data PATH");
  }
  return loaded;
}

namespace {

std::string lowercase(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return result;
}

/// The names a field has across the catalog, and what to say of one it does not have.
class KnownNames {
 public:
  explicit KnownNames(std::string_view what) : what_(what) {}
  void add(std::string_view name) {
    if (!name.empty()) names_.emplace(name);
  }
  /// "no entry has the tag 'iconc'; did you mean 'iconic'?", or nothing when some entry
  /// has `name` (ignoring case: a filter may fold it).
  std::optional<std::string> hint(std::string_view name) const {
    std::vector<std::string> folded;
    for (const std::string& known : names_) folded.push_back(lowercase(known));
    const std::string wanted = lowercase(name);
    if (std::find(folded.begin(), folded.end(), wanted) != folded.end()) return std::nullopt;
    const std::vector<std::string_view> candidates(folded.begin(), folded.end());
    const auto nearest = nearest_words(wanted, candidates, 1);
    std::string message = fmt::format("no entry has the {} '{}'", what_, name);
    if (!nearest.empty()) {
      // The name as the data writes it.
      const auto at = std::find(folded.begin(), folded.end(), nearest.front()) - folded.begin();
      message += fmt::format("; did you mean '{}'?", *std::next(names_.begin(), at));
    }
    return message;
  }

 private:
  std::string_view what_;
  std::set<std::string> names_;
};

}  // namespace

std::vector<std::string> unknown_names(const Catalog& catalog, const Filter& filter) {
  std::vector<std::string> hints;
  if (filter.tags.empty() && filter.excluded_tags.empty() && filter.speaker.empty() &&
      filter.category.empty()) {
    return hints;
  }
  KnownNames tags("tag");
  KnownNames speakers("speaker");
  KnownNames categories("category");
  for (const Entry* entry : catalog.entries()) {
    for (const std::string_view tag : entry->tags) tags.add(tag);
    speakers.add(entry->speaker);
    categories.add(entry->category);
  }
  auto note = [&hints](std::optional<std::string> hint) {
    if (hint) hints.push_back(std::move(*hint));
  };
  for (const std::string& tag : filter.tags) note(tags.hint(tag));
  for (const std::string& tag : filter.excluded_tags) note(tags.hint(tag));
  if (!filter.speaker.empty()) note(speakers.hint(filter.speaker));
  if (!filter.category.empty()) note(categories.hint(filter.category));
  return hints;
}

Error no_match(const Catalog& catalog, const Filter& filter) {
  std::vector<std::string> conditions;
  for (const Kind kind : filter.kinds) conditions.emplace_back(kind_name(kind));
  for (const auto& tag : filter.tags) conditions.push_back(fmt::format("tag '{}'", tag));
  for (const auto& tag : filter.excluded_tags) {
    conditions.push_back(fmt::format("without tag '{}'", tag));
  }
  if (!filter.speaker.empty()) conditions.push_back(fmt::format("speaker '{}'", filter.speaker));
  if (!filter.category.empty()) {
    conditions.push_back(fmt::format("category '{}'", filter.category));
  }
  if (filter.length != LengthLimit::any) {
    conditions.push_back(fmt::format("{} ({} {})",
                                     filter.length == LengthLimit::short_only ? "short" : "long",
                                     filter.length == LengthLimit::short_only ? "at most" : "over",
                                     counted(filter.length_cutoff, "character", "characters")));
  }
  if (filter.require_question) conditions.emplace_back("with a question");
  std::string message = conditions.empty()
                            ? std::string("no entries")
                            : fmt::format("no entries match: {}", fmt::join(conditions, ", "));
  if (!filter.include_spoilers) {
    Filter with_spoilers = filter;
    with_spoilers.include_spoilers = true;
    if (!select_entries(catalog, with_spoilers).empty()) {
      message += " (some spoilers match; add --spoilers to include them)";
    }
  }
  for (const std::string& hint : unknown_names(catalog, filter)) message += "\n" + hint;
  return Error{ErrorKind::no_match, std::move(message), {}};
}

}  // namespace lore
