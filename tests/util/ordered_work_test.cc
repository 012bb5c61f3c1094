#include "util/ordered_work.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace lore {
namespace {

/// Jobs that finish out of order: the earlier the job, the longer it sleeps.
std::string slow_first(std::size_t i, std::size_t count) {
  std::this_thread::sleep_for(std::chrono::microseconds(50 * (count - i)));
  return "job " + std::to_string(i);
}

TEST(OrderedWork, ResultsComeBackInTheOrderOfTheJobs) {
  for (const unsigned workers : {0U, 1U, 2U, 4U}) {
    constexpr std::size_t kCount = 60;
    OrderedWork<std::string> work(
        kCount, [](std::size_t i) { return slow_first(i, kCount); }, workers, 8);
    for (std::size_t i = 0; i < kCount; ++i) {
      EXPECT_EQ(work.take(i), "job " + std::to_string(i)) << workers << " workers";
    }
  }
}

TEST(OrderedWork, WithoutWorkersTakeRunsTheJobOnItsOwnThread) {
  const std::thread::id caller = std::this_thread::get_id();
  OrderedWork<bool> work(
      3, [caller](std::size_t) { return std::this_thread::get_id() == caller; }, 0, 4);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_TRUE(work.take(i));
}

TEST(OrderedWork, WorkersRunTheJobsOnOtherThreads) {
  const std::thread::id caller = std::this_thread::get_id();
  OrderedWork<bool> work(
      3, [caller](std::size_t) { return std::this_thread::get_id() != caller; }, 2, 4);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_TRUE(work.take(i));
}

TEST(OrderedWork, NoJobRunsMoreThanAheadPastTheOneTaken) {
  constexpr std::size_t kAhead = 3;
  std::atomic<std::size_t> taken{0};
  std::atomic<std::size_t> furthest{0};  // the most any job started past `taken`
  OrderedWork<int> work(
      40,
      [&](std::size_t i) {
        const std::size_t past = i - taken.load();
        std::size_t seen = furthest.load();
        while (past > seen && !furthest.compare_exchange_weak(seen, past)) {
        }
        return 0;
      },
      4, kAhead);
  for (std::size_t i = 0; i < 40; ++i) {
    taken = i;
    work.take(i);
    std::this_thread::sleep_for(std::chrono::microseconds(200));  // let workers run ahead
  }
  EXPECT_LT(furthest.load(), kAhead);
  EXPECT_GT(furthest.load(), 0U);  // they did run ahead
}

TEST(OrderedWork, TakeThrowsWhatTheJobThrew) {
  for (const unsigned workers : {0U, 2U}) {
    OrderedWork<int> work(
        3,
        [](std::size_t i) {
          if (i == 1) throw std::runtime_error("job 1 failed");
          return static_cast<int>(i);
        },
        workers, 2);
    EXPECT_EQ(work.take(0), 0);
    try {
      work.take(1);
      ADD_FAILURE() << "no exception with " << workers << " workers";
    } catch (const std::runtime_error& error) {
      EXPECT_STREQ(error.what(), "job 1 failed");
    }
    EXPECT_EQ(work.take(2), 2);
  }
}

TEST(OrderedWork, StoppingWaitsForRunningJobsAndStartsNoMore) {
  std::atomic<std::size_t> started{0};
  std::atomic<std::size_t> finished{0};
  {
    OrderedWork<int> work(
        1000,
        [&](std::size_t) {
          ++started;
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
          ++finished;
          return 0;
        },
        2, 4);
    work.take(0);
  }  // leaves 999 results untaken
  EXPECT_EQ(started.load(), finished.load());
  EXPECT_LT(started.load(), 10U);
}

TEST(OrderedWork, MoreWorkersThanJobsOrNoneTakenStillEnds) {
  std::atomic<int> ran{0};
  {
    OrderedWork<int> work(
        2, [&](std::size_t i) { return ++ran + static_cast<int>(i); }, 8, 4);
    // Dropped with nothing taken: the workers ran what they had claimed and joined.
  }
  EXPECT_LE(ran.load(), 2);
  OrderedWork<int> none(
      0, [](std::size_t) { return 0; }, 4, 2);
}

TEST(OrderedWork, AnUnboundedLookAheadRunsEveryJob) {
  // `ahead` as large as it goes means no bound, not a sum that wraps and stalls.
  OrderedWork<std::size_t> work(
      5, [](std::size_t i) { return i * i; }, 2, std::numeric_limits<std::size_t>::max());
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(work.take(i), i * i);
}

}  // namespace
}  // namespace lore
