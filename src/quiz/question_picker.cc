#include "quiz/question_picker.h"

#include <algorithm>

#include "core/chooser.h"
#include "quiz/answer_matcher.h"
#include "util/text_fold.h"

namespace lore {

namespace {

constexpr std::size_t kWrongOptions = 3;

bool same_when_folded(std::string_view a, std::string_view b) {
  return fold_for_matching(a) == fold_for_matching(b);
}

template <typename T>
void shuffle(std::vector<T>& items, Random& random) {
  for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[random.below(i)]);
}

/// True when `part` stands in folded `text` as whole words.
bool has_words(std::string_view text, std::string_view part) {
  if (part.empty()) return false;
  for (std::size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + 1)) {
    const std::size_t end = at + part.size();
    if ((at == 0 || text[at - 1] == ' ') && (end == text.size() || text[end] == ' ')) return true;
  }
  return false;
}

/// A question in the forms same_fact compares.
struct FactKey {
  const Entry* source = nullptr;
  std::string answer;  ///< Canonical; empty when it gives nothing away.
  std::string prompt;  ///< Folded.
  std::string fact;    ///< Folded.
};

FactKey fact_key(const Question& question) {
  FactKey key;
  key.source = question.source;
  key.answer = canonical_answer(question.answer);
  if (key.answer == "yes" || key.answer == "no") key.answer.clear();
  if (question.source != nullptr && question.source->dataset != nullptr &&
      key.answer == canonical_answer(question.source->dataset->title)) {
    key.answer.clear();
  }
  key.prompt = fold_for_matching(question.prompt);
  key.fact = fold_for_matching(question.fact);
  return key;
}

bool same_fact(const FactKey& a, const FactKey& b) {
  if (a.source != nullptr && a.source == b.source) return true;
  if (has_words(b.prompt, a.answer) || has_words(a.prompt, b.answer)) return true;
  return !a.fact.empty() && a.fact == b.fact;
}

}  // namespace

bool same_fact(const Question& a, const Question& b) {
  return same_fact(fact_key(a), fact_key(b));
}

bool QuestionFilter::matches(const Question& question) const {
  if (question.spoiler && !include_spoilers) return false;
  if (!category.empty() && !same_when_folded(question.category, category)) return false;
  for (const std::string& tag : tags) {
    // As the other commands' -t: ASCII case does not matter.
    if (std::none_of(question.tags.begin(), question.tags.end(),
                     [&](std::string_view own) { return equal_ignoring_case(own, tag); })) {
      return false;
    }
  }
  return true;
}

std::vector<const Question*> pick_questions(const std::vector<Question>& questions,
                                            const QuestionFilter& filter, std::size_t count,
                                            bool review, const Progress& progress,
                                            std::chrono::year_month_day today, Random& random) {
  std::vector<const Question*> due;
  std::vector<const Question*> rest;
  for (const Question& question : questions) {
    if (!filter.matches(question)) continue;
    (review && progress.is_due(question.id, today) ? due : rest).push_back(&question);
  }
  std::stable_sort(due.begin(), due.end(), [&](const Question* a, const Question* b) {
    const ProgressRecord& x = *progress.find(a->id);
    const ProgressRecord& y = *progress.find(b->id);
    if (x.box != y.box) return x.box < y.box;
    return *x.last_seen < *y.last_seen;
  });
  shuffle(rest, random);
  due.insert(due.end(), rest.begin(), rest.end());
  // Greedily, in that order: each question unless it shares a fact with one taken.
  std::vector<const Question*> picked;
  std::vector<FactKey> keys;
  for (const Question* question : due) {
    if (picked.size() >= count) break;
    FactKey key = fact_key(*question);
    const bool repeats = std::any_of(keys.begin(), keys.end(),
                                     [&](const FactKey& taken) { return same_fact(key, taken); });
    if (repeats) continue;
    picked.push_back(question);
    keys.push_back(std::move(key));
  }
  return picked;
}

std::vector<std::string> choice_options(const Question& question, Random& random) {
  if (question.no_fair_options) return {};
  std::vector<std::string> wrong;
  std::vector<std::string> answers{canonical_answer(question.answer)};
  for (const std::string& accepted : question.accept) answers.push_back(canonical_answer(accepted));
  for (const std::string& choice : question.choices) {
    // A last guard: an option reading as an answer, or offered twice, is dropped.
    const std::string option = canonical_answer(choice);
    if (std::find(answers.begin(), answers.end(), option) != answers.end()) continue;
    if (std::any_of(wrong.begin(), wrong.end(),
                    [&](const std::string& taken) { return canonical_answer(taken) == option; })) {
      continue;
    }
    wrong.push_back(choice);
  }
  if (wrong.empty()) return {};
  shuffle(wrong, random);
  if (wrong.size() > kWrongOptions) wrong.resize(kWrongOptions);
  wrong.push_back(question.answer);
  shuffle(wrong, random);
  return wrong;
}

}  // namespace lore
