#include "quiz/question_generator.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/dataset.h"
#include "quiz/answer_matcher.h"
#include "support/catalogs.h"
#include "support/dataset_builder.h"
#include "support/files.h"
#include "util/text_fold.h"

namespace lore {
namespace {

using test::DatasetBuilder;
using test::load_builtin;
using test::load_toml;
using test::read_source_file;

constexpr std::string_view kBlank = "_____";

// A small dataset of our own, each entry made to reach one rule of the generator.
constexpr std::string_view kMini = R"toml(
[dataset]
id = "mini"
title = "Mini Film"
year = 2001

[[quote]]
id = "two-sentences"
text = "First things first. Then the rest follows."
tags = ["start"]

[[quote]]
id = "no-sentence-end"
text = "one two three four five"
tags = []

[[quote]]
id = "single-word"
text = "Hello!"
tags = []

[[quote]]
id = "question-first"
text = "Who goes there? Only me."
tags = []
spoiler = true

[[quote]]
id = "ellipsis"
text = "Wait… there is more."
tags = ["pause"]

[[trivia]]
id = "cast-jane"
fact = "Jane Doe plays Ann Smith."
category = "cast"
question = "Who plays Ann Smith?"
answer = "Jane Doe"
accept = ["Doe"]
choices = ["John Roe", "Max Poe", "Sue Low"]
tags = ["actor"]

[[trivia]]
id = "cast-john"
fact = "John Roe plays Bob, the neighbour."
category = "cast"
tags = ["actor"]
spoiler = true

[[trivia]]
id = "cast-no-full-stop"
fact = "Max Poe plays the piano in real life"
category = "cast"
tags = []

[[trivia]]
id = "plays-outside-cast"
fact = "Sue Low plays Chess."
category = "hobbies"
question = "What game does Sue Low play?"
answer = "Chess"
tags = ["games"]

[[trivia]]
id = "fact-only"
fact = "The film was shot in ten days."
category = "production"
tags = []

[[scene]]
id = "scene-third"
title = "Third"
order = 30
description = "The third scene."
tags = []

[[scene]]
id = "scene-first"
title = "First"
order = 10
description = "The first scene."
tags = []

[[scene]]
id = "scene-fifth"
title = "Fifth"
order = 50
description = "The fifth scene."
tags = ["late"]
spoiler = true

[[scene]]
id = "scene-second"
title = "Second"
order = 20
description = "The second scene."
tags = []

[[scene]]
id = "scene-sixth"
title = "Sixth"
order = 60
description = "The sixth scene."
tags = []

[[scene]]
id = "scene-fourth"
title = "Fourth"
order = 40
description = "The fourth scene."
tags = []

[[egg]]
id = "egg-lamp"
title = "The lamp"
text = "The lamp in the window is a nod to the first film."
tags = []

[[egg]]
id = "egg-clock"
title = "The clock"
text = "A clock that stops at noon."
tags = []

[[egg]]
id = "egg-red-door"
title = "Red door"
text = "It is never explained."
tags = []

[[egg]]
id = "egg-name-mini"
title = "The name “Mini”"
text = "The name “Mini” means small."
tags = []
spoiler = true

[[egg]]
id = "egg-sign"
title = "THE SIGN"
text = "the sign says stop."
tags = []
)toml";

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

/// The part of `text` between `prefix` and `suffix`; fails the test when it is not so.
std::string between(std::string_view text, std::string_view prefix, std::string_view suffix) {
  if (!text.starts_with(prefix) || !text.ends_with(suffix) ||
      text.size() < prefix.size() + suffix.size()) {
    ADD_FAILURE() << "\"" << text << "\" is not \"" << prefix << "...\" + \"" << suffix << "\"";
    return "";
  }
  return std::string(text.substr(prefix.size(), text.size() - prefix.size() - suffix.size()));
}

std::vector<std::string> strings(const std::vector<std::string_view>& views) {
  return {views.begin(), views.end()};
}

const Entry* find_entry(const Catalog& catalog, Kind kind, std::string_view id,
                        const DatasetInfo* dataset) {
  for (const Entry* entry : catalog.entries()) {
    if (entry->kind == kind && entry->id == id && entry->dataset == dataset) return entry;
  }
  return nullptr;
}

void check_trivia(const Question& question, const Entry& entry) {
  EXPECT_EQ(entry.kind, Kind::trivia);
  EXPECT_EQ(question.id, entry.id);
  EXPECT_EQ(question.prompt, entry.question);
  EXPECT_EQ(question.answer, entry.answer);
  EXPECT_EQ(question.accept, strings(entry.accept));
  // Authored choices, when two or more are fair, are the only options (the fair ones).
  const std::vector<std::string> authored = strings(entry.choices);
  std::size_t fair_authored = 0;
  for (const std::string& choice : authored) fair_authored += is_fair_option(choice, question);
  if (fair_authored >= 2 && answer_shape(entry.answer).kind != AnswerShape::Kind::yes_no) {
    EXPECT_EQ(question.choices.size(), fair_authored);
    for (const std::string& choice : question.choices) {
      EXPECT_NE(std::find(authored.begin(), authored.end(), choice), authored.end()) << choice;
    }
  }
  EXPECT_EQ(question.fact, entry.fact);
  EXPECT_EQ(question.category, entry.category);
  EXPECT_EQ(question.spoiler, entry.spoiler);
  EXPECT_FALSE(question.always_choice);
}

void check_finish(const Question& question, const Entry& quote, const Catalog& catalog) {
  ASSERT_EQ(quote.kind, Kind::quote);
  EXPECT_EQ(question.id, "finish:" + std::string(quote.id));
  const std::string shown = between(question.prompt, "Finish the line: “", " …”");
  EXPECT_FALSE(shown.empty());
  // The part shown, a space and the answer give the quote back, word for word.
  EXPECT_EQ(shown + " " + question.answer, quote.text);
  EXPECT_EQ(question.fact, "“" + std::string(quote.text) + "”");
  EXPECT_EQ(question.category, "quotes");
  EXPECT_EQ(question.spoiler, quote.spoiler);
  // Wrong options end other quotes, and none is the answer in another spelling.
  for (const std::string& choice : question.choices) {
    SCOPED_TRACE("choice: " + choice);
    EXPECT_NE(fold_for_matching(choice), fold_for_matching(question.answer));
    bool ends_another_quote = false;
    for (const Entry* other : catalog.entries()) {
      if (other->kind == Kind::quote && other != &quote && other->text.ends_with(" " + choice)) {
        ends_another_quote = true;
      }
    }
    EXPECT_TRUE(ends_another_quote);
  }
}

void check_order(const Question& question, const Entry& earlier, const Catalog& catalog) {
  ASSERT_EQ(earlier.kind, Kind::scene);
  const std::string ids = between(question.id, "order:", "");
  const auto colon = ids.find(':');
  ASSERT_NE(colon, std::string::npos);
  EXPECT_EQ(ids.substr(0, colon), earlier.id);
  const Entry* later = find_entry(catalog, Kind::scene, ids.substr(colon + 1), earlier.dataset);
  ASSERT_NE(later, nullptr) << "no scene " << ids.substr(colon + 1) << " in the same dataset";
  ASSERT_TRUE(earlier.order && later->order);
  // The answer is the scene with the smaller order; the other option, the later one.
  EXPECT_LT(*earlier.order, *later->order);
  EXPECT_EQ(question.answer, earlier.title);
  EXPECT_EQ(question.choices, std::vector<std::string>{std::string(later->title)});
  EXPECT_TRUE(question.always_choice);
  // The prompt names both scenes, in either order, and the work.
  const std::string first = "“" + std::string(earlier.title) + "”";
  const std::string second = "“" + std::string(later->title) + "”";
  const std::string work = earlier.dataset->title;
  const std::string pair = between(question.prompt, "Which comes first in " + work + ": ", "?");
  EXPECT_TRUE(pair == first + " or " + second || pair == second + " or " + first) << pair;
  // The order alone: no scene number the source does not give.
  EXPECT_EQ(question.fact, first + " comes before " + second + ".");
  EXPECT_EQ(question.category, "story");
  EXPECT_EQ(question.spoiler, earlier.spoiler || later->spoiler);
}

void check_character(const Question& question, const Entry& trivia, const Catalog& catalog) {
  ASSERT_EQ(trivia.kind, Kind::trivia);
  EXPECT_EQ(trivia.category, "cast");
  EXPECT_EQ(question.id, "character:" + std::string(trivia.id));
  const std::string actor =
      between(question.prompt, "Which character does ", " play in " + trivia.dataset->title + "?");
  // The fact reads "ACTOR plays CHARACTER." or "ACTOR plays CHARACTER, ...".
  const std::string stated = actor + " plays " + question.answer;
  EXPECT_TRUE(trivia.fact == stated + "." ||
              (trivia.fact.starts_with(stated + ", ") && trivia.fact.ends_with(".")))
      << trivia.fact;
  EXPECT_EQ(question.fact, trivia.fact);
  EXPECT_EQ(question.category, "cast");
  EXPECT_EQ(question.spoiler, trivia.spoiler);
  // The one alternative is the character's first name.
  for (const std::string& alternative : question.accept) {
    EXPECT_TRUE(question.answer.starts_with(alternative + " ")) << alternative;
  }
  // Wrong options are the characters of the other cast facts.
  for (const std::string& choice : question.choices) {
    SCOPED_TRACE("choice: " + choice);
    EXPECT_NE(choice, question.answer);
    bool another_character = false;
    for (const Entry* other : catalog.entries()) {
      if (other != &trivia && other->kind == Kind::trivia && other->category == "cast" &&
          (other->fact.ends_with(" plays " + choice + ".") ||
           contains(other->fact, " plays " + choice + ", "))) {
        another_character = true;
      }
    }
    EXPECT_TRUE(another_character);
  }
}

void check_egg(const Question& question, const Entry& egg) {
  ASSERT_EQ(egg.kind, Kind::egg);
  EXPECT_EQ(question.id, "egg:" + std::string(egg.id));
  EXPECT_EQ(question.answer, egg.title);
  EXPECT_EQ(question.fact, egg.text);
  EXPECT_EQ(question.category, "easter-eggs");
  EXPECT_EQ(question.spoiler, egg.spoiler);
  const std::string title(egg.title);
  std::string subject = title;
  for (const std::string_view article : {"The ", "the ", "A ", "An "}) {
    if (subject.starts_with(article)) subject = subject.substr(article.size());
  }
  if (question.prompt.starts_with("Which easter egg fills the blank: “")) {
    const std::string blanked =
        between(question.prompt, "Which easter egg fills the blank: “", "”");
    const auto at = blanked.find(kBlank);
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(blanked.find(kBlank, at + 1), std::string::npos) << "one blank only";
    const std::string before = blanked.substr(0, at);
    const std::string after = blanked.substr(at + kBlank.size());
    // Filled with the title (or the title without its article), it is the egg's text.
    ASSERT_TRUE(egg.text.starts_with(before) && egg.text.ends_with(after)) << blanked;
    ASSERT_GE(egg.text.size(), before.size() + after.size());
    const std::string filled(
        egg.text.substr(before.size(), egg.text.size() - before.size() - after.size()));
    EXPECT_TRUE(ascii_lower(filled) == ascii_lower(title) ||
                ascii_lower(filled) == ascii_lower(subject))
        << "the blank stands for \"" << filled << "\"";
  } else {
    // Not blanked: only when the text does not name the egg.
    EXPECT_EQ(question.prompt, "Which easter egg is this: “" + std::string(egg.text) + "”");
    EXPECT_FALSE(contains(ascii_lower(egg.text), ascii_lower(subject)));
  }
  // A name quoted in the title is accepted alone.
  for (const std::string& alternative : question.accept) {
    EXPECT_TRUE(contains(title, "“" + alternative + "”")) << alternative;
  }
  for (const std::string& choice : question.choices) EXPECT_NE(choice, title);
}

/// Checks every question against the entry it comes from.
void check_every_question(const std::vector<Question>& questions, const Catalog& catalog) {
  std::set<std::string> ids;
  for (const Question& question : questions) {
    SCOPED_TRACE(question.id);
    EXPECT_TRUE(ids.insert(question.id).second) << "duplicate id";
    EXPECT_FALSE(question.prompt.empty());
    EXPECT_FALSE(question.answer.empty());
    ASSERT_NE(question.source, nullptr);
    const Entry& source = *question.source;
    EXPECT_EQ(question.tags, source.tags);
    if (question.id.starts_with("finish:")) {
      check_finish(question, source, catalog);
    } else if (question.id.starts_with("order:")) {
      check_order(question, source, catalog);
    } else if (question.id.starts_with("character:")) {
      check_character(question, source, catalog);
    } else if (question.id.starts_with("egg:")) {
      check_egg(question, source);
    } else {
      check_trivia(question, source);
    }
    // The right answer is judged right.
    EXPECT_EQ(judge_answer(question.answer, question.answer, question.accept), Verdict::right);
  }
}

std::map<std::string, std::size_t> count_by_kind(const std::vector<Question>& questions) {
  std::map<std::string, std::size_t> counts;
  for (const Question& question : questions) {
    const auto colon = question.id.find(':');
    counts[colon == std::string::npos ? "trivia" : question.id.substr(0, colon)]++;
  }
  return counts;
}

const Question* find_question(const std::vector<Question>& questions, std::string_view id) {
  for (const Question& question : questions) {
    if (question.id == id) return &question;
  }
  return nullptr;
}

/// The question with `id`; a failure (and an empty question) when there is none.
const Question& get(const std::vector<Question>& questions, std::string_view id) {
  static const Question kNone;
  const Question* question = find_question(questions, id);
  if (question == nullptr) ADD_FAILURE() << "no question " << id;
  return question != nullptr ? *question : kNone;
}

std::size_t count_lines_starting(const std::string& text, std::string_view start) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto end = text.find('\n', pos);
    const std::string_view line(text.data() + pos,
                                (end == std::string::npos ? text.size() : end) - pos);
    if (line.starts_with(start)) ++count;
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return count;
}

