#include "core/toml_guard.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace lore {

namespace {

/// One pass over the bytes, tracking only what nesting depends on (open brackets,
/// whether a key is being read, and the dots of that key) and where strings and
/// comments are.
class NestingScanner {
 public:
  using HeaderSink = std::function<void(const TomlArrayHeader&)>;

  NestingScanner(std::string_view text, std::uint32_t limit, const HeaderSink* on_header)
      : text_(text), limit_(limit), on_header_(on_header) {}

  std::optional<TomlTextError> run() {
    if (text_.starts_with("\xEF\xBB\xBF")) {
      pos_ = 3;  // a byte order mark, which toml++ skips and no column counts
      columns_from_ = 3;
    }
    while (pos_ < text_.size() && !error_) step();
    return error_;
  }

 private:
  struct Frame {
    char open;            // '[' or '{'
    std::uint32_t level;  // how deep this bracket's contents are
  };

  std::uint32_t base() const { return frames_.empty() ? 0 : frames_.back().level; }
  bool in_array() const { return !frames_.empty() && frames_.back().open == '['; }
  bool at(std::string_view word) const { return text_.substr(pos_, word.size()) == word; }

  /// Moves past one byte, keeping count of lines.
  void advance() {
    if (text_[pos_++] == '\n') new_line();
  }

  /// Just past a newline.
  void new_line() {
    ++line_;
    line_offset_ = pos_;
    columns_from_ = pos_;
  }

  /// The column of pos_, counted in code points from 1; worked out only for an error,
  /// so that the scan itself need not look at every byte.
  std::uint32_t column() const {
    std::uint32_t column = 1;
    for (std::size_t at = columns_from_; at < pos_; ++at) {
      if ((static_cast<unsigned char>(text_[at]) & 0xC0) != 0x80) ++column;
    }
    return column;
  }

  void fail(std::string message) { error_ = TomlTextError{line_, column(), std::move(message)}; }

  void start_key() {
    in_key_ = true;
    dots_ = 0;
    line_empty_ = frames_.empty();
  }

  void step() {
    const char c = text_[pos_];
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '#') {
      const bool header_start = c == '[' && line_empty_ && frames_.empty() && !header_;
      line_empty_ = false;
      if (header_start) return open_header();
    }
    switch (c) {
      case '#': return skip_comment();
      case '"': return skip_string(at("\"\"\"") ? "\"\"\"" : "\"", true);
      case '\'': return skip_string(at("'''") ? "'''" : "'", false);
      case '\n': return newline();
      case '.': return dot();
      case '=': return equals();
      case '[':
      case '{': return open(c);
      case ']':
      case '}': return close();
      case ',': return comma();
      default:
        if (static_cast<unsigned char>(c) >= 0x80) {
          return fail("a character that is not ASCII outside a string or comment; quote it");
        }
        return advance();
    }
  }

  void skip_comment() { pos_ = std::min(text_.find('\n', pos_), text_.size()); }

  /// Past a string to its closing `quote`; a one-line string also ends at a newline
  /// (toml++ then reports it). Most of a dataset's bytes are in strings: this loop
  /// keeps its place in a local and stops only at the bytes that matter.
  void skip_string(std::string_view quote, bool escapes) {
    const bool multi_line = quote.size() == 3;
    const char mark = quote.front();
    const char* const text = text_.data();
    const std::size_t size = text_.size();
    pos_ += quote.size();
    while (pos_ < size) {
      std::size_t pos = pos_;
      while (pos < size && text[pos] != mark && text[pos] != '\n' && text[pos] != '\\') ++pos;
      pos_ = pos;
      if (pos_ == size) return;
      const char c = text[pos_];
      if (c == mark) {
        if (!at(quote)) {
          ++pos_;
          continue;
        }
        pos_ += quote.size();
        // """a"""" ends with the quotes that follow: they belong to the string.
        while (multi_line && pos_ < size && text[pos_] == mark) ++pos_;
        return;
      }
      if (c == '\n') {
        if (!multi_line) return;
        ++pos_;
        new_line();
        continue;
      }
      // A backslash: in a basic string it escapes the next byte, a newline too.
      if (escapes && pos_ + 1 < size) ++pos_;
      advance();
    }
  }

  void newline() {
    advance();
    if (frames_.empty()) {
      header_ = false;
      start_key();
    }
  }

  void open_header() {
    header_ = true;
    in_key_ = true;
    dots_ = 0;
    advance();
    if (pos_ < text_.size() && text_[pos_] == '[') {
      advance();
      if (on_header_ != nullptr) tell_header();
    }
  }

