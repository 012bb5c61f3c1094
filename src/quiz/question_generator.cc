#include "quiz/question_generator.h"

#include <fmt/format.h>

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "quiz/answer_matcher.h"
#include "util/text_fold.h"
#include "util/utf8.h"

namespace lore {

namespace {

constexpr std::string_view kBlank = "_____";
// Scenes this many orders apart in the story make a pair: close enough to need
// thought, and each scene is the earlier one of at most one pair.
constexpr std::size_t kScenePairDistance = 3;
// Borrowed wrong options kept per question (a quiz shows three of them at random),
// and the neighbours looked at to find them: bounded, so generation stays linear.
constexpr std::size_t kBorrowed = 6;
constexpr std::size_t kLookedAt = 48;
// The fewest fair wrong options a question is offered with: authored choices as many
// borrow nothing, and a question with fewer in all is asked for a typed answer.
constexpr std::size_t kFewestFair = 2;

std::string work_title(const Entry& entry) {
  return entry.dataset != nullptr ? entry.dataset->title : std::string("the story");
}

std::vector<std::string> strings(const std::vector<std::string_view>& views) {
  return {views.begin(), views.end()};
}

Question from_trivia(const Entry& entry) {
  Question question;
  question.id = std::string(entry.id);
  question.prompt = std::string(entry.question);
  question.answer = std::string(entry.answer);
  question.accept = strings(entry.accept);
  question.choices = strings(entry.choices);
  question.fact = std::string(entry.fact);
  question.category = std::string(entry.category);
  question.spoiler = entry.spoiler;
  question.source = &entry;
  question.tags = entry.tags;
  return question;
}

std::optional<Question> finish_the_line(const Entry& quote) {
  auto [shown, asked] = split_quote(quote.text);
  if (shown.empty()) return std::nullopt;
  Question question;
  question.id = fmt::format("finish:{}", quote.id);
  question.prompt = fmt::format("Finish the line: “{} …”", shown);
  question.answer = asked;
  question.fact = fmt::format("“{}”", quote.text);
  question.category = "quotes";
  question.spoiler = quote.spoiler;
  question.source = &quote;
  question.tags = quote.tags;
  return question;
}

Question which_comes_first(const Entry& a, const Entry& b, bool earlier_listed_first) {
  const Entry& earlier = *a.order < *b.order ? a : b;
  const Entry& later = *a.order < *b.order ? b : a;
  const Entry& first_listed = earlier_listed_first ? earlier : later;
  const Entry& second_listed = earlier_listed_first ? later : earlier;
  Question question;
  question.id = fmt::format("order:{}:{}", earlier.id, later.id);
  question.prompt = fmt::format("Which comes first in {}: “{}” or “{}”?", work_title(earlier),
                                first_listed.title, second_listed.title);
  question.answer = std::string(earlier.title);
  question.choices = {std::string(later.title)};
  // The source gives an order, not scene numbers: the fact states the order alone.
  question.fact = fmt::format("“{}” comes before “{}”.", earlier.title, later.title);
  question.category = "story";
  question.spoiler = earlier.spoiler || later.spoiler;
  question.always_choice = true;
  question.source = &earlier;
  question.tags = earlier.tags;
  return question;
}

Question who_plays(const Entry& trivia, const std::string& actor, const std::string& character) {
  Question question;
  question.id = fmt::format("character:{}", trivia.id);
  question.prompt = fmt::format("Which character does {} play in {}?", actor, work_title(trivia));
  question.answer = character;
  // A character is often called by the first name alone, but not by a title ("Dr.").
  if (const auto space = character.find(' '); space != std::string::npos) {
    const std::string first = character.substr(0, space);
    if (!first.ends_with('.')) question.accept.push_back(first);
  }
  question.fact = std::string(trivia.fact);
  question.category = "cast";
  question.spoiler = trivia.spoiler;
  question.source = &trivia;
  question.tags = trivia.tags;
  return question;
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Finds `needle` in `text` as whole words, ignoring ASCII case; npos when absent.
std::size_t find_ignoring_case(std::string_view text, std::string_view needle) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (auto from = text.begin();;) {
    const auto found = std::search(from, text.end(), needle.begin(), needle.end(),
                                   [&](char x, char y) { return lower(x) == lower(y); });
    if (found == text.end()) return std::string_view::npos;
    const auto at = static_cast<std::size_t>(found - text.begin());
    const std::size_t end = at + needle.size();
    const bool starts_word = at == 0 || !is_ascii_alnum(text[at - 1]);
    const bool ends_word = end == text.size() || !is_ascii_alnum(text[end]);
    if (starts_word && ends_word) return at;
    from = found + 1;
  }
}

Question which_egg(const Entry& egg) {
  std::string_view subject = egg.title;
  for (const std::string_view article : {"The ", "the ", "A ", "An "}) {
    if (subject.starts_with(article)) {
      const std::string_view rest = subject.substr(article.size());
      // Blank the whole title when the text repeats it, else the title without article.
      if (find_ignoring_case(egg.text, subject) == std::string_view::npos) subject = rest;
      break;
    }
  }
  Question question;
  question.id = fmt::format("egg:{}", egg.id);
  const std::size_t at = find_ignoring_case(egg.text, subject);
  if (at != std::string_view::npos) {
    std::string blanked(egg.text);
    blanked.replace(at, subject.size(), kBlank);
    question.prompt = fmt::format("Which easter egg fills the blank: “{}”", blanked);
  } else {
    question.prompt = fmt::format("Which easter egg is this: “{}”", egg.text);
  }
  question.answer = std::string(egg.title);
  // A title that quotes a name ("The name “IO”") is answered by the name too.
  const auto open = egg.title.find("“");
  const auto close = egg.title.find("”");
  if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
    question.accept.emplace_back(egg.title.substr(open + 3, close - open - 3));
  }
  question.fact = std::string(egg.text);
  question.category = "easter-eggs";
  question.spoiler = egg.spoiler;
  question.source = &egg;
  question.tags = egg.tags;
  return question;
}

// ---------------------------------------------------------------- fair options

/// Which generator made a question: options are borrowed within one kind only.
enum class Made { trivia, finish, order, character, egg };

std::string_view made_name(Made made) {
  switch (made) {
    case Made::trivia: return "trivia";
    case Made::finish: return "finish";
    case Made::order: return "order";
    case Made::character: return "character";
    case Made::egg: return "egg";
  }
  return "";
}

/// A question's answers and text in the form options are compared in.
struct Folded {
  std::vector<std::string> answers;  ///< The answer, then each accepted one (canonical).
  std::string context;               ///< The folded prompt, a newline, the folded fact.
};

/// `prompt_in_fact`: the prompt says nothing the fact does not (finish the line shows a
/// part of the quote its fact quotes whole; an egg's prompt is its text, blanked), so
/// the fact alone is folded.
Folded fold_question(const Question& question, std::string answer, bool prompt_in_fact = false) {
  Folded folded;
  folded.answers.push_back(std::move(answer));
  for (const std::string& accepted : question.accept) {
    folded.answers.push_back(canonical_answer(accepted));
  }
  if (!prompt_in_fact) {
    folded.context = fold_for_matching(question.prompt);
    folded.context += '\n';
  }
  folded.context += fold_for_matching(question.fact);
  return folded;
}

/// True when `part` stands in `text` as whole words. Folded text has single spaces
/// between words (and a context a newline between prompt and fact).
bool has_words(std::string_view text, std::string_view part) {
  if (part.empty()) return false;
  const auto boundary = [](char c) { return c == ' ' || c == '\n'; };
  for (std::size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + 1)) {
    const std::size_t end = at + part.size();
    if ((at == 0 || boundary(text[at - 1])) && (end == text.size() || boundary(text[end]))) {
      return true;
    }
  }
  return false;
}

