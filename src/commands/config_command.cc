#include "commands/config_command.h"

#include <fmt/format.h>

#include "commands/printing.h"
#include "util/text_escape.h"

namespace lore {

Expected<void, Error> run_config(const ConfigOptions& options, Context& context) {
  const std::string& path = context.environment.config_path;
  if (path.empty()) {
    return usage_error("no configuration file: neither XDG_CONFIG_HOME nor HOME is set");
  }
  // The file is the user's, but a terminal must not run its control characters.
  const bool terminal = context.environment.color.stdout_is_terminal;
  auto shown = [terminal](std::string text) { return terminal ? escape_controls(text) : text; };
  context.out.write(shown(path) + "\n");
  if (!options.path_only) {
    auto content = context.files.read(path);
    context.out.write(content ? "\n" + shown(*content)
                              : fmt::format("(no file there yet: {})\n", content.error().reason));
  }
  return finish_output(context.out);
}

}  // namespace lore
