#include "commands/cache_command.h"

#include <fmt/format.h>

#include "util/text_escape.h"

namespace lore {

namespace {

Error no_cache(const Context& context) {
  return {ErrorKind::usage,
          fmt::format("there is no index cache: {}", context.environment.cache_off_because.empty()
                                                         ? "HOME is not set"
                                                         : context.environment.cache_off_because),
          {}};
}

Expected<void, Error> print_path(Context& context) {
  if (context.environment.cache_folder.empty()) return unexpected(no_cache(context));
  context.out.write(escape_controls(context.environment.cache_folder) + "\n");
  return finish_output(context.out);
}

Expected<void, Error> clear(IndexCache& cache, Context& context) {
  auto removed = cache.clear();
  if (!removed) {
    return failure(ErrorKind::output_failure,
                   fmt::format("cannot clear the index cache: {}: {}",
                               escape_controls(removed.error().path), removed.error().reason));
  }
  // Indexes, and temporary files of writes cut short.
  context.out.write(fmt::format("removed {} {} from {}\n", *removed,
                                *removed == 1 ? "file" : "files", escape_controls(cache.folder())));
  return finish_output(context.out);
}

/// Indexes one file or folder, with a progress line while it works on a terminal.
Expected<void, Error> build_one(const std::string& path, bool named, Context& context) {
  const bool progress = context.environment.stderr_is_terminal;
  if (progress) context.messages.write(fmt::format("lore: indexing {}...", escape_controls(path)));
  DatasetSources sources;
  sources.include_embedded = false;
  sources.cache = context.cache;
  (named ? sources.files : sources.search_path).push_back(path);
  auto loaded = load_catalog(sources, context.files);
  if (progress) context.messages.write("\r\033[K");
  LORE_TRY(loaded);
  for (const Diagnostic& warning : loaded->warnings) {
    context.messages.write(format_diagnostic(warning) + "\n");
  }
  return {};
}

Expected<void, Error> build(const CacheOptions& options, IndexCache& cache, Context& context) {
  cache.rebuild_all();
  const bool named = !options.paths.empty();
  const std::vector<std::string> paths =
      named ? options.paths : dataset_search_path(context.environment.search_path);
  for (const std::string& path : paths) {
    auto built = build_one(path, named, context);
    if (!built) return built;
  }
  bool all_written = true;
  for (const IndexNote& note : cache.notes()) {
    if (note.state == IndexNote::State::written) {
      context.out.write(fmt::format("{}: indexed in {}\n", escape_controls(note.path),
                                    escape_controls(note.detail)));
    } else {
      all_written = all_written && note.state == IndexNote::State::skipped;
      context.messages.write(fmt::format("lore: {}: not indexed: {}\n", escape_controls(note.path),
                                         escape_controls(note.detail)));
    }
  }
  if (cache.notes().empty() && !named) {
    context.messages.write("lore: no dataset files on the search path (see lore sources)\n");
  }
  auto written = finish_output(context.out);
  if (!written) return written;
  if (!all_written) {
    return failure(ErrorKind::output_failure, "some datasets were not indexed");
  }
  return {};
}

}  // namespace

Expected<void, Error> run_cache(const CacheOptions& options, Context& context) {
  if (options.action == CacheOptions::Action::path) return print_path(context);
  if (context.cache == nullptr || !context.cache->enabled()) {
    return unexpected(no_cache(context));
  }
  if (options.action == CacheOptions::Action::clear) return clear(*context.cache, context);
  return build(options, *context.cache, context);
}

}  // namespace lore
