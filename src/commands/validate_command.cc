#include "commands/validate_command.h"
#include "render/json_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>

#include "core/dataset_loader.h"
#include "util/plural.h"
#include "util/text_escape.h"

namespace lore {

namespace {

/// The files a path names: itself, or the dataset files in a folder.
Expected<std::vector<std::string>, FileError> files_of(const std::string& path,
                                                       const FileSystem& files) {
  if (path == "-") return std::vector<std::string>{path};
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

/// The problems of one file (or one path that could not be listed): those shown, and
/// how many more were held back by --max-errors.
struct FileReport {
  std::string file;
  std::vector<Diagnostic> shown;
  std::size_t more_errors = 0;
  std::size_t more_warnings = 0;
};

/// "3 more errors", "1 more warning".
std::string more(std::size_t count, std::string_view noun) {
  return fmt::format("{} more {}{}", count, noun, count == 1 ? "" : "s");
}

/// The line that stands for what a report held back: "and 149950 more errors in
/// FILE"; empty when nothing was.
std::string held_back(const FileReport& report) {
  std::vector<std::string> parts;
  if (report.more_errors > 0) parts.push_back(more(report.more_errors, "error"));
  if (report.more_warnings > 0) parts.push_back(more(report.more_warnings, "warning"));
  if (parts.empty()) return "";
  return fmt::format("and {} in {}", fmt::join(parts, " and "), report.file);
}

/// Adds `diagnostics` of `file` to `reports`, the first `max_shown` of them shown (0:
/// all).
void report(std::vector<FileReport>& reports, std::string file, std::vector<Diagnostic> diagnostics,
            std::size_t max_shown) {
  FileReport added{std::move(file), {}, 0, 0};
  for (Diagnostic& diagnostic : diagnostics) {
    if (max_shown == 0 || added.shown.size() < max_shown) {
      added.shown.push_back(std::move(diagnostic));
    } else {
      ++(diagnostic.severity == Severity::error ? added.more_errors : added.more_warnings);
    }
  }
  reports.push_back(std::move(added));
}

}  // namespace

Expected<void, Error> run_validate(const ValidateOptions& options, Context& context) {
  if (std::count(options.paths.begin(), options.paths.end(), "-") > 1) {
    return usage_error("standard input ('-') can be read only once");
  }
  std::vector<FileReport> reports;
  std::vector<std::string> valid;
  bool unreadable = false;
  bool errors = false;
  for (const std::string& path : options.paths) {
    auto listed = files_of(path, context.files);
    if (!listed) {
      report(reports, path, {{path, 0, 0, Severity::error, listed.error().reason}}, 0);
      unreadable = true;
      continue;
    }
    for (const std::string& file : *listed) {
      const bool standard_input = file == "-";
      const std::string name = standard_input ? std::string(kStandardInputName) : file;
      // A FIFO in a folder would wait for a writer forever; one named is read.
      if (file != path && context.files.type_of(file) == PathType::fifo) {
        report(reports, name, {{name, 0, 0, Severity::warning, "a FIFO, not a file: not read"}}, 0);
        continue;
      }
      auto content =
          standard_input ? context.files.read_standard_input() : context.files.read(file);
      if (!content) {
        report(reports, name, {{name, 0, 0, Severity::error, content.error().reason}}, 0);
        unreadable = true;
        continue;
      }
      LoadResult result = load_dataset(*content, name);
      if (result.dataset) {
        valid.push_back(fmt::format("{}: ok, {}", name,
                                    counted(result.dataset->entries().size(), "entry", "entries")));
      }
      errors = errors || has_errors(result.diagnostics);
      report(reports, name, std::move(result.diagnostics), options.max_errors);
    }
  }
  if (options.json) {
    Json records = Json::array();
    for (const FileReport& file : reports) {
      for (const Diagnostic& diagnostic : file.shown) records.push_back(to_record(diagnostic));
      const std::string rest = held_back(file);
      if (!rest.empty()) {
        records.push_back({{"file", file.file},
                           {"line", 0},
                           {"column", 0},
                           {"severity", "note"},
                           {"message", rest},
                           {"more_errors", file.more_errors},
                           {"more_warnings", file.more_warnings}});
      }
    }
    context.out.write(dump_json(records, 2) + "\n");
  } else {
    for (const FileReport& file : reports) {
      for (const Diagnostic& diagnostic : file.shown) {
        context.out.write(escape_controls(format_diagnostic(diagnostic)) + "\n");
      }
      const std::string rest = held_back(file);
      if (!rest.empty()) context.out.write(escape_controls(rest) + "\n");
    }
    for (const std::string& line : valid) context.out.write(escape_controls(line) + "\n");
  }
  auto written = finish_output(context.out);
  if (!written) return written;
  if (unreadable) return failure(ErrorKind::unreadable_input, "");
  if (errors) return failure(ErrorKind::invalid_data, "");
  return {};
}

}  // namespace lore
