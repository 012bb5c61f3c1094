// A stand-in for `lore import fortune` and `lore export --format fortune` until they
// are on the command line, so the shell tests can hand lore's output to strfile:
//   lore_fortune_tool import [--rot13] FILE...   a TOML dataset on standard output
//   lore_fortune_tool export DATASET.toml        its entries as a fortune file

#include <cstdio>
#include <string>
#include <vector>

#include "cli/exit_status.h"
#include "commands/import_command.h"
#include "core/dataset_loader.h"
#include "fortune/fortune_file.h"

namespace {

int import_files(const std::vector<std::string>& arguments, lore::Context& context) {
  lore::ImportOptions options;
  for (const std::string& argument : arguments) {
    if (argument == "--rot13") {
      options.rot13 = true;
    } else {
      options.files.push_back(argument);
    }
  }
  auto imported = lore::run_import(options, context);
  return imported ? 0 : lore::cli::report_error(imported.error(), context.messages);
}

int export_dataset(const std::string& path, lore::Context& context) {
  auto content = context.files.read(path);
  if (!content) {
    context.messages.write(path + ": " + content.error().reason + "\n");
    return 66;
  }
  lore::LoadResult loaded = lore::load_dataset(*content, path);
  if (!loaded.dataset) {
    for (const auto& diagnostic : loaded.diagnostics) {
      context.messages.write(lore::format_diagnostic(diagnostic) + "\n");
    }
    return 65;
  }
  std::vector<const lore::Entry*> entries;
  for (const lore::Entry& entry : loaded.dataset->entries()) entries.push_back(&entry);
  context.out.write(lore::write_fortune(entries));
  return context.out.finish() ? 0 : 74;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  lore::StreamOutput out(stdout);
  lore::StreamOutput messages(stderr);
  lore::DiskFileSystem files;
  const lore::Environment environment{};
  lore::Context context{out, messages, files, environment};
  if (arguments.size() >= 2 && arguments[0] == "import") {
    return import_files({arguments.begin() + 1, arguments.end()}, context);
  }
  if (arguments.size() == 2 && arguments[0] == "export")
    return export_dataset(arguments[1], context);
  std::fputs("usage: lore_fortune_tool import [--rot13] FILE... | export DATASET.toml\n", stderr);
  return 64;
}
