#include "quiz/quiz_report.h"
#include "render/json_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "render/style.h"
#include "util/text_escape.h"

namespace lore {

namespace {

double accuracy(std::uint32_t right, std::uint32_t asked) {
  return asked == 0 ? 0.0 : 100.0 * right / asked;
}

}  // namespace

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::right: return "right";
    case Verdict::near_miss: return "near-miss";
    case Verdict::wrong: return "wrong";
    case Verdict::skipped: return "skipped";
  }
  return "wrong";
}

std::string quiz_to_json(const QuizResult& result, std::optional<double> pass) {
  Json questions = Json::array();
  for (const AskedQuestion& asked : result.asked) {
    const Question& question = *asked.question;
    Json record{{"id", question.id},
                {"entry", entry_id_of(question)},
                {"category", question.category},
                {"question", question.prompt},
                {"answer", question.answer}};
    if (!asked.options.empty()) record["options"] = asked.options;
    record["given"] = asked.given;
    record["verdict"] = verdict_name(asked.verdict);
    record["right"] = counts_as_right(asked.verdict);
    record["fact"] = question.fact;
    questions.push_back(std::move(record));
  }
  Json quiz{{"questions", std::move(questions)},
            {"planned", result.planned},
            {"asked", result.asked.size()},
            {"right", result.right()},
            {"percent", result.percent()},
            {"longest_streak", result.longest_streak()},
            {"missed", result.missed()},
            {"missed_entries", result.missed_entries()},
            {"stopped_early", result.stopped_early}};
  if (pass) {
    quiz["pass"] = *pass;
    quiz["passed"] = result.pass_percent() >= *pass;
  }
  return dump_json(quiz, 2) + "\n";
}

QuizStats compute_stats(const Progress& progress, const std::vector<Question>& questions,
                        std::size_t limit) {
  QuizStats stats;
  std::map<std::string, QuizStats::Category> categories;
  for (const Question& question : questions) {
    const ProgressRecord* record = progress.find(question.id);
    if (record == nullptr || record->asked == 0) continue;
    auto& category = categories[question.category];
    category.name = question.category;
    category.asked += record->asked;
    category.right += record->right;
    stats.weakest.push_back({&question, *record});
  }
  for (auto& [name, category] : categories) stats.categories.push_back(category);
  std::stable_sort(stats.weakest.begin(), stats.weakest.end(), [](const auto& a, const auto& b) {
    const double x = accuracy(a.record.right, a.record.asked);
    const double y = accuracy(b.record.right, b.record.asked);
    if (x != y) return x < y;
    return a.record.asked > b.record.asked;
  });
  // Only questions missed at least once are weak.
  std::erase_if(stats.weakest,
                [](const auto& weak) { return weak.record.right == weak.record.asked; });
  if (stats.weakest.size() > limit) stats.weakest.resize(limit);
  return stats;
}

std::string render_stats(const QuizStats& stats, bool color) {
  if (stats.categories.empty()) return "No quiz answers recorded yet. Run 'lore quiz' first.\n";
  std::string out;
  const auto heading = [color](std::string_view text) {
    return styled(text, Style::heading, color);
  };
  std::size_t width = 8;
  for (const auto& category : stats.categories) width = std::max(width, category.name.size());
  out += heading(
      fmt::format("{:<{}}  {:>5}  {:>5}  {:>8}", "Category", width, "Asked", "Right", "Accuracy"));
  out += "\n";
  for (const auto& category : stats.categories) {
    out += fmt::format("{:<{}}  {:>5}  {:>5}  {:>7.0f}%\n", escape_controls(category.name), width,
                       category.asked, category.right, accuracy(category.right, category.asked));
  }
  if (!stats.weakest.empty()) {
    out += "\n" + heading("Weakest questions") + "\n";
    for (const auto& weak : stats.weakest) {
      out +=
          fmt::format("{:>4.0f}%  {}/{}  {}  {}\n", accuracy(weak.record.right, weak.record.asked),
                      weak.record.right, weak.record.asked, escape_controls(weak.question->id),
                      escape_controls(weak.question->prompt));
    }
  }
  return out;
}

std::string stats_to_json(const QuizStats& stats) {
  Json categories = Json::array();
  for (const auto& category : stats.categories) {
    categories.push_back({{"category", category.name},
                          {"asked", category.asked},
                          {"right", category.right},
                          {"percent", accuracy(category.right, category.asked)}});
  }
  Json weakest = Json::array();
  for (const auto& weak : stats.weakest) {
    weakest.push_back({{"id", weak.question->id},
                       {"question", weak.question->prompt},
                       {"asked", weak.record.asked},
                       {"right", weak.record.right},
                       {"box", weak.record.box}});
  }
  return dump_json(Json{{"categories", std::move(categories)}, {"weakest", std::move(weakest)}},
                   2) +
         "\n";
}

}  // namespace lore