// ---------------------------------------------------------------- fair multiple choice

/// `text` folded as the answer matcher compares, without a leading article.
std::string folded_answer(std::string_view text) {
  std::string folded = fold_for_matching(text);
  for (const std::string_view article : {"the ", "a ", "an "}) {
    if (folded.size() > article.size() && folded.starts_with(article)) {
      return folded.substr(article.size());
    }
  }
  return folded;
}

/// True when folded `part` is in folded `text` as whole words.
bool has_words(const std::string& text, const std::string& part) {
  return !part.empty() && contains(" " + text + " ", " " + part + " ");
}

bool is_yes_no(std::string_view answer) {
  const std::string folded = fold_for_matching(answer);
  return folded == "yes" || folded == "no";
}

bool is_trivia(const Question& question) {
  return question.id.find(':') == std::string::npos;
}

/// Checks everything `lore quiz -m` may show, for every question at once: the options
/// choice_options draws from are the question's `choices`, so this covers every seed.
/// - A which-comes-first question offers the other scene alone (both are named in its
///   prompt, and its fact states their order).
/// - A yes/no question offers the other of yes and no alone.
/// - Any other offers at least two wrong options (trivia at least `fewest_for_trivia`),
///   or none, marked no_fair_options, to be asked freely.
/// - No option is judged right (an accepted answer, or one within a typo of it), none
///   holds an answer as whole words, none stands in the question's
///   prompt or fact, and no two read alike.
void expect_fair_choices(const std::vector<Question>& questions, std::size_t fewest_for_trivia) {
  for (const Question& question : questions) {
    SCOPED_TRACE(question.id + ": " + question.prompt);
    if (question.id.starts_with("order:")) {
      EXPECT_EQ(question.choices.size(), 1u);
      EXPECT_FALSE(question.no_fair_options);
      continue;
    }
    if (is_yes_no(question.answer)) {
      EXPECT_EQ(question.choices, std::vector<std::string>{
                                      fold_for_matching(question.answer) == "yes" ? "No" : "Yes"});
      continue;
    }
    if (question.no_fair_options) {
      EXPECT_TRUE(question.choices.empty());
      continue;
    }
    EXPECT_GE(question.choices.size(), is_trivia(question) ? fewest_for_trivia : 2u)
        << "too few wrong options, and not marked to be asked freely";
    std::vector<std::string> answers{folded_answer(question.answer)};
    for (const std::string& accepted : question.accept) answers.push_back(folded_answer(accepted));
    const std::string prompt = fold_for_matching(question.prompt);
    const std::string fact = fold_for_matching(question.fact);
    std::set<std::string> seen;
    for (const std::string& choice : question.choices) {
      SCOPED_TRACE("option \"" + choice + "\"");
      const std::string option = folded_answer(choice);
      EXPECT_FALSE(option.empty());
      EXPECT_FALSE(counts_as_right(judge_answer(choice, question.answer, question.accept)))
          << "an accepted answer";
      for (const std::string& answer : answers) {
        EXPECT_FALSE(has_words(option, answer)) << "holds the answer \"" << answer << "\"";
      }
      EXPECT_FALSE(has_words(fact, option))
          << "stated in the question's own fact: " << question.fact;
      EXPECT_FALSE(has_words(prompt, option)) << "stated in the question itself";
      EXPECT_TRUE(seen.insert(option).second) << "offered twice";
    }
  }
}

