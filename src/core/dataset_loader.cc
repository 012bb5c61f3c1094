#include "core/dataset_loader.h"

#include <algorithm>
#include <map>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/schema.h"
#include "core/toml_guard.h"
#include "util/edit_distance.h"
#include "util/ordered_work.h"
#include "util/text_fold.h"

namespace lore {

namespace {

constexpr std::string_view kDatasetTable = "dataset";

SourcePosition position_of(const toml::source_region& region) {
  return {region.begin.line, region.begin.column};
}

std::string_view type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time: return "a date or time";
    case toml::node_type::none: break;
  }
  return "nothing";
}

bool before(SourcePosition a, SourcePosition b) {
  return a.line != b.line ? a.line < b.line : a.column < b.column;
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string suggestion(std::string_view word, const std::vector<std::string_view>& candidates) {
  const auto nearest = nearest_words(word, candidates, 1);
  if (nearest.empty()) return "";
  return fmt::format("; did you mean '{}'?", nearest.front());
}

/// How a message names an entry: its kind, and its id when it has one ("quote 'x'").
/// Only a message spells it out, so reading a clean entry costs no string.
struct EntryLabel {
  Kind kind;
  std::string_view id;  ///< Empty when the entry has no id; a view of the entry's table.
};

}  // namespace
}  // namespace lore

template <>
struct fmt::formatter<lore::EntryLabel> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const lore::EntryLabel& label, FormatContext& context) const {
    const std::string_view kind = lore::kind_name(label.kind);
    if (label.id.empty()) return fmt::formatter<std::string_view>::format(kind, context);
    return fmt::formatter<std::string_view>::format(fmt::format("{} '{}'", kind, label.id),
                                                    context);
  }
};

namespace lore {
namespace {

std::size_t count_entries(const toml::table& root) {
  std::size_t count = 0;
  for (auto&& [key, node] : root) {
    if (const toml::array* array = node.as_array()) count += array->size();
  }
  return count;
}

/// Walks parsed TOML documents and builds the dataset, collecting every problem: one
/// document for a whole file, or, read in turn, the parts of a file cut at its
/// `[[kind]]` headers.
class Validator {
 public:
  explicit Validator(std::string path) : path_(std::move(path)), dataset_(DatasetInfo{}) {}

  /// Makes room for `count` entries.
  void reserve(std::size_t count) { dataset_.reserve(count); }

  /// Reads `root`, a document whose first line is line `lines_before + 1` of the file;
  /// empties it as it goes: each entry's table is freed once it is read.
  void read(toml::table& root, std::uint32_t lines_before = 0) {
    lines_before_ = lines_before;
    if (const toml::node* info = root.get(kDatasetTable)) read_info(*info);
    const std::size_t first = dataset_.size();
    for (auto&& [key, node] : root) {
      if (key.str() == kDatasetTable) continue;
      const auto kind = parse_kind_table(key);
      if (!kind) continue;
      read_entries(*kind, key.str(), node);
    }
    // toml++ keeps tables sorted by key; entries go back in file order.
    dataset_.sort_entries(
        [](const Entry& a, const Entry& b) { return before(a.position, b.position); }, first);
  }

  /// True while nothing has been reported.
  bool clean() const { return diagnostics_.empty(); }

  /// The dataset, unless an error was found, and every problem in file order.
  LoadResult finish() && {
    if (!info_read_) report({1, 1}, "missing [dataset] table (with at least id and title)");
    dataset_.sort_scenes();  // every list of scenes is in story order
    check_duplicate_ids();
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                       return before({a.line, a.column}, {b.line, b.column});
                     });
    LoadResult result;
    if (!has_errors(diagnostics_)) {
      info_.path = path_;
      dataset_.set_info(std::move(info_));
      result.dataset.emplace(std::move(dataset_));
    }
    result.diagnostics = std::move(diagnostics_);
    return result;
  }

  void report(SourcePosition at, std::string message, Severity severity = Severity::error) {
    diagnostics_.push_back({path_, at.line, at.column, severity, std::move(message)});
  }

 private:
  std::optional<Kind> parse_kind_table(const toml::key& key) {
    for (const Kind kind : kAllKinds) {
      if (key.str() == kind_name(kind)) return kind;
    }
    std::vector<std::string_view> names{kDatasetTable};
    for (const Kind kind : kAllKinds) names.push_back(kind_name(kind));
    report(position_of(key.source()),
           fmt::format("unknown table '{}'; a dataset has [dataset], [[quote]], [[trivia]], "
                       "[[scene]] and [[egg]]{}",
                       key.str(), suggestion(key.str(), names)));
    return std::nullopt;
  }

