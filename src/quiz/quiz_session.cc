#include "quiz/quiz_session.h"

#include <fmt/format.h>

#include <algorithm>

#include "quiz/question_picker.h"
#include "render/style.h"
#include "render/text_block.h"
#include "util/plural.h"
#include "util/text_escape.h"
#include "util/text_fold.h"
#include "util/text_wrap.h"
#include "util/utf8.h"

namespace lore {

namespace {

bool is_quit(std::string_view typed) {
  const std::string folded = fold_for_matching(typed);
  return folded == "q" || folded == "quit";
}

/// The option that `typed` names by letter (a, b, ...) or number (1, 2, ...), if any.
std::optional<std::size_t> option_index(std::string_view typed, std::size_t count) {
  const std::string folded = fold_for_matching(typed);
  if (folded.size() == 1 && folded[0] >= 'a' && static_cast<std::size_t>(folded[0] - 'a') < count) {
    return static_cast<std::size_t>(folded[0] - 'a');
  }
  if (!folded.empty() &&
      std::all_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      folded.size() < 3) {
    const auto number = static_cast<std::size_t>(std::stoi(folded));
    if (number >= 1 && number <= count) return number - 1;
  }
  return std::nullopt;
}

/// True when `typed` looks like the key of an option (one letter, or a number of one
/// or two digits) but names none of those shown, nor reads as one of them: a slip.
bool is_stray_key(std::string_view typed, const std::vector<std::string>& options) {
  if (options.empty()) return false;
  const std::string folded = fold_for_matching(typed);
  const bool letter = folded.size() == 1 && folded[0] >= 'a' && folded[0] <= 'z';
  const bool number =
      !folded.empty() && folded.size() <= 2 &&
      std::all_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!letter && !number) return false;
  if (option_index(typed, options.size())) return false;
  return std::none_of(options.begin(), options.end(), [&](const std::string& option) {
    return fold_for_matching(option) == folded;
  });
}

Verdict judge(const AskedQuestion& asked) {
  const Question& question = *asked.question;
  if (!asked.options.empty()) {
    if (fold_for_matching(asked.given).empty()) return Verdict::skipped;
    if (const auto index = option_index(asked.given, asked.options.size())) {
      return fold_for_matching(asked.options[*index]) == fold_for_matching(question.answer)
                 ? Verdict::right
                 : Verdict::wrong;
    }
  }
  return judge_answer(asked.given, question.answer, question.accept);
}

class QuizWriter {
 public:
  QuizWriter(const QuizStyle& style, Output& out) : style_(style), out_(out) {}

  void question(std::size_t number, std::size_t total, const AskedQuestion& asked) {
    const Question& question = *asked.question;
    out_.write(styled(fmt::format("Question {}/{}", number, total), Style::label, style_.color));
    out_.write(styled(fmt::format("  [{}]\n", escape_controls(question.category)), Style::label,
                      style_.color));
    block(question.prompt, Style::heading);
    for (std::size_t i = 0; i < asked.options.size(); ++i) {
      block(fmt::format("{}) {}", static_cast<char>('a' + i), asked.options[i]), Style::plain, 2);
    }
    if (style_.multiple_choice && asked.options.empty()) block(kNoFairOptionsLine, Style::plain, 2);
  }

  void prompt(LineReader& input) {
    if (!style_.interactive) return;
    // A line editor draws the prompt itself; either way it must show before the read.
    if (input.shows_prompt()) {
      input.set_prompt("> ", out_);
    } else {
      out_.write("> ");
    }
    (void)out_.finish();
  }

  void stray_key(std::size_t options) {
    const char last = static_cast<char>('a' + options - 1);
    block(fmt::format("Choose one of a to {} (or 1 to {}), or type the answer.", last, options),
          Style::plain);
  }

  void echo(std::string_view given) {
    // A script's answers do not appear on its terminal; write them into the transcript.
    if (!style_.interactive) out_.write(fmt::format("> {}\n", escape_controls(given)));
  }

  void verdict(const AskedQuestion& asked) {
    const Question& question = *asked.question;
    const std::string answer = escape_controls(question.answer);
    switch (asked.verdict) {
      case Verdict::right: line("Right!", Style::right, ""); break;
      case Verdict::near_miss:
        line("Right!", Style::right, fmt::format(" (It is spelled “{}”.)", answer));
        break;
      case Verdict::wrong: line("Wrong.", Style::wrong, " The answer is: " + answer); break;
      case Verdict::skipped: line("Skipped.", Style::skipped, " The answer is: " + answer); break;
    }
    block(question.fact, Style::plain);
    out_.write("\n");
  }

 private:
  /// A verdict word in its style and the plain (escaped) rest, wrapped at the width.
  void line(std::string_view word, Style style, const std::string& rest) {
    const std::string text = std::string(word) + rest;
    std::string out;
    for (const LineRange& range : wrap_text(text, style_.width)) {
      std::string_view part = std::string_view(text).substr(range.begin, range.end - range.begin);
      out +=
          std::string_view(text).substr(range.indent_begin, range.indent_end - range.indent_begin);
      if (range.begin == 0 && part.size() >= word.size()) {
        out += styled(word, style, style_.color);
        part.remove_prefix(word.size());
      }
      out += part;
      out += '\n';
    }
    out_.write(out);
  }