// ---------------------------------------------------------------- built-in dataset

TEST(GenerateQuestions, BuiltInQuestionsAgree) {
  const auto loaded = load_builtin();
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  ASSERT_FALSE(questions.empty());
  check_every_question(questions, loaded->catalog);
}

TEST(GenerateQuestions, BuiltInCountsMatchTheDataFile) {
  // Counted from data/io.toml itself, not through the loader.
  const std::string data = read_source_file("data/io.toml");
  ASSERT_FALSE(data.empty());
  const std::size_t trivia_questions = count_lines_starting(data, "question = ");
  const std::size_t quotes = count_lines_starting(data, "[[quote]]");
  const std::size_t scenes = count_lines_starting(data, "[[scene]]");
  const std::size_t eggs = count_lines_starting(data, "[[egg]]");
  // Every "ACTOR plays CHARACTER" fact of the built-in dataset is a cast fact.
  std::size_t cast_facts = 0;
  for (std::size_t at = data.find("\nfact = \""); at != std::string::npos;
       at = data.find("\nfact = \"", at + 1)) {
    if (contains(data.substr(at, data.find('\n', at + 1) - at), " plays ")) ++cast_facts;
  }
  ASSERT_EQ(cast_facts, 3u);
  ASSERT_EQ(quotes, 3u);  // all of more than one word
  ASSERT_EQ(eggs, 4u);
  const auto counts = count_by_kind(generate_questions(load_builtin()->catalog));
  EXPECT_EQ(counts.at("trivia"), trivia_questions);
  EXPECT_EQ(counts.at("finish"), quotes);
  // Each scene with an order is paired with the first scene three orders later.
  std::vector<long> orders;
  for (std::size_t at = data.find("[[scene]]"); at != std::string::npos;
       at = data.find("[[scene]]", at + 1)) {
    const std::size_t end = data.find("\n[[", at + 1);
    const std::string block = data.substr(at, end == std::string::npos ? end : end - at);
    const std::size_t order = block.find("\norder = ");
    if (order != std::string::npos) orders.push_back(std::stol(block.substr(order + 9)));
  }
  ASSERT_GT(scenes, 3u);
  const std::set<long> levels(orders.begin(), orders.end());
  std::size_t pairs = 0;
  for (const long order : orders) {
    pairs += static_cast<std::size_t>(std::distance(levels.find(order), levels.end())) > 3;
  }
  EXPECT_EQ(counts.count("order") ? counts.at("order") : 0u, pairs);
  EXPECT_EQ(counts.at("character"), cast_facts);
  EXPECT_EQ(counts.at("egg"), eggs);
}

