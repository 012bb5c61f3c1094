#include "quiz/progress.h"

#include <gtest/gtest.h>

#include <limits>

#include "support/catalogs.h"

namespace lore {
namespace {

using test::day;
using test::plus_days;

const auto kToday = day(2026, 3, 10);

TEST(ReviewInterval, MissedAtOnceThenDoubling) {
  EXPECT_EQ(review_interval_days(1), 0);
  EXPECT_EQ(review_interval_days(2), 2);
  EXPECT_EQ(review_interval_days(3), 4);
  EXPECT_EQ(review_interval_days(4), 8);
  EXPECT_EQ(review_interval_days(5), 16);
  EXPECT_EQ(kTopBox, 5u);
  // Out of range boxes are read as the nearest box.
  EXPECT_EQ(review_interval_days(0), 0);
  EXPECT_EQ(review_interval_days(9), 16);
}

// Issue 11: a question missed a minute ago is due now, not tomorrow.
TEST(Progress, MissedIsDueAtOnce) {
  Progress progress;
  progress.record({"q", false}, kToday);
  EXPECT_TRUE(progress.is_due("q", kToday));
  progress.record({"q", true}, kToday);  // box 2: rests two days
  EXPECT_FALSE(progress.is_due("q", kToday));
  EXPECT_FALSE(progress.is_due("q", plus_days(kToday, 1)));
  EXPECT_TRUE(progress.is_due("q", plus_days(kToday, 2)));
}

TEST(Progress, UnknownQuestion) {
  const Progress progress;
  EXPECT_EQ(progress.find("director"), nullptr);
  EXPECT_FALSE(progress.is_due("director", kToday));
  EXPECT_TRUE(progress.records().empty());
}

TEST(Progress, FirstAnswerRight) {
  Progress progress;
  progress.record({"director", true}, kToday);
  const ProgressRecord* record = progress.find("director");
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->asked, 1u);
  EXPECT_EQ(record->right, 1u);
  EXPECT_EQ(record->box, 2u);  // from box 1 up to box 2
  EXPECT_EQ(record->last_seen, kToday);
}

TEST(Progress, FirstAnswerWrong) {
  Progress progress;
  progress.record({"director", false}, kToday);
  EXPECT_EQ(*progress.find("director"), (ProgressRecord{1, 0, 1, kToday}));
}

TEST(Progress, RightMovesUpToTheTopBoxAndStays) {
  Progress progress;
  for (std::uint32_t i = 1; i <= 7; ++i) {
    progress.record({"q", true}, plus_days(kToday, static_cast<int>(i)));
    const ProgressRecord& record = *progress.find("q");
    EXPECT_EQ(record.asked, i);
    EXPECT_EQ(record.right, i);
    EXPECT_EQ(record.box, std::min<std::uint32_t>(1 + i, kTopBox)) << "after " << i << " right";
    EXPECT_EQ(record.last_seen, plus_days(kToday, static_cast<int>(i)));
  }
}

TEST(Progress, WrongGoesBackToBoxOne) {
  Progress progress;
  progress.set("q", {8, 8, 5, kToday});
  progress.record({"q", false}, plus_days(kToday, 20));
  EXPECT_EQ(*progress.find("q"), (ProgressRecord{9, 8, 1, plus_days(kToday, 20)}));
  progress.record({"q", true}, plus_days(kToday, 21));
  EXPECT_EQ(*progress.find("q"), (ProgressRecord{10, 9, 2, plus_days(kToday, 21)}));
}

TEST(Progress, RecordsAreKeptApart) {
  Progress progress;
  progress.record({"a", true}, kToday);
  progress.record({"b", false}, kToday);
  progress.record({"a", true}, kToday);
  EXPECT_EQ(progress.records().size(), 2u);
  EXPECT_EQ(*progress.find("a"), (ProgressRecord{2, 2, 3, kToday}));
  EXPECT_EQ(*progress.find("b"), (ProgressRecord{1, 0, 1, kToday}));
}

TEST(Progress, IsDueWhenTheBoxIntervalHasPassed) {
  for (std::uint32_t box = 1; box <= kTopBox; ++box) {
    const int interval = review_interval_days(box);
    Progress progress;
    progress.set("q", {1, 1, box, kToday});
    SCOPED_TRACE(box);
    if (interval > 0) {
      EXPECT_FALSE(progress.is_due("q", kToday));
      EXPECT_FALSE(progress.is_due("q", plus_days(kToday, interval - 1)));
    }
    EXPECT_TRUE(progress.is_due("q", plus_days(kToday, interval)));
    EXPECT_TRUE(progress.is_due("q", plus_days(kToday, interval + 100)));
  }
}

TEST(Progress, IsDueAcrossMonthsAndYears) {
  Progress progress;
  progress.set("q", {1, 0, 3, day(2025, 12, 30)});  // 4 days
  EXPECT_FALSE(progress.is_due("q", day(2026, 1, 2)));
  EXPECT_TRUE(progress.is_due("q", day(2026, 1, 3)));
  progress.set("leap", {1, 0, 2, day(2028, 2, 28)});  // 2 days
  EXPECT_FALSE(progress.is_due("leap", day(2028, 2, 29)));
  EXPECT_TRUE(progress.is_due("leap", day(2028, 3, 1)));
}

TEST(Progress, NeverSeenIsNotDue) {
  Progress progress;
  progress.set("q", {0, 0, 1, std::nullopt});
  EXPECT_FALSE(progress.is_due("q", kToday));
}

}  // namespace
}  // namespace lore

namespace lore {
namespace {

// Issue 9: counts stop at their maximum instead of wrapping to 0.
TEST(ProgressCounts, SaturateAtTheMaximum) {
  constexpr std::uint32_t kMax = std::numeric_limits<std::uint32_t>::max();
  Progress progress;
  progress.set("q", ProgressRecord{kMax, kMax, 3, std::nullopt});
  progress.record({"q", true}, kToday);
  EXPECT_EQ(progress.find("q")->asked, kMax);
  EXPECT_EQ(progress.find("q")->right, kMax);
  progress.record({"q", false}, kToday);
  EXPECT_EQ(progress.find("q")->asked, kMax);
  EXPECT_EQ(progress.find("q")->right, kMax);
  EXPECT_EQ(progress.find("q")->box, 1u);
}

TEST(ProgressCounts, AskedSaturatesWhileRightStillCounts) {
  constexpr std::uint32_t kMax = std::numeric_limits<std::uint32_t>::max();
  Progress progress;
  progress.set("q", ProgressRecord{kMax, kMax - 1, 1, std::nullopt});
  progress.record({"q", true}, kToday);
  EXPECT_EQ(progress.find("q")->asked, kMax);
  EXPECT_EQ(progress.find("q")->right, kMax);
}

}  // namespace
}  // namespace lore
