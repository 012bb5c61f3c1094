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

std::optional<std::uint32_t> read_count(const toml::table& table, std::string_view key) {
  const auto* value = table.get_as<std::int64_t>(key);
  if (value == nullptr || value->get() < 0 || value->get() > UINT32_MAX) return std::nullopt;
  return static_cast<std::uint32_t>(value->get());
}

}  // namespace

std::string default_progress_path(const std::optional<std::string>& xdg_state_home,
                                  const std::optional<std::string>& home) {
  const std::string base = xdg_base(xdg_state_home, home, ".local/state");
  return base.empty() ? "" : base + "/lore/progress.toml";
}

Expected<Progress, std::string> parse_progress(std::string_view text) {
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
    const toml::table* table = node.as_table();
    if (table == nullptr) return unexpected(fmt::format("question '{}' is not a table", id.str()));
    ProgressRecord record;
    const auto asked = read_count(*table, "asked");
    const auto right = read_count(*table, "right");
    const auto box = read_count(*table, "box");
    if (!asked || !right || !box || *right > *asked || *box < 1 || *box > kTopBox) {
      return unexpected(fmt::format("question '{}' has bad counts", id.str()));
    }
    record.asked = *asked;
    record.right = *right;
    record.box = *box;
    if (const auto* seen = table->get_as<toml::date>("last_seen")) {
      const toml::date date = seen->get();
      record.last_seen = std::chrono::year_month_day{
          std::chrono::year{date.year}, std::chrono::month{date.month}, std::chrono::day{date.day}};
    }
    progress.set(std::string(id.str()), record);
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
  auto progress = parse_progress(*content);
  if (progress) return std::move(*progress);
  const std::string aside = path_ + ".corrupt";
  if (files_.rename(path_, aside)) {
    warnings.push_back(fmt::format("{} is damaged ({}); moved it to {} and started afresh", path_,
                                   progress.error(), aside));
  } else {
    warnings.push_back(fmt::format("{} is damaged ({}); ignoring it", path_, progress.error()));
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
  Progress progress = load(warnings);  // what other quizzes saved meanwhile
  for (const Outcome& outcome : outcomes) progress.record(outcome, today);
  auto written = files_.write_atomically(path_, serialize_progress(progress));
  if (!written) {
    return unexpected(SaveError{
        fmt::format("cannot write {}: {}", written.error().path, written.error().reason)});
  }
  return {};
}

}  // namespace lore
