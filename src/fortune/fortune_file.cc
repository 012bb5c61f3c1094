#include "fortune/fortune_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/entry_id.h"
#include "util/random.h"
#include "util/text_wrap.h"
#include "util/utf8.h"

namespace lore {

namespace {

/// What the dataset loader counts as an empty field, so a cookie it would refuse is
/// the cookie this file skips.
constexpr std::string_view kBlank = " \t\r\n";
constexpr std::string_view kAttributionMark = "-- ";
constexpr std::size_t kIdWords = 4;
constexpr std::size_t kIdWordsLength = 32;

bool is_blank(std::string_view text) {
  return text.find_first_not_of(kBlank) == std::string_view::npos;
}

std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else {
      out += static_cast<char>(0xC0U | (byte >> 6U));
      out += static_cast<char>(0x80U | (byte & 0x3FU));
    }
  }
  return out;
}

/// Replaces every CR LF with LF, a run of CRs before an LF with it, and drops a run of
/// CRs that ends the file (a stray CR kept before a line end, or at the end of the last
/// cookie, would read back as CR LF, and a round trip would change the text); true when
/// there was one.
bool convert_crlf(std::string& text) {
  std::size_t kept = 0;
  bool converted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      const std::size_t end = text.find_first_not_of('\r', i);
      if (end == std::string::npos) {
        converted = true;
        break;
      }
      if (text[end] == '\n') {
        converted = true;
        i = end - 1;  // the LF comes next
        continue;
      }
    }
    text[kept++] = text[i];
  }
  text.resize(kept);
  return converted;
}

char rotate13(char c) {
  if (c >= 'a' && c <= 'z') return static_cast<char>('a' + (c - 'a' + 13) % 26);
  if (c >= 'A' && c <= 'Z') return static_cast<char>('A' + (c - 'A' + 13) % 26);
  return c;
}

bool is_separator(std::string_view line) {
  return line == "%" || line == "%\r";
}

/// The text between separator lines, each piece with its final newline. The first
/// piece is empty when the file starts with a separator; nothing follows a final one.
std::vector<std::string_view> split_cookies(std::string_view text) {
  std::vector<std::string_view> pieces;
  std::size_t cookie_start = 0;
  for (std::size_t line_start = 0; line_start < text.size();) {
    const std::size_t newline = text.find('\n', line_start);
    const std::size_t line_end = newline == std::string_view::npos ? text.size() : newline;
    const std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    if (is_separator(text.substr(line_start, line_end - line_start))) {
      pieces.push_back(text.substr(cookie_start, line_start - cookie_start));
      cookie_start = next;
    }
    line_start = next;
  }
  if (cookie_start < text.size()) pieces.push_back(text.substr(cookie_start));
  return pieces;
}

/// Whether every line end of `bytes` is CR LF, and there is at least one.
bool has_only_crlf_line_ends(std::string_view bytes) {
  std::size_t newline = bytes.find('\n');
  if (newline == std::string_view::npos) return false;
  for (; newline != std::string_view::npos; newline = bytes.find('\n', newline + 1)) {
    if (newline == 0 || bytes[newline - 1] != '\r') return false;
  }
  return true;
}

/// The name in an attribution line "-- Name" indented with spaces or tabs, as fortune's
/// files have them: an "-- " line at the line start is the cookie's own text (a
/// sentence that goes on from the line before, as in Debian's `politics`). A name with
/// space around it stays in the text, so that exporting gives the line back unchanged.
std::optional<std::string_view> attribution_name(std::string_view line) {
  const std::size_t start = line.find_first_not_of(" \t");
  if (start == 0 || start == std::string_view::npos) return std::nullopt;
  line.remove_prefix(start);
  if (!line.starts_with(kAttributionMark)) return std::nullopt;
  const std::string_view name = line.substr(kAttributionMark.size());
  if (is_blank(name) || kBlank.find(name.front()) != std::string_view::npos ||
      kBlank.find(name.back()) != std::string_view::npos) {
    return std::nullopt;
  }
  return name;
}