  void read_info(const toml::node& node) {
    info_read_ = true;
    const toml::table* table = node.as_table();
    if (table == nullptr) {
      report(position_of(node.source()), "'dataset' must be a table");
      return;
    }
    const std::vector<std::string_view> known{
        "id", "title", "year", "description", "collection", "preformatted", "line-ends"};
    for (auto&& [key, value] : *table) {
      const std::string_view name = key.str();
      const SourcePosition at = position_of(value.source());
      if (name == "collection" || name == "preformatted") {
        if (const auto* flag = value.as_boolean()) {
          (name == "collection" ? info_.collection : info_.preformatted) = flag->get();
        } else {
          report(at, fmt::format("field '{}' of [dataset] must be a boolean, not {}", name,
                                 type_name(value)));
        }
      } else if (name == "line-ends") {
        const auto* text = value.as_string();
        if (text != nullptr && (text->get() == "lf" || text->get() == "crlf")) {
          info_.crlf = text->get() == "crlf";
        } else {
          report(at, "field 'line-ends' of [dataset] must be \"lf\" or \"crlf\"");
        }
      } else if (name == "year") {
        if (const auto* year = value.as_integer()) {
          info_.year = year->get();
        } else {
          report(at, fmt::format("field 'year' of [dataset] must be an integer, not {}",
                                 type_name(value)));
        }
      } else if (name == "id" || name == "title" || name == "description") {
        const auto* text = value.as_string();
        if (text == nullptr) {
          report(at, fmt::format("field '{}' of [dataset] must be a string, not {}", name,
                                 type_name(value)));
        } else if (is_blank(text->get())) {
          report(at, fmt::format("field '{}' of [dataset] is empty", name));
        } else {
          if (name == "id") info_.id_position = shifted(at);
          (name == "id"      ? info_.id
           : name == "title" ? info_.title
                             : info_.description) = text->get();
        }
      } else {
        report(position_of(key.source()),
               fmt::format("unknown field '{}' in [dataset]{}", name, suggestion(name, known)));
      }
    }
    const SourcePosition at = position_of(table->source());
    if (!table->contains("id")) report(at, "[dataset] is missing required field 'id'");
    if (!table->contains("title")) report(at, "[dataset] is missing required field 'title'");
    if (!info_.id.empty() && !is_kebab_case(info_.id)) {
      report(position_of((*table)["id"].node()->source()),
             fmt::format("dataset id '{}' is not kebab-case (lowercase letters and digits, "
                         "words joined by '-')",
                         info_.id));
    }
  }

  /// A position in the document read now, as a position in the file.
  SourcePosition shifted(SourcePosition at) const { return {at.line + lines_before_, at.column}; }

