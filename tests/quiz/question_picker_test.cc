#include "quiz/question_picker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "quiz/question_generator.h"
#include "support/catalogs.h"
#include "util/text_fold.h"

namespace lore {
namespace {

using test::day;
using test::plus_days;

Question make(std::string id, std::string category, std::vector<std::string_view> tags = {},
              bool spoiler = false) {
  Question question;
  question.id = id;
  question.prompt = "Question " + id + "?";
  question.answer = "Answer " + id;
  question.category = std::move(category);
  question.tags = std::move(tags);
  question.spoiler = spoiler;
  return question;
}

std::vector<std::string> ids(const std::vector<const Question*>& picked) {
  std::vector<std::string> out;
  for (const Question* question : picked) out.push_back(question->id);
  return out;
}

/// 30 questions: q0..q29, in categories cast, plot and music by turn, every third
/// tagged "hope", every fifth a spoiler.
std::vector<Question> thirty() {
  std::vector<Question> questions;
  const char* categories[] = {"cast", "plot", "music"};
  for (int i = 0; i < 30; ++i) {
    std::vector<std::string_view> tags = {"all"};
    if (i % 3 == 0) tags.push_back("hope");
    questions.push_back(make("q" + std::to_string(i), categories[i % 3], tags, i % 5 == 4));
  }
  return questions;
}

const auto kToday = day(2026, 3, 10);

std::vector<const Question*> pick(const std::vector<Question>& questions,
                                  const QuestionFilter& filter, std::size_t count,
                                  std::uint64_t seed, bool review = false,
                                  const Progress& progress = {}) {
  Random random(seed);
  return pick_questions(questions, filter, count, review, progress, kToday, random);
}

// ---------------------------------------------------------------- filters

TEST(QuestionFilter, SpoilersLeftOutUnlessAskedFor) {
  const Question plain = make("a", "plot");
  const Question spoiler = make("b", "plot", {}, true);
  QuestionFilter filter;
  EXPECT_TRUE(filter.matches(plain));
  EXPECT_FALSE(filter.matches(spoiler));
  filter.include_spoilers = true;
  EXPECT_TRUE(filter.matches(plain));
  EXPECT_TRUE(filter.matches(spoiler));
}

TEST(QuestionFilter, CategoryIgnoringCase) {
  const Question cast = make("a", "cast");
  const Question eggs = make("b", "easter-eggs");
  for (const char* category : {"cast", "CAST", "Cast"}) {
    QuestionFilter filter;
    filter.category = category;
    EXPECT_TRUE(filter.matches(cast)) << category;
    EXPECT_FALSE(filter.matches(eggs)) << category;
  }
  QuestionFilter filter;
  filter.category = "Easter-Eggs";
  EXPECT_TRUE(filter.matches(eggs));
  filter.category = "cas";  // not a prefix match
  EXPECT_FALSE(filter.matches(cast));
}

TEST(QuestionFilter, EveryTagMustBeThere) {
  const Question both = make("a", "plot", {"hope", "earth"});
  const Question one = make("b", "plot", {"hope"});
  QuestionFilter filter;
  filter.tags = {"hope"};
  EXPECT_TRUE(filter.matches(both));
  EXPECT_TRUE(filter.matches(one));
  filter.tags = {"hope", "earth"};
  EXPECT_TRUE(filter.matches(both));
  EXPECT_FALSE(filter.matches(one));
  filter.tags = {"mountains"};
  EXPECT_FALSE(filter.matches(both));
}

TEST(PickQuestions, OnlyWhatTheFilterLetsThrough) {
  const std::vector<Question> questions = thirty();
  QuestionFilter filter;
  filter.tags = {"hope"};
  filter.category = "CAST";
  // Tagged hope: i % 3 == 0, which are all cast; spoilers (i % 5 == 4) left out:
  // q0 q3 q6 q12 q15 q18 q21 q27 (q9 and q24 are spoilers).
  const auto picked = ids(pick(questions, filter, 100, 1));
  std::set<std::string> got(picked.begin(), picked.end());
  EXPECT_EQ(got, (std::set<std::string>{"q0", "q3", "q6", "q12", "q15", "q18", "q21", "q27"}));
  EXPECT_EQ(picked.size(), got.size()) << "a question asked twice";
  filter.include_spoilers = true;
  EXPECT_EQ(pick(questions, filter, 100, 1).size(), 10u);
}

TEST(PickQuestions, Count) {
  const std::vector<Question> questions = thirty();
  QuestionFilter filter;
  filter.include_spoilers = true;
  EXPECT_EQ(pick(questions, filter, 10, 1).size(), 10u);
  EXPECT_EQ(pick(questions, filter, 1, 1).size(), 1u);
  EXPECT_EQ(pick(questions, filter, 30, 1).size(), 30u);
  EXPECT_EQ(pick(questions, filter, 31, 1).size(), 30u);  // no more than there are
  EXPECT_TRUE(pick(questions, filter, 0, 1).empty());
  const auto all = ids(pick(questions, filter, 30, 1));
  EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), 30u);
}