TEST(GenerateQuestions, BuiltInExamplesCheckedByHand) {
  const auto loaded = load_builtin();
  const std::vector<Question> questions = generate_questions(loaded->catalog);

  const Question* finish = find_question(questions, "finish:earth-is-our-home");
  ASSERT_NE(finish, nullptr);
  EXPECT_EQ(finish->prompt, "Finish the line: “Earth is our home. …”");
  EXPECT_EQ(finish->answer, "It’s in our blood.");
  EXPECT_FALSE(finish->spoiler);

  const Question* character = find_question(questions, "character:cast-danny-huston");
  ASSERT_NE(character, nullptr);
  EXPECT_EQ(character->prompt, "Which character does Danny Huston play in IO?");
  EXPECT_EQ(character->answer, "Henry Walden");
  EXPECT_EQ(character->accept, std::vector<std::string>{"Henry"});

  // The opening scene, against a scene three orders on (whichever the data places so).
  const Question* order = nullptr;
  for (const Question& question : questions) {
    if (question.id.starts_with("order:opening-orange-sky:")) order = &question;
  }
  ASSERT_NE(order, nullptr);
  EXPECT_EQ(order->answer, "Earth’s orange sky");
  ASSERT_EQ(order->choices.size(), 1u);
  EXPECT_EQ(order->fact, "“Earth’s orange sky” comes before “" + order->choices[0] + "”.");
  EXPECT_FALSE(order->spoiler);

  const Question* egg = find_question(questions, "egg:egg-the-name-io");
  ASSERT_NE(egg, nullptr);
  EXPECT_EQ(egg->prompt,
            "Which easter egg fills the blank: “_____ references Jupiter’s moon, symbolizing both "
            "escape and mythological rebirth.”");
  EXPECT_EQ(egg->answer, "The name “IO”");
  EXPECT_EQ(egg->accept, std::vector<std::string>{"IO"});
  EXPECT_EQ(judge_answer("io", egg->answer, egg->accept), Verdict::right);

  // "The bees" is not in its text, "Bees" is: the subject without article is blanked.
  const Question* bees = find_question(questions, "egg:egg-bees");
  ASSERT_NE(bees, nullptr);
  EXPECT_EQ(bees->prompt,
            "Which easter egg fills the blank: “_____ symbolize ecological resilience and are "
            "used as a metaphor for adaptation.”");
  EXPECT_TRUE(bees->spoiler);
}

TEST(GenerateQuestions, SpoilerEntriesMakeSpoilers) {
  const auto loaded = load_builtin();
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  std::size_t spoilers = 0;
  for (const Question& question : questions) {
    SCOPED_TRACE(question.id);
    if (question.source->spoiler) {
      EXPECT_TRUE(question.spoiler);
    }
    spoilers += question.spoiler ? 1 : 0;
  }
  // Trivia marked in the data, the spoiler quote, two spoiler eggs, and the pairs of
  // scenes one of which is a spoiler (counted from the scenes themselves).
  std::size_t spoiler_pairs = 0;
  for (const Question& question : questions) {
    if (!question.id.starts_with("order:")) continue;
    const std::string later_id = question.id.substr(question.id.rfind(':') + 1);
    const Entry* later =
        find_entry(loaded->catalog, Kind::scene, later_id, question.source->dataset);
    ASSERT_NE(later, nullptr) << question.id;
    const bool either = question.source->spoiler || later->spoiler;
    EXPECT_EQ(question.spoiler, either) << question.id;
    spoiler_pairs += either;
  }
  EXPECT_GT(spoiler_pairs, 0u);
  std::size_t trivia_spoilers = 0;
  for (const Question& question : questions) {
    if (question.source->kind == Kind::trivia && question.id == question.source->id &&
        question.source->spoiler) {
      ++trivia_spoilers;
    }
  }
  EXPECT_GT(trivia_spoilers, 0u);
  EXPECT_EQ(spoilers, trivia_spoilers + 1 + 2 + spoiler_pairs);
  for (const char* id : {"finish:the-thing-it-needed-to-survive-without", "egg:egg-bees",
                         "egg:egg-father-research-notes", "bees-at-high-altitude"}) {
    const Question* question = find_question(questions, id);
    ASSERT_NE(question, nullptr) << id;
    EXPECT_TRUE(question->spoiler) << id;
  }
  for (const char* id : {"finish:hope-is-not-a-plan", "egg:egg-the-balloon", "director"}) {
    const Question* question = find_question(questions, id);
    ASSERT_NE(question, nullptr) << id;
    EXPECT_FALSE(question->spoiler) << id;
  }
}

// Without --spoilers, a person must not be shown what the ending is; multiple-choice
// options are shown, so a question that is no spoiler must not offer, as a wrong
// option, text taken from a spoiler entry.
TEST(GenerateQuestions, NonSpoilerQuestionsOfferNoSpoilerText) {
  const auto loaded = load_builtin();
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  std::set<std::string> spoiler_text;
  for (const Entry* entry : loaded->catalog.entries()) {
    if (!entry->spoiler) continue;
    for (const std::string_view text : {entry->text, entry->title, entry->answer}) {
      if (!text.empty()) spoiler_text.insert(fold_for_matching(text));
    }
    if (entry->kind == Kind::quote)
      spoiler_text.insert(fold_for_matching(split_quote(entry->text).second));
  }
  for (const Question& question : questions) {
    if (question.spoiler) continue;
    for (const std::string& choice : question.choices) {
      EXPECT_FALSE(spoiler_text.contains(fold_for_matching(choice)))
          << question.id << " offers \"" << choice << "\", from a spoiler entry";
    }
  }
}

// ---------------------------------------------------------------- dataset of our own

TEST(GenerateQuestions, SmallDatasetAgrees) {
  const auto loaded = load_toml(kMini);
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  check_every_question(questions, loaded->catalog);
  const auto counts = count_by_kind(questions);
  EXPECT_EQ(counts.at("trivia"), 2u);     // cast-jane, plays-outside-cast
  EXPECT_EQ(counts.at("finish"), 4u);     // not the single word
  EXPECT_EQ(counts.at("order"), 3u);      // six scenes
  EXPECT_EQ(counts.at("character"), 2u);  // cast facts of the right form only
  EXPECT_EQ(counts.at("egg"), 5u);
  EXPECT_EQ(questions.size(), 16u);
}

