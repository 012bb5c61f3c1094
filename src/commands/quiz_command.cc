#include "commands/quiz_command.h"

#include <fmt/format.h>

#include "quiz/progress_store.h"
#include "quiz/question_generator.h"
#include "quiz/quiz_report.h"
#include "quiz/quiz_session.h"

namespace lore {

namespace {

void warn(Context& context, const std::vector<std::string>& warnings) {
  for (const std::string& warning : warnings) {
    context.messages.write(fmt::format("lore: warning: {}\n", warning));
  }
}

QuizStyle quiz_style(const QuizOptions& options, const Environment& environment) {
  DisplayOptions display;
  display.color = options.color;
  display.width = options.width;
  const PrintOptions print = resolve_print_options(display, environment);
  QuizStyle style;
  style.multiple_choice = options.multiple_choice;
  style.interactive = environment.stdin_is_terminal;
  // A script gets plain text unless it asks for colour outright.
  style.color = style.interactive ? print.text.color : options.color == ColorMode::always;
  style.width = print.text.width;
  return style;
}

Expected<void, Error> show_stats(const QuizOptions& options, const std::vector<Question>& questions,
                                 const ProgressStore& store, Context& context) {
  std::vector<std::string> warnings;
  const Progress progress = store.path().empty() ? Progress{} : store.load(warnings);
  warn(context, warnings);
  const QuizStats stats = compute_stats(progress, questions);
  const bool color = use_color(options.color, context.environment.color);
  context.out.write(options.json ? stats_to_json(stats) : render_stats(stats, color));
  return finish_output(context.out);
}

/// Saves the answers. A folder that cannot be written is a warning (the quiz itself went
/// well), but a lock that cannot be taken is an error: nothing was written.
Expected<void, Error> save_progress(const QuizResult& result, const ProgressStore& store,
                                    Context& context) {
  if (store.path().empty()) {
    warn(context, {"quiz progress not saved: neither XDG_STATE_HOME nor HOME is set"});
    return {};
  }
  std::vector<Outcome> outcomes;
  for (const AskedQuestion& asked : result.asked) {
    outcomes.push_back({asked.question->id, counts_as_right(asked.verdict)});
  }
  std::vector<std::string> warnings;
  auto saved = store.save(outcomes, context.environment.today, warnings);
  if (saved || !saved.error().lock_failed) {
    if (!saved)
      warnings.push_back(fmt::format("quiz progress not saved: {}", saved.error().message));
    warn(context, warnings);
    return {};
  }
  warn(context, warnings);
  return unexpected(Error{ErrorKind::output_failure,
                          fmt::format("quiz progress not saved: {}", saved.error().message),
                          {}});
}

}  // namespace

Expected<void, Error> run_quiz_command(const QuizOptions& options, Context& context) {
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  const ProgressStore store(
      default_progress_path(context.environment.xdg_state_home, context.environment.home),
      context.files);
  if (options.stats) return show_stats(options, questions, store, context);

  std::vector<std::string> warnings;
  const Progress progress =
      options.review && !store.path().empty() ? store.load(warnings) : Progress{};
  warn(context, warnings);
  Random random(options.seed.value_or(context.environment.entropy_seed));
  const std::vector<const Question*> picked =
      pick_questions(questions, options.filter, options.count, options.review, progress,
                     context.environment.today, random);
  if (picked.empty()) {
    std::string message = "no quiz questions match the filters";
    if (!options.filter.include_spoilers) message += " (spoilers are left out; see --spoilers)";
    return unexpected(Error{ErrorKind::no_match, std::move(message), {}});
  }

  const QuizStyle style = quiz_style(options, context.environment);
  NullOutput nowhere;
  // With --format json, standard output carries the record alone; a person still sees
  // the questions, on standard error.
  Output& transcript = !options.json ? context.out : style.interactive ? context.messages : nowhere;
  ScriptedLineReader no_input({});
  LineReader& input = context.input != nullptr ? *context.input : no_input;
  // Wrong options come only from questions the filters allow, so no spoiler leaks in.
  std::vector<Question> allowed;
  for (const Question& question : questions) {
    if (options.filter.matches(question)) allowed.push_back(question);
  }
  const QuizResult result = run_quiz(picked, allowed, style, input, transcript, random);
  transcript.write(render_summary(result, style));
  // The answers are saved first: nothing after them may lose them.
  Expected<void, Error> saved;
  if (options.save) saved = save_progress(result, store, context);
  if (options.json) context.out.write(quiz_to_json(result, options.pass));

  auto written = finish_output(context.out);
  if (!written) return written;
  if (!saved) return saved;
  if (options.pass && result.pass_percent() < *options.pass) {
    return unexpected(Error{ErrorKind::below_pass,
                            fmt::format("score {:.0f}% of {} questions is below the pass mark "
                                        "of {:.0f}%",
                                        result.pass_percent(), result.planned, *options.pass),
                            {}});
  }
  return {};
}

}  // namespace lore