/// is_fair_option, for an option already in canonical_answer form.
bool fair(std::string_view option, const Folded& folded) {
  if (option.empty()) return false;
  for (const std::string& answer : folded.answers) {
    if (answer.empty()) continue;
    if (counts_as_right(judge_canonical(option, answer))) return false;
    if (has_words(option, answer)) return false;
  }
  return !has_words(folded.context, option);
}

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t space = text.find(' ', pos);
    const std::size_t end = space == std::string_view::npos ? text.size() : space;
    if (end > pos) words.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

enum class Case { upper, lower, none };

/// The case of a word's first letter (none: it has no letter, or one without case).
Case first_letter_case(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size();) {
    std::size_t length = 1;
    const char32_t code_point = utf8::decode(word, pos, length);
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(code_point))) {
      case UTF8PROC_CATEGORY_LU:
      case UTF8PROC_CATEGORY_LT: return Case::upper;
      case UTF8PROC_CATEGORY_LL: return Case::lower;
      case UTF8PROC_CATEGORY_LM:
      case UTF8PROC_CATEGORY_LO:
      case UTF8PROC_CATEGORY_ND: return Case::none;
      default: pos += length;  // punctuation before the word: “IO”
    }
  }
  return Case::none;
}

/// Every word capitalised, but for the small words that join the words of a name.
bool reads_as_name(std::string_view answer) {
  constexpr std::array<std::string_view, 24> kJoining = {
      "of",  "the", "and", "de",  "del", "della", "di", "da", "du", "des", "la",  "le",
      "les", "van", "von", "der", "den", "y",     "e",  "in", "on", "at",  "for", "&"};
  for (const std::string_view article : {"the ", "The ", "a ", "A ", "an ", "An "}) {
    if (answer.starts_with(article)) {
      answer.remove_prefix(article.size());
      break;
    }
  }
  bool first = true;
  bool any = false;
  for (const std::string_view word : words_of(answer)) {
    const Case letter = first_letter_case(word);
    if (letter == Case::upper) {
      any = true;
    } else if (letter == Case::lower) {
      if (first || std::find(kJoining.begin(), kJoining.end(), word) == kJoining.end()) {
        return false;
      }
    } else if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
    first = false;
  }
  return any;
}