TEST(GenerateQuestions, SmallDatasetQuestionsCheckedByHand) {
  const auto loaded = load_toml(kMini);
  const std::vector<Question> questions = generate_questions(loaded->catalog);

  struct Finish {
    const char* id;
    const char* shown;
    const char* answer;
  };
  for (const Finish& expected :
       {Finish{"finish:two-sentences", "First things first.", "Then the rest follows."},
        Finish{"finish:no-sentence-end", "one two three", "four five"},
        Finish{"finish:question-first", "Who goes there?", "Only me."},
        Finish{"finish:ellipsis", "Wait…", "there is more."}}) {
    const Question* question = find_question(questions, expected.id);
    ASSERT_NE(question, nullptr) << expected.id;
    EXPECT_EQ(question->prompt, std::string("Finish the line: “") + expected.shown + " …”");
    EXPECT_EQ(question->answer, expected.answer);
  }
  EXPECT_EQ(find_question(questions, "finish:single-word"), nullptr);
  EXPECT_TRUE(get(questions, "finish:question-first").spoiler);

  // Scenes listed out of order in the file are paired by `order`.
  for (const char* id : {"order:scene-first:scene-fourth", "order:scene-second:scene-fifth",
                         "order:scene-third:scene-sixth"}) {
    EXPECT_NE(find_question(questions, id), nullptr) << id;
  }
  const Question* late = find_question(questions, "order:scene-second:scene-fifth");
  ASSERT_NE(late, nullptr);
  EXPECT_EQ(late->answer, "Second");
  EXPECT_TRUE(late->spoiler);  // its later scene is a spoiler
  EXPECT_FALSE(get(questions, "order:scene-first:scene-fourth").spoiler);

  const Question* jane = find_question(questions, "character:cast-jane");
  ASSERT_NE(jane, nullptr);
  EXPECT_EQ(jane->prompt, "Which character does Jane Doe play in Mini Film?");
  EXPECT_EQ(jane->answer, "Ann Smith");
  EXPECT_EQ(jane->accept, std::vector<std::string>{"Ann"});
  // Bob comes from a spoiler entry, so Jane's question (no spoiler) does not offer him.
  EXPECT_TRUE(jane->choices.empty());
  const Question* john = find_question(questions, "character:cast-john");
  ASSERT_NE(john, nullptr);
  EXPECT_EQ(john->answer, "Bob");
  EXPECT_TRUE(john->accept.empty());
  EXPECT_TRUE(john->spoiler);
  EXPECT_EQ(find_question(questions, "character:cast-no-full-stop"), nullptr);
  EXPECT_EQ(find_question(questions, "character:plays-outside-cast"), nullptr);
  EXPECT_EQ(find_question(questions, "fact-only"), nullptr);

  struct Egg {
    const char* id;
    const char* prompt;
  };
  for (const Egg& expected :
       {Egg{"egg:egg-lamp",
            "Which easter egg fills the blank: “_____ in the window is a nod to the first film.”"},
        Egg{"egg:egg-clock", "Which easter egg fills the blank: “A _____ that stops at noon.”"},
        Egg{"egg:egg-red-door", "Which easter egg is this: “It is never explained.”"},
        Egg{"egg:egg-name-mini", "Which easter egg fills the blank: “_____ means small.”"},
        Egg{"egg:egg-sign", "Which easter egg fills the blank: “_____ says stop.”"}}) {
    const Question* question = find_question(questions, expected.id);
    ASSERT_NE(question, nullptr) << expected.id;
    EXPECT_EQ(question->prompt, expected.prompt);
  }
  EXPECT_EQ(get(questions, "egg:egg-name-mini").accept, std::vector<std::string>{"Mini"});
  EXPECT_TRUE(get(questions, "egg:egg-name-mini").spoiler);
}

TEST(GenerateQuestions, TwoDatasetsTogether) {
  const auto loaded = load_toml(kMini, /*with_builtin=*/true);
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  check_every_question(questions, loaded->catalog);
  const auto builtin = count_by_kind(generate_questions(load_builtin()->catalog));
  const auto counts = count_by_kind(questions);
  EXPECT_EQ(counts.at("trivia"), builtin.at("trivia") + 2);
  EXPECT_EQ(counts.at("finish"), builtin.at("finish") + 4);
  EXPECT_EQ(counts.at("egg"), builtin.at("egg") + 5);
  // Each character question names its own work.
  EXPECT_EQ(get(questions, "character:cast-jane").prompt,
            "Which character does Jane Doe play in Mini Film?");
  EXPECT_EQ(get(questions, "character:cast-margaret-qualley").prompt,
            "Which character does Margaret Qualley play in IO?");
}

TEST(GenerateQuestions, ScenesWithTheSameOrderMakeNoPair) {
  const auto loaded = load_toml(R"toml(
[dataset]
id = "same"
title = "Same"

[[scene]]
id = "a"
title = "A"
order = 5
description = "a"
tags = []

[[scene]]
id = "b"
title = "B"
order = 5
description = "b"
tags = []

[[scene]]
id = "c"
title = "C"
order = 5
description = "c"
tags = []

[[scene]]
id = "d"
title = "D"
order = 5
description = "d"
tags = []
)toml");
  for (const Question& question : generate_questions(loaded->catalog)) {
    EXPECT_FALSE(question.id.starts_with("order:")) << question.id;
  }
}

TEST(GenerateQuestions, EmptyCatalogHasNoQuestions) {
  const Catalog empty;
  EXPECT_TRUE(generate_questions(empty).empty());
}

// "An egg's text with its subject blanked out": the subject as a word, not letters
// inside another word ("giant" holds "ant").
TEST(GenerateQuestions, EggBlankCoversAWholeWord) {
  const auto loaded = load_toml(R"toml(
[dataset]
id = "ants"
title = "Ants"

[[egg]]
id = "egg-ant"
title = "The ant"
text = "A giant ant crawls across the map."
tags = []
)toml");
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  const Question* egg = find_question(questions, "egg:egg-ant");
  ASSERT_NE(egg, nullptr);
  EXPECT_EQ(egg->prompt,
            "Which easter egg fills the blank: “A giant _____ crawls across the map.”");
}

// "A character is often called by the first name alone": a title such as "Dr." is no
// first name, and answering "Dr" is not naming the character.
TEST(GenerateQuestions, ACharacterIsNotAnsweredByATitleAlone) {
  const auto loaded = load_toml(R"toml(
[dataset]
id = "doctors"
title = "Doctors"

[[trivia]]
id = "cast-jane"
fact = "Jane Doe plays Dr. Ann Smith."
category = "cast"
tags = []
)toml");
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  const Question* character = find_question(questions, "character:cast-jane");
  ASSERT_NE(character, nullptr);
  EXPECT_EQ(character->answer, "Dr. Ann Smith");
  EXPECT_FALSE(counts_as_right(judge_answer("Dr", character->answer, character->accept)));
  EXPECT_TRUE(counts_as_right(judge_answer("Dr. Ann Smith", character->answer, character->accept)));
}

// ---------------------------------------------------------------- fair multiple choice

