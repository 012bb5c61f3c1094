#include "cli/app.h"

#include <unistd.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <charconv>
#include <cstdlib>
#include <sstream>

#include "cli/command_table.h"
#include "cli/exit_status.h"
#include "util/date.h"
#include "util/edit_distance.h"
#include "util/random.h"
#include "util/terminal.h"

#ifndef LORE_VERSION
#define LORE_VERSION "0.0.0"
#endif

namespace lore::cli {

namespace {

constexpr std::string_view kDescription =
    "Quotes, trivia, scenes and easter eggs from the film IO (2019) and your own datasets.\n"
    "With no command, prints a random quote.";

std::optional<std::string> environment_variable(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

std::optional<std::size_t> parse_columns(const std::optional<std::string>& text) {
  if (!text || text->empty()) return std::nullopt;
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc{} || end != text->data() + text->size() || value == 0) {
    return std::nullopt;
  }
  return value;
}

/// CLI11 2.1 treats an unknown subcommand as a stray argument; name it and suggest
/// the nearest command instead.
std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  if (!app.get_subcommands().empty() || argc < 2) return std::nullopt;
  const std::string_view first = argv[1];
  if (first.empty() || first.front() == '-') return std::nullopt;
  std::vector<std::string_view> names;
  for (const CommandSpec& command : command_table()) names.push_back(command.name);
  std::string message = fmt::format("unknown command '{}'", first);
  const auto nearest = nearest_words(first, names, 1);
  if (!nearest.empty()) message += fmt::format("; did you mean '{}'?", nearest.front());
  return message;
}

std::string footer(std::string_view examples) {
  return fmt::format("\nExamples:\n{}\n", examples);
}

}  // namespace

Environment read_environment() {
  Environment environment;
  environment.color.stdout_is_terminal = is_terminal(STDOUT_FILENO);
  environment.color.term = environment_variable("TERM");
  environment.color.no_color = environment_variable("NO_COLOR");
  environment.color.clicolor_force = environment_variable("CLICOLOR_FORCE");
  environment.columns = parse_columns(environment_variable("COLUMNS"));
  if (environment.color.stdout_is_terminal)
    environment.terminal_width = terminal_width(STDOUT_FILENO);
  environment.today = local_today();
  environment.entropy_seed = Random::entropy_seed();
  environment.stdin_is_terminal = is_terminal(STDIN_FILENO);
  environment.xdg_state_home = environment_variable("XDG_STATE_HOME");
  environment.home = environment_variable("HOME");
  environment.search_path = {environment_variable("XDG_DATA_HOME"),
                             environment_variable("XDG_DATA_DIRS"), environment.home,
                             environment_variable("LORE_PATH")};
  return environment;
}

int run_app(int argc, const char* const* argv, Context& context) {
  CLI::App app{std::string(kDescription), "lore"};
  app.set_version_flag("--version", "lore " LORE_VERSION);
  app.footer(
      footer("  lore\n  lore trivia --question\n  lore list --tag iconic\n"
             "  lore search -i hope"));
  app.require_subcommand(0, 1);

  CommonArgs common;
  Runner runner = setup_default(app, common);
  std::vector<std::pair<CLI::App*, Runner>> commands;
  for (const CommandSpec& spec : command_table()) {
    CLI::App* sub = app.add_subcommand(std::string(spec.name), std::string(spec.summary));
    sub->footer(footer(spec.examples));
    commands.emplace_back(sub, spec.setup(*sub, common));
  }

  try {
    // CLI11 wants mutable argv in some versions; it only reads it.
    app.parse(argc, const_cast<char**>(argv));  // NOLINT(cppcoreguidelines-pro-type-const-cast)
  } catch (const CLI::Success& success) {
    std::ostringstream out;
    std::ostringstream err;
    const int status = app.exit(success, out, err);
    context.out.write(out.str());
    context.messages.write(err.str());
    (void)context.out.finish();
    return status;
  } catch (const CLI::ParseError& error) {
    std::string message = unknown_command(app, argc, argv).value_or(error.what());
    return report_error({ErrorKind::usage, std::move(message), {}}, context.messages);
  }

  for (auto& [sub, sub_runner] : commands) {
    if (sub->parsed()) runner = sub_runner;
  }
  auto result = runner(context);
  if (!result) return report_error(result.error(), context.messages);
  return kExitOk;
}

}  // namespace lore::cli