AnswerShape shape_of(std::string_view answer, std::string_view canonical) {
  AnswerShape shape;
  const std::vector<std::string_view> words = words_of(canonical);
  shape.words = words.size();
  if (canonical == "yes" || canonical == "no") {
    shape.kind = AnswerShape::Kind::yes_no;
    return shape;
  }
  bool every_number = !words.empty();
  bool some_number = false;
  for (const std::string_view word : words) {
    const bool number = all_digits(word);
    every_number = every_number && number;
    some_number = some_number || number;
    shape.pattern += number ? 'N' : 'w';
  }
  if (every_number) {
    std::string digits;
    for (const std::string_view word : words) digits += word;
    shape.value = std::stod(digits.substr(0, 15));
    shape.kind = words.size() == 1 && digits.size() == 4 ? AnswerShape::Kind::year
                                                         : AnswerShape::Kind::number;
  } else if (some_number) {
    shape.kind = AnswerShape::Kind::with_numbers;
  } else if (reads_as_name(answer)) {
    shape.kind = AnswerShape::Kind::name;
  }
  if (shape.kind != AnswerShape::Kind::with_numbers) shape.pattern.clear();
  return shape;
}

bool numeric(const AnswerShape& shape) {
  return shape.kind == AnswerShape::Kind::year || shape.kind == AnswerShape::Kind::number;
}

/// What a trivia question asks for, by its question word: "who", "where", "when",
/// "how many"... The first word when it is one, else the last one in the prompt (as in
/// "…orbiting which moon?"); empty when there is none.
std::string question_word(std::string_view prompt) {
  constexpr std::array<std::string_view, 9> kWords = {"who",   "whom", "whose", "where", "when",
                                                      "which", "what", "why",   "how"};
  constexpr std::array<std::string_view, 6> kHowWhat = {"many", "much", "long",
                                                        "old",  "far",  "often"};
  const std::string folded = fold_for_matching(prompt);
  const std::vector<std::string_view> words = words_of(folded);
  std::size_t found = words.size();
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (std::find(kWords.begin(), kWords.end(), words[i]) == kWords.end()) continue;
    found = i;
    if (i == 0) break;
  }
  if (found == words.size()) return "";
  std::string word(words[found]);
  if (word == "how" && found + 1 < words.size() &&
      std::find(kHowWhat.begin(), kHowWhat.end(), words[found + 1]) != kHowWhat.end()) {
    word += ' ';
    word += words[found + 1];
  }
  return word;
}

/// The group a question borrows options within: its work, the generator that made it,
/// and its shape; but for years and numbers, also its category and (trivia) its
/// question word.
std::string pool_key(const Question& question, Made made, const AnswerShape& shape) {
  const DatasetInfo* work = question.source != nullptr ? question.source->dataset : nullptr;
  std::string key = fmt::format("{}\x1f{}\x1f", fmt::ptr(work), made_name(made));
  if (made == Made::trivia && !numeric(shape)) {
    key += question_word(question.prompt);
    key += '\x1f';
  }
  switch (shape.kind) {
    case AnswerShape::Kind::yes_no: return key + "yes/no";
    case AnswerShape::Kind::year: return key + "year";
    case AnswerShape::Kind::number: return key + "number";
    case AnswerShape::Kind::with_numbers:
      return fmt::format("{}{}\x1fnumbers:{}", key, question.category, shape.pattern);
    case AnswerShape::Kind::name: return fmt::format("{}{}\x1fname", key, question.category);
    case AnswerShape::Kind::words: return fmt::format("{}{}\x1fwords", key, question.category);
  }
  return key;
}

/// Answers alike enough to stand beside each other: any two years or numbers, else
/// neither has more than twice the words of the other.
bool similar(const AnswerShape& a, const AnswerShape& b) {
  if (numeric(a)) return true;
  return std::max(a.words, b.words) <= 2 * std::min(a.words, b.words);
}

