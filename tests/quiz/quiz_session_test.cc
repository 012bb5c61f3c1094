#include "quiz/quiz_session.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "support/dataset_builder.h"
#include "util/line_reader.h"
#include "util/output.h"
#include "util/random.h"

namespace lore {
namespace {

Question director() {
  Question question;
  question.id = "director";
  question.prompt = "Who directed IO?";
  question.answer = "Jonathan Helpert";
  question.accept = {"Helpert"};
  question.choices = {"Alex Somers", "Anthony Mackie", "Danny Huston"};
  question.fact = "IO is directed by Jonathan Helpert.";
  question.category = "crew";
  return question;
}

Question composer() {
  Question question;
  question.id = "composer";
  question.prompt = "Who composed the score of IO?";
  question.answer = "Alex Somers";
  question.accept = {"Somers"};
  question.choices = {"Jonathan Helpert", "Danny Huston", "Margaret Qualley"};
  question.fact = "The score of IO was composed by Alex Somers.";
  question.category = "music";
  return question;
}

Question arrival() {
  Question question;
  question.id = "recommended-arrival";
  question.prompt = "From what year is Arrival, one of the films recommended to fans of IO?";
  question.answer = "2016";
  question.choices = {"2014", "2018", "2009"};
  question.fact = "If you liked IO (2019), you might also enjoy Arrival (2016).";
  question.category = "recommendations";
  return question;
}

Question first_scene() {
  Question question;
  question.id = "order:opening-orange-sky:delayed-messages-from-elon";
  question.prompt = "Which comes first in IO: “Isolation” or “Earth’s orange sky”?";
  question.answer = "Earth’s orange sky";
  question.choices = {"Isolation"};
  question.fact = "“Earth’s orange sky” is scene 1; “Isolation” is scene 4.";
  question.category = "story";
  question.always_choice = true;
  return question;
}

/// Answers from a function that sees what was written so far, as a person would.
class PersonReader : public LineReader {
 public:
  explicit PersonReader(std::function<std::optional<std::string>()> answer)
      : answer_(std::move(answer)) {}
  std::optional<std::string> read_line() override { return answer_(); }

 private:
  std::function<std::optional<std::string>()> answer_;
};

/// The letter of the option that reads `answer` among the last options shown.
std::string letter_of(const std::string& transcript, const std::string& answer) {
  const auto question = transcript.rfind("Question ");
  for (char letter = 'a'; letter <= 'z'; ++letter) {
    const std::string line = std::string("\n  ") + letter + ") " + answer + "\n";
    if (transcript.find(line, question) != std::string::npos) return std::string(1, letter);
  }
  ADD_FAILURE() << "\"" << answer << "\" is not offered in:\n" << transcript.substr(question);
  return "?";
}

struct Quiz {
  std::vector<Question> all;
  std::vector<const Question*> asked;
  QuizStyle style;
  StringOutput transcript;
  QuizResult result;