  void read_entries(Kind kind, std::string_view name, toml::node& node) {
    toml::array* array = node.as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
      report(position_of(node.source()),
             fmt::format("'{}' must be an array of tables, written [[{}]]", name, name));
      return;
    }
    for (toml::node& element : *array) {
      toml::table& table = *element.as_table();
      read_entry(kind, table);
      table.clear();  // its strings are copied: free them before the next entry's
    }
    array->clear();
  }

  void read_entry(Kind kind, const toml::table& table) {
    Entry entry;
    entry.kind = kind;
    entry.position = shifted(position_of(table.source()));
    const EntryLabel label = entry_label(kind, table);
    for (auto&& [key, value] : table) {
      const FieldSpec* field = find_field(kind, key.str());
      if (field == nullptr) {
        std::vector<std::string_view> known;
        for (const FieldSpec& spec : fields_of(kind)) known.push_back(spec.name);
        report(position_of(key.source()), fmt::format("unknown field '{}' in {}{}", key.str(),
                                                      label, suggestion(key.str(), known)));
        continue;
      }
      read_field(*field, value, label, entry);
    }
    for (const FieldSpec& field : fields_of(kind)) {
      if (field.required && !table.contains(field.name)) {
        report(entry.position, fmt::format("{} is missing required field '{}'", label, field.name));
      }
    }
    check_trivia_question(entry, table, label);
    check_tags(table, label);
    check_order(entry, table, label);
    if (!entry.id.empty()) check_id(entry, table);
    dataset_.add(std::move(entry));
  }

  static EntryLabel entry_label(Kind kind, const toml::table& table) {
    const auto* id = table["id"].as_string();
    return {kind, id != nullptr ? std::string_view(id->get()) : std::string_view()};
  }

  void read_field(const FieldSpec& field, const toml::node& value, const EntryLabel& label,
                  Entry& entry) {
    const SourcePosition at = position_of(value.source());
    auto wrong_type = [&] {
      report(at, fmt::format("field '{}' of {} must be {}, not {}", field.name, label,
                             describe(field.type), type_name(value)));
    };
    switch (field.type) {
      case FieldType::string: {
        const auto* text = value.as_string();
        if (text == nullptr) return wrong_type();
        if (is_blank(text->get())) {
          return report(at, fmt::format("field '{}' of {} is empty", field.name, label));
        }
        entry.*std::get<std::string_view Entry::*>(field.member) = dataset_.store(text->get());
        return;
      }
      case FieldType::string_list: {
        const auto* array = value.as_array();
        if (array == nullptr) return wrong_type();
        auto& list = entry.*std::get<std::vector<std::string_view> Entry::*>(field.member);
        for (const toml::node& item : *array) {
          const auto* text = item.as_string();
          if (text == nullptr) {
            report(position_of(item.source()),
                   fmt::format("field '{}' of {} must hold only strings, not {}", field.name, label,
                               type_name(item)));
          } else if (is_blank(text->get())) {
            report(position_of(item.source()),
                   fmt::format("field '{}' of {} has an empty string", field.name, label));
          } else {
            list.push_back(dataset_.store(text->get()));
          }
        }
        return;
      }
      case FieldType::integer: {
        const auto* number = value.as_integer();
        if (number == nullptr) return wrong_type();
        entry.*std::get<std::optional<std::int64_t> Entry::*>(field.member) = number->get();
        return;
      }
      case FieldType::boolean: {
        const auto* flag = value.as_boolean();
        if (flag == nullptr) return wrong_type();
        entry.*std::get<bool Entry::*>(field.member) = flag->get();
        return;
      }
    }
  }

  /// A question needs its answer and the other way round; answer lists need both.
  void check_trivia_question(const Entry& entry, const toml::table& table,
                             const EntryLabel& label) {
    if (entry.kind != Kind::trivia) return;
    const bool has_question = table.contains("question");
    const bool has_answer = table.contains("answer");
    if (has_question && !has_answer) {
      report(entry.position, fmt::format("{} has a question but no 'answer'", label));
    }
    if (has_answer && !has_question) {
      report(entry.position, fmt::format("{} has an answer but no 'question'", label));
    }
    for (const char* name : {"accept", "choices"}) {
      if (table.contains(name) && !has_question) {
        report(position_of(table[name].node()->source()),
               fmt::format("field '{}' of {} needs a 'question'", name, label));
      }
    }
    if (has_question) check_choices(entry, table, label);
  }

  /// Choices are wrong options: a choice that is also an answer, or one given twice,
  /// is an error at the choice (compared as the quiz compares what people type), since
  /// the quiz would offer two right options or the same one twice.
  void check_choices(const Entry& entry, const toml::table& table, const EntryLabel& label) {
    const toml::array* choices = table["choices"].as_array();
    if (choices == nullptr) return;
    std::vector<std::string> right{fold_for_matching(entry.answer)};
    for (const std::string_view accepted : entry.accept)
      right.push_back(fold_for_matching(accepted));
    std::vector<std::string> seen;
    for (const toml::node& item : *choices) {
      const auto* text = item.as_string();
      if (text == nullptr) continue;  // reported as a wrong type already
      const std::string folded = fold_for_matching(text->get());
      if (folded.empty()) continue;
      const char* problem = nullptr;
      if (std::find(right.begin(), right.end(), folded) != right.end()) {
        problem = "is also an accepted answer";
      } else if (std::find(seen.begin(), seen.end(), folded) != seen.end()) {
        problem = "is given twice";
      }
      if (problem != nullptr) {
        report(position_of(item.source()),
               fmt::format("choice '{}' of {} {}", text->get(), label, problem));
      }
      seen.push_back(folded);
    }
  }

  /// A tag given twice (ignoring case, as the filters match tags) is an error at its
  /// second use.
  void check_tags(const toml::table& table, const EntryLabel& label) {
    const toml::array* tags = table["tags"].as_array();
    if (tags == nullptr) return;
    std::vector<std::string_view> seen;
    for (const toml::node& item : *tags) {
      const auto* text = item.as_string();
      if (text == nullptr) continue;  // reported as a wrong type already
      const std::string_view tag = text->get();
      if (std::any_of(seen.begin(), seen.end(),
                      [&](std::string_view other) { return equal_ignoring_case(other, tag); })) {
        report(position_of(item.source()),
               fmt::format("tag '{}' of {} is given twice", tag, label));
      }
      seen.push_back(tag);
    }
  }

  /// A scene's order is its place in the story, counted from 1.
  void check_order(const Entry& entry, const toml::table& table, const EntryLabel& label) {
    if (!entry.order || *entry.order >= 1) return;
    report(position_of(table["order"].node()->source()),
           fmt::format("field 'order' of {} must be a positive integer (1 or more), not {}", label,
                       *entry.order));
  }

  void check_id(const Entry& entry, const toml::table& table) {
    const SourcePosition at = shifted(position_of(table["id"].node()->source()));
    if (!is_kebab_case(entry.id)) {
      report(at, fmt::format("id '{}' is not kebab-case (lowercase letters and digits, words "
                             "joined by '-')",
                             entry.id));
    }
    ids_.push_back({at, entry.id});  // the dataset's own copy, which stays put
  }

  /// Reports each id used again, at the later use, in file order.
  void check_duplicate_ids() {
    // Nearly always every id is new, which one pass tells without sorting.
    std::unordered_set<std::string_view> seen;
    seen.reserve(ids_.size());
    if (std::all_of(ids_.begin(), ids_.end(),
                    [&seen](const auto& given) { return seen.insert(given.second).second; })) {
      return;
    }
    std::stable_sort(ids_.begin(), ids_.end(),
                     [](const auto& a, const auto& b) { return before(a.first, b.first); });
    std::unordered_map<std::string_view, SourcePosition> first_seen;
    first_seen.reserve(ids_.size());
    for (const auto& [at, id] : ids_) {
      const auto [existing, inserted] = first_seen.emplace(id, at);
      if (!inserted) {
        report(at,
               fmt::format("duplicate id '{}' (first used at line {})", id, existing->second.line));
      }
    }
  }

  std::string path_;
  Dataset dataset_;
  DatasetInfo info_;
  bool info_read_ = false;
  std::uint32_t lines_before_ = 0;
  std::vector<Diagnostic> diagnostics_;
  std::vector<std::pair<SourcePosition, std::string_view>> ids_;  // where each id is given
};

}  // namespace