/// Fills in every question's fair wrong options (see generate_questions).
void choose_fair_options(std::vector<Question>& questions, const std::vector<Made>& made) {
  const std::size_t count = questions.size();
  std::vector<std::string> canonical(count);
  std::vector<AnswerShape> shapes(count);
  std::map<std::string, std::vector<std::size_t>> pools;
  std::vector<std::vector<std::size_t>*> pool_of(count, nullptr);
  for (std::size_t i = 0; i < count; ++i) {
    if (made[i] == Made::order) continue;
    canonical[i] = canonical_answer(questions[i].answer);
    shapes[i] = shape_of(questions[i].answer, canonical[i]);
    if (canonical[i].empty() || shapes[i].kind == AnswerShape::Kind::yes_no) continue;
    pools[pool_key(questions[i], made[i], shapes[i])].push_back(i);
  }
  std::vector<std::size_t> position(count, 0);
  for (auto& [key, pool] : pools) {
    // Nearest first: by value for years and numbers, else by length in words.
    std::stable_sort(pool.begin(), pool.end(), [&](std::size_t a, std::size_t b) {
      return numeric(shapes[a]) ? shapes[a].value < shapes[b].value
                                : shapes[a].words < shapes[b].words;
    });
    for (std::size_t at = 0; at < pool.size(); ++at) {
      position[pool[at]] = at;
      pool_of[pool[at]] = &pool;
    }
  }
  for (std::size_t i = 0; i < count; ++i) {
    Question& question = questions[i];
    if (made[i] == Made::order) continue;  // the other scene: named in the prompt itself
    if (shapes[i].kind == AnswerShape::Kind::yes_no) {
      question.choices = {canonical[i] == "yes" ? "No" : "Yes"};
      continue;
    }
    const Folded folded =
        fold_question(question, canonical[i], made[i] == Made::finish || made[i] == Made::egg);
    std::vector<std::string> chosen;
    std::vector<std::string> chosen_canonical;
    const auto add = [&](const std::string& option, const std::string& option_canonical) {
      if (std::find(chosen_canonical.begin(), chosen_canonical.end(), option_canonical) !=
          chosen_canonical.end()) {
        return;
      }
      if (!fair(option_canonical, folded)) return;
      chosen.push_back(option);
      chosen_canonical.push_back(option_canonical);
    };
    for (const std::string& choice : question.choices) add(choice, canonical_answer(choice));
    const std::vector<std::size_t>* pool = pool_of[i];
    if (chosen.size() < kFewestFair && pool != nullptr) {
      const std::size_t wanted = chosen.size() + kBorrowed;
      const std::size_t at = position[i];
      bool up = true;
      bool down = true;
      std::size_t looked_at = 0;
      for (std::size_t distance = 1;
           (up || down) && looked_at < kLookedAt && chosen.size() < wanted; ++distance) {
        for (const bool upward : {true, false}) {
          bool& open = upward ? up : down;
          if (!open) continue;
          if (upward ? at + distance >= pool->size() : distance > at) {
            open = false;
            continue;
          }
          const std::size_t other = (*pool)[upward ? at + distance : at - distance];
          if (!similar(shapes[i], shapes[other])) {
            open = false;  // sorted by length: further on is further off
            continue;
          }
          ++looked_at;
          const Question& lender = questions[other];
          // The options of a question that is no spoiler must not give the ending away.
          if (lender.spoiler && !question.spoiler) continue;
          if (lender.source == question.source) continue;
          if (chosen.size() < wanted) add(lender.answer, canonical[other]);
        }
      }
    }
    question.choices = std::move(chosen);
    if (question.choices.size() < kFewestFair) {
      question.choices.clear();
      question.no_fair_options = true;
    }
  }
}

}  // namespace

std::pair<std::string, std::string> split_quote(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  text = text.substr(first, text.find_last_not_of(' ') - first + 1);
  // A sentence end followed by more text.
  for (const std::string_view end : {". ", "? ", "! ", "… "}) {
    const auto at = text.find(end);
    if (at != std::string_view::npos) {
      const std::string_view rest = text.substr(at + end.size());
      const auto start = rest.find_first_not_of(' ');
      if (start != std::string_view::npos) {
        return {std::string(text.substr(0, at + end.size() - 1)), std::string(rest.substr(start))};
      }
    }
  }
  const std::size_t middle = text.size() / 2;
  std::size_t best = std::string_view::npos;
  for (std::size_t pos = text.find(' '); pos != std::string_view::npos;
       pos = text.find(' ', pos + 1)) {
    const auto distance = [middle](std::size_t p) { return p > middle ? p - middle : middle - p; };
    if (best == std::string_view::npos || distance(pos) < distance(best)) best = pos;
  }
  if (best == std::string_view::npos) return {};
  const std::string_view shown = text.substr(0, text.find_last_not_of(' ', best) + 1);
  const std::string_view asked = text.substr(text.find_first_not_of(' ', best));
  return {std::string(shown), std::string(asked)};
}