TEST(PickQuestions, SameSeedSameQuiz) {
  const std::vector<Question> questions = thirty();
  const QuestionFilter filter;
  for (std::uint64_t seed : {0u, 1u, 42u, 123456789u}) {
    EXPECT_EQ(ids(pick(questions, filter, 10, seed)), ids(pick(questions, filter, 10, seed)))
        << seed;
  }
  // Another seed, another quiz.
  EXPECT_NE(ids(pick(questions, filter, 10, 1)), ids(pick(questions, filter, 10, 2)));
}

TEST(PickQuestions, RandomOrderNotTheDataOrder) {
  const std::vector<Question> questions = thirty();
  QuestionFilter filter;
  filter.include_spoilers = true;
  std::vector<std::string> in_order;
  for (const Question& question : questions) in_order.push_back(question.id);
  EXPECT_NE(ids(pick(questions, filter, 30, 7)), in_order);
}

// ---------------------------------------------------------------- --review

TEST(PickQuestions, ReviewAsksDueQuestionsFirstLowestBoxFirst) {
  const std::vector<Question> questions = thirty();
  Progress progress;
  // Due: q7 box 1 seen 2 days ago; q2 box 1 seen 5 days ago; q11 box 2 seen 9 days ago;
  // q13 box 3 seen 4 days ago (interval 4: due today).
  progress.set("q7", {3, 1, 1, plus_days(kToday, -2)});
  progress.set("q2", {1, 0, 1, plus_days(kToday, -5)});
  progress.set("q11", {4, 3, 2, plus_days(kToday, -9)});
  progress.set("q13", {5, 4, 3, plus_days(kToday, -4)});
  // Not due: q1 box 2 seen today; q5 box 3 seen 3 days ago; q8 box 5 seen 15 days ago.
  progress.set("q1", {1, 1, 2, kToday});
  progress.set("q5", {2, 2, 3, plus_days(kToday, -3)});
  progress.set("q8", {9, 9, 5, plus_days(kToday, -15)});
  const QuestionFilter filter;
  for (std::uint64_t seed : {1u, 2u, 3u}) {
    const auto picked = ids(pick(questions, filter, 10, seed, /*review=*/true, progress));
    ASSERT_EQ(picked.size(), 10u);
    // Lowest box first, then the longest unseen.
    EXPECT_EQ(std::vector<std::string>(picked.begin(), picked.begin() + 4),
              (std::vector<std::string>{"q2", "q7", "q11", "q13"}))
        << "seed " << seed;
  }
  // Fewer asked than are due: the most urgent.
  EXPECT_EQ(ids(pick(questions, filter, 2, 1, true, progress)),
            (std::vector<std::string>{"q2", "q7"}));
}

TEST(PickQuestions, ReviewKeepsTheFilters) {
  const std::vector<Question> questions = thirty();
  Progress progress;
  progress.set("q4", {1, 0, 1, plus_days(kToday, -3)});  // a spoiler, due
  progress.set("q6", {1, 0, 1, plus_days(kToday, -3)});  // cast, due
  progress.set("q7", {1, 0, 1, plus_days(kToday, -3)});  // plot, due
  QuestionFilter filter;
  filter.category = "plot";
  const auto picked = ids(pick(questions, filter, 5, 1, true, progress));
  ASSERT_FALSE(picked.empty());
  EXPECT_EQ(picked.front(), "q7");
  for (const std::string& id : picked) {
    EXPECT_NE(id, "q4");
    EXPECT_NE(id, "q6");
  }
}

TEST(PickQuestions, WithoutReviewProgressChangesNothing) {
  const std::vector<Question> questions = thirty();
  Progress progress;
  progress.set("q29", {1, 0, 1, plus_days(kToday, -30)});
  const QuestionFilter filter;
  EXPECT_EQ(ids(pick(questions, filter, 10, 5, false, progress)),
            ids(pick(questions, filter, 10, 5, false, Progress{})));
}

// ---------------------------------------------------------------- choice_options