// Issue 11: what `-m` can ask of the built-in data, every question at once. Depends on
// the data of branch quiz-data (three authored choices on every trivia item).
TEST(BuiltinQuestions, EveryMultipleChoiceIsFair) {
  const auto loaded = load_builtin();
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  expect_fair_choices(questions, 3);
  for (const Question& question : questions) {
    if (!is_trivia(question) || is_yes_no(question.answer)) continue;
    SCOPED_TRACE(question.id);
    EXPECT_FALSE(question.no_fair_options);
    // Every authored choice is fair as written: none is dropped.
    EXPECT_GE(question.source->choices.size(), 3u) << "fewer than three authored choices";
    for (const std::string_view choice : question.source->choices) {
      EXPECT_TRUE(is_fair_option(choice, question)) << "unfair authored choice: " << choice;
    }
  }
}

TEST(GenerateQuestions, SmallDatasetChoicesAreFair) {
  expect_fair_choices(generate_questions(load_toml(kMini)->catalog), 2);
  expect_fair_choices(generate_questions(load_toml(kMini, /*with_builtin=*/true)->catalog), 2);
}

DatasetBuilder& ask(DatasetBuilder& data, std::string_view id, std::string_view category,
                    std::string_view question, std::string_view answer, std::string_view fact) {
  return data.trivia(id, fact, category).field("question", question).field("answer", answer);
}

/// A harbour town's trivia, made to reach every rule of borrowing options.
std::string harbour() {
  DatasetBuilder data("harbour", "Harbour");
  // Years, across categories; "1890" is stated in the mill's fact.
  ask(data, "year-lighthouse", "history", "In what year did the lighthouse open?", "1890",
      "The lighthouse opened in 1890.");
  ask(data, "year-bridge", "history", "In what year was the bridge built?", "1932",
      "The bridge was built in 1932.");
  ask(data, "year-mill", "history", "In what year did the mill burn down?", "1907",
      "The mill burned down in 1907, long after the lighthouse of 1890.");
  ask(data, "year-ferry", "transport", "In what year did the ferry start?", "1955",
      "The ferry started in 1955.");
  // Names: "Tom Reid" is a typo away from "Tom Reed"; Ada Finch is in the ferry's fact;
  // Ned Crane's question is a spoiler.
  ask(data, "who-lighthouse", "people", "Who kept the lighthouse?", "Ada Finch",
      "Ada Finch kept the lighthouse for forty years.");
  ask(data, "who-bridge", "people", "Who built the bridge?", "Tom Reed", "Tom Reed built it.");
  ask(data, "who-inn", "people", "Who ran the inn?", "Tom Reid", "Tom Reid ran the inn.");
  ask(data, "who-ferry", "people", "Who ran the ferry?", "Mary Lowe",
      "Mary Lowe ran the ferry after Ada Finch retired.")
      .list("accept", {"Captain Lowe"});
  ask(data, "who-map", "people", "Who mapped the harbour?", "Ben Holt", "Ben Holt mapped it.");
  ask(data, "who-sank", "people", "Who sank the Gull?", "Ned Crane", "Ned Crane sank it.")
      .spoiler();
  // Words, alone in their category and question word: no fair options.
  ask(data, "what-finch", "people", "What did Ada Finch keep?", "the lighthouse lamp",
      "She kept the lamp lit.");
  // Yes/no, whatever the authored choices say.
  ask(data, "lit", "now", "Is the lighthouse still lit?", "Yes", "It is lit every night.")
      .list("choices", {"Only at night", "Sometimes"});
  // Authored choices (one reading as the answer is a load error: lore(5)); one stated
  // in the fact.
  ask(data, "ship-sank", "ships", "Which ship sank in the harbour?", "the Gull", "The Gull sank.")
      .list("choices", {"the Heron", "the Tern", "the Gannet"});
  ask(data, "ship-mail", "ships", "Which ship carried the mail?", "the Heron",
      "The Heron carried the mail; the Tern carried coal.")
      .list("choices", {"the Tern", "the Gull", "the Gannet"});
  // Places of 4, 5 and 3 words, and one of 12: too long to stand beside them.
  ask(data, "where-gull", "places", "Where did the Gull sink?", "off the north pier",
      "It sank off the north pier.");
  ask(data, "where-mail", "places", "Where was the mail sorted?", "in the old customs house",
      "The mail was sorted in the old customs house.");
  ask(data, "where-bell", "places", "Where is the bell kept?", "in the tower",
      "The bell hangs in the tower.");
  ask(data, "where-finch", "places", "Where did Ada Finch live?",
      "at the end of the long stone road by the sea wall", "She lived by the sea wall.");
  return data.toml();
}

std::vector<std::string> choices_of(const std::vector<Question>& questions, std::string_view id) {
  return get(questions, id).choices;
}

TEST(FairChoices, HarbourDatasetIsFair) {
  const auto loaded = load_toml(harbour());
  expect_fair_choices(generate_questions(loaded->catalog), 2);
}

TEST(FairChoices, YearsBorrowYearsAcrossCategories) {
  const auto loaded = load_toml(harbour());
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  for (const char* id : {"year-lighthouse", "year-bridge", "year-mill", "year-ferry"}) {
    SCOPED_TRACE(id);
    const std::vector<std::string> choices = choices_of(questions, id);
    EXPECT_GE(choices.size(), 2u);
    for (const std::string& choice : choices) {
      EXPECT_TRUE(choice.size() == 4 && std::all_of(choice.begin(), choice.end(), ::isdigit))
          << choice;
    }
  }
  // The ferry's year (another category) is borrowed; the one in the mill's fact is not.
  EXPECT_EQ(choices_of(questions, "year-mill"), (std::vector<std::string>{"1932", "1955"}));
}

TEST(FairChoices, NamesBorrowNamesNeverAnAnswerOrTheFact) {
  const auto loaded = load_toml(harbour());
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  const std::set<std::string> names = {"Ada Finch", "Tom Reed", "Tom Reid", "Mary Lowe",
                                       "Ben Holt"};
  for (const char* id : {"who-lighthouse", "who-bridge", "who-inn", "who-ferry", "who-map"}) {
    SCOPED_TRACE(id);
    const std::vector<std::string> choices = choices_of(questions, id);
    EXPECT_GE(choices.size(), 2u);
    for (const std::string& choice : choices) {
      EXPECT_TRUE(names.contains(choice)) << choice << ": a name, and no spoiler's";
    }
  }
  const auto offers = [&](std::string_view id, const std::string& option) {
    const std::vector<std::string> choices = choices_of(questions, id);
    return std::find(choices.begin(), choices.end(), option) != choices.end();
  };
  EXPECT_FALSE(offers("who-inn", "Tom Reed")) << "a typo away from the answer";
  EXPECT_FALSE(offers("who-bridge", "Tom Reid")) << "a typo away from the answer";
  EXPECT_FALSE(offers("who-ferry", "Ada Finch")) << "stated in the fact";
  // A spoiler question may borrow from the others.
  EXPECT_FALSE(choices_of(questions, "who-sank").empty());
}

