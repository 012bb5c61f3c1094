#include "commands/validate_command.h"
#include "render/json_text.h"

#include <fmt/format.h>

#include "core/dataset_loader.h"
#include "util/text_escape.h"
#include "util/plural.h"

namespace lore {

namespace {

/// The files a path names: itself, or the dataset files in a folder.
Expected<std::vector<std::string>, FileError> files_of(const std::string& path,
                                                       const FileSystem& files) {
  if (files.type_of(path) == PathType::directory) return files.list(path, ".toml");
  return std::vector<std::string>{path};
}

Json to_record(const Diagnostic& diagnostic) {
  return {{"file", diagnostic.path},
          {"line", diagnostic.line},
          {"column", diagnostic.column},
          {"severity", diagnostic.severity == Severity::error ? "error" : "warning"},
          {"message", diagnostic.message}};
}

}  // namespace

Expected<void, Error> run_validate(const ValidateOptions& options, Context& context) {
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> valid;
  bool unreadable = false;
  for (const std::string& path : options.paths) {
    auto listed = files_of(path, context.files);
    if (!listed) {
      diagnostics.push_back({path, 0, 0, Severity::error, listed.error().reason});
      unreadable = true;
      continue;
    }
    for (const std::string& file : *listed) {
      // A FIFO in a folder would wait for a writer forever; one named is read.
      if (file != path && context.files.type_of(file) == PathType::fifo) {
        diagnostics.push_back({file, 0, 0, Severity::warning, "a FIFO, not a file: not read"});
        continue;
      }
      auto content = context.files.read(file);
      if (!content) {
        diagnostics.push_back({file, 0, 0, Severity::error, content.error().reason});
        unreadable = true;
        continue;
      }
      LoadResult result = load_dataset(*content, file);
      if (result.dataset) {
        valid.push_back(fmt::format("{}: ok, {}", file,
                                    counted(result.dataset->entries().size(), "entry", "entries")));
      }
      diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    }
  }
  if (options.json) {
    Json records = Json::array();
    for (const Diagnostic& diagnostic : diagnostics) records.push_back(to_record(diagnostic));
    context.out.write(dump_json(records, 2) + "\n");
  } else {
    for (const Diagnostic& diagnostic : diagnostics) {
      context.out.write(escape_controls(format_diagnostic(diagnostic)) + "\n");
    }
    for (const std::string& line : valid) context.out.write(escape_controls(line) + "\n");
  }
  auto written = finish_output(context.out);
  if (!written) return written;
  if (unreadable) return failure(ErrorKind::unreadable_input, "");
  if (has_errors(diagnostics)) return failure(ErrorKind::invalid_data, "");
  return {};
}

}  // namespace lore