void expect_well_formed(const std::vector<std::string>& options, const Question& question) {
  EXPECT_LE(options.size(), 4u);
  EXPECT_EQ(std::count(options.begin(), options.end(), question.answer), 1)
      << "the answer is offered exactly once";
  std::set<std::string> folded;
  for (const std::string& option : options) folded.insert(fold_for_matching(option));
  EXPECT_EQ(folded.size(), options.size()) << "two options read the same";
}

TEST(ChoiceOptions, TheQuestionsOwnChoices) {
  Question question = make("a", "cast");
  question.answer = "Margaret Qualley";
  question.choices = {"Anthony Mackie", "Danny Huston", "Alex Somers"};
  const std::vector<Question> all = {question, make("b", "cast")};
  Random random(1);
  const auto options = choice_options(all[0], random);
  expect_well_formed(options, all[0]);
  EXPECT_EQ(
      std::set<std::string>(options.begin(), options.end()),
      (std::set<std::string>{"Margaret Qualley", "Anthony Mackie", "Danny Huston", "Alex Somers"}));
}

TEST(ChoiceOptions, AtMostThreeWrongOnes) {
  Question question = make("a", "quotes");
  question.choices = {"one", "two", "three", "four", "five", "six"};
  const std::vector<Question> all = {question};
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    Random random(seed);
    const auto options = choice_options(all[0], all, random);
    EXPECT_EQ(options.size(), 4u);
    expect_well_formed(options, all[0]);
    for (const std::string& option : options) {
      if (option != question.answer) {
        EXPECT_NE(std::find(question.choices.begin(), question.choices.end(), option),
                  question.choices.end())
            << option;
      }
    }
  }
}

TEST(ChoiceOptions, ChoicesThatReadAsTheAnswerAreDropped) {
  Question question = make("a", "cast");
  question.answer = "Sam Walden";
  question.accept = {"Sam"};
  question.choices = {"SAM WALDEN", "sam", "Micah", "micah", "Henry Walden"};
  const std::vector<Question> all = {question};
  Random random(3);
  const auto options = choice_options(all[0], all, random);
  expect_well_formed(options, all[0]);
  EXPECT_EQ(std::set<std::string>(options.begin(), options.end()).size(), 3u);
  for (const std::string& option : options) {
    EXPECT_TRUE(option == "Sam Walden" || fold_for_matching(option) == "micah" ||
                option == "Henry Walden")
        << option;
  }
}

// Wrong options are borrowed when the questions are made, never while asking: only the
// question's own choices are offered, whatever the other questions hold.
TEST(ChoiceOptions, OnlyTheQuestionsOwnChoices) {
  std::vector<Question> all = {make("a", "plot"), make("b", "plot"), make("c", "plot"),
                               make("d", "plot")};
  all[0].choices = {"w1", "w2"};
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    Random random(seed);
    const auto options = choice_options(all[0], random);
    expect_well_formed(options, all[0]);
    EXPECT_EQ(std::set<std::string>(options.begin(), options.end()),
              (std::set<std::string>{"Answer a", "w1", "w2"}));
  }
}

TEST(ChoiceOptions, NoneWithoutFairOptions) {
  Question question = make("a", "plot");
  Random random(1);
  EXPECT_TRUE(choice_options(question, random).empty()) << "no choices: asked freely";
  question.choices = {"answer a"};  // reads as the answer: none left
  EXPECT_TRUE(choice_options(question, random).empty());
  question.choices = {"w1", "w2"};
  question.no_fair_options = true;
  EXPECT_TRUE(choice_options(question, random).empty());
  question.no_fair_options = false;
  EXPECT_EQ(choice_options(question, random).size(), 3u);
}

// ---------------------------------------------------------------- one fact, one question

Question about(std::string id, std::string prompt, std::string answer, std::string fact = "",
               const Entry* source = nullptr) {
  Question question = make(std::move(id), "cast");
  question.prompt = std::move(prompt);
  question.answer = std::move(answer);
  question.fact = std::move(fact);
  question.source = source;
  return question;
}

TEST(SameFact, TheAnswerOfOneInTheOthersQuestion) {
  const Question who = about("who", "Who plays Sam Walden?", "Margaret Qualley");
  const Question which =
      about("which", "Which character does Margaret Qualley play?", "Sam Walden");
  EXPECT_TRUE(same_fact(who, which));
  EXPECT_TRUE(same_fact(which, who));
  // Folded as the answer matcher folds: case, accents, punctuation, an article.
  const Question accented = about("x", "Is MARGARÉT QUALLEY—the actress—tall?", "yes");
  EXPECT_TRUE(same_fact(who, accented));
  // Whole words only.
  const Question sam = about("s", "Who is Samantha?", "a cat");
  EXPECT_FALSE(same_fact(which, sam));
  const Question unrelated = about("u", "Who composed the score?", "Alex Somers");
  EXPECT_FALSE(same_fact(who, unrelated));
  EXPECT_FALSE(same_fact(which, unrelated));
}

