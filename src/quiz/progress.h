#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lore {

/// How one question has gone so far, with its Leitner box (1: missed, ask again at once,
/// up to kTopBox: well known).
struct ProgressRecord {
  std::uint32_t asked = 0;
  std::uint32_t right = 0;
  std::uint32_t box = 1;
  std::optional<std::chrono::year_month_day> last_seen;
  bool operator==(const ProgressRecord&) const = default;
};

inline constexpr std::uint32_t kTopBox = 5;

/// The days a question in `box` rests before it is due again: 0 (a missed question is
/// due at once), then 2, 4, 8, 16.
int review_interval_days(std::uint32_t box);

/// One answered question of a quiz, to be recorded.
struct Outcome {
  std::string id;
  bool right = false;
};

/// The quiz history of every question, by question id.
class Progress {
 public:
  const ProgressRecord* find(std::string_view id) const;

  /// Records an answer: a right one moves the question up a box, a wrong one back to
  /// box 1.
  void record(const Outcome& outcome, std::chrono::year_month_day today);

  /// True when the question was seen and its box's interval has passed by `today`: a
  /// question in box 1 (missed) is due the moment it was missed.
  bool is_due(std::string_view id, std::chrono::year_month_day today) const;

  void set(std::string id, ProgressRecord record) { records_[std::move(id)] = record; }
  const std::map<std::string, ProgressRecord, std::less<>>& records() const { return records_; }

 private:
  std::map<std::string, ProgressRecord, std::less<>> records_;
};

}  // namespace lore
