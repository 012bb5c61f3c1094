#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace lore {

/// Runs job(0), job(1), ... job(count - 1) on worker threads, a bounded number of jobs
/// ahead of the reader, and hands the results back in that order: a pipeline whose
/// output never depends on the threads. With no workers, take() runs each job itself.
template <typename Result>
class OrderedWork {
  // A worker moves each result into place under the lock, where a throw would end the
  // program.
  static_assert(std::is_nothrow_move_constructible_v<Result> &&
                std::is_nothrow_move_assignable_v<Result>);

 public:
  using Job = std::function<Result(std::size_t)>;

  /// Starts `workers` threads (none: jobs run in take()); a job starts fewer than
  /// `ahead` places past the one being taken, so at most `ahead` results wait at once.
  OrderedWork(std::size_t count, Job job, unsigned workers, std::size_t ahead)
      : job_(std::move(job)), slots_(count), ahead_(std::max<std::size_t>(ahead, 1)) {
    const std::size_t threads = std::min<std::size_t>(workers, count);
    threads_.reserve(threads);
    for (std::size_t i = 0; i < threads; ++i) {
      try {
        threads_.emplace_back([this] { work(); });
      } catch (...) {
        break;  // no more threads to be had (system_error, bad_alloc): those started work
      }
    }
  }

  OrderedWork(const OrderedWork&) = delete;
  OrderedWork& operator=(const OrderedWork&) = delete;

  /// Lets running jobs finish, starts no more, and joins the threads.
  ~OrderedWork() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

  /// The result of job(i), waiting for it; `i` is 0 the first time and one more each
  /// time after. Throws what the job threw.
  Result take(std::size_t i) {
    if (threads_.empty()) return job_(i);
    std::unique_lock lock(mutex_);
    taking_ = i;
    changed_.notify_all();
    changed_.wait(lock, [&] { return slots_[i].done; });
    Slot slot = std::move(slots_[i]);
    lock.unlock();
    if (slot.failure) std::rethrow_exception(slot.failure);
    return std::move(*slot.result);
  }

 private:
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr failure;
    bool done = false;
  };

  void work() {
    std::unique_lock lock(mutex_);
    while (true) {
      // next_ >= taking_: take(i) returns only once job i has been claimed.
      changed_.wait(
          lock, [&] { return stopping_ || (next_ < slots_.size() && next_ - taking_ < ahead_); });
      if (stopping_) return;
      const std::size_t i = next_++;
      lock.unlock();
      Slot slot;
      try {
        slot.result.emplace(job_(i));
      } catch (...) {
        slot.failure = std::current_exception();
      }
      slot.done = true;
      lock.lock();
      slots_[i] = std::move(slot);
      changed_.notify_all();
    }
  }

  Job job_;
  std::vector<Slot> slots_;
  std::size_t ahead_;
  std::mutex mutex_;
  std::condition_variable changed_;  // a job claimed or done, a result wanted, a stop
  std::size_t next_ = 0;             // the next job to claim
  std::size_t taking_ = 0;           // the job whose result is wanted now
  bool stopping_ = false;
  std::vector<std::thread> threads_;  // last: started once the rest is set
};

}  // namespace lore