TEST(SameFact, TheSameEntryOrTheSameFact) {
  const Entry entry;
  const Entry other;
  EXPECT_TRUE(
      same_fact(about("a", "Q one?", "one", "", &entry), about("b", "Q two?", "two", "", &entry)));
  EXPECT_FALSE(
      same_fact(about("a", "Q one?", "one", "", &entry), about("b", "Q two?", "two", "", &other)));
  EXPECT_TRUE(same_fact(about("a", "Q one?", "one", "Sam plays the lead."),
                        about("b", "Q two?", "two", "SAM plays the lead")));
  EXPECT_FALSE(same_fact(about("a", "Q one?", "one", "Sam plays the lead."),
                         about("b", "Q two?", "two", "Micah plays the lead.")));
}

TEST(SameFact, YesNoAndTheWorksTitleGiveNothingAway) {
  EXPECT_FALSE(
      same_fact(about("a", "Did it win?", "No"), about("b", "Is there no sequel?", "Yes")));
  DatasetInfo work;
  work.title = "IO";
  Entry moon;
  moon.dataset = &work;
  Entry director;
  director.dataset = &work;
  EXPECT_FALSE(same_fact(about("a", "The station orbits which moon?", "IO", "", &moon),
                         about("b", "Who directed IO?", "Jonathan Helpert", "", &director)));
}

// Issue 11: "Who plays Sam Walden?" and "Which character does Margaret Qualley play?"
// answer each other; no quiz asks both.
TEST(PickQuestions, NeverTwoQuestionsOnOneFact) {
  const auto loaded = test::load_builtin();
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  QuestionFilter filter;
  filter.include_spoilers = true;
  std::size_t most = 0;
  for (std::uint64_t seed = 0; seed < 40; ++seed) {
    const auto picked = pick(questions, filter, questions.size(), seed);
    most = std::max(most, picked.size());
    const auto asked = ids(picked);
    const std::set<std::string> set(asked.begin(), asked.end());
    EXPECT_EQ(set.size(), asked.size());
    EXPECT_FALSE(set.contains("cast-margaret-qualley") &&
                 set.contains("character:cast-margaret-qualley"))
        << "seed " << seed;
    for (std::size_t i = 0; i < picked.size(); ++i) {
      for (std::size_t j = i + 1; j < picked.size(); ++j) {
        EXPECT_NE(picked[i]->source, picked[j]->source) << picked[i]->id << " " << picked[j]->id;
        EXPECT_FALSE(same_fact(*picked[i], *picked[j])) << picked[i]->id << " " << picked[j]->id;
      }
    }
  }
  EXPECT_LT(most, questions.size()) << "some questions share a fact";
  EXPECT_GT(most, questions.size() / 2) << "most do not";
}

TEST(PickQuestions, AQuestionLeftOutMakesRoomForAnother) {
  std::vector<Question> questions = thirty();
  // q0..q9 all name "Lamp" in their question and answer it: one of them at most.
  for (int i = 0; i < 10; ++i) {
    questions[static_cast<std::size_t>(i)].prompt = "Question " + std::to_string(i) + " on Lamp?";
    questions[static_cast<std::size_t>(i)].answer = "Lamp";
  }
  QuestionFilter filter;
  filter.include_spoilers = true;
  for (std::uint64_t seed = 0; seed < 10; ++seed) {
    const auto asked = ids(pick(questions, filter, 21, seed));
    EXPECT_EQ(asked.size(), 21u);
    std::size_t lamps = 0;
    for (const std::string& id : asked) lamps += std::stoi(id.substr(1)) < 10;
    EXPECT_EQ(lamps, 1u) << "seed " << seed;
  }
}

TEST(ChoiceOptions, ReproducibleWithASeedAndShuffled) {
  Question question = make("a", "cast");
  question.choices = {"w1", "w2", "w3"};
  const std::vector<Question> all = {question};
  std::set<std::size_t> answer_positions;
  for (std::uint64_t seed = 0; seed < 40; ++seed) {
    Random first(seed);
    Random second(seed);
    const auto options = choice_options(all[0], all, first);
    EXPECT_EQ(options, choice_options(all[0], all, second)) << seed;
    answer_positions.insert(static_cast<std::size_t>(
        std::find(options.begin(), options.end(), question.answer) - options.begin()));
  }
  // The answer is not always in the same place.
  EXPECT_EQ(answer_positions.size(), 4u);
}

}  // namespace
}  // namespace lore
