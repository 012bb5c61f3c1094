#include "support/app_runner.h"

#include "cli/app.h"

namespace lore::test {

AppRun run_lore(const std::vector<std::string>& args, FileSystem& files,
                const Environment& environment, Output* out, IndexCache* cache) {
  std::vector<const char*> argv{"lore"};
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  const int argc = static_cast<int>(argv.size());
  argv.push_back(nullptr);
  StringOutput text;
  StringOutput messages;
  Context context{out != nullptr ? *out : text, messages, files, environment, nullptr, cache};
  const int status = cli::run_app(argc, argv.data(), context);
  return {status, text.text(), messages.text()};
}

}  // namespace lore::test
