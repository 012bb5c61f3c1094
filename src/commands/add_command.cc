#include "commands/add_command.h"

#include <fmt/format.h>

#include <charconv>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/entry_id.h"
#include "core/schema.h"
#include "util/utf8.h"
#include "util/xdg.h"

namespace lore {

namespace {

constexpr std::size_t kIdWords = 5;
constexpr std::size_t kIdLength = 40;

Unexpected<Error> write_error(std::string_view what, const FileError& error) {
  return failure(ErrorKind::output_failure, fmt::format("cannot {} {}: {} (the file is unchanged)",
                                                        what, error.path, error.reason));
}

/// `text` as a whole number, if it is one.
std::optional<std::int64_t> whole_number(const std::string& text) {
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return number;
}

/// The entry the options describe (check_add_fields passed), its views pointing into
/// `storage`.
Entry build_entry(const AddOptions& options, Dataset& storage) {
  Entry entry;
  entry.kind = options.kind;
  entry.spoiler = options.spoiler;
  for (const auto& [name, values] : options.fields) {
    const FieldSpec* field = find_field(options.kind, name);
    if (field == nullptr) continue;
    switch (field->type) {
      case FieldType::string:
        entry.*std::get<std::string_view Entry::*>(field->member) = storage.store(values.back());
        break;
      case FieldType::string_list:
        for (const std::string& value : values) {
          (entry.*std::get<std::vector<std::string_view> Entry::*>(field->member))
              .push_back(storage.store(value));
        }
        break;
      case FieldType::integer:
        entry.*std::get<std::optional<std::int64_t> Entry::*>(field->member) =
            whole_number(values.back());
        break;
      case FieldType::boolean: break;  // spoiler, a flag of its own
    }
  }
  return entry;
}

/// The file's name without its extension: "mine" for .../mine.toml.
std::string stem_of(const std::string& path) {
  std::string name = path.substr(path.rfind('/') + 1);
  if (const auto dot = name.rfind('.'); dot != std::string::npos && dot > 0) name.resize(dot);
  return name.empty() ? "mine" : name;
}

/// The file as it is, or a new dataset file named after it: a collection, so that its
/// title ("My quotes" for mine.toml) is never taken for the work a quote comes from.
Expected<std::string, Error> current_content(const std::string& path, const FileSystem& files) {
  if (files.type_of(path) == PathType::missing) {
    const std::string stem = stem_of(path);
    std::string id = kebab_words(stem);
    DatasetInfo info;
    info.id = id.empty() ? "mine" : id;
    info.title = stem == "mine" ? "My quotes" : stem;
    info.collection = true;
    return "# A lore dataset (see lore(5)); `lore add` appends to it.\n" +
           write_dataset_table(info);
  }
  auto content = files.read(path);
  if (!content) {
    return unexpected(Error{
        ErrorKind::unreadable_input, fmt::format("{}: {}", path, content.error().reason), {}});
  }
  return std::move(*content);
}

/// "\r\n" when the file's first line ends so, else "\n".
std::string_view line_end_of(std::string_view content) {
  const std::size_t newline = content.find('\n');
  return newline != std::string_view::npos && newline > 0 && content[newline - 1] == '\r' ? "\r\n"
                                                                                          : "\n";
}

/// `text`, written with "\n" line ends, with `line_end` instead.
std::string with_line_ends(std::string_view text, std::string_view line_end) {
  if (line_end == "\n") return std::string(text);
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (const char c : text) {
    if (c == '\n') {
      out += line_end;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

Expected<void, Error> check_add_fields(const AddOptions& options) {
  for (const auto& [name, values] : options.fields) {
    const FieldSpec* field = find_field(options.kind, name);
    if (field == nullptr) {
      const std::string_view kind = kind_name(options.kind);
      return usage_error(
          fmt::format("{} {} has no field '{}'", kind.front() == 'e' ? "an" : "a", kind, name));
    }
    if (field->type == FieldType::integer && !values.empty() && !whole_number(values.back())) {
      return usage_error(fmt::format("--{}: '{}' is not a whole number", name, values.back()));
    }
  }
  return {};
}

std::string default_add_path(const SearchPathVariables& variables) {
  const std::string base = xdg_base(variables.xdg_data_home, variables.home, ".local/share");
  return base.empty() ? "" : base + "/lore/mine.toml";
}

Expected<void, Error> run_add(const AddOptions& options, Context& context) {
  for (const auto& [name, values] : options.fields) {
    for (const std::string& value : values) {
      if (!utf8::is_valid(value))
        return usage_error(fmt::format("--{}: the text is not UTF-8", name));
    }
  }
  std::string path =
      options.to.empty() ? default_add_path(context.environment.search_path) : options.to;
  if (path.empty()) return usage_error("nowhere to add to: give --to FILE (HOME is not set)");
  // Write through a symbolic link to the file it names (dotfile managers link them),
  // creating the file a dangling link names: through the link or not, one file.
  path = context.files.identity(path);
  auto folder = context.files.make_directories(parent_directory(path));
  if (!folder) return write_error("create folder", folder.error());
  path = context.files.identity(path);  // its folder exists now
  auto replaceable = context.files.check_replaceable(path);
  if (!replaceable) return write_error("write", replaceable.error());
  // Two adds at once must not lose one: read, check and replace under a lock beside the
  // resolved file, which every path to it shares.
  auto lock = context.files.lock(lock_path_for(path));
  if (!lock) return write_error("lock", lock.error());
  auto content = current_content(path, context.files);
  LORE_TRY(content);

  const LoadResult before = load_dataset(*content, path);
  if (!before.dataset) {
    return unexpected(Error{ErrorKind::invalid_data,
                            fmt::format("{} has errors; fix them before adding to it", path),
                            before.diagnostics});
  }
  Dataset storage(DatasetInfo{});
  auto checked = check_add_fields(options);
  LORE_TRY(checked);
  Entry entry = build_entry(options, storage);
  if (entry.id.empty()) {
    std::vector<std::string_view> taken;
    for (const Entry& existing : before.dataset->entries()) taken.push_back(existing.id);
    // A scene or an egg is named by its title, anything else by its text.
    std::string base =
        kebab_words(entry.title.empty() ? entry.body() : entry.title, kIdWords, kIdLength);
    if (base.empty()) base = std::string(kind_name(options.kind));
    entry.id = storage.store(unique_id(base, taken));
  }

  // The entry is written with the file's own line ends: a CRLF file stays CRLF.
  const std::string_view line_end = line_end_of(*content);
  std::string updated = *content;
  if (!updated.empty() && !updated.ends_with('\n')) updated += line_end;
  updated += line_end;
  const auto first_new_line =
      static_cast<std::uint32_t>(std::count(updated.begin(), updated.end(), '\n') + 1);
  updated += with_line_ends(write_entry(entry), line_end);

  // The file with the entry must load cleanly; what is wrong is the entry's fault.
  const LoadResult after = load_dataset(updated, path);
  if (!after.dataset) {
    std::vector<Diagnostic> problems;
    for (const Diagnostic& diagnostic : after.diagnostics) {
      if (diagnostic.severity == Severity::error && diagnostic.line >= first_new_line) {
        problems.push_back({"new entry", 0, 0, Severity::error, diagnostic.message});
      }
    }
    return unexpected(
        Error{ErrorKind::usage, fmt::format("not added to {}", path), std::move(problems)});
  }
  auto written = context.files.write_atomically(path, updated);
  if (!written) return write_error("write", written.error());
  context.out.write(fmt::format("{}\n", entry.id));
  return finish_output(context.out);
}

}  // namespace lore
