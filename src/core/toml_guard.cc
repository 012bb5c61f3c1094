#include "core/toml_guard.h"

#include <fmt/format.h>

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
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // a byte order mark, which toml++ skips
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

  /// Moves past one byte, keeping line and column (columns count code points).
  void advance() {
    const char c = text_[pos_++];
    if (c == '\n') {
      ++line_;
      column_ = 1;
      line_offset_ = pos_;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column_;
    }
  }

  void fail(std::string message) { error_ = TomlTextError{line_, column_, std::move(message)}; }

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

  void skip_comment() {
    while (pos_ < text_.size() && text_[pos_] != '\n') advance();
  }

  /// Past a string to its closing `quote`; a one-line string also ends at a newline
  /// (toml++ then reports it).
  void skip_string(std::string_view quote, bool escapes) {
    const bool multi_line = quote.size() == 3;
    for (std::size_t i = 0; i < quote.size(); ++i) advance();
    while (pos_ < text_.size()) {
      if (text_[pos_] == quote.front() && at(quote)) {
        for (std::size_t i = 0; i < quote.size(); ++i) advance();
        // """a"""" ends with the quotes that follow: they belong to the string.
        while (multi_line && pos_ < text_.size() && text_[pos_] == quote[0]) advance();
        return;
      }
      if (!multi_line && text_[pos_] == '\n') return;
      if (escapes && text_[pos_] == '\\' && pos_ + 1 < text_.size()) advance();
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
  std::size_t line_offset_ = 0;  // where the current line begins
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
  std::vector<Frame> frames_;
  bool in_key_ = true;      // reading a key: dots separate its parts
  bool header_ = false;     // inside [table] or [[array]]
  bool line_empty_ = true;  // nothing but blanks so far on this line, outside brackets
  std::uint32_t dots_ = 0;
  std::uint32_t value_level_ = 1;  // the level a bracket opened now would have
  std::optional<TomlTextError> error_;
};

}  // namespace

std::optional<TomlTextError> check_toml_text(std::string_view text, std::uint32_t limit) {
  return NestingScanner(text, limit, nullptr).run();
}

std::optional<TomlTextError> check_toml_text(
    std::string_view text, const std::function<void(const TomlArrayHeader&)>& on_header,
    std::uint32_t limit) {
  return NestingScanner(text, limit, &on_header).run();
}

}  // namespace lore
