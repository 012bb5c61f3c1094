#include "quiz/question_generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "util/text_fold.h"

namespace lore {

namespace {

constexpr std::string_view kBlank = "_____";
// Scenes this far apart in the story make a pair: close enough to need thought,
// and each scene is in at most two pairs.
constexpr std::size_t kScenePairDistance = 3;

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

std::optional<Question> finish_the_line(const Entry& quote,
                                        const std::vector<const Entry*>& quotes) {
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
  for (const Entry* other : quotes) {
    if (other == &quote || (other->spoiler && !quote.spoiler)) continue;
    auto [other_shown, other_asked] = split_quote(other->text);
    if (!other_asked.empty() && fold_for_matching(other_asked) != fold_for_matching(asked)) {
      question.choices.push_back(other_asked);
    }
  }
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
  question.fact = fmt::format("“{}” is scene {}; “{}” is scene {}.", earlier.title, *earlier.order,
                              later.title, *later.order);
  question.category = "story";
  question.spoiler = earlier.spoiler || later.spoiler;
  question.always_choice = true;
  question.source = &earlier;
  question.tags = earlier.tags;
  return question;
}

Question who_plays(const Entry& trivia, const std::string& actor, const std::string& character,
                   const std::vector<std::pair<std::string, bool>>& characters) {
  Question question;
  question.id = fmt::format("character:{}", trivia.id);
  question.prompt = fmt::format("Which character does {} play in {}?", actor, work_title(trivia));
  question.answer = character;
  // A character is often called by the first name alone, but not by a title ("Dr.").
  if (const auto space = character.find(' '); space != std::string::npos) {
    const std::string first = character.substr(0, space);
    if (!first.ends_with('.')) question.accept.push_back(first);
  }
  for (const auto& [other, spoiler] : characters) {
    // The options of a question that is no spoiler must not give the ending away.
    if (other != character && (!spoiler || trivia.spoiler)) question.choices.push_back(other);
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

Question which_egg(const Entry& egg, const std::vector<const Entry*>& eggs) {
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
  for (const Entry* other : eggs) {
    if (other != &egg && (!other->spoiler || egg.spoiler)) {
      question.choices.emplace_back(other->title);
    }
  }
  question.fact = std::string(egg.text);
  question.category = "easter-eggs";
  question.spoiler = egg.spoiler;
  question.source = &egg;
  question.tags = egg.tags;
  return question;
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

std::vector<Question> generate_questions(const Catalog& catalog) {
  std::vector<Question> questions;
  std::vector<const Entry*> quotes;
  std::vector<const Entry*> scenes;
  std::vector<const Entry*> eggs;
  std::vector<std::pair<const Entry*, std::pair<std::string, std::string>>> cast;
  for (const Entry* entry : catalog.entries()) {
    switch (entry->kind) {
      case Kind::quote: quotes.push_back(entry); break;
      case Kind::scene:
        if (entry->order) scenes.push_back(entry);
        break;
      case Kind::egg: eggs.push_back(entry); break;
      case Kind::trivia:
        if (!entry->question.empty()) questions.push_back(from_trivia(*entry));
        if (auto parsed = parse_cast_fact(entry->fact); parsed && entry->category == "cast") {
          cast.emplace_back(entry, std::move(*parsed));
        }
        break;
    }
  }
  for (const Entry* quote : quotes) {
    if (auto question = finish_the_line(*quote, quotes)) questions.push_back(std::move(*question));
  }
  std::stable_sort(scenes.begin(), scenes.end(),
                   [](const Entry* a, const Entry* b) { return *a->order < *b->order; });
  for (std::size_t i = 0; i + kScenePairDistance < scenes.size(); ++i) {
    const Entry& a = *scenes[i];
    const Entry& b = *scenes[i + kScenePairDistance];
    if (a.dataset != b.dataset || *a.order == *b.order) continue;
    questions.push_back(which_comes_first(a, b, i % 2 == 1));
  }
  std::vector<std::pair<std::string, bool>> characters;  // with whether it is a spoiler
  for (const auto& [entry, names] : cast) characters.emplace_back(names.second, entry->spoiler);
  for (const auto& [entry, names] : cast) {
    questions.push_back(who_plays(*entry, names.first, names.second, characters));
  }
  for (const Entry* egg : eggs) questions.push_back(which_egg(*egg, eggs));
  return questions;
}

}  // namespace lore
