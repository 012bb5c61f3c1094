#include "quiz/progress.h"

#include <algorithm>
#include <limits>

namespace lore {

namespace {

/// One more, stopping at the type's maximum: a count that wrapped would make the
/// file look damaged (right above asked) and lose it.
void count_up(std::uint32_t& count) {
  if (count < std::numeric_limits<std::uint32_t>::max()) ++count;
}

}  // namespace

int review_interval_days(std::uint32_t box) {
  const std::uint32_t clamped = std::clamp<std::uint32_t>(box, 1, kTopBox);
  // A missed question is due again at once; a known one rests 2, 4, 8, 16 days.
  return clamped == 1 ? 0 : 1 << (clamped - 1);
}

const ProgressRecord* Progress::find(std::string_view id) const {
  const auto found = records_.find(id);
  return found == records_.end() ? nullptr : &found->second;
}

void Progress::record(const Outcome& outcome, std::chrono::year_month_day today) {
  ProgressRecord& record = records_[outcome.id];
  count_up(record.asked);
  if (outcome.right) {
    count_up(record.right);
    record.box = std::min(record.box + 1, kTopBox);
  } else {
    record.box = 1;
  }
  record.last_seen = today;
}

bool Progress::is_due(std::string_view id, std::chrono::year_month_day today) const {
  const ProgressRecord* record = find(id);
  if (record == nullptr || !record->last_seen) return false;
  const auto due = std::chrono::sys_days(*record->last_seen) +
                   std::chrono::days(review_interval_days(record->box));
  return due <= std::chrono::sys_days(today);
}

}  // namespace lore
