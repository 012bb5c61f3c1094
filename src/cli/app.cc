#include "cli/app.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <sstream>

#include "cli/config_defaults.h"
#include "cli/exit_status.h"
#include "cli/generate.h"
#include "cli/parser.h"
#include "commands/printing.h"
#include "core/entry_store.h"
#include "util/text_escape.h"

namespace lore::cli {

namespace {

/// Runs `runner`; a dataset index found damaged while it ran (before any output: a
/// command reads what it prints first) is removed and the command runs again, the
/// index rebuilt from the TOML; a second damaged index turns the cache off.
Expected<void, Error> run_recovering(const Runner& runner, Context& context) {
  for (int attempt = 0;; ++attempt) {
    try {
      return runner(context);
    } catch (const IndexDamaged& damage) {
      if (context.cache == nullptr || attempt >= 2) throw;
      context.cache->discard(damage.index_path());
      if (attempt == 1) context.cache->turn_off("an index was damaged twice in one run");
    }
  }
}

/// Parses the config's arguments (when `with_config`), then the command line's.
/// Throws CLI11's errors; `parser` then knows which help to print.
void parse(Parser& parser, const std::vector<std::string_view>& words,
           const ConfigDefaults& defaults, bool with_config) {
  std::vector<std::string> arguments;
  if (with_config) arguments = defaults.arguments;
  arguments.insert(arguments.end(), words.begin(), words.end());
  std::reverse(arguments.begin(), arguments.end());  // CLI11 takes them last first
  parser.app.parse(arguments);
}

/// What a run is made of: the command line, config.toml's defaults, and where to say
/// that the file is set aside.
struct Run {
  std::vector<std::string_view> words;
  ConfigDefaults defaults;
  bool with_config = false;
  Context& context;

  /// A bad value in config.toml must not stop a quote at login: when the command fails
  /// for the file's sake, say so and go on with the command line alone.
  void ignore_config(std::string_view why) {
    context.messages.write(
        fmt::format("{}: warning: ignored, because {}\n", defaults.path, escape_controls(why)));
    with_config = false;
  }
};

/// Parses into `parser`, once more without config.toml if the file's arguments do not
/// parse. Returns the exit status when parsing ends the run (help, version, an error).
std::optional<int> parse_or_exit(std::unique_ptr<Parser>& parser, Run& run) {
  try {
    try {
      parse(*parser, run.words, run.defaults, run.with_config);
      return std::nullopt;
    } catch (const CLI::ParseError& error) {
      if (!run.with_config || dynamic_cast<const CLI::Success*>(&error) != nullptr) throw;
      run.ignore_config(error.what());
    }
    parser = parser_for(run.words);
    parse(*parser, run.words, run.defaults, false);
    return std::nullopt;
  } catch (const CLI::Success& success) {
    std::ostringstream out;
    std::ostringstream err;
    const int status = parser->app.exit(success, out, err);
    run.context.out.write(out.str());
    run.context.messages.write(err.str());
    auto written = finish_output(run.context.out);
    if (!written) return report_error(written.error(), run.context.messages);
    return status;
  } catch (const CLI::ParseError& error) {
    return report_error({ErrorKind::usage, parse_error_message(*parser, error, run.words), {}},
                        run.context.messages, help_command(*parser));
  }
}

/// After a parse: `lore OPTIONS help [COMMAND]` prints that help; an option of lore's
/// given before a subcommand that does not take it is an error. Returns the exit status
/// when the run ends here.
std::optional<int> help_or_refusal(const Parser& parser, const Run& run) {
  if (parser.help != nullptr && parser.help->parsed()) {
    const CLI::App* topic = &parser.app;
    for (const auto& [sub, runner] : parser.commands) {
      if (sub->get_name() == parser.help_topic) topic = sub;
    }
    const std::string name = topic == &parser.app ? "lore" : "lore " + topic->get_name();
    run.context.out.write(
        topic->get_formatter()->make_help(topic, name, CLI::AppFormatMode::Normal));
    auto written = finish_output(run.context.out);
    if (!written) return report_error(written.error(), run.context.messages);
    return kExitOk;
  }
  if (auto refused = option_not_taken(parser, run.words)) {
    return report_error(*refused, run.context.messages, help_command(parser));
  }
  return std::nullopt;
}

}  // namespace

int run_app(int argc, const char* const* argv, Context& context) {
  // Before anything can fail: a warning, never an error, so the login quote still prints.
  for (const std::string& warning : context.environment.warnings) {
    context.messages.write(fmt::format("lore: warning: {}\n", escape_controls(warning)));
  }
  auto words = help_as_flag({argv + 1, argv + argc});
  if (!words) return report_error(words.error(), context.messages);
  Run run{std::move(*words), {}, false, context};
  std::unique_ptr<Parser> parser = make_parser();
  // What the build generates depends on the options alone, never on config.toml.
  const bool generating = !run.words.empty() && run.words.front() == "--generate";
  if (!generating) run.defaults = read_config(parser->app, run.words, context);
  declare_commands(*parser, run.words);
  run.with_config = !run.defaults.arguments.empty();
  if (const auto status = parse_or_exit(parser, run)) return *status;
  if (const auto status = help_or_refusal(*parser, run)) return *status;
  if (!parser->generate.empty()) {
    auto generated = generate(parser->app, parser->generate, context.out);
    if (!generated) return report_error(generated.error(), context.messages);
    return kExitOk;
  }

  auto result = run_recovering(chosen_runner(*parser), context);
  if (!result && result.error().kind == ErrorKind::usage && run.with_config) {
    run.ignore_config(result.error().message);
    parser = parser_for(run.words);
    if (const auto status = parse_or_exit(parser, run)) return *status;
    if (const auto status = help_or_refusal(*parser, run)) return *status;
    result = run_recovering(chosen_runner(*parser), context);
  }
  if (!result) return report_error(result.error(), context.messages, help_command(*parser));
  return kExitOk;
}

}  // namespace lore::cli
