#include "commands/import_command.h"

#include <fmt/format.h>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "fortune/fortune_file.h"
#include "util/plural.h"

namespace lore {

namespace {

void warn(Output& messages, const std::string& path, std::string message) {
  messages.write(format_diagnostic({path, 0, 0, Severity::warning, std::move(message)}) + "\n");
}

void report_conversions(const std::string& path, const ParsedFortune& parsed, Output& messages) {
  if (parsed.converted_from_latin1) {
    warn(messages, path, "not valid UTF-8: read as Latin-1 and converted to UTF-8");
  }
  if (parsed.converted_crlf) warn(messages, path, "CR LF line ends converted to LF");
  if (parsed.skipped_empty > 0) {
    warn(messages, path,
         fmt::format("skipped {} empty cookie{}", parsed.skipped_empty,
                     parsed.skipped_empty == 1 ? "" : "s"));
  }
}

Expected<std::vector<FortuneFile>, Error> read_fortune_files(const ImportOptions& options,
                                                             Context& context) {
  std::vector<FortuneFile> files;
  for (const std::string& path : options.files) {
    auto content = context.files.read(path);
    if (!content) {
      return failure(ErrorKind::unreadable_input, "",
                     {{path, 0, 0, Severity::error, content.error().reason}});
    }
    ParsedFortune parsed = parse_fortune(*content, options.rot13);
    report_conversions(path, parsed, context.messages);
    files.push_back({std::string(base_name(path)), std::move(parsed.cookies)});
  }
  return files;
}

Expected<DatasetInfo, Error> dataset_info(const ImportOptions& options) {
  if (options.files.empty()) return usage_error("import needs at least one fortune file");
  const std::string& first = options.files.front();
  DatasetInfo info;
  info.id = options.dataset_id.empty() ? dataset_id_for(first) : options.dataset_id;
  if (!is_kebab_case(info.id)) {
    return usage_error(fmt::format(
        "dataset id '{}' is not kebab-case (lowercase letters and digits, words joined by '-')",
        info.id));
  }
  info.title = options.title;
  if (info.title.empty()) info.title = base_name(first);
  if (info.title.find_first_not_of(" \t\r\n") == std::string::npos) info.title = info.id;
  info.path = options.output.empty() ? "<stdout>" : options.output;
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
  auto info = dataset_info(options);
  LORE_TRY(info);
  auto files = read_fortune_files(options, context);
  LORE_TRY(files);
  const Dataset dataset = cookies_to_dataset(std::move(*info), *files);
  auto toml = checked_toml(dataset);
  LORE_TRY(toml);
  auto written = write_output(*toml, options, context);
  if (!written) return written;
  context.messages.write(
      fmt::format("lore: imported {} ({} with a speaker) from {} as dataset '{}'\n",
                  counted(dataset.entries().size(), "cookie", "cookies"), count_speakers(dataset),
                  counted(options.files.size(), "file", "files"), dataset.info().id));
  return {};
}

}  // namespace lore