  /// Tells the sink of `[[name]]` when the name is one bare key: spaces, the name,
  /// spaces, "]]". Only reads ahead; the scan itself goes on as for any header.
  void tell_header() const {
    auto blanks = [&](std::size_t at) {
      while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t')) ++at;
      return at;
    };
    const std::size_t begin = blanks(pos_);
    std::size_t end = begin;
    while (end < text_.size() && is_bare_key_char(text_[end])) ++end;
    if (end == begin || text_.substr(blanks(end), 2) != "]]") return;
    (*on_header_)({line_offset_, line_, text_.substr(begin, end - begin)});
  }

  static bool is_bare_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  }

  void dot() {
    if (in_key_) {
      ++dots_;
      if (base() + dots_ + 1 > limit_) {
        return fail(fmt::format("too many dotted parts in a key (more than {})", limit_));
      }
    }
    advance();
  }

  void equals() {
    if (in_key_ && !header_) {
      in_key_ = false;
      value_level_ = base() + dots_ + 1;
    }
    advance();
  }

  void open(char bracket) {
    const std::uint32_t level = in_array() && !in_key_ ? base() + 1 : value_level_;
    if (level > limit_) return fail(fmt::format("nested too deeply (more than {} levels)", limit_));
    advance();
    frames_.push_back({bracket, level});
    if (bracket == '{') {
      start_key();
    } else {
      in_key_ = false;
      value_level_ = level + 1;
    }
  }

  void close() {
    advance();
    if (header_ && frames_.empty()) {
      if (pos_ < text_.size() && text_[pos_] == ']') advance();
      header_ = false;
      in_key_ = false;
      return;
    }
    if (!frames_.empty()) frames_.pop_back();
    in_key_ = false;
    value_level_ = base() + 1;
  }

  void comma() {
    advance();
    if (frames_.empty()) return;
    if (frames_.back().open == '{') {
      start_key();
    } else {
      value_level_ = base() + 1;
    }
  }

  std::string_view text_;
  std::uint32_t limit_;
  const HeaderSink* on_header_;
  std::size_t pos_ = 0;
  std::size_t line_offset_ = 0;   // where the current line begins
  std::size_t columns_from_ = 0;  // where its column 1 is: past a byte order mark
  std::uint32_t line_ = 1;
  std::vector<Frame> frames_;
  bool in_key_ = true;      // reading a key: dots separate its parts
  bool header_ = false;     // inside [table] or [[array]]
  bool line_empty_ = true;  // nothing but blanks so far on this line, outside brackets
  std::uint32_t dots_ = 0;
  std::uint32_t value_level_ = 1;  // the level a bracket opened now would have
  std::optional<TomlTextError> error_;
};

std::string_view trimmed(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

}  // namespace

std::pair<std::size_t, std::size_t> line_range(std::string_view text, std::size_t line) {
  std::size_t begin = 0;
  for (std::size_t at = 1; at < line; ++at) {
    begin = text.find('\n', begin);
    if (begin == std::string_view::npos) return {text.size(), text.size()};
    ++begin;
  }
  return {begin, std::min(text.find('\n', begin), text.size())};
}

std::string describe_toml_error(std::string_view line, std::string_view description) {
  const std::string_view whole = trimmed(line);
  const std::size_t equals = whole.find('=');
  const bool header = whole.starts_with('[');
  if (description.find("redefin") != std::string_view::npos) {
    if (header) return fmt::format("table {} is given twice", whole);
    if (equals != std::string_view::npos) {
      return fmt::format("'{}' is given twice (the first holds)", trimmed(whole.substr(0, equals)));
    }
  }
  if (!header && equals != std::string_view::npos && equals > 0) {
    const std::string_view value = trimmed(whole.substr(equals + 1));
    if (value.empty() || value.front() == '#') return "no value after '='";
    const char first = value.front();
    if ((first == '"' || first == '\'') && (value.size() < 2 || value.back() != first)) {
      return "the string is not closed on its line";
    }
    if (value == "yes" || value == "no" || value == "on" || value == "off") {
      return "a yes or no is written true or false";
    }
    const bool word = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
    if (word && value != "true" && value != "false" && !value.starts_with("inf") &&
        !value.starts_with("nan")) {
      return fmt::format("text must be quoted: \"{}\"", value);
    }
  }
  std::string text(description);
  // toml++ says "Error while parsing ...", as if the whole file were lost.
  constexpr std::string_view kPrefix = "Error while parsing ";
  if (text.starts_with(kPrefix)) text = "bad " + text.substr(kPrefix.size());
  return text;
}

std::optional<TomlTextError> check_toml_text(std::string_view text, std::uint32_t limit) {
  return NestingScanner(text, limit, nullptr).run();
}

std::optional<TomlTextError> check_toml_text(
    std::string_view text, const std::function<void(const TomlArrayHeader&)>& on_header,
    std::uint32_t limit) {
  return NestingScanner(text, limit, &on_header).run();
}

}  // namespace lore
