#include "quiz/answer_matcher.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "util/edit_distance.h"
#include "util/random.h"

namespace lore {

// Printed by gtest when a row fails.
void PrintTo(Verdict verdict, std::ostream* out) {
  switch (verdict) {
    case Verdict::right: *out << "right"; return;
    case Verdict::near_miss: *out << "near_miss"; return;
    case Verdict::wrong: *out << "wrong"; return;
    case Verdict::skipped: *out << "skipped"; return;
  }
  *out << "?";
}

namespace {

struct Row {
  const char* why;
  std::string given;
  std::string answer;
  std::vector<std::string> accept;
  Verdict expected;
};

// Each row is judged by hand from the rules of issue 3: case, accents, punctuation,
// surrounding spaces and a leading article do not matter; every `accept` alternative
// counts; a small typo counts (none for numbers and answers of up to 3 characters).
const std::vector<Row> kRows = {
    // --- as written
    {"exact", "Margaret Qualley", "Margaret Qualley", {}, Verdict::right},
    {"lower case", "margaret qualley", "Margaret Qualley", {}, Verdict::right},
    {"upper case", "MARGARET QUALLEY", "Margaret Qualley", {}, Verdict::right},
    {"mixed case, two letters", "iO", "IO", {}, Verdict::right},
    {"surrounding spaces", "   Margaret Qualley \t ", "Margaret Qualley", {}, Verdict::right},
    {"inner run of spaces", "Margaret    Qualley", "Margaret Qualley", {}, Verdict::right},
    {"trailing full stop", "Margaret Qualley.", "Margaret Qualley", {}, Verdict::right},
    {"punctuation in the answer", "minimalist ambient", "minimalist, ambient", {}, Verdict::right},
    {"hyphen as a space",
     "slow burn science fiction",
     "slow-burn science fiction",
     {},
     Verdict::right},
    {"exclamation and question marks", "No!?", "No", {}, Verdict::right},
    // --- accents
    {"accent dropped by the person", "Cafe", "Café", {}, Verdict::right},
    {"accent typed by the person", "café", "Cafe", {}, Verdict::right},
    {"diaeresis dropped", "Zoe", "Zoë", {}, Verdict::right},
    {"diaeresis, upper case", "ZOË", "zoe", {}, Verdict::right},
    {"decomposed accent (e + U+0301)", "Cafe\xCC\x81", "Café", {}, Verdict::right},
    // --- apostrophes
    {"straight apostrophe for a curly one",
     "It's in our blood",
     "It’s in our blood.",
     {},
     Verdict::right},
    {"no apostrophe at all", "Its in our blood", "It’s in our blood.", {}, Verdict::right},
    {"curly apostrophe for a straight one",
     "Jupiter’s moon IO",
     "Jupiter's moon IO",
     {},
     Verdict::right},
    // --- leading article
    {"article left out", "bees", "The bees", {}, Verdict::right},
    {"article added", "the bees", "bees", {}, Verdict::right},
    {"other article added", "a balloonist", "balloonist", {}, Verdict::right},
    {"'an' left out", "original screenplay", "an original screenplay", {}, Verdict::right},
    {"article kept on both", "The Road", "The Road", {}, Verdict::right},
    {"article alone is not the answer", "the", "The Road", {}, Verdict::wrong},
    // --- alternatives
    {"first accept alternative", "Qualley", "Margaret Qualley", {"Qualley"}, Verdict::right},
    {"curly alternative, straight typed",
     "Jupiter's moon io",
     "IO",
     {"Jupiter’s moon IO"},
     Verdict::right},
    {"third alternative",
     "love story",
     "more of a love story wrapped inside a sci-fi shell",
     {"a love story wrapped inside a sci-fi shell", "a love story", "love story"},
     Verdict::right},
    {"alternative with its article left out",
     "Sundance Film Festival",
     "the Sundance Film Festival",
     {"Sundance Film Festival", "Sundance"},
     Verdict::right},
    {"typo in an alternative", "Hepert", "Jonathan Helpert", {"Helpert"}, Verdict::near_miss},
    {"a part of the answer that is no alternative",
     "Margaret",
     "Margaret Qualley",
     {"Qualley"},
     Verdict::wrong},
    // --- numbers: no typo
    {"right year", "2019", "2019", {}, Verdict::right},
    {"year one digit off", "2018", "2019", {}, Verdict::wrong},
    {"year with digits swapped", "2091", "2019", {}, Verdict::wrong},
    {"recommended film's year one digit off", "2015", "2016", {"2016"}, Verdict::wrong},
    {"long number one digit off", "1234567890", "1234567891", {}, Verdict::wrong},
    // --- very short answers: no typo
    {"two letters, one off", "Ia", "IO", {}, Verdict::wrong},
    {"three letters, one off", "Sal", "Sam", {}, Verdict::wrong},
    {"three letters after folding, one off", "Zoey", "Zoë", {}, Verdict::wrong},
    {"no for yes", "Yes", "No", {}, Verdict::wrong},
    // --- small typos in longer answers
    {"four letters, one dropped", "Bes", "bees", {}, Verdict::near_miss},
    {"five letters, one dropped", "Mica", "Micah", {}, Verdict::near_miss},
    {"five letters, two neighbours swapped (one typo)", "Micha", "Micah", {}, Verdict::near_miss},
    {"five letters, swapped and dropped (two typos)", "Mcha", "Micah", {}, Verdict::wrong},
    {"swaps in a long name, one per word",
     "Magraret Quallye",
     "Margaret Qualley",
     {},
     Verdict::near_miss},
    {"one letter dropped in a long name",
     "Margaret Qualey",
     "Margaret Qualley",
     {},
     Verdict::near_miss},
    {"two typos in 16 letters", "Margret Qualey", "Margaret Qualley", {}, Verdict::near_miss},
    {"three typos in 16 letters", "Margret Qualy", "Margaret Qualley", {}, Verdict::wrong},
    {"one letter dropped in a title", "Interstelar", "Interstellar", {}, Verdict::near_miss},
    {"typo and wrong case together", "INTERSTELAR", "Interstellar", {}, Verdict::near_miss},
    {"typo and missing accent together", "Cafe Noirr", "Café Noir", {}, Verdict::near_miss},
    {"three typos in a 40-letter answer",
     "toxc fadng wold around the characters",
     "the toxic, fading world around the characters",
     {},
     Verdict::near_miss},
    {"four typos in a 40-letter answer",
     "toxc fadng wold arund the characters",
     "the toxic, fading world around the characters",
     {},
     Verdict::wrong},
    // --- wrong
    {"another name", "Anthony Mackie", "Margaret Qualley", {"Qualley"}, Verdict::wrong},
    {"a word of another answer", "Mackie", "Margaret Qualley", {"Qualley"}, Verdict::wrong},
    {"half the answer", "Sam", "Sam Walden", {}, Verdict::wrong},
    // --- skipped
    {"empty", "", "Margaret Qualley", {}, Verdict::skipped},
    {"spaces only", "    ", "Margaret Qualley", {}, Verdict::skipped},
    {"tab and carriage return", "\t\r", "Margaret Qualley", {}, Verdict::skipped},
    {"punctuation only", "...", "Margaret Qualley", {}, Verdict::skipped},
};

TEST(JudgeAnswer, Table) {
  for (const Row& row : kRows) {
    SCOPED_TRACE(::testing::Message()
                 << row.why << ": \"" << row.given << "\" for \"" << row.answer << "\"");
    EXPECT_EQ(judge_answer(row.given, row.answer, row.accept), row.expected);
  }
}

TEST(JudgeAnswer, EveryAcceptAlternativeCounts) {
  const std::string answer = "Margaret Qualley";
  const std::vector<std::string> accept = {"Qualley", "Maggie", "Sarah Margaret Qualley"};
  EXPECT_EQ(judge_answer(answer, answer, accept), Verdict::right);
  for (const std::string& alternative : accept) {
    SCOPED_TRACE(alternative);
    EXPECT_EQ(judge_answer(alternative, answer, accept), Verdict::right);
    // Each one counts because it is listed: without it, it is wrong.
    std::vector<std::string> others;
    for (const std::string& other : accept) {
      if (other != alternative) others.push_back(other);
    }
    EXPECT_EQ(judge_answer(alternative, answer, others), Verdict::wrong);
  }
  // The built-in dataset's longest list: every one of them is right.
  const std::vector<std::string> love_story = {"a love story wrapped inside a sci-fi shell",
                                               "a love story", "love story"};
  for (const std::string& alternative : love_story) {
    SCOPED_TRACE(alternative);
    EXPECT_EQ(
        judge_answer(alternative, "more of a love story wrapped inside a sci-fi shell", love_story),
        Verdict::right);
  }
}

TEST(JudgeAnswer, AlternativesAddNothingToAnEmptyAnswer) {
  EXPECT_EQ(judge_answer("", "Sam", {"Sam Walden", ""}), Verdict::skipped);
}

// Issue 3: "a small typo counts (edit distance scaled to the answer's length, none for
// numbers ...)". A year inside a longer answer is still a number: "January 2018" is
// not a typo of "January 2019" but another date.
TEST(JudgeAnswer, NumberInsideALongerAnswerTakesNoTypo) {
  EXPECT_EQ(judge_answer("January 2018", "January 2019", {"in January 2019"}), Verdict::wrong);
  EXPECT_EQ(judge_answer("Janury 2019", "January 2019", {"in January 2019"}), Verdict::near_miss);
}

struct TypoRow {
  std::string folded;
  std::size_t expected;
};

TEST(AllowedTypos, Table) {
  const std::vector<TypoRow> rows = {
      {"", 0},
      {"a", 0},
      {"abc", 0},                   // up to 3 characters: none
      {"abcd", 1},                  // 4..10: one
      {"abcdefghij", 1},            //
      {"abcdefghijk", 2},           // 11..17: two
      {"abcdefghijklmnopq", 2},     //
      {"abcdefghijklmnopqr", 3},    // 18 and more: three, never more
      {std::string(200, 'x'), 3},   //
      {"2019", 0},                  // numbers: none
      {"12345678901234567890", 0},  //
      {"1 000 000", 0},             // a number written with spaces
      {"ééé", 0},                   // counted in characters, not bytes (6 bytes)
      {"éééé", 1},                  //
      {"sam walden", 1},            //
      {"margaret qualley", 2},      //
  };
  for (const TypoRow& row : rows) {
    SCOPED_TRACE(row.folded);
    EXPECT_EQ(allowed_typos(row.folded), row.expected);
  }
}

TEST(CountsAsRight, RightAndNearMissCount) {
  EXPECT_TRUE(counts_as_right(Verdict::right));
  EXPECT_TRUE(counts_as_right(Verdict::near_miss));
  EXPECT_FALSE(counts_as_right(Verdict::wrong));
  EXPECT_FALSE(counts_as_right(Verdict::skipped));
}

// judge_canonical looks only near the diagonal of the edit table; it must agree with the
// whole table wherever a typo could count: every pair of a few hundred words made of a
// small alphabet (so that many are close), with and without letters beyond ASCII.
TEST(JudgeCanonical, AgreesWithTheFullEditDistance) {
  Random random(7);
  const std::vector<std::string> letters = {"a", "b", "c", "d", "é", " ", "1"};
  const auto letter = [&] { return letters[random.below(letters.size())]; };
  // Twenty words, and each a few times with up to four random edits.
  std::vector<std::string> words;
  for (int i = 0; i < 20; ++i) {
    std::vector<std::string> base;
    const std::size_t length = 5 + random.below(20);
    for (std::size_t j = 0; j < length; ++j) base.push_back(letter());
    for (int variant = 0; variant < 8; ++variant) {
      std::vector<std::string> edited = base;
      for (std::size_t edits = random.below(5); edits > 0; --edits) {
        const std::size_t at = random.below(edited.size());
        switch (random.below(4)) {
          case 0: edited[at] = letter(); break;
          case 2:
            if (at + 1 < edited.size()) std::swap(edited[at], edited[at + 1]);
            break;
          case 1: edited.insert(edited.begin() + static_cast<std::ptrdiff_t>(at), letter()); break;
          default:
            if (edited.size() > 1) edited.erase(edited.begin() + static_cast<std::ptrdiff_t>(at));
        }
      }
      std::string word;
      for (const std::string& part : edited) word += part;
      words.push_back(canonical_answer(word));
    }
  }
  // A typo never touches a number: the runs of digits must be the same.
  const auto digits = [](const std::string& text) {
    std::vector<std::string> runs(1);
    for (const char c : text) {
      if (c >= '0' && c <= '9') {
        runs.back() += c;
      } else if (!runs.back().empty()) {
        runs.emplace_back();
      }
    }
    if (runs.back().empty()) runs.pop_back();
    return runs;
  };
  std::size_t near = 0;
  for (const std::string& typed : words) {
    for (const std::string& expected : words) {
      if (typed.empty() || expected.empty() || typed == expected) continue;
      const std::size_t typos = allowed_typos(expected);
      const bool close = typos > 0 && edit_distance(typed, expected) <= typos;
      const Verdict verdict = judge_canonical(typed, expected);
      EXPECT_EQ(verdict == Verdict::near_miss, close && digits(typed) == digits(expected))
          << "\"" << typed << "\" for \"" << expected << "\"";
      near += verdict == Verdict::near_miss;
    }
  }
  EXPECT_GT(near, 100u);
  EXPECT_EQ(judge_canonical("", "abc"), Verdict::skipped);
  EXPECT_EQ(judge_canonical("abc", "abc"), Verdict::right);
  EXPECT_EQ(judge_canonical("sam walder", "sam walden"), Verdict::near_miss);
  EXPECT_EQ(judge_canonical("2018", "2019"), Verdict::wrong);
}

}  // namespace
}  // namespace lore
