#include "quiz/quiz_report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "support/catalogs.h"

namespace lore {
namespace {

using Json = nlohmann::json;
using test::day;

Question make(std::string id, std::string category, std::string answer) {
  Question question;
  question.id = std::move(id);
  question.prompt = "What is " + question.id + "?";
  question.answer = std::move(answer);
  question.fact = "It is " + question.answer + ".";
  question.category = std::move(category);
  return question;
}

TEST(VerdictName, EachVerdict) {
  EXPECT_EQ(verdict_name(Verdict::right), "right");
  EXPECT_EQ(verdict_name(Verdict::near_miss), "near-miss");
  EXPECT_EQ(verdict_name(Verdict::wrong), "wrong");
  EXPECT_EQ(verdict_name(Verdict::skipped), "skipped");
}

// ---------------------------------------------------------------- quiz_to_json

struct Fixture {
  std::vector<Question> questions = {make("a", "cast", "Alpha"), make("b", "plot", "Beta"),
                                     make("c", "plot", "Gamma"), make("d", "music", "Delta")};
  QuizResult result;

  Fixture() {
    const std::vector<std::pair<std::string, Verdict>> answers = {
        {"alpha", Verdict::right}, {"Bata", Verdict::near_miss}, {"nope", Verdict::wrong}};
    for (std::size_t i = 0; i < answers.size(); ++i) {
      AskedQuestion asked;
      asked.question = &questions[i];
      asked.given = answers[i].first;
      asked.verdict = answers[i].second;
      if (i == 2) asked.options = {"Gamma", "Beta", "Alpha"};
      result.asked.push_back(asked);
    }
    result.planned = 4;
    result.stopped_early = true;
  }
};

TEST(QuizToJson, TheWholeQuiz) {
  const Fixture fixture;
  const Json quiz = Json::parse(quiz_to_json(fixture.result, std::nullopt));
  ASSERT_EQ(quiz["questions"].size(), 3u);
  const Json& first = quiz["questions"][0];
  EXPECT_EQ(first["id"], "a");
  EXPECT_EQ(first["category"], "cast");
  EXPECT_EQ(first["question"], "What is a?");
  EXPECT_EQ(first["answer"], "Alpha");
  EXPECT_EQ(first["given"], "alpha");
  EXPECT_EQ(first["verdict"], "right");
  EXPECT_EQ(first["right"], true);
  EXPECT_EQ(first["fact"], "It is Alpha.");
  EXPECT_FALSE(first.contains("options")) << "options only for multiple choice";
  EXPECT_EQ(quiz["questions"][1]["verdict"], "near-miss");
  EXPECT_EQ(quiz["questions"][1]["right"], true);
  EXPECT_EQ(quiz["questions"][2]["verdict"], "wrong");
  EXPECT_EQ(quiz["questions"][2]["right"], false);
  EXPECT_EQ(quiz["questions"][2]["options"], Json({"Gamma", "Beta", "Alpha"}));
  EXPECT_EQ(quiz["planned"], 4);
  EXPECT_EQ(quiz["asked"], 3);
  EXPECT_EQ(quiz["right"], 2);
  EXPECT_NEAR(quiz["percent"].get<double>(), 200.0 / 3.0, 1e-9);
  EXPECT_EQ(quiz["longest_streak"], 2);
  EXPECT_EQ(quiz["missed"], Json({"c"}));
  EXPECT_EQ(quiz["stopped_early"], true);
  EXPECT_FALSE(quiz.contains("pass"));
  EXPECT_FALSE(quiz.contains("passed"));
}

TEST(QuizToJson, PassMark) {
  // 2 right of 3 asked (66.7%), but 4 were planned: --pass is judged over the planned
  // questions (50%), so that quitting early passes nothing.
  const Fixture fixture;
  Json quiz = Json::parse(quiz_to_json(fixture.result, 50.0));
  EXPECT_EQ(quiz["pass"], 50.0);
  EXPECT_EQ(quiz["passed"], true);
  quiz = Json::parse(quiz_to_json(fixture.result, 60.0));
  EXPECT_EQ(quiz["passed"], false);
  quiz = Json::parse(quiz_to_json(fixture.result, 0.0));
  EXPECT_EQ(quiz["passed"], true);
}

TEST(QuizToJson, PassMarkReachedExactly) {
  std::vector<Question> questions = {make("a", "x", "A"), make("b", "x", "B")};
  QuizResult result;
  result.planned = 2;
  for (std::size_t i = 0; i < 2; ++i) {
    AskedQuestion asked;
    asked.question = &questions[i];
    asked.verdict = i == 0 ? Verdict::right : Verdict::skipped;
    result.asked.push_back(asked);
  }
  const Json quiz = Json::parse(quiz_to_json(result, 50.0));
  EXPECT_EQ(quiz["percent"], 50.0);
  EXPECT_EQ(quiz["passed"], true);
  EXPECT_EQ(quiz["questions"][1]["verdict"], "skipped");
  EXPECT_EQ(quiz["questions"][1]["given"], "");
}

TEST(QuizToJson, NothingAsked) {
  QuizResult result;
  result.planned = 10;
  result.stopped_early = true;
  const Json quiz = Json::parse(quiz_to_json(result, std::nullopt));
  EXPECT_TRUE(quiz["questions"].empty());
  EXPECT_EQ(quiz["asked"], 0);
  EXPECT_EQ(quiz["percent"], 0.0);
  EXPECT_TRUE(quiz["missed"].empty());
}

TEST(QuizToJson, TextIsKeptAsTyped) {
  std::vector<Question> questions = {make("a", "x", "It’s “quoted”")};
  QuizResult result;
  AskedQuestion asked;
  asked.question = &questions[0];
  asked.given = "tab\there \"quote\" \\ back";
  asked.verdict = Verdict::wrong;
  result.asked.push_back(asked);
  const Json quiz = Json::parse(quiz_to_json(result, std::nullopt));
  EXPECT_EQ(quiz["questions"][0]["given"], "tab\there \"quote\" \\ back");
  EXPECT_EQ(quiz["questions"][0]["answer"], "It’s “quoted”");
}

// ---------------------------------------------------------------- stats

struct StatsFixture {
  std::vector<Question> questions = {
      make("cast-1", "cast", "A"),   make("cast-2", "cast", "B"), make("plot-1", "plot", "C"),
      make("plot-2", "plot", "D"),   make("plot-3", "plot", "E"), make("music-1", "music", "F"),
      make("unseen", "awards", "G"),
  };
  Progress progress;