FortuneCookie make_cookie(std::string_view piece) {
  if (piece.ends_with('\n')) piece.remove_suffix(1);
  const std::size_t newline = piece.rfind('\n');
  const std::string_view last_line =
      newline == std::string_view::npos ? piece : piece.substr(newline + 1);
  const std::string_view before =
      newline == std::string_view::npos ? std::string_view() : piece.substr(0, newline);
  const auto speaker = attribution_name(last_line);
  if (speaker && !is_blank(before)) return {std::string(before), std::string(*speaker)};
  return {std::string(piece), ""};
}

/// The columns `indent` (spaces and tabs) takes, with tab stops every 8 columns.
std::size_t indent_columns(std::string_view indent) {
  constexpr std::size_t kTabStop = 8;
  std::size_t columns = 0;
  for (const char c : indent)
    columns = c == '\t' ? (columns / kTabStop + 1) * kTabStop : columns + 1;
  return columns;
}

/// Appends `line` and a newline; a line wider than `width` columns (0: no limit) is
/// wrapped at spaces by the shared wrapper, each piece indented as the line is.
void append_wrapped(std::string& out, std::string_view line, std::size_t width) {
  // A line indented almost to the width still gets this much room.
  constexpr std::size_t kLeastRoom = 20;
  const std::size_t text_start = std::min(line.find_first_not_of(" \t"), line.size());
  const std::string_view indent = line.substr(0, text_start);
  const std::string_view rest = line.substr(text_start);
  const std::size_t indent_width = indent_columns(indent);
  if (width == 0 || indent_width + utf8::display_width(rest) <= width) {
    out += line;
    out += '\n';
    return;
  }
  const std::size_t room = std::max(width > indent_width ? width - indent_width : 0, kLeastRoom);
  for (const LineRange& piece : wrap_text(rest, room)) {
    out += indent;
    out += rest.substr(piece.begin, piece.end - piece.begin);
    out += '\n';
  }
}

/// Appends each line of `text`, wrapped at `width`.
void append_lines(std::string& out, std::string_view text, std::size_t width) {
  for (std::size_t start = 0;;) {
    const std::size_t newline = text.find('\n', start);
    append_wrapped(out, text.substr(start, newline - start), width);
    if (newline == std::string_view::npos) return;
    start = newline + 1;
  }
}

/// The lines of `entry`'s cookie, each ending in a newline, without the "%" line.
std::string cookie_lines(const Entry& entry, std::size_t width) {
  if (entry.dataset != nullptr && entry.dataset->preformatted) width = 0;
  std::string out;
  switch (entry.kind) {
    case Kind::quote: append_lines(out, entry.text, width); break;
    case Kind::trivia:
      if (!entry.question.empty()) append_lines(out, entry.question, width);
      append_lines(out, entry.fact, width);
      break;
    case Kind::scene:
    case Kind::egg:
      append_lines(out, entry.title, width);
      append_lines(out, entry.body(), width);
      break;
  }
  if (entry.kind == Kind::quote && !entry.speaker.empty()) {
    out += "\t\t";
    out += kAttributionMark;
    out += entry.speaker;  // never wrapped: the whole line is the attribution
    out += '\n';
  }
  return out;
}

/// Whether `cookie` has a line that readers take as the end of the cookie ("%", and
/// "%" before a CR, which lore reads so). With `escape`, such lines become " %".
bool mark_percent_lines(std::string& cookie, bool escape) {
  bool found = false;
  std::string out;
  for (std::size_t start = 0; start < cookie.size();) {
    std::size_t next = cookie.find('\n', start);
    next = next == std::string::npos ? cookie.size() : next + 1;
    const std::string_view line = std::string_view(cookie).substr(start, next - start);
    if (is_separator(line.substr(0, line.find('\n')))) {
      found = true;
      if (escape) out += ' ';
    }
    out += line;
    start = next;
  }
  if (escape) cookie = std::move(out);
  return found;
}

std::string with_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string_view without_extension(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return name;
  return name.substr(0, dot);
}

}  // namespace

