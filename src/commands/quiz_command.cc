#include "commands/quiz_command.h"

#include <fmt/format.h>

#include <csignal>
#include <set>

#include "quiz/progress_store.h"
#include "quiz/question_generator.h"
#include "quiz/quiz_report.h"
#include "quiz/quiz_session.h"
#include "util/interrupt.h"
#include "util/plural.h"

namespace lore {

namespace {

void warn(Context& context, const std::vector<std::string>& warnings) {
  for (const std::string& warning : warnings) {
    context.messages.write(fmt::format("lore: warning: {}\n", warning));
  }
}

/// Warnings said as they come, each once: the file is read at the start and again
/// under the lock of the first save, and a bad record must not be named twice.
class Warnings {
 public:
  explicit Warnings(Context& context) : context_(context) {}
  void say(std::vector<std::string>& warnings) {
    for (const std::string& warning : warnings) {
      if (said_.insert(warning).second) warn(context_, {warning});
    }
    warnings.clear();
    (void)context_.messages.finish();
  }

 private:
  Context& context_;
  std::set<std::string> said_;
};

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
  // The filters choose which questions count (-d chose the datasets already); spoilers
  // count, since they were asked.
  QuestionFilter filter = options.filter;
  filter.include_spoilers = true;
  std::vector<Question> chosen;
  for (const Question& question : questions) {
    if (filter.matches(question)) chosen.push_back(question);
  }
  const QuizStats stats = compute_stats(progress, chosen);
  const bool color = use_color(options.color, context.environment.color);
  context.out.write(options.json ? stats_to_json(stats) : render_stats(stats, color));
  return finish_output(context.out);
}

/// What is left to say once the quiz is over and every answer was tried: a folder that
/// cannot be written is a warning (the quiz itself went well), but a lock that cannot
/// be taken is an error: nothing was written.
Expected<void, Error> finish_saving(ProgressRecorder& recorder, Warnings& warnings) {
  std::vector<std::string> said;
  auto saved = recorder.finish(said);
  const std::string why =
      saved ? "" : fmt::format("quiz progress not saved: {}", saved.error().message);
  if (!saved && !saved.error().lock_failed) said.push_back(why);
  warnings.say(said);
  if (saved || !saved.error().lock_failed) return {};
  return unexpected(Error{ErrorKind::output_failure, why, {}, 0});
}

/// How many of the questions the filters allow are due for review.
std::size_t count_due(const std::vector<Question>& questions, const QuestionFilter& filter,
                      const Progress& progress, std::chrono::year_month_day today) {
  std::size_t due = 0;
  for (const Question& question : questions) {
    if (filter.matches(question) && progress.is_due(question.id, today)) ++due;
  }
  return due;
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

  Warnings warnings(context);
  std::vector<std::string> found;
  // One date for the whole quiz, even one that runs past midnight.
  const std::chrono::year_month_day today = context.environment.today();
  const bool review = options.review || options.review_only;
  const Progress progress = review && !store.path().empty() ? store.load(found) : Progress{};
  warnings.say(found);
  if (review && count_due(questions, options.filter, progress, today) == 0) {
    // Said on standard error: with --format json, standard output is the record alone.
    context.messages.write(options.review_only
                               ? "No questions are due for review.\n"
                               : "No questions are due for review; asking others.\n");
    (void)context.messages.finish();
    if (options.review_only) return {};
  }
  Random random(options.seed.value_or(context.environment.entropy_seed));
  std::vector<const Question*> picked =
      pick_questions(questions, options.filter, options.count, review, progress, today, random);
  if (options.review_only) {
    std::erase_if(picked,
                  [&](const Question* question) { return !progress.is_due(question->id, today); });
  }
  if (picked.empty()) {
    std::string message = "no quiz questions match the filters";
    if (!options.filter.include_spoilers) message += " (spoilers are left out; see --spoilers)";
    return unexpected(Error{ErrorKind::no_match, std::move(message), {}, 0});
  }

  const QuizStyle style = quiz_style(options, context.environment);
  NullOutput nowhere;
  // With --format json, standard output carries the record alone; a person still sees
  // the questions, on standard error.
  Output& transcript = !options.json ? context.out : style.interactive ? context.messages : nowhere;
  ScriptedLineReader no_input({});
  LineReader& input = context.input != nullptr ? *context.input : no_input;
  // Wrong options were chosen with the questions (spoilers' answers never offered to a
  // question that is no spoiler): nothing is borrowed here, and nothing copied.

  // Each answer is saved as it is given, so that Ctrl-C, a signal or a closed terminal
  // loses none; a signal ends the quiz, never lore midway.
  const bool saving = options.save && !store.path().empty();
  if (options.save && store.path().empty()) {
    found.push_back("quiz progress not saved: neither XDG_STATE_HOME nor HOME is set");
    warnings.say(found);
  }
  ProgressRecorder recorder(store, today);
  QuizHooks hooks;
  if (saving) {
    hooks.answered = [&](const AskedQuestion& asked) {
      recorder.record({asked.question->id, counts_as_right(asked.verdict)}, found);
      warnings.say(found);
    };
  }
  hooks.interrupted = [] { return InterruptGuard::caught(); };
  QuizResult result;
  {
    const InterruptGuard guard;
    result = run_quiz(picked, questions, style, input, transcript, random, hooks);
    // A terminal that hangs up may end the read (EIO) just before its SIGHUP comes.
    if (result.signal == 0 && result.stopped_early && InterruptGuard::caught() != 0) {
      result.signal = InterruptGuard::caught();
    }
  }
  Expected<void, Error> saved;
  if (saving) saved = finish_saving(recorder, warnings);

  // SIGTERM and SIGHUP end the quiz quietly (the terminal may be gone); Ctrl-C still
  // shows the score so far.
  const bool quiet = result.signal != 0 && result.signal != SIGINT;
  if (!quiet) {
    transcript.write(render_summary(result, style));
    if (options.json) context.out.write(quiz_to_json(result, options.pass));
  }
  auto written = finish_output(context.out);
  if (result.signal != 0) return unexpected(Error{ErrorKind::interrupted, "", {}, result.signal});
  if (!written) return written;
  if (!saved) return saved;
  if (options.pass && result.pass_percent() < *options.pass) {
    return unexpected(Error{
        ErrorKind::below_pass,
        fmt::format("score {:.0f}% of {} is below the pass mark of {:.0f}%", result.pass_percent(),
                    counted(result.planned, "question", "questions"), *options.pass),
        {},
        0});
  }
  return {};
}

}  // namespace lore