bool is_kebab_case(std::string_view text) {
  if (text.empty() || text.front() == '-' || text.back() == '-') return false;
  char previous = '\0';
  for (const char c : text) {
    const bool word_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word_char && c != '-') return false;
    if (c == '-' && previous == '-') return false;
    previous = c;
  }
  return true;
}

namespace {

/// The tree of `content`, or the diagnostic that stops its parse.
std::variant<toml::table, Diagnostic> parse_tree(std::string_view content,
                                                 const std::string& path) {
  if (auto deep = check_toml_text(content)) {
    return Diagnostic{path, deep->line, deep->column, Severity::error, std::move(deep->message)};
  }
  try {
    return toml::parse(content, std::string_view(path));
  } catch (const toml::parse_error& error) {
    const auto& begin = error.source().begin;
    const auto [line_begin, line_end] = line_range(content, begin.line);
    return Diagnostic{path, begin.line, begin.column, Severity::error,
                      describe_toml_error(content.substr(line_begin, line_end - line_begin),
                                          error.description())};
  }
}

LoadResult validate_tree(std::variant<toml::table, Diagnostic> tree, std::string path) {
  if (auto* failed = std::get_if<Diagnostic>(&tree)) return {std::nullopt, {std::move(*failed)}};
  auto& root = std::get<toml::table>(tree);
  Validator validator(std::move(path));
  validator.reserve(count_entries(root));
  validator.read(root);
  return std::move(validator).finish();
}

/// A part of a dataset's text that starts at a `[[kind]]` header (or at the top).
struct Part {
  std::size_t begin = 0;
  std::uint32_t lines_before = 0;
  std::uint32_t kinds = 0;  ///< Bit k: a `[[kind k]]` header opens a table in it.
};

/// A part is cut at the first header after this many bytes: big enough that toml++'s
/// start-up per parse does not count, small enough that its tree stays in the cache.
constexpr std::size_t kPartSize = std::size_t{64} << 10;

/// How many parts' trees may wait to be read: enough to keep the parsers busy, few
/// enough that the trees of a big file are never in memory all at once.
constexpr std::size_t kPartsAhead = 8;

/// The threads that parse parts beside the one that reads them: one per core, up to
/// three. The reading thread waits for them much of the time, so it takes no core of
/// its own (two parsers on two cores measured faster than one).
unsigned part_parsers() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 1 ? std::min(cores, 3U) : 0U;
}