TEST(FairChoices, FewerThanTwoFairOptionsAskFreely) {
  const auto loaded = load_toml(harbour());
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  for (const char* id : {"what-finch", "where-finch"}) {
    EXPECT_TRUE(get(questions, id).no_fair_options) << id;
    EXPECT_TRUE(get(questions, id).choices.empty()) << id;
  }
  for (const char* id : {"where-gull", "where-mail", "where-bell", "who-map", "ship-mail"}) {
    EXPECT_FALSE(get(questions, id).no_fair_options) << id;
  }
  // The long place is no option for the short ones.
  for (const char* id : {"where-gull", "where-mail", "where-bell"}) {
    for (const std::string& choice : choices_of(questions, id)) {
      EXPECT_LT(choice.size(), 30u) << id << " offers " << choice;
    }
  }
}

TEST(FairChoices, YesNoGetsYesNo) {
  const auto loaded = load_toml(harbour());
  EXPECT_EQ(choices_of(generate_questions(loaded->catalog), "lit"), std::vector<std::string>{"No"});
}

TEST(FairChoices, AuthoredChoicesWhenPresentTheFairOnes) {
  const auto loaded = load_toml(harbour());
  const std::vector<Question> questions = generate_questions(loaded->catalog);
  EXPECT_EQ(choices_of(questions, "ship-sank"),
            (std::vector<std::string>{"the Heron", "the Tern", "the Gannet"}));
  EXPECT_EQ(choices_of(questions, "ship-mail"),
            (std::vector<std::string>{"the Gull", "the Gannet"}));
}

TEST(FairChoices, AnswerShapes) {
  using K = AnswerShape::Kind;
  EXPECT_EQ(answer_shape("No").kind, K::yes_no);
  EXPECT_EQ(answer_shape("yes.").kind, K::yes_no);
  EXPECT_EQ(answer_shape("2019").kind, K::year);
  EXPECT_EQ(answer_shape("2019").value, 2019);
  EXPECT_EQ(answer_shape("12").kind, K::number);
  EXPECT_EQ(answer_shape("1,000").kind, K::number);
  EXPECT_EQ(answer_shape("January 2019").kind, K::with_numbers);
  EXPECT_EQ(answer_shape("January 2019").pattern, "wN");
  EXPECT_EQ(answer_shape("96 minutes").pattern, "Nw");
  for (const char* name : {"Margaret Qualley", "Queen of the Desert", "Netflix", "The Road",
                           "the Sundance Film Festival", "Sam’s Father", "Zoë Ōta"}) {
    EXPECT_EQ(answer_shape(name).kind, K::name) << name;
  }
  for (const char* words : {"a balloonist", "denial of grief", "It’s in our blood.",
                            "The name “IO”", "of Mice", "bees"}) {
    EXPECT_EQ(answer_shape(words).kind, K::words) << words;
  }
  EXPECT_EQ(answer_shape("the final shuttle launch").words, 3u);  // the article dropped
}

// The option rules one by one, on a question of our own.
TEST(FairChoices, IsFairOption) {
  Question question;
  question.prompt = "Who says that Earth is done?";
  question.answer = "Micah";
  question.accept = {"the balloonist Micah"};
  question.fact = "Micah, a balloonist, says that Earth is done.";
  EXPECT_TRUE(is_fair_option("Sam", question));
  EXPECT_TRUE(is_fair_option("Elon", question));
  EXPECT_FALSE(is_fair_option("micah", question));                         // the answer
  EXPECT_FALSE(is_fair_option("Michah", question));                        // a typo of it
  EXPECT_FALSE(is_fair_option("a balloonist", question));                  // in the fact
  EXPECT_FALSE(is_fair_option("Earth", question));                         // in the question
  EXPECT_FALSE(is_fair_option("Micah and Sam", question));                 // holds the answer
  EXPECT_FALSE(is_fair_option("the balloonist Micah", question));          // accepted
  EXPECT_FALSE(is_fair_option("Sam and the balloonist Micah", question));  // holds one
  // A word of an answer is no answer: "the Moon" beside "Jupiter’s moon IO".
  Question moon;
  moon.prompt = "Where does Sam’s father go?";
  moon.answer = "IO";
  moon.accept = {"Jupiter’s moon IO"};
  moon.fact = "He leaves Earth for IO.";
  EXPECT_TRUE(is_fair_option("the Moon", moon));
  EXPECT_FALSE(is_fair_option("the moon IO", moon));
  EXPECT_FALSE(is_fair_option("", question));
  EXPECT_FALSE(is_fair_option("…", question));
  EXPECT_TRUE(is_fair_option("Don", question)) << "\"done\" holds it, but not as a word";
}

// Generation is linear: each question keeps a bounded number of borrowed options, so
// a big dataset costs no more per question than a small one.
TEST(FairChoices, ManyQuotesBorrowABoundedNumber) {
  DatasetInfo info;
  info.id = "many";
  info.title = "Many";
  Dataset dataset(std::move(info));
  for (int i = 0; i < 3000; ++i) {
    Entry entry;
    entry.kind = Kind::quote;
    entry.id = dataset.store("q" + std::to_string(i));
    entry.text = dataset.store(
        fmt::format("Word{} goes first. Then word{} and more{} follow.", i, i * 7, i % 13));
    dataset.add(std::move(entry));
  }
  Catalog catalog;
  catalog.add(std::move(dataset));
  const std::vector<Question> questions = generate_questions(catalog);
  ASSERT_EQ(questions.size(), 3000u);
  for (const Question& question : questions) {
    EXPECT_GE(question.choices.size(), 2u) << question.id;
    EXPECT_LE(question.choices.size(), 6u) << question.id;
  }
  expect_fair_choices({questions.begin(), questions.begin() + 200}, 2);
}

// ---------------------------------------------------------------- which comes first

/// A work of scenes held in memory: a title and its order, or none.
Dataset story(std::string id, std::vector<std::pair<std::string, std::optional<int>>> scenes) {
  DatasetInfo info;
  info.id = id;
  info.title = "Story " + id;
  Dataset dataset(std::move(info));
  for (const auto& [title, order] : scenes) {
    Entry entry;
    entry.kind = Kind::scene;
    entry.id = dataset.store(id + "-" + title);
    entry.title = dataset.store(title);
    entry.description = dataset.store("The scene " + title + ".");
    entry.order = order;
    dataset.add(std::move(entry));
  }
  return dataset;
}

std::set<std::string> order_pairs(const std::vector<Question>& questions) {
  std::set<std::string> pairs;
  for (const Question& question : questions) {
    if (!question.id.starts_with("order:")) continue;
    pairs.insert(question.answer + " < " + question.choices.at(0));
  }
  return pairs;
}

