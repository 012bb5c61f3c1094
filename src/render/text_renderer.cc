#include "render/text_renderer.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/style.h"
#include "render/text_block.h"
#include "util/text_escape.h"
#include "util/utf8.h"

namespace lore {

namespace {

constexpr std::size_t kAttributionIndent = 4;
constexpr std::string_view kEllipsis = "…";

BlockLayout layout(const TextOptions& options, Style style = Style::plain, std::size_t indent = 0) {
  return {options.width, indent, style, options.color, options.highlight};
}

/// "-- SPEAKER, WORK"; empty when the quote has neither.
std::string attribution(const Entry& entry) {
  const std::string work = entry.dataset != nullptr ? entry.dataset->credit() : "";
  if (entry.speaker.empty() && work.empty()) return {};
  if (entry.speaker.empty()) return fmt::format("-- {}", work);
  if (work.empty()) return fmt::format("-- {}", entry.speaker);
  return fmt::format("-- {}, {}", entry.speaker, work);
}

/// DATASET:ID, as -c shows it and `show` accepts it.
std::string qualified_id(const Entry& entry) {
  const std::string dataset = entry.dataset != nullptr ? entry.dataset->id : "";
  return escape_controls(fmt::format("{}:{}", dataset, entry.id));
}

}  // namespace

std::string render_text(const Entry& entry, const TextOptions& options) {
  std::string out;
  if (options.show_source) {
    out += styled(fmt::format("({})", qualified_id(entry)), Style::label, options.color);
    out += '\n';
  }
  switch (entry.kind) {
    case Kind::quote:
      append_block(out, entry.text, layout(options));
      if (const std::string credit = attribution(entry); !credit.empty()) {
        append_block(out, credit, layout(options, Style::attribution, kAttributionIndent));
      }
      break;
    case Kind::trivia:
      if (options.ask_questions && !entry.question.empty()) {
        append_block(out, entry.question, layout(options, Style::heading));
        append_block(out, fmt::format("Answer: {}", entry.answer), layout(options));
      } else {
        append_block(out, entry.fact, layout(options));
      }
      break;
    case Kind::scene:
    case Kind::egg:
      append_block(out, entry.title, layout(options, Style::heading));
      append_block(out, entry.body(), layout(options));
      break;
  }
  return out;
}

std::string_view headline_text(const Entry& entry) {
  return entry.kind == Kind::scene || entry.kind == Kind::egg ? entry.title : entry.body();
}

std::string_view summary_text(const Entry& entry) {
  const std::string_view text = headline_text(entry);
  return text.substr(0, text.find('\n'));
}

std::string summarize(const Entry& entry) {
  return escape_controls(summary_text(entry));
}

std::string render_line(const Entry& entry, std::size_t id_width, const TextOptions& options) {
  const std::string id = options.show_source ? qualified_id(entry) : escape_controls(entry.id);
  const std::string_view kind = kind_name(entry.kind);
  const std::size_t id_columns = utf8::display_width(id);
  const std::size_t padding = id_width > id_columns ? id_width - id_columns : 0;
  constexpr std::size_t kKindColumns = 6;  // "trivia", the longest kind name
  std::string out = styled(id, Style::id, options.color);
  out.append(padding + 2, ' ');
  out += styled(kind, Style::kind, options.color);
  out.append(kKindColumns - kind.size() + 2, ' ');

  std::string summary = summarize(entry);
  // A tab has no width of its own on one line; a space keeps the columns countable.
  std::replace(summary.begin(), summary.end(), '\t', ' ');
  const std::size_t used = id_columns + padding + 2 + kKindColumns + 2;
  if (options.width > 0) {
    const std::size_t room = options.width > used ? options.width - used : 0;
    if (utf8::display_width(summary) > room) {
      const std::size_t keep = room > 0 ? room - 1 : 0;  // the ellipsis takes one column
      summary = std::string(utf8::prefix_fitting(summary, keep));
      if (room > 0) summary += kEllipsis;
    }
  }
  // No room for any of it (a narrow width, long ids): no padding left hanging.
  if (summary.empty()) return out.erase(out.find_last_not_of(' ') + 1);
  out += summary;
  return out;
}

}  // namespace lore