ParsedFortune parse_fortune(std::string_view bytes, bool rot13) {
  ParsedFortune parsed;
  std::string text;
  if (utf8::is_valid(bytes)) {
    text = std::string(bytes);
  } else {
    text = latin1_to_utf8(bytes);
    parsed.converted_from_latin1 = true;
  }
  parsed.crlf_line_ends = has_only_crlf_line_ends(text);
  parsed.converted_crlf = convert_crlf(text);
  if (rot13) {
    for (char& c : text) c = rotate13(c);
  }
  const std::vector<std::string_view> pieces = split_cookies(text);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i == 0 && pieces[i].empty()) continue;  // a leading "%" line opens no cookie
    if (is_blank(pieces[i])) {
      ++parsed.skipped_empty;
      continue;
    }
    parsed.cookies.push_back(make_cookie(pieces[i]));
  }
  return parsed;
}

std::optional<std::string> binary_file_reason(std::string_view bytes) {
  // strfile's header: a big-endian version (1 or 2), then counts, lengths and flags
  // (u32 each) and the delimiter.
  constexpr std::size_t kStrfileHeader = 24;
  if (bytes.size() >= kStrfileHeader && bytes.substr(0, 3) == std::string_view("\0\0\0", 3) &&
      (bytes[3] == 1 || bytes[3] == 2)) {
    return "a strfile index (.dat), not a fortune file";
  }
  if (bytes.find('\0') != std::string_view::npos) {
    return "a binary file (it has NUL bytes), not a fortune file";
  }
  return std::nullopt;
}

FortuneText write_fortune(const std::vector<const Entry*>& entries,
                          const FortuneWriteOptions& options) {
  FortuneText result;
  bool crlf = !entries.empty();
  for (const Entry* entry : entries) {
    crlf = crlf && entry->dataset != nullptr && entry->dataset->crlf;
    std::string cookie = cookie_lines(*entry, options.width);
    if (mark_percent_lines(cookie, options.escape_percent)) result.percent_lines.push_back(entry);
    result.text += cookie;
    result.text += "%\n";
  }
  if (crlf) result.text = with_crlf(result.text);
  return result;
}

std::string cookie_id(const FortuneCookie& cookie) {
  // The speaker is hashed as the exported line reads, so re-importing an export
  // gives the same ids whatever the attribution's indentation was.
  std::string hashed = cookie.text;
  if (!cookie.speaker.empty()) hashed += fmt::format("\n{}{}", kAttributionMark, cookie.speaker);
  const std::string hash = fmt::format("{:06x}", stable_hash(hashed) & 0xFFFFFFU);
  const std::string words = kebab_words(cookie.text, kIdWords, kIdWordsLength);
  return fmt::format("{}-{}", words.empty() ? "cookie" : words, hash);
}

Dataset cookies_to_dataset(DatasetInfo info, const std::vector<FortuneFile>& files) {
  // A cookie's lines are laid out by hand, and its file is no work to credit it to.
  info.preformatted = true;
  info.collection = true;
  Dataset dataset(std::move(info));
  std::set<std::string, std::less<>> taken;
  // The next suffix to try for each base id: counting from -2 again for every
  // duplicate made 10,000 duplicates take minutes.
  std::map<std::string, int, std::less<>> next_copy;
  for (const FortuneFile& file : files) {
    const std::string_view source = dataset.store(file.name);
    for (const FortuneCookie& cookie : file.cookies) {
      const std::string base = cookie_id(cookie);
      std::string id = base;
      if (taken.contains(id)) {
        int& copy = next_copy.try_emplace(base, 2).first->second;
        do {
          id = fmt::format("{}-{}", base, copy++);
        } while (taken.contains(id));
      }
      taken.insert(id);
      Entry entry;
      entry.kind = Kind::quote;
      entry.id = dataset.store(id);
      entry.text = dataset.store(cookie.text);
      if (!cookie.speaker.empty()) entry.speaker = dataset.store(cookie.speaker);
      entry.source = source;
      dataset.add(std::move(entry));
    }
  }
  return dataset;
}

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string dataset_id_for(std::string_view path) {
  std::string id = kebab_words(without_extension(base_name(path)));
  return id.empty() ? "fortunes" : id;
}

}  // namespace lore
