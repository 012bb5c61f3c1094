#include "cli/app.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

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

/// Runs `command`; a dataset index found damaged while it ran (before any output: a
/// command reads what it prints first) is removed and the command runs again, the
/// index rebuilt from the TOML; a second damaged index turns the cache off.
Expected<void, Error> run_recovering(const Command& command, Context& context) {
  for (int attempt = 0;; ++attempt) {
    try {
      return command(context);
    } catch (const IndexDamaged& damage) {
      if (context.cache == nullptr || attempt >= 2) throw;
      context.cache->discard(damage.index_path());
      if (attempt == 1) context.cache->turn_off("an index was damaged twice in one run");
    }
  }
}

/// Parses the command line into `parser`, which declares every option that help and
/// the messages name. Returns the exit status when parsing ends the run (help, version,
/// an error of the command line: config.toml plays no part).
std::optional<int> parse_fully_or_exit(Parser& parser, const std::vector<std::string_view>& words,
                                       Context& context) {
  try {
    parse_words(parser, words);
    return std::nullopt;
  } catch (const CLI::Success& success) {
    std::ostringstream out;
    std::ostringstream err;
    const int status = parser.app.exit(success, out, err);
    context.out.write(out.str());
    context.messages.write(err.str());
    auto written = finish_output(context.out);
    if (!written) return report_error(written.error(), context.messages);
    return status;
  } catch (const CLI::ParseError& error) {
    return report_error({ErrorKind::usage, parse_error_message(parser, error, words), {}},
                        context.messages, help_command(parser));
  }
}

/// parse_fully_or_exit, first with `parser` as it is: a lean one (parser_for) gives way
/// to a full one when the parse ends the run, so that help and errors read as always.
std::optional<int> parse_or_exit(std::unique_ptr<Parser>& parser,
                                 const std::vector<std::string_view>& words, Context& context) {
  if (!parser->lean) return parse_fully_or_exit(*parser, words, context);
  try {
    parse_words(*parser, words);
    return std::nullopt;
  } catch (const CLI::Error&) {
    parser = parser_for(words, LoreOptions::all);
  }
  return parse_fully_or_exit(*parser, words, context);
}

/// After a parse: `lore OPTIONS help [COMMAND]` prints that help; an option of lore's
/// given before a subcommand that does not take it is an error. Returns the exit status
/// when the run ends here.
std::optional<int> help_or_refusal(const Parser& parser, const std::vector<std::string_view>& words,
                                   Context& context) {
  if (parser.help != nullptr && parser.help->parsed()) {
    const CLI::App* topic = &parser.app;
    for (const auto& [sub, prepare] : parser.commands) {
      if (sub->get_name() == parser.help_topic) topic = sub;
    }
    const std::string name = topic == &parser.app ? "lore" : "lore " + topic->get_name();
    context.out.write(topic->get_formatter()->make_help(topic, name, CLI::AppFormatMode::Normal));
    auto written = finish_output(context.out);
    if (!written) return report_error(written.error(), context.messages);
    return kExitOk;
  }
  if (auto refused = option_not_taken(parser, words)) {
    return report_error(*refused, context.messages, help_command(parser));
  }
  return std::nullopt;
}

}  // namespace

int run_app(int argc, const char* const* argv, Context& context) {
  // Before anything can fail: a warning, never an error, so the login quote still prints.
  for (const std::string& warning : context.environment.warnings) {
    context.messages.write(fmt::format("lore: warning: {}\n", escape_controls(warning)));
  }
  auto given = help_as_flag({argv + 1, argv + argc});
  if (!given) return report_error(given.error(), context.messages);
  const std::vector<std::string_view>& words = *given;
  // What the build generates depends on the options alone, never on config.toml.
  const bool generating = !words.empty() && words.front() == "--generate";
  const Config config = generating ? Config{} : read_config(context);
  std::unique_ptr<Parser> parser = parser_for(words);
  if (const auto status = parse_or_exit(parser, words, context)) return *status;
  if (const auto status = help_or_refusal(*parser, words, context)) return *status;
  if (!parser->generate.empty()) {
    auto generated = generate(parser->app, parser->generate, context.out);
    if (!generated) return report_error(generated.error(), context.messages);
    return kExitOk;
  }

  // Prepare, then execute: config.toml's settings are checked on their own (a bad one is
  // a warning, and left out), then the command line's; an error of the command line or
  // of the command is reported once, and the command runs once.
  const std::string command = chosen_command(*parser);
  const std::string help = help_command(*parser);
  const std::vector<ConfigSetting> settings = usable_settings(config, command, context);
  const LoreOptions declared = parser->lean ? LoreOptions::lean : LoreOptions::all;
  const ParserFactory fresh = [&] {
    std::unique_ptr<Parser> again = parser_for(words, declared);
    parse_words(*again, words);  // it parsed once: it parses again
    return again;
  };
  auto prepared =
      prepare_with_settings(std::move(parser), fresh, command, settings, config.path, context);
  if (!prepared) return report_error(prepared.error(), context.messages, help);
  auto result = run_recovering(prepared->command, context);
  if (!result) return report_error(result.error(), context.messages, help);
  return kExitOk;
}

}  // namespace lore::cli
