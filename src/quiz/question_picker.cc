#include "quiz/question_picker.h"

#include <algorithm>

#include "core/chooser.h"
#include "util/text_fold.h"

namespace lore {

namespace {

constexpr std::size_t kWrongOptions = 3;

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return fold_for_matching(a) == fold_for_matching(b);
}

template <typename T>
void shuffle(std::vector<T>& items, Random& random) {
  for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[random.below(i)]);
}

}  // namespace

bool QuestionFilter::matches(const Question& question) const {
  if (question.spoiler && !include_spoilers) return false;
  if (!category.empty() && !equal_ignoring_case(question.category, category)) return false;
  for (const std::string& tag : tags) {
    if (std::find(question.tags.begin(), question.tags.end(), tag) == question.tags.end()) {
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
  if (due.size() > count) due.resize(count);
  return due;
}

std::vector<std::string> choice_options(const Question& question, const std::vector<Question>& all,
                                        Random& random) {
  std::vector<std::string> wrong;
  auto add = [&](const std::string& option) {
    if (equal_ignoring_case(option, question.answer)) return;
    for (const std::string& accepted : question.accept) {
      if (equal_ignoring_case(option, accepted)) return;
    }
    for (const std::string& existing : wrong) {
      if (equal_ignoring_case(option, existing)) return;
    }
    wrong.push_back(option);
  };
  for (const std::string& choice : question.choices) add(choice);
  if (wrong.empty()) {
    std::vector<const Question*> same_category;
    for (const Question& other : all) {
      if (&other != &question && other.category == question.category) {
        same_category.push_back(&other);
      }
    }
    shuffle(same_category, random);
    for (const Question* other : same_category) add(other->answer);
  }
  shuffle(wrong, random);
  if (wrong.size() > kWrongOptions) wrong.resize(kWrongOptions);
  wrong.push_back(question.answer);
  shuffle(wrong, random);
  return wrong;
}

}  // namespace lore