  void block(std::string_view text, Style style, std::size_t indent = 0) {
    std::string out;
    append_block(out, text, {style_.width, indent, style, style_.color, nullptr});
    out_.write(out);
  }

  const QuizStyle& style_;
  Output& out_;
};

}  // namespace

std::size_t QuizResult::right() const {
  return static_cast<std::size_t>(
      std::count_if(asked.begin(), asked.end(),
                    [](const AskedQuestion& a) { return counts_as_right(a.verdict); }));
}

double QuizResult::pass_percent() const {
  if (planned == 0) return 0.0;
  return 100.0 * static_cast<double>(right()) / static_cast<double>(planned);
}

double QuizResult::percent() const {
  if (asked.empty()) return 0.0;
  return 100.0 * static_cast<double>(right()) / static_cast<double>(asked.size());
}

std::size_t QuizResult::longest_streak() const {
  std::size_t longest = 0;
  std::size_t current = 0;
  for (const AskedQuestion& a : asked) {
    current = counts_as_right(a.verdict) ? current + 1 : 0;
    longest = std::max(longest, current);
  }
  return longest;
}

std::vector<std::string> QuizResult::missed() const {
  std::vector<std::string> ids;
  for (const AskedQuestion& a : asked) {
    if (!counts_as_right(a.verdict)) ids.push_back(a.question->id);
  }
  return ids;
}

std::vector<std::string> QuizResult::missed_entries() const {
  std::vector<std::string> ids;
  for (const AskedQuestion& a : asked) {
    if (counts_as_right(a.verdict)) continue;
    std::string id = entry_id_of(*a.question);
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(std::move(id));
  }
  return ids;
}

std::string entry_id_of(const Question& question) {
  if (question.source == nullptr) return question.id;
  if (question.source->dataset == nullptr) return std::string(question.source->id);
  return fmt::format("{}:{}", question.source->dataset->id, question.source->id);
}

QuizResult run_quiz(const std::vector<const Question*>& questions, const std::vector<Question>& all,
                    const QuizStyle& style, LineReader& input, Output& transcript, Random& random,
                    const QuizHooks& hooks) {
  QuizResult result;
  result.planned = questions.size();
  QuizWriter writer(style, transcript);
  const auto signal = [&hooks] { return hooks.interrupted ? hooks.interrupted() : 0; };
  const auto stop = [&](int number) {
    result.stopped_early = true;
    result.signal = number;
  };
  for (std::size_t i = 0; i < questions.size() && !result.stopped_early; ++i) {
    if (const int number = signal()) {
      stop(number);
      break;
    }
    AskedQuestion asked;
    asked.question = questions[i];
    if (style.multiple_choice || questions[i]->always_choice) {
      asked.options = choice_options(*questions[i], all, random);
      // With no wrong option to offer, a choice would give the answer away: ask freely.
      if (asked.options.size() < 2) asked.options.clear();
    }
    writer.question(i + 1, questions.size(), asked);
    for (;;) {
      writer.prompt(input);
      const std::optional<std::string> line = input.read_line();
      if (const int number = signal()) {
        // Whatever was half typed is dropped; the cursor may be on the prompt line.
        if (style.interactive) transcript.write("\n");
        stop(number);
        break;
      }
      if (!line || is_quit(*line)) {
        if (!style.interactive && line) writer.echo(*line);
        // Ctrl-D leaves the cursor on the prompt line; the summary starts on its own.
        if (style.interactive && !line) transcript.write("\n");
        stop(0);
        break;
      }
      writer.echo(*line);
      if (is_stray_key(*line, asked.options)) {
        writer.stray_key(asked.options.size());
        continue;
      }
      asked.given = *line;
      asked.verdict = judge(asked);
      // Kept before it is shown: nothing after this may lose it.
      if (hooks.answered) hooks.answered(asked);
      writer.verdict(asked);
      result.asked.push_back(std::move(asked));
      break;
    }
  }
  return result;
}

namespace {

/// "Missed: " and the ids, wrapped at `width` columns (0: never), later lines indented.
std::string missed_lines(const std::vector<std::string>& ids, std::size_t width) {
  const std::string label = "Missed:";
  constexpr std::size_t kIndent = 2;
  std::string out = label;
  std::size_t column = label.size();
  bool line_has_id = false;  // an id too wide for any line still gets one of its own
  for (const std::string& raw : ids) {
    const std::string id = escape_controls(raw);
    const std::size_t wide = utf8::display_width(id);
    if (width != 0 && line_has_id && column + 1 + wide > width) {
      out += "\n";
      out.append(kIndent, ' ');
      column = kIndent;
    } else {
      out += ' ';
      ++column;
    }
    out += id;
    column += wide;
    line_has_id = true;
  }
  return out + "\n";
}

}  // namespace

std::string render_summary(const QuizResult& result, const QuizStyle& style) {
  std::string out;
  if (result.stopped_early) {
    out += fmt::format("Stopped after {} of {}.\n", result.asked.size(),
                       counted(result.planned, "question", "questions"));
  }
  out += styled(
      fmt::format("Score: {}/{} ({:.0f}%)", result.right(), result.asked.size(), result.percent()),
      Style::heading, style.color);
  out += fmt::format("\nLongest streak: {}\n", result.longest_streak());
  const auto missed = result.missed_entries();
  if (!missed.empty()) out += missed_lines(missed, style.width);
  return out;
}

}  // namespace lore