  StatsFixture() {
    progress.set("cast-1", {4, 1, 1, day(2026, 3, 1)});   // 25%
    progress.set("cast-2", {2, 2, 3, day(2026, 3, 1)});   // 100%: not weak
    progress.set("plot-1", {2, 1, 1, day(2026, 3, 2)});   // 50%
    progress.set("plot-2", {4, 2, 1, day(2026, 3, 2)});   // 50%, asked more
    progress.set("plot-3", {1, 0, 1, day(2026, 3, 2)});   // 0%
    progress.set("music-1", {3, 2, 2, day(2026, 3, 2)});  // 67%
    progress.set("gone", {5, 0, 1, day(2026, 3, 2)});     // no such question any more
  }
};

TEST(ComputeStats, PerCategory) {
  const StatsFixture fixture;
  const QuizStats stats = compute_stats(fixture.progress, fixture.questions);
  ASSERT_EQ(stats.categories.size(), 3u);  // awards never asked
  EXPECT_EQ(stats.categories[0].name, "cast");
  EXPECT_EQ(stats.categories[0].asked, 6u);
  EXPECT_EQ(stats.categories[0].right, 3u);
  EXPECT_EQ(stats.categories[1].name, "music");
  EXPECT_EQ(stats.categories[1].asked, 3u);
  EXPECT_EQ(stats.categories[1].right, 2u);
  EXPECT_EQ(stats.categories[2].name, "plot");
  EXPECT_EQ(stats.categories[2].asked, 7u);
  EXPECT_EQ(stats.categories[2].right, 3u);
}

TEST(ComputeStats, WeakestFirstAndOnlyTheMissed) {
  const StatsFixture fixture;
  const QuizStats stats = compute_stats(fixture.progress, fixture.questions);
  std::vector<std::string> ids;
  for (const auto& weak : stats.weakest) ids.push_back(weak.question->id);
  // 0%, 25%, 50% (asked 4 times before the one asked twice), 67%; never the perfect one.
  EXPECT_EQ(ids, (std::vector<std::string>{"plot-3", "cast-1", "plot-2", "plot-1", "music-1"}));
  EXPECT_EQ(stats.weakest[0].record, (ProgressRecord{1, 0, 1, day(2026, 3, 2)}));
  const QuizStats top2 = compute_stats(fixture.progress, fixture.questions, 2);
  ASSERT_EQ(top2.weakest.size(), 2u);
  EXPECT_EQ(top2.weakest[0].question->id, "plot-3");
  EXPECT_EQ(top2.weakest[1].question->id, "cast-1");
}

TEST(ComputeStats, NothingRecorded) {
  const StatsFixture fixture;
  const QuizStats stats = compute_stats(Progress{}, fixture.questions);
  EXPECT_TRUE(stats.categories.empty());
  EXPECT_TRUE(stats.weakest.empty());
  EXPECT_EQ(render_stats(stats, false), "No quiz answers recorded yet. Run 'lore quiz' first.\n");
}

TEST(RenderStats, Table) {
  const StatsFixture fixture;
  const std::string text = render_stats(compute_stats(fixture.progress, fixture.questions), false);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_NE(text.find("Category  Asked  Right  Accuracy\n"), std::string::npos) << text;
  EXPECT_NE(text.find("cast          6      3       50%\n"), std::string::npos) << text;
  EXPECT_NE(text.find("music         3      2       67%\n"), std::string::npos) << text;
  EXPECT_NE(text.find("plot          7      3       43%\n"), std::string::npos) << text;
  EXPECT_NE(text.find("Weakest questions\n"), std::string::npos);
  EXPECT_NE(text.find("   0%  0/1  plot-3  What is plot-3?\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  25%  1/4  cast-1  What is cast-1?\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("cast-2"), std::string::npos) << "never missed: not weak";
  EXPECT_EQ(text.find("gone"), std::string::npos);
}

TEST(RenderStats, ColouredHeadings) {
  const StatsFixture fixture;
  const std::string text = render_stats(compute_stats(fixture.progress, fixture.questions), true);
  EXPECT_NE(text.find("\x1b[1mCategory"), std::string::npos) << text;
  EXPECT_NE(text.find("\x1b[1mWeakest questions\x1b[0m"), std::string::npos) << text;
}

TEST(StatsToJson, CategoriesAndWeakest) {
  const StatsFixture fixture;
  const Json stats = Json::parse(stats_to_json(compute_stats(fixture.progress, fixture.questions)));
  ASSERT_EQ(stats["categories"].size(), 3u);
  EXPECT_EQ(stats["categories"][2]["category"], "plot");
  EXPECT_EQ(stats["categories"][2]["asked"], 7);
  EXPECT_EQ(stats["categories"][2]["right"], 3);
  EXPECT_NEAR(stats["categories"][2]["percent"].get<double>(), 300.0 / 7.0, 1e-9);
  ASSERT_EQ(stats["weakest"].size(), 5u);
  EXPECT_EQ(stats["weakest"][0]["id"], "plot-3");
  EXPECT_EQ(stats["weakest"][0]["question"], "What is plot-3?");
  EXPECT_EQ(stats["weakest"][0]["asked"], 1);
  EXPECT_EQ(stats["weakest"][0]["right"], 0);
  EXPECT_EQ(stats["weakest"][0]["box"], 1);
}

}  // namespace
}  // namespace lore
