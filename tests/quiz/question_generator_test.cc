#include "quiz/question_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "quiz/answer_matcher.h"
#include "support/catalogs.h"
#include "support/files.h"
#include "util/text_fold.h"

namespace lore {
namespace {

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
  EXPECT_EQ(question.choices, strings(entry.choices));
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
  EXPECT_EQ(question.fact, first + " is scene " + std::to_string(*earlier.order) + "; " + second +
                               " is scene " + std::to_string(*later->order) + ".");
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
  const std::size_t ordered_scenes = count_lines_starting(data, "order = ");
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
  ASSERT_LT(ordered_scenes, scenes);  // a scene the source does not place has no order
  // Each scene with an order paired with the third after it (no such pair shares one).
  EXPECT_EQ(counts.at("order"), ordered_scenes - 3);
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

  // The first scene and the third after it, in story order.
  const Question* order =
      find_question(questions, "order:opening-orange-sky:delayed-messages-from-elon");
  ASSERT_NE(order, nullptr);
  EXPECT_EQ(order->answer, "Earth’s orange sky");
  EXPECT_EQ(order->choices, std::vector<std::string>{"Isolation"});
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
  // Trivia marked in the data, the spoiler quote, two spoiler eggs, and the five pairs of
  // scenes whose later scene is one of the spoiler scenes (orders 9 to 12).
  std::size_t trivia_spoilers = 0;
  for (const Question& question : questions) {
    if (question.source->kind == Kind::trivia && question.id == question.source->id &&
        question.source->spoiler) {
      ++trivia_spoilers;
    }
  }
  EXPECT_GT(trivia_spoilers, 0u);
  EXPECT_EQ(spoilers, trivia_spoilers + 1 + 2 + 5);
  for (const char* id :
       {"finish:the-thing-it-needed-to-survive-without", "egg:egg-bees",
        "egg:egg-father-research-notes", "order:the-trek:the-shuttle-has-departed",
        "order:micah-reveals-his-fears:silent-realization", "bees-at-high-altitude"}) {
    const Question* question = find_question(questions, id);
    ASSERT_NE(question, nullptr) << id;
    EXPECT_TRUE(question->spoiler) << id;
  }
  for (const char* id : {"finish:hope-is-not-a-plan", "egg:egg-the-balloon",
                         "order:pragmatist-and-idealist:setting-off", "director"}) {
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