std::optional<std::pair<std::string, std::string>> parse_cast_fact(std::string_view fact) {
  constexpr std::string_view kPlays = " plays ";
  const auto at = fact.find(kPlays);
  if (at == std::string_view::npos || at == 0 || !fact.ends_with('.')) return std::nullopt;
  std::string_view character = fact.substr(at + kPlays.size());
  character.remove_suffix(1);
  character = character.substr(0, character.find(','));
  // The first sentence only; a period after a short word is an abbreviation ("Dr.").
  for (std::size_t pos = character.find(". "); pos != std::string_view::npos;
       pos = character.find(". ", pos + 1)) {
    const std::size_t word = character.rfind(' ', pos);
    const std::size_t length = word == std::string_view::npos ? pos : pos - word - 1;
    if (length > 3) {
      character = character.substr(0, pos);
      break;
    }
  }
  if (character.empty()) return std::nullopt;
  return std::make_pair(std::string(fact.substr(0, at)), std::string(character));
}

AnswerShape answer_shape(std::string_view answer) {
  return shape_of(answer, canonical_answer(answer));
}

bool is_fair_option(std::string_view option, const Question& question) {
  return fair(canonical_answer(option), fold_question(question, canonical_answer(question.answer)));
}

std::vector<Question> generate_questions(const Catalog& catalog) {
  const std::vector<const Entry*> entries = catalog.entries();
  std::vector<Question> questions;
  std::vector<Made> made;  // beside each question, which generator made it
  questions.reserve(entries.size() + entries.size() / 8);
  made.reserve(questions.capacity());
  const auto add = [&](Question question, Made kind) {
    questions.push_back(std::move(question));
    made.push_back(kind);
  };
  std::vector<const Entry*> quotes;
  std::vector<const Entry*> eggs;
  std::vector<std::pair<const Entry*, std::pair<std::string, std::string>>> cast;
  // Scenes with an order, by work, the works in the order they come.
  std::vector<std::vector<const Entry*>> scenes;
  std::map<const DatasetInfo*, std::size_t> work_index;
  for (const Entry* entry : entries) {
    switch (entry->kind) {
      case Kind::quote: quotes.push_back(entry); break;
      case Kind::scene:
        if (entry->order) {
          const auto [found, added] = work_index.emplace(entry->dataset, scenes.size());
          if (added) scenes.emplace_back();
          scenes[found->second].push_back(entry);
        }
        break;
      case Kind::egg: eggs.push_back(entry); break;
      case Kind::trivia:
        if (!entry->question.empty()) add(from_trivia(*entry), Made::trivia);
        if (auto parsed = parse_cast_fact(entry->fact); parsed && entry->category == "cast") {
          cast.emplace_back(entry, std::move(*parsed));
        }
        break;
    }
  }
  for (const Entry* quote : quotes) {
    if (auto question = finish_the_line(*quote)) add(std::move(*question), Made::finish);
  }
  for (std::vector<const Entry*>& work : scenes) {
    std::stable_sort(work.begin(), work.end(),
                     [](const Entry* a, const Entry* b) { return *a->order < *b->order; });
    // Scenes sharing an order are simultaneous: one step of the story, a level. Each
    // scene is paired with the first listed scene kScenePairDistance levels later.
    std::vector<std::size_t> level_start;
    std::vector<std::size_t> level_of(work.size());
    for (std::size_t i = 0; i < work.size(); ++i) {
      if (i == 0 || *work[i]->order != *work[i - 1]->order) level_start.push_back(i);
      level_of[i] = level_start.size() - 1;
    }
    for (std::size_t i = 0; i < work.size(); ++i) {
      const std::size_t level = level_of[i] + kScenePairDistance;
      if (level >= level_start.size()) break;
      add(which_comes_first(*work[i], *work[level_start[level]], i % 2 == 1), Made::order);
    }
  }
  for (const auto& [entry, names] : cast) {
    add(who_plays(*entry, names.first, names.second), Made::character);
  }
  for (const Entry* egg : eggs) add(which_egg(*egg), Made::egg);
  choose_fair_options(questions, made);
  return questions;
}

}  // namespace lore
