#include "commands/import_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "fortune/fortune_file.h"
#include "util/plural.h"

namespace lore {

namespace {

void warn(Output& messages, const std::string& path, std::string message) {
  messages.write(format_diagnostic({path, 0, 0, Severity::warning, std::move(message)}) + "\n");
}

/// A line on a terminal that says how far a long import has got, rewritten in place
/// and cleared before anything else is written. Nothing at all when stderr is no
/// terminal.
class ProgressLine {
 public:
  ProgressLine(Output& messages, bool terminal) : messages_(messages), terminal_(terminal) {}
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine() { clear(); }

  /// Shows `text` once `cookies` is past kImportProgressFrom.
  void show(std::size_t cookies, const std::string& text) {
    if (!terminal_ || cookies <= kImportProgressFrom) return;
    messages_.write(fmt::format("\rlore: {}\x1b[K", text));
    shown_ = true;
  }

  void clear() {
    if (shown_) messages_.write("\r\x1b[K");
    shown_ = false;
  }

 private:
  Output& messages_;
  bool terminal_;
  bool shown_ = false;
};

/// Which file a path names: its device and inode (0 when it cannot be stat'ed, as in
/// memory) and its canonical path, for a file not there yet.
struct FileKey {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::string identity;
};

FileKey key_of(const std::string& path, const FileSystem& files) {
  FileKey key;
  key.identity = files.identity(path);
  if (auto stamp = files.stamp(path)) {
    key.device = stamp->device;
    key.inode = stamp->inode;
  }
  return key;
}

bool same_file(const FileKey& a, const FileKey& b) {
  if (a.inode != 0 && b.inode != 0) return a.device == b.device && a.inode == b.inode;
  return a.identity == b.identity;
}

/// -o never names an input, even with --force, and replaces a file only with --force.
Expected<void, Error> check_output(const ImportOptions& options, const FileSystem& files) {
  if (options.output.empty()) return {};
  const FileKey output = key_of(options.output, files);
  for (const std::string& input : options.files) {
    if (same_file(output, key_of(input, files))) {
      return usage_error(fmt::format(
          "-o {} is the input {}: lore never writes over what it imports", options.output, input));
    }
  }
  // Anything but a regular file (a FIFO, a device, a folder) is left to the writer,
  // which refuses it with or without --force.
  const auto type = files.stat(options.output);
  if (!options.force && type && *type == PathType::file) {
    return usage_error(fmt::format("-o {} exists; give --force to replace it, or name another file",
                                   options.output));
  }
  return {};
}

void report_conversions(const std::string& path, const ParsedFortune& parsed, Output& messages) {
  if (parsed.converted_from_latin1) {
    warn(messages, path, "not valid UTF-8: read as Latin-1 and converted to UTF-8");
  }
  if (parsed.crlf_line_ends) {
    warn(messages, path, "CR LF line ends converted to LF (--format fortune writes them back)");
  } else if (parsed.converted_crlf) {
    warn(messages, path, "CR LF line ends converted to LF");
  }
  if (parsed.skipped_empty > 0) {
    warn(messages, path,
         fmt::format("skipped {}", counted(parsed.skipped_empty, "empty cookie", "empty cookies")));
  }
}

/// The fortune files read, each once, and what they share.
struct ReadFiles {
  std::vector<FortuneFile> files;
  std::vector<std::string> paths;  ///< Of each file read, as given.
  bool all_crlf = true;            ///< Every file read had CR LF line ends only.
  std::size_t cookies = 0;
};

Expected<ReadFiles, Error> read_fortune_files(const ImportOptions& options, Context& context,
                                              ProgressLine& progress) {
  ReadFiles read;
  std::vector<std::pair<FileKey, std::string>> seen;
  for (std::size_t i = 0; i < options.files.size(); ++i) {
    const std::string& path = options.files[i];
    const FileKey key = key_of(path, context.files);
    const auto earlier = std::find_if(seen.begin(), seen.end(),
                                      [&](const auto& item) { return same_file(item.first, key); });
    if (earlier != seen.end()) {
      progress.clear();
      warn(context.messages, path,
           fmt::format("skipped: the same file as {}, read already", earlier->second));
      continue;
    }
    seen.emplace_back(key, path);
    auto content = context.files.read(path);
    if (!content) {
      return failure(ErrorKind::unreadable_input, "",
                     {{path, 0, 0, Severity::error, content.error().reason}});
    }
    if (auto binary = binary_file_reason(*content)) {
      progress.clear();
      warn(context.messages, path, fmt::format("skipped: {}", *binary));
      continue;
    }
    ParsedFortune parsed = parse_fortune(*content, options.rot13);
    progress.clear();
    report_conversions(path, parsed, context.messages);
    read.all_crlf = read.all_crlf && parsed.crlf_line_ends;
    read.cookies += parsed.cookies.size();
    read.files.push_back({std::string(base_name(path)), std::move(parsed.cookies)});
    read.paths.push_back(path);
    progress.show(read.cookies, fmt::format("importing: {} from {} of {} files",
                                            counted(read.cookies, "cookie", "cookies"), i + 1,
                                            options.files.size()));
  }
  if (read.files.empty()) {
    return failure(ErrorKind::invalid_data, "no fortune file to import; nothing was written");
  }
  return read;
}

/// The name a dataset of `paths` is called by when no --id is given: the file's, or the
/// folder's that holds every one of them; nullopt when they are in several folders.
std::optional<std::string> default_name(const std::vector<std::string>& paths,
                                        const FileSystem& files) {
  if (paths.size() == 1) return std::string(base_name(paths.front()));
  std::optional<std::string> folder;
  for (const std::string& path : paths) {
    const std::string here = parent_directory(files.identity(path));
    if (folder && *folder != here) return std::nullopt;
    folder = here;
  }
  return std::string(base_name(*folder));
}

Expected<DatasetInfo, Error> dataset_info(const ImportOptions& options, const ReadFiles& read,
                                          const FileSystem& files) {
  const std::optional<std::string> name = default_name(read.paths, files);
  DatasetInfo info;
  if (!options.dataset_id.empty()) {
    info.id = options.dataset_id;
  } else if (name) {
    info.id = dataset_id_for(*name);
  } else {
    return usage_error(
        fmt::format("the {} files are in different folders: name the dataset with --id NAME",
                    read.paths.size()));
  }
  if (!is_kebab_case(info.id)) {
    return usage_error(fmt::format(
        "dataset id '{}' is not kebab-case (lowercase letters and digits, words joined by '-')",
        info.id));
  }
  if (!options.reserved_id.empty() && info.id == options.reserved_id) {
    return usage_error(fmt::format(
        "dataset id '{}' is the built-in dataset's, which no other can load beside; name the "
        "dataset with --id NAME",
        info.id));
  }
  info.title = options.title;
  if (info.title.empty() && options.dataset_id.empty() && name) info.title = *name;
  if (info.title.find_first_not_of(" \t\r\n") == std::string::npos) info.title = info.id;
  info.path = options.output.empty() ? "<stdout>" : options.output;
  info.crlf = read.all_crlf;
  return info;
}

bool same_quote(const Entry& written, const Entry& loaded) {
  return written.id == loaded.id && written.text == loaded.text &&
         written.speaker == loaded.speaker && written.source == loaded.source;
}

Error internal_failure(std::string what, std::vector<Diagnostic> diagnostics = {}) {
  return Error{ErrorKind::invalid_data,
               fmt::format("internal error: {}; nothing was written", what),
               std::move(diagnostics)};
}

/// The dataset as TOML, once it has been loaded back to the same entries.
Expected<std::string, Error> checked_toml(const Dataset& dataset) {
  std::vector<const Entry*> entries;
  for (const Entry& entry : dataset.entries()) entries.push_back(&entry);
  std::string toml = write_dataset(dataset.info(), entries);
  LoadResult check = load_dataset(toml, dataset.info().path);
  if (!check.dataset) {
    return unexpected(
        internal_failure("the imported dataset does not load", std::move(check.diagnostics)));
  }
  const DatasetInfo& info = check.dataset->info();
  if (info.collection != dataset.info().collection ||
      info.preformatted != dataset.info().preformatted || info.crlf != dataset.info().crlf) {
    return unexpected(internal_failure("the imported dataset's table does not load back"));
  }
  const std::vector<Entry>& loaded = check.dataset->entries();
  if (loaded.size() != entries.size()) {
    return unexpected(internal_failure("the imported dataset loads with a different count"));
  }
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    if (!same_quote(*entries[i], loaded[i])) {
      return unexpected(internal_failure(
          fmt::format("quote '{}' does not load back as it was written", entries[i]->id)));
    }
  }
  return toml;
}

Expected<void, Error> write_output(const std::string& toml, const ImportOptions& options,
                                   Context& context) {
  if (options.output.empty()) {
    context.out.write(toml);
    return finish_output(context.out);
  }
  // Under the same lock as `lore add`, so that an add meanwhile is not lost.
  const std::string path = context.files.identity(options.output);
  auto failed = [&](std::string_view what, const FileError& error) {
    return failure(ErrorKind::output_failure, fmt::format("cannot {} {}: {}; nothing was written",
                                                          what, error.path, error.reason));
  };
  auto replaceable = context.files.check_replaceable(path);
  if (!replaceable) return failed("write", replaceable.error());
  auto lock = context.files.lock(lock_path_for(path));
  if (!lock) return failed("lock", lock.error());
  // Checked again under the lock: a file made since is not replaced either.
  LORE_TRY(check_output(options, context.files));
  auto written = context.files.write_atomically(path, toml);
  if (!written) return failed("write", written.error());
  return {};
}

std::size_t count_speakers(const Dataset& dataset) {
  std::size_t count = 0;
  for (const Entry& entry : dataset.entries()) count += entry.speaker.empty() ? 0 : 1;
  return count;
}

}  // namespace

Expected<void, Error> run_import(const ImportOptions& options, Context& context) {
  if (options.files.empty()) return usage_error("import needs at least one fortune file");
  LORE_TRY(check_output(options, context.files));
  ProgressLine progress(context.messages, context.environment.stderr_is_terminal);
  auto read = read_fortune_files(options, context, progress);
  LORE_TRY(read);
  auto info = dataset_info(options, *read, context.files);
  LORE_TRY(info);
  progress.show(read->cookies,
                fmt::format("importing: checking {}", counted(read->cookies, "cookie", "cookies")));
  const Dataset dataset = cookies_to_dataset(std::move(*info), read->files);
  auto toml = checked_toml(dataset);
  LORE_TRY(toml);
  progress.clear();
  auto written = write_output(*toml, options, context);
  if (!written) return written;
  context.messages.write(
      fmt::format("lore: imported {} ({} with a speaker) from {} as dataset '{}'\n",
                  counted(dataset.entries().size(), "cookie", "cookies"), count_speakers(dataset),
                  counted(read->files.size(), "file", "files"), dataset.info().id));
  return {};
}

}  // namespace lore