// Scenes sharing an order are simultaneous: never asked about against each other. A
// scene without an order is never asked about. The fact states the order, no number.
TEST(WhichComesFirst, OnlyScenesOfDifferentOrders) {
  Catalog catalog;
  catalog.add(story(
      "s",
      {{"A", 1}, {"B", 2}, {"C", 2}, {"F", std::nullopt}, {"D", 3}, {"E", 4}, {"G", 5}, {"H", 6}}));
  const std::vector<Question> questions = generate_questions(catalog);
  // Six orders; each scene paired with the first one three orders on.
  EXPECT_EQ(order_pairs(questions), (std::set<std::string>{"A < E", "B < G", "C < G", "D < H"}));
  for (const Question& question : questions) {
    SCOPED_TRACE(question.id);
    ASSERT_TRUE(question.id.starts_with("order:"));
    const std::string expected =
        "“" + question.answer + "” comes before “" + question.choices.at(0) + "”.";
    EXPECT_EQ(question.fact, expected);
    EXPECT_FALSE(contains(question.fact, "scene"));
    EXPECT_TRUE(std::none_of(question.fact.begin(), question.fact.end(), ::isdigit));
    EXPECT_FALSE(contains(question.prompt, "“F”"));
  }
  expect_fair_choices(questions, 2);
}

TEST(WhichComesFirst, EachWorkApart) {
  Catalog catalog;
  catalog.add(story("one", {{"A1", 1}, {"B1", 3}, {"C1", 5}, {"D1", 7}}));
  catalog.add(story("two", {{"A2", 2}, {"B2", 4}, {"C2", 6}, {"D2", 8}}));
  EXPECT_EQ(order_pairs(generate_questions(catalog)),
            (std::set<std::string>{"A1 < D1", "A2 < D2"}));
}

TEST(WhichComesFirst, TooFewOrdersMakeNoPair) {
  Catalog catalog;
  catalog.add(story("s", {{"A", 1}, {"B", 1}, {"C", 2}, {"D", 3}, {"E", 3}, {"F", std::nullopt}}));
  EXPECT_TRUE(order_pairs(generate_questions(catalog)).empty());
}

// ---------------------------------------------------------------- split_quote

TEST(SplitQuote, AtTheFirstSentenceEnd) {
  using Parts = std::pair<std::string, std::string>;
  EXPECT_EQ(split_quote("Earth is our home. It’s in our blood."),
            Parts("Earth is our home.", "It’s in our blood."));
  EXPECT_EQ(split_quote("Why? Because."), Parts("Why?", "Because."));
  EXPECT_EQ(split_quote("Run! Now."), Parts("Run!", "Now."));
  EXPECT_EQ(split_quote("Wait… there is more."), Parts("Wait…", "there is more."));
}

TEST(SplitQuote, AtTheSpaceNearestTheMiddleWithoutSentenceEnd) {
  using Parts = std::pair<std::string, std::string>;
  // 23 bytes, middle 11; spaces at 3, 7, 13, 18: the one at 13 is nearest.
  EXPECT_EQ(split_quote("one two three four five"), Parts("one two three", "four five"));
  EXPECT_EQ(split_quote("two words"), Parts("two", "words"));
  // A sentence end at the very end is no split point.
  EXPECT_EQ(split_quote("Maybe we were the thing it needed to survive without."),
            Parts("Maybe we were the thing it", "needed to survive without."));
}

TEST(SplitQuote, SingleWordOrEmpty) {
  using Parts = std::pair<std::string, std::string>;
  EXPECT_EQ(split_quote("Hello!"), Parts());
  EXPECT_EQ(split_quote(""), Parts());
  EXPECT_EQ(split_quote("Stop."), Parts());
}

// The contract: both parts non-empty and joined by one space giving the text back (with
// its runs of spaces as one, and no space around it), or both empty. Odd spacing must
// not make a question whose answer is empty.
TEST(SplitQuote, BothPartsOrNeither) {
  for (const std::string text :
       {"a  b", "A.  B", "Stop. ", "Go ", " Go", "one two three four five", "Hi. there", "x y"}) {
    SCOPED_TRACE("\"" + text + "\"");
    const auto [shown, asked] = split_quote(text);
    if (shown.empty() || asked.empty()) {
      EXPECT_TRUE(shown.empty() && asked.empty())
          << "shown \"" << shown << "\", asked \"" << asked << "\"";
    } else {
      std::string collapsed;
      for (const char c : text) {
        if (c != ' ' || (!collapsed.empty() && collapsed.back() != ' ')) collapsed += c;
      }
      while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
      EXPECT_EQ(shown + " " + asked, collapsed);
    }
  }
}

// What the contract protects: a quote ending in a space must not become a question
// whose answer is empty (no typed answer could be right).
TEST(GenerateQuestions, NoFinishQuestionWithAnEmptyAnswer) {
  const auto loaded = load_toml(R"toml(
[dataset]
id = "spaces"
title = "Spaces"

[[quote]]
id = "stop"
text = "Stop. "
tags = []
)toml");
  for (const Question& question : generate_questions(loaded->catalog)) {
    EXPECT_FALSE(question.answer.empty()) << question.id << ": " << question.prompt;
  }
}

// ---------------------------------------------------------------- parse_cast_fact

TEST(ParseCastFact, ActorAndCharacter) {
  using Names = std::pair<std::string, std::string>;
  EXPECT_EQ(parse_cast_fact("Margaret Qualley plays Sam Walden."),
            Names("Margaret Qualley", "Sam Walden"));
  EXPECT_EQ(parse_cast_fact("Anthony Mackie plays Micah."), Names("Anthony Mackie", "Micah"));
  // A description after a comma is not part of the name.
  EXPECT_EQ(parse_cast_fact("Danny Huston plays Henry Walden, Sam’s father."),
            Names("Danny Huston", "Henry Walden"));
  EXPECT_EQ(parse_cast_fact("Jane Doe plays Dr. Ann Smith."), Names("Jane Doe", "Dr. Ann Smith"));
}

TEST(ParseCastFact, NothingWhenTheFactDoesNotReadSo) {
  for (const char* fact : {"", "plays Sam.", " plays Sam.", "Margaret Qualley plays Sam Walden",
                           "Margaret Qualley stars as Sam Walden.", "Margaret Qualley plays .",
                           "Margaret Qualley plays , a scientist.", "Margaret Qualley displays."}) {
    SCOPED_TRACE(fact);
    EXPECT_FALSE(parse_cast_fact(fact).has_value());
  }
}

// A second sentence is not part of the character's name.
TEST(ParseCastFact, OnlyTheFirstSentence) {
  const auto names = parse_cast_fact("Jim Carrey plays Truman Burbank. He was 36 at the time.");
  if (names) {
    EXPECT_EQ(names->first, "Jim Carrey");
    EXPECT_EQ(names->second, "Truman Burbank");
  }
}

}  // namespace
}  // namespace lore