/// Bit k for the kind whose table is named `name` (`quote`: bit 0); 0 for no kind.
std::uint32_t kind_bit(std::string_view name) {
  for (std::size_t k = 0; k < kAllKinds.size(); ++k) {
    if (name == kind_name(kAllKinds[k])) return 1U << k;
  }
  return 0;
}

/// Where `content` may be cut, or nothing when its text is refused before parsing.
std::optional<std::vector<Part>> parts_of(std::string_view content, std::size_t part_size,
                                          std::size_t& headers) {
  std::vector<Part> parts{Part{}};
  headers = 0;
  const auto refused = check_toml_text(content, [&](const TomlArrayHeader& header) {
    const std::uint32_t bit = kind_bit(header.name);
    if (bit == 0) return;
    ++headers;
    if (header.line_offset - parts.back().begin >= part_size) {
      parts.push_back({header.line_offset, header.line - 1, 0});
    }
    parts.back().kinds |= bit;
  });
  if (refused) return std::nullopt;
  return parts;
}

/// Keeps a part's tree from meaning something else than in one parse of the whole:
/// a top-level key found in two parts must be, in each, a kind's array of tables
/// opened by a `[[kind]]` header of that part, so that the parts only add to it.
class PartKeys {
 public:
  bool add(const toml::table& root, const Part& part) {
    for (auto&& [key, node] : root) {
      const std::uint32_t bit = kind_bit(key.str());
      const bool appended = (part.kinds & bit) != 0 && node.is_array_of_tables();
      auto [seen, first] = keys_.try_emplace(std::string(key.str()), appended);
      if (!first && !(seen->second && appended)) return false;
    }
    return true;
  }

 private:
  std::unordered_map<std::string, bool> keys_;  // key: every part so far only appended
};

}  // namespace

std::optional<LoadResult> load_dataset_in_parts(std::string_view content, const std::string& path,
                                                std::size_t part_size) {
  if (content.size() < 2 * part_size) return std::nullopt;  // one part: the whole
  std::size_t headers = 0;
  const auto parts = parts_of(content, part_size, headers);
  if (!parts || parts->size() < 2) return std::nullopt;
  Validator validator(path);
  validator.reserve(headers);
  PartKeys keys;
  // Other threads parse the parts ahead while this one reads the trees in order.
  auto parse_part = [&](std::size_t i) -> std::optional<toml::table> {
    const std::size_t begin = (*parts)[i].begin;
    const std::size_t end = i + 1 < parts->size() ? (*parts)[i + 1].begin : content.size();
    try {
      return toml::parse(content.substr(begin, end - begin), std::string_view(path));
    } catch (const toml::parse_error&) {
      return std::nullopt;
    }
  };
  OrderedWork<std::optional<toml::table>> trees(parts->size(), parse_part, part_parsers(),
                                                kPartsAhead);
  for (std::size_t i = 0; i < parts->size(); ++i) {
    const Part& part = (*parts)[i];
    std::optional<toml::table> tree = trees.take(i);
    if (!tree) return std::nullopt;
    toml::table& root = *tree;
    if (!keys.add(root, part)) return std::nullopt;
    validator.read(root, part.lines_before);
    if (!validator.clean()) return std::nullopt;
  }
  LoadResult result = std::move(validator).finish();
  if (!result.diagnostics.empty()) return std::nullopt;
  return result;
}

LoadResult load_dataset(std::string_view content, std::string path) {
  if (auto by_parts = load_dataset_in_parts(content, path, kPartSize)) return std::move(*by_parts);
  auto tree = parse_tree(content, path);
  return validate_tree(std::move(tree), std::move(path));
}

LoadResult load_owned_dataset(std::string content, std::string path) {
  if (auto by_parts = load_dataset_in_parts(content, path, kPartSize)) return std::move(*by_parts);
  auto tree = parse_tree(content, path);
  std::string().swap(content);  // the tree holds copies of its strings
  return validate_tree(std::move(tree), std::move(path));
}

}  // namespace lore
