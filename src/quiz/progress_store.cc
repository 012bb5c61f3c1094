#include "quiz/progress_store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>

#include "core/toml_guard.h"
#include "util/file_system.h"
#include "util/utf8.h"
#include "util/xdg.h"

namespace lore {

namespace {

/// Where `node` stands, or where `fallback` does when `node` is missing.
ProgressProblem problem_at(const toml::node* node, const toml::node& fallback,
                           std::string message) {
  const toml::source_region& where = (node != nullptr ? *node : fallback).source();
  return {static_cast<std::size_t>(where.begin.line), static_cast<std::size_t>(where.begin.column),
          std::move(message)};
}

/// A count of the record `table`: a whole number from 0 to UINT32_MAX, else a problem.
std::optional<std::uint32_t> read_count(const toml::table& table, std::string_view key,
                                        std::string_view id,
                                        std::vector<ProgressProblem>& problems) {
  const toml::node* node = table.get(key);
  const auto* value = node != nullptr ? node->as_integer() : nullptr;
  if (value == nullptr || value->get() < 0 || value->get() > UINT32_MAX) {
    problems.push_back(
        problem_at(node, table,
                   fmt::format("question '{}': {} {}; record dropped", id, key,
                               node == nullptr ? "is missing"
                                               : "is not a whole number from 0 to 4294967295")));
    return std::nullopt;
  }
  return static_cast<std::uint32_t>(value->get());
}

/// One record, mended where it can be; nothing when it must be dropped.
std::optional<ProgressRecord> read_record(std::string_view id, const toml::node& node,
                                          std::vector<ProgressProblem>& problems) {
  const toml::table* table = node.as_table();
  if (table == nullptr) {
    problems.push_back(
        problem_at(&node, node, fmt::format("question '{}' is not a table; dropped", id)));
    return std::nullopt;
  }
  const auto asked = read_count(*table, "asked", id, problems);
  const auto right = read_count(*table, "right", id, problems);
  const toml::node* box_node = table->get("box");
  const auto* box = box_node != nullptr ? box_node->as_integer() : nullptr;
  if (box == nullptr) {
    problems.push_back(
        problem_at(box_node, *table,
                   fmt::format("question '{}': box {}; record dropped", id,
                               box_node == nullptr ? "is missing" : "is not a whole number")));
  }
  const toml::node* seen_node = table->get("last_seen");
  const auto* seen = seen_node != nullptr ? seen_node->as_date() : nullptr;
  if (seen_node != nullptr && seen == nullptr) {
    problems.push_back(problem_at(
        seen_node, *table,
        fmt::format("question '{}': last_seen is not a date (YYYY-MM-DD); record dropped", id)));
    return std::nullopt;
  }
  if (!asked || !right || box == nullptr) return std::nullopt;
  ProgressRecord record;
  record.asked = *asked;
  record.right = *right;
  if (record.right > record.asked) {
    problems.push_back(
        problem_at(table->get("right"), *table,
                   fmt::format("question '{}': right ({}) is more than asked ({}); read as {}", id,
                               record.right, record.asked, record.asked)));
    record.right = record.asked;
  }
  const std::int64_t box_value = box->get();
  record.box = static_cast<std::uint32_t>(std::clamp<std::int64_t>(box_value, 1, kTopBox));
  if (box_value != static_cast<std::int64_t>(record.box)) {
    problems.push_back(problem_at(box_node, *table,
                                  fmt::format("question '{}': box {} is out of range (1 to {}); "
                                              "read as {}",
                                              id, box_value, kTopBox, record.box)));
  }
  if (seen != nullptr) {
    const toml::date date = seen->get();
    record.last_seen = std::chrono::year_month_day{
        std::chrono::year{date.year}, std::chrono::month{date.month}, std::chrono::day{date.day}};
  }
  return record;
}

}  // namespace

std::string default_progress_path(const std::optional<std::string>& xdg_state_home,
                                  const std::optional<std::string>& home) {
  const std::string base = xdg_base(xdg_state_home, home, ".local/state");
  return base.empty() ? "" : base + "/lore/progress.toml";
}

Expected<Progress, std::string> parse_progress(std::string_view text) {
  std::vector<ProgressProblem> problems;
  return parse_progress(text, problems);
}

Expected<Progress, std::string> parse_progress(std::string_view text,
                                               std::vector<ProgressProblem>& problems) {
  if (auto deep = check_toml_text(text)) {
    return unexpected(fmt::format("line {}: {}", deep->line, deep->message));
  }
  toml::table root;
  try {
    root = toml::parse(text);
  } catch (const toml::parse_error& error) {
    return unexpected(fmt::format("line {}: {}", error.source().begin.line, error.description()));
  }
  Progress progress;
  const toml::node* questions = root.get("questions");
  if (questions == nullptr) return progress;
  if (!questions->is_table()) return unexpected(std::string("'questions' is not a table"));
  for (auto&& [id, node] : *questions->as_table()) {
    if (auto record = read_record(id.str(), node, problems)) {
      progress.set(std::string(id.str()), *record);
    }
  }
  return progress;
}

std::string progress_key(std::string_view id) {
  const bool bare = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
  if (bare) return std::string(id);
  std::string out = "\"";
  for (std::size_t pos = 0, length = 0; pos < id.size(); pos += length) {
    const char32_t code_point = utf8::decode(id, pos, length);
    switch (code_point) {
      case U'"': out += "\\\""; break;
      case U'\\': out += "\\\\"; break;
      default:
        if (code_point >= 0x20 && code_point < 0x7F) {
          out += static_cast<char>(code_point);
        } else if (code_point <= 0xFFFF) {
          out += fmt::format("\\u{:04X}", static_cast<std::uint32_t>(code_point));
        } else {
          out += fmt::format("\\U{:08X}", static_cast<std::uint32_t>(code_point));
        }
    }
  }
  return out + "\"";
}

std::string serialize_progress(const Progress& progress) {
  // Written by hand, not by toml++: its writer leaves some keys (with ', a tab or a
  // newline) unquoted or badly quoted, and the next load would find the file damaged.
  std::string out = "# lore quiz progress, written by `lore quiz`; deleting it starts afresh.\n";
  out += "[questions]\n";
  for (const auto& [id, record] : progress.records()) {
    out += fmt::format("\n[questions.{}]\nasked = {}\nright = {}\nbox = {}\n", progress_key(id),
                       record.asked, record.right, record.box);
    if (record.last_seen) {
      const auto& day = *record.last_seen;
      out += fmt::format("last_seen = {:04}-{:02}-{:02}\n", static_cast<int>(day.year()),
                         static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    }
  }
  return out;
}

Progress ProgressStore::load(std::vector<std::string>& warnings) const {
  return load_file(warnings, false);
}

Expected<std::string, std::string> ProgressStore::move_aside() const {
  // The first free PATH.corrupt.N: two damaged files in a row leave two backups. Taken
  // under the lock, so two quizzes cannot pick one name.
  constexpr int kMostBackups = 10000;
  for (int n = 1; n <= kMostBackups; ++n) {
    const std::string aside = fmt::format("{}.corrupt.{}", path_, n);
    auto taken = files_.stat(aside);
    if (taken && *taken == PathType::missing && !files_.dangling_link_target(aside)) {
      auto moved = files_.rename(path_, aside);
      if (!moved) return unexpected(moved.error().reason);
      return aside;
    }
  }
  return unexpected(fmt::format("{} backups are there already", kMostBackups));
}

Progress ProgressStore::load_file(std::vector<std::string>& warnings, bool locked) const {
  const PathType type = files_.type_of(path_);
  if (type == PathType::missing) return {};  // no progress yet
  if (type == PathType::fifo) {              // reading one would wait for a writer
    warnings.push_back(fmt::format("{} is not a regular file; not read", path_));
    return {};
  }
  auto content = files_.read(path_);
  if (!content) {
    warnings.push_back(fmt::format("cannot read {}: {}", path_, content.error().reason));
    return {};
  }
  std::vector<ProgressProblem> problems;
  auto progress = parse_progress(*content, problems);
  if (progress) {
    for (const ProgressProblem& problem : problems) {
      warnings.push_back(
          fmt::format("{}:{}:{}: {}", path_, problem.line, problem.column, problem.message));
    }
    return std::move(*progress);
  }
  if (!locked) {
    // Moved aside only under the lock, and only if it is still damaged then: another
    // quiz may have replaced it meanwhile.
    auto lock = files_.lock(path_ + ".lock");
    if (lock) return load_file(warnings, true);
    warnings.push_back(fmt::format("{} is damaged ({}); ignoring it", path_, progress.error()));
    return {};
  }
  auto aside = move_aside();
  if (aside) {
    warnings.push_back(fmt::format("{} is damaged ({}); moved it to {} and started afresh", path_,
                                   progress.error(), *aside));
  } else {
    warnings.push_back(fmt::format("{} is damaged ({}); ignoring it (not moved aside: {})", path_,
                                   progress.error(), aside.error()));
  }
  return {};
}

Expected<void, ProgressStore::SaveError> ProgressStore::save(
    const std::vector<Outcome>& outcomes, std::chrono::year_month_day today,
    std::vector<std::string>& warnings) const {
  if (outcomes.empty()) return {};
  auto folder = files_.make_directories(parent_directory(path_), 0700);
  if (!folder) {
    return unexpected(SaveError{
        fmt::format("cannot create folder {}: {}", folder.error().path, folder.error().reason)});
  }
  auto replaceable = files_.check_replaceable(path_);
  if (!replaceable) {
    return unexpected(SaveError{
        fmt::format("cannot write {}: {}", replaceable.error().path, replaceable.error().reason)});
  }
  auto lock = files_.lock(path_ + ".lock");
  if (!lock) {
    return unexpected(
        SaveError{fmt::format("cannot lock {}: {}", lock.error().path, lock.error().reason), true});
  }
  // A file that is there but cannot be read must not be replaced by this quiz alone.
  if (files_.type_of(path_) != PathType::missing) {
    auto readable = files_.read(path_);
    if (!readable) {
      return unexpected(
          SaveError{fmt::format("cannot read {}: {}", path_, readable.error().reason)});
    }
  }
  Progress progress = load_file(warnings, true);  // what other quizzes saved meanwhile
  for (const Outcome& outcome : outcomes) progress.record(outcome, today);
  auto written = files_.write_atomically(path_, serialize_progress(progress));
  if (!written) {
    return unexpected(SaveError{
        fmt::format("cannot write {}: {}", written.error().path, written.error().reason)});
  }
  return {};
}

}  // namespace lore

namespace lore {

void ProgressRecorder::record(Outcome outcome, std::vector<std::string>& warnings) {
  pending_.push_back(std::move(outcome));
  (void)flush(warnings);
}

Expected<void, ProgressStore::SaveError> ProgressRecorder::finish(
    std::vector<std::string>& warnings) {
  return flush(warnings);
}

Expected<void, ProgressStore::SaveError> ProgressRecorder::flush(
    std::vector<std::string>& warnings) {
  if (pending_.empty()) return {};
  auto saved = store_.save(pending_, today_, warnings);
  ++saves_;
  if (saved) pending_.clear();
  return saved;
}

}  // namespace lore