  explicit Quiz(std::vector<Question> questions) : all(std::move(questions)) {
    for (const Question& question : all) asked.push_back(&question);
  }
  void run(LineReader& input, std::uint64_t seed = 1) {
    Random random(seed);
    result = run_quiz(asked, all, style, input, transcript, random);
  }
  void run(std::vector<std::string> lines, std::uint64_t seed = 1) {
    ScriptedLineReader input(std::move(lines));
    run(input, seed);
  }
};

std::vector<Verdict> verdicts(const QuizResult& result) {
  std::vector<Verdict> out;
  for (const AskedQuestion& asked : result.asked) out.push_back(asked.verdict);
  return out;
}

// ---------------------------------------------------------------- driven by a script

TEST(RunQuiz, ScriptTranscript) {
  Quiz quiz({director(), composer(), arrival(), first_scene()});
  quiz.run({"jonathan helpert", "Alex Somer", "2018", ""});
  const std::string& text = quiz.transcript.text();
  // A script sees its own answers echoed after "> ", then the verdict, the right
  // answer (its exact spelling after a typo) and the fact.
  const std::string expected_start =
      "Question 1/4  [crew]\n"
      "Who directed IO?\n"
      "> jonathan helpert\n"
      "Right!\n"
      "IO is directed by Jonathan Helpert.\n"
      "\n"
      "Question 2/4  [music]\n"
      "Who composed the score of IO?\n"
      "> Alex Somer\n"
      "Right! (It is spelled “Alex Somers”.)\n"
      "The score of IO was composed by Alex Somers.\n"
      "\n"
      "Question 3/4  [recommendations]\n"
      "From what year is Arrival, one of the films recommended to fans of IO?\n"
      "> 2018\n"
      "Wrong. The answer is: 2016\n"
      "If you liked IO (2019), you might also enjoy Arrival (2016).\n"
      "\n"
      "Question 4/4  [story]\n"
      "Which comes first in IO: “Isolation” or “Earth’s orange sky”?\n";
  EXPECT_EQ(text.substr(0, expected_start.size()), expected_start);
  // The scene question always shows its two options, then the empty answer skips.
  ASSERT_EQ(quiz.result.asked.size(), 4u);
  const auto& options = quiz.result.asked[3].options;
  ASSERT_EQ(options.size(), 2u);
  EXPECT_NE(text.find("  a) " + options[0] + "\n  b) " + options[1] + "\n> \n"), std::string::npos)
      << text;
  EXPECT_NE(
      text.find("Skipped. The answer is: Earth’s orange sky\n“Earth’s orange sky” is scene 1; "
                "“Isolation” is scene 4.\n"),
      std::string::npos)
      << text;

  EXPECT_EQ(verdicts(quiz.result), (std::vector<Verdict>{Verdict::right, Verdict::near_miss,
                                                         Verdict::wrong, Verdict::skipped}));
  EXPECT_EQ(quiz.result.asked[1].given, "Alex Somer");
  EXPECT_EQ(quiz.result.planned, 4u);
  EXPECT_FALSE(quiz.result.stopped_early);
  EXPECT_EQ(quiz.result.right(), 2u);
  EXPECT_DOUBLE_EQ(quiz.result.percent(), 50.0);
  EXPECT_EQ(quiz.result.longest_streak(), 2u);
  EXPECT_EQ(quiz.result.missed(),
            (std::vector<std::string>{"recommended-arrival",
                                      "order:opening-orange-sky:delayed-messages-from-elon"}));
}

TEST(RunQuiz, NoColourUnlessAskedFor) {
  Quiz quiz({director(), composer(), arrival()});
  quiz.run({"Helpert", "nobody", ""});
  EXPECT_EQ(quiz.transcript.text().find('\x1b'), std::string::npos);
}

TEST(RunQuiz, ColouredVerdicts) {
  Quiz quiz({director(), composer(), arrival()});
  quiz.style.color = true;
  quiz.run({"Helpert", "nobody", ""});
  const std::string& text = quiz.transcript.text();
  EXPECT_NE(text.find("\x1b[1;32mRight!\x1b[0m"), std::string::npos) << text;
  EXPECT_NE(text.find("\x1b[1;31mWrong.\x1b[0m"), std::string::npos) << text;
  EXPECT_NE(text.find("\x1b[1;33mSkipped.\x1b[0m"), std::string::npos) << text;
}

// A narrow terminal (COLUMNS=30): the verdict wraps like the rest.
TEST(RunQuiz, TheVerdictWrapsToTheWidth) {
  Quiz quiz({director()});
  quiz.style.width = 20;
  quiz.style.color = true;
  quiz.run({"nobody"});
  EXPECT_NE(
      quiz.transcript.text().find("\x1b[1;31mWrong.\x1b[0m The answer\nis: Jonathan Helpert\n"),
      std::string::npos)
      << quiz.transcript.text();
}

TEST(RunQuiz, ControlCharactersTypedAreNotSentToTheTerminal) {
  Quiz quiz({director()});
  quiz.run({"\x1b[31mred\x07"});
  EXPECT_EQ(quiz.transcript.text().find('\x1b'), std::string::npos);
  EXPECT_EQ(quiz.transcript.text().find('\x07'), std::string::npos);
  EXPECT_EQ(quiz.result.asked.at(0).verdict, Verdict::wrong);
}

// ---------------------------------------------------------------- a person at a terminal

TEST(RunQuiz, InteractivePromptsAndDoesNotEcho) {
  Quiz quiz({director(), composer()});
  quiz.style.interactive = true;
  std::vector<std::string> seen_before_reading;
  std::size_t next = 0;
  const std::vector<std::string> answers = {"Helpert", "Somers"};
  PersonReader person([&]() -> std::optional<std::string> {
    seen_before_reading.push_back(quiz.transcript.text());
    if (next == answers.size()) return std::nullopt;
    return answers[next++];
  });
  quiz.run(person);
  ASSERT_EQ(seen_before_reading.size(), 2u);
  // The prompt is on screen before the person types.
  EXPECT_TRUE(seen_before_reading[0].ends_with("Who directed IO?\n> ")) << seen_before_reading[0];
  EXPECT_TRUE(seen_before_reading[1].ends_with("Who composed the score of IO?\n> "))
      << seen_before_reading[1];
  // The terminal echoes what is typed: the quiz does not write it again.
  EXPECT_EQ(quiz.transcript.text().find("Helpert\n"), std::string::npos);
  EXPECT_NE(quiz.transcript.text().find("Who directed IO?\n> Right!\n"), std::string::npos);
  EXPECT_EQ(quiz.result.right(), 2u);
}

// ---------------------------------------------------------------- stopping early

TEST(RunQuiz, QuitStopsEarly) {
  for (const char* quit : {"q", "Q", "quit", " QUIT ", "quit."}) {
    SCOPED_TRACE(quit);
    Quiz quiz({director(), composer(), arrival()});
    quiz.run({"Helpert", quit, "2016"});
    EXPECT_TRUE(quiz.result.stopped_early);
    EXPECT_EQ(quiz.result.asked.size(), 1u) << "'q' is no answer";
    EXPECT_EQ(quiz.result.planned, 3u);
    EXPECT_EQ(quiz.transcript.text().find("Question 3/3"), std::string::npos);
    EXPECT_EQ(quiz.transcript.text().find("Wrong."), std::string::npos);
  }
}

TEST(RunQuiz, EndOfInputStopsEarly) {
  Quiz quiz({director(), composer(), arrival()});
  quiz.run({"Helpert"});
  EXPECT_TRUE(quiz.result.stopped_early);
  EXPECT_EQ(quiz.result.asked.size(), 1u);
  EXPECT_EQ(quiz.result.right(), 1u);
  EXPECT_DOUBLE_EQ(quiz.result.percent(), 100.0);
  EXPECT_TRUE(quiz.result.missed().empty());
}

TEST(RunQuiz, NoInputAtAll) {
  Quiz quiz({director(), composer()});
  quiz.run(std::vector<std::string>{});
  EXPECT_TRUE(quiz.result.stopped_early);
  EXPECT_TRUE(quiz.result.asked.empty());
  EXPECT_DOUBLE_EQ(quiz.result.percent(), 0.0);
  EXPECT_EQ(render_summary(quiz.result, quiz.style),
            "Stopped after 0 of 2 questions.\nScore: 0/0 (0%)\nLongest streak: 0\n");
}

TEST(RunQuiz, AnEmptyLineSkipsAndGoesOn) {
  Quiz quiz({director(), composer()});
  quiz.run({"", "   "});
  EXPECT_FALSE(quiz.result.stopped_early);
  EXPECT_EQ(verdicts(quiz.result), (std::vector<Verdict>{Verdict::skipped, Verdict::skipped}));
  EXPECT_NE(quiz.transcript.text().find("Skipped. The answer is: Jonathan Helpert\n"),
            std::string::npos);
  EXPECT_NE(quiz.transcript.text().find("Skipped. The answer is: Alex Somers\n"),
            std::string::npos);
}

// ---------------------------------------------------------------- multiple choice

TEST(RunQuiz, MultipleChoiceShowsTheOptions) {
  Quiz quiz({director(), composer(), arrival()});
  quiz.style.multiple_choice = true;
  quiz.run({"", "", ""});
  for (const AskedQuestion& asked : quiz.result.asked) {
    SCOPED_TRACE(asked.question->id);
    ASSERT_EQ(asked.options.size(), 4u);
    std::string lines;
    for (std::size_t i = 0; i < asked.options.size(); ++i) {
      lines += std::string("  ") + static_cast<char>('a' + i) + ") " + asked.options[i] + "\n";
    }
    EXPECT_NE(quiz.transcript.text().find(asked.question->prompt + "\n" + lines + "> \n"),
              std::string::npos)
        << quiz.transcript.text();
  }
}

// A question with no wrong option to offer (none of its own, none in its category)
// would show the answer alone: it is asked as a free question instead.
TEST(RunQuiz, NoChoicesIsAskedFreely) {
  Question lonely = director();
  lonely.choices.clear();
  lonely.category = "alone";
  Quiz quiz({lonely});
  quiz.style.multiple_choice = true;
  quiz.run({"a"});
  ASSERT_EQ(quiz.result.asked.size(), 1u);
  EXPECT_TRUE(quiz.result.asked[0].options.empty());
  EXPECT_EQ(quiz.transcript.text().find("a) "), std::string::npos) << quiz.transcript.text();
  EXPECT_EQ(quiz.result.asked[0].verdict, Verdict::wrong);  // "a" is no letter here
}

TEST(RunQuiz, MultipleChoiceByLetterOrNumber) {
  Quiz quiz({director(), composer(), arrival(), director(), composer(), arrival()});
  quiz.style.multiple_choice = true;
  std::size_t asked = 0;
  PersonReader person([&]() -> std::optional<std::string> {
    const std::string& text = quiz.transcript.text();
    const std::string letter = letter_of(text, quiz.all[asked].answer);
    const std::size_t index = static_cast<std::size_t>(letter[0] - 'a');
    switch (asked++) {
      case 0: return letter;                                                    // "b"
      case 1: return std::string(1, static_cast<char>(letter[0] - 'a' + 'A'));  // "B"
      case 2: return letter + ")";                                              // "b)"
      case 3: return std::to_string(index + 1);                                 // "2"
      case 4: return " " + std::to_string(index + 1) + ". ";                    // " 2. "
      case 5: return quiz.all[5].answer;                                        // typed out in full
      default: return std::nullopt;
    }
  });
  quiz.run(person);
  EXPECT_EQ(quiz.result.asked.size(), 6u);
  EXPECT_EQ(quiz.result.right(), 6u) << quiz.transcript.text();
}

TEST(RunQuiz, MultipleChoiceWrongOption) {
  Quiz quiz({director(), composer()});
  quiz.style.multiple_choice = true;
  std::size_t asked = 0;
  PersonReader person([&]() -> std::optional<std::string> {
    const std::string letter = letter_of(quiz.transcript.text(), quiz.all[asked].answer);
    const char other = letter[0] == 'a' ? 'b' : 'a';
    switch (asked++) {
      case 0: return std::string(1, other);
      case 1: return std::to_string(other - 'a' + 1);
      default: return std::nullopt;
    }
  });
  quiz.run(person);
  EXPECT_EQ(verdicts(quiz.result), (std::vector<Verdict>{Verdict::wrong, Verdict::wrong}));
  EXPECT_NE(quiz.transcript.text().find("Wrong. The answer is: Jonathan Helpert\n"),
            std::string::npos);
}

// Issue 11: a key outside the options is a slip, asked again, never scored.
TEST(RunQuiz, MultipleChoiceOutOfRangeIsAskedAgain) {
  for (const char* typed : {"e", "5", "0", "z", "Z", "99", " e "}) {
    SCOPED_TRACE(typed);
    Quiz quiz({director()});
    quiz.style.multiple_choice = true;
    std::size_t reads = 0;
    PersonReader person([&]() -> std::optional<std::string> {
      if (reads++ == 0) return std::string(typed);
      return letter_of(quiz.transcript.text(), "Jonathan Helpert");
    });
    quiz.run(person);
    EXPECT_EQ(reads, 2u);
    ASSERT_EQ(quiz.result.asked.size(), 1u);
    EXPECT_EQ(quiz.result.asked[0].verdict, Verdict::right) << quiz.transcript.text();
    EXPECT_NE(
        quiz.transcript.text().find("Choose one of a to d (or 1 to 4), or type the answer.\n"),
        std::string::npos)
        << quiz.transcript.text();
    EXPECT_EQ(quiz.transcript.text().find("Wrong."), std::string::npos);
  }
}

TEST(RunQuiz, AStrayKeyThenTheEndStopsUnscored) {
  Quiz quiz({director(), composer()});
  quiz.style.multiple_choice = true;
  quiz.run({"z", "e"});
  EXPECT_TRUE(quiz.result.stopped_early);
  EXPECT_TRUE(quiz.result.asked.empty());
}

TEST(RunQuiz, AFreeQuestionTakesALetterAsAnAnswer) {
  Quiz quiz({director()});
  quiz.run({"z"});  // no options shown: "z" is an answer, and a wrong one
  ASSERT_EQ(quiz.result.asked.size(), 1u);
  EXPECT_EQ(quiz.result.asked[0].verdict, Verdict::wrong);
}

TEST(RunQuiz, AnOptionThatReadsLikeAKeyIsNoSlip) {
  Question letters = director();
  letters.prompt = "Which letter?";
  letters.answer = "x";
  letters.accept.clear();
  letters.choices = {"y", "w", "v"};
  Quiz quiz({letters});
  quiz.style.multiple_choice = true;
  quiz.run({"x"});  // "x" names no option by letter (a-d) but is one by its text
  ASSERT_EQ(quiz.result.asked.size(), 1u);
  EXPECT_EQ(quiz.result.asked[0].verdict, Verdict::right) << quiz.transcript.text();
}

// ---------------------------------------------------------------- hooks

TEST(RunQuiz, EachAnswerIsHandedOnBeforeItsVerdictShows) {
  Quiz quiz({director(), composer(), arrival()});
  std::vector<std::string> seen;
  QuizHooks hooks;
  hooks.answered = [&](const AskedQuestion& asked) {
    seen.push_back(asked.question->id + "=" + (counts_as_right(asked.verdict) ? "1" : "0"));
    EXPECT_EQ(quiz.transcript.text().find(asked.question->fact), std::string::npos)
        << "handed on before the verdict and fact are shown";
  };
  ScriptedLineReader input({"Helpert", "nobody", "q"});
  Random random(1);
  quiz.result = run_quiz(quiz.asked, quiz.all, quiz.style, input, quiz.transcript, random, hooks);
  EXPECT_EQ(seen, (std::vector<std::string>{"director=1", "composer=0"}));
}

TEST(RunQuiz, ASignalStopsTheQuizAndDropsTheLineHalfTyped) {
  Quiz quiz({director(), composer(), arrival()});
  quiz.style.interactive = true;
  int caught = 0;
  std::size_t reads = 0;
  PersonReader person([&]() -> std::optional<std::string> {
    if (++reads == 2) {
      caught = 2;  // Ctrl-C while typing the second answer
      return std::string("Alex Som");
    }
    return std::string("Helpert");
  });
  QuizHooks hooks;
  std::size_t answered = 0;
  hooks.answered = [&](const AskedQuestion&) { ++answered; };
  hooks.interrupted = [&] { return caught; };
  Random random(1);
  quiz.result = run_quiz(quiz.asked, quiz.all, quiz.style, person, quiz.transcript, random, hooks);
  EXPECT_EQ(reads, 2u);
  EXPECT_EQ(answered, 1u);
  EXPECT_TRUE(quiz.result.stopped_early);
  EXPECT_EQ(quiz.result.signal, 2);
  ASSERT_EQ(quiz.result.asked.size(), 1u);
  EXPECT_TRUE(quiz.transcript.text().ends_with("Who composed the score of IO?\n> \n"))
      << quiz.transcript.text();
  EXPECT_EQ(render_summary(quiz.result, quiz.style),
            "Stopped after 1 of 3 questions.\nScore: 1/1 (100%)\nLongest streak: 1\n");
}

TEST(RunQuiz, ASignalBeforeAQuestionAsksNoMore) {
  Quiz quiz({director(), composer()});
  int caught = 0;
  QuizHooks hooks;
  hooks.answered = [&](const AskedQuestion&) { caught = 15; };  // SIGTERM while saving
  hooks.interrupted = [&] { return caught; };
  ScriptedLineReader input({"Helpert", "Somers"});
  Random random(1);
  quiz.result = run_quiz(quiz.asked, quiz.all, quiz.style, input, quiz.transcript, random, hooks);
  EXPECT_EQ(quiz.result.asked.size(), 1u);
  EXPECT_EQ(quiz.result.signal, 15);
  EXPECT_EQ(quiz.transcript.text().find("Question 2/2"), std::string::npos);
}

/// A line editor: draws the prompt itself.
class EditorReader : public ScriptedLineReader {
 public:
  using ScriptedLineReader::ScriptedLineReader;
  bool shows_prompt() const override { return true; }
  void set_prompt(std::string prompt, Output& shown_on) override {
    prompts.push_back(prompt);
    where = &shown_on;
  }
  std::vector<std::string> prompts;
  Output* where = nullptr;
};

TEST(RunQuiz, ALineEditorShowsThePromptItself) {
  Quiz quiz({director(), composer()});
  quiz.style.interactive = true;
  EditorReader editor({"Helpert", "Somers"});
  quiz.run(editor);
  EXPECT_EQ(editor.prompts, (std::vector<std::string>{"> ", "> "}));
  EXPECT_EQ(editor.where, &quiz.transcript);
  EXPECT_EQ(quiz.transcript.text().find("> "), std::string::npos) << quiz.transcript.text();
  EXPECT_EQ(quiz.result.right(), 2u);
}

TEST(RunQuiz, SameSeedSameOptions) {
  Quiz first({director(), composer(), arrival()});
  Quiz second({director(), composer(), arrival()});
  first.style.multiple_choice = second.style.multiple_choice = true;
  first.run({"", "", ""}, 99);
  second.run({"a", "b", "c"}, 99);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(first.result.asked[i].options, second.result.asked[i].options);
  }
}

// ---------------------------------------------------------------- the summary

QuizResult result_of(const std::vector<Question>& questions, const std::vector<Verdict>& verdicts,
                     std::size_t planned, bool stopped) {
  QuizResult result;
  for (std::size_t i = 0; i < verdicts.size(); ++i) {
    AskedQuestion asked;
    asked.question = &questions[i];
    asked.verdict = verdicts[i];
    result.asked.push_back(asked);
  }
  result.planned = planned;
  result.stopped_early = stopped;
  return result;
}

std::vector<Question> named(std::vector<std::string> ids) {
  std::vector<Question> questions;
  for (std::string& id : ids) {
    Question question;
    question.id = std::move(id);
    questions.push_back(std::move(question));
  }
  return questions;
}

TEST(QuizResult, ScoreStreakAndMissed) {
  const auto questions = named({"a", "b", "c", "d", "e", "f"});
  const QuizResult result = result_of(questions,
                                      {Verdict::wrong, Verdict::right, Verdict::near_miss,
                                       Verdict::right, Verdict::skipped, Verdict::right},
                                      6, false);
  EXPECT_EQ(result.right(), 4u);
  EXPECT_NEAR(result.percent(), 66.666, 0.001);
  EXPECT_EQ(result.longest_streak(), 3u);  // b, c (a typo counts), d
  EXPECT_EQ(result.missed(), (std::vector<std::string>{"a", "e"}));
  EXPECT_EQ(render_summary(result, {}), "Score: 4/6 (67%)\nLongest streak: 3\nMissed: a e\n");
}

TEST(QuizResult, PerfectScoreMissesNothing) {
  const auto questions = named({"a", "b"});
  const QuizResult result = result_of(questions, {Verdict::right, Verdict::right}, 2, false);
  EXPECT_EQ(render_summary(result, {}), "Score: 2/2 (100%)\nLongest streak: 2\n");
}

TEST(QuizResult, StoppedEarlySaysSo) {
  const auto questions = named({"a", "b", "c"});
  const QuizResult result = result_of(questions, {Verdict::right, Verdict::wrong}, 5, true);
  EXPECT_EQ(render_summary(result, {}),
            "Stopped after 2 of 5 questions.\nScore: 1/2 (50%)\nLongest streak: 1\nMissed: b\n");
}

// Issue 11: the Missed line names entries as `lore show` takes them, each once.
TEST(QuizResult, MissedNamesTheEntriesForShow) {
  const Dataset data = test::DatasetBuilder("io")
                           .trivia("director", "IO is directed by Jonathan Helpert.", "crew")
                           .field("question", "Who directed IO?")
                           .field("answer", "Jonathan Helpert")
                           .quote("earth-is-our-home", "Earth is our home.")
                           .dataset();
  auto questions = named({"director", "finish:earth-is-our-home", "character:director"});
  questions[0].source = &data.entries()[0];
  questions[1].source = &data.entries()[1];
  questions[2].source = &data.entries()[0];
  const QuizResult result =
      result_of(questions, {Verdict::wrong, Verdict::skipped, Verdict::wrong}, 3, false);
  EXPECT_EQ(result.missed(), (std::vector<std::string>{"director", "finish:earth-is-our-home",
                                                       "character:director"}));
  EXPECT_EQ(result.missed_entries(),
            (std::vector<std::string>{"io:director", "io:earth-is-our-home"}));
  EXPECT_NE(render_summary(result, {}).find("\nMissed: io:director io:earth-is-our-home\n"),
            std::string::npos);
}

TEST(QuizResult, MissedIsWrappedToTheWidth) {
  auto questions = named({"aaaa-aaaa", "bbbb-bbbb", "cccc-cccc", "dddd-dddd",
                          "a-very-long-id-"
                          "wider-than-the-line"});
  const QuizResult result = result_of(
      questions, {Verdict::wrong, Verdict::wrong, Verdict::wrong, Verdict::wrong, Verdict::wrong},
      5, false);
  QuizStyle style;
  style.width = 30;
  const std::string summary = render_summary(result, style);
  EXPECT_NE(summary.find("Missed: aaaa-aaaa bbbb-bbbb\n"
                         "  cccc-cccc dddd-dddd\n"
                         "  a-very-long-id-wider-than-the-line\n"),
            std::string::npos)
      << summary;
}

TEST(QuizResult, PercentRounds) {
  const auto questions = named({"a", "b", "c"});
  EXPECT_NE(
      render_summary(
          result_of(questions, {Verdict::right, Verdict::wrong, Verdict::wrong}, 3, false), {})
          .find("Score: 1/3 (33%)"),
      std::string::npos);
  EXPECT_NE(
      render_summary(
          result_of(questions, {Verdict::right, Verdict::right, Verdict::wrong}, 3, false), {})
          .find("Score: 2/3 (67%)"),
      std::string::npos);
}

TEST(QuizResult, ColouredScore) {
  const auto questions = named({"a"});
  QuizStyle style;
  style.color = true;
  const std::string summary =
      render_summary(result_of(questions, {Verdict::right}, 1, false), style);
  EXPECT_NE(summary.find("\x1b[1mScore: 1/1 (100%)\x1b[0m"), std::string::npos) << summary;
}

}  // namespace
}  // namespace lore
