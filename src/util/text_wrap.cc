#include "util/text_wrap.h"

#include <algorithm>

#include "util/utf8.h"

namespace lore {

namespace {

constexpr std::string_view kBlanks = " \t";

/// Greedy line filling for one line of the text (no newline in it) at `offset`, which
/// is wider than `width`.
class ParagraphWrapper {
 public:
  ParagraphWrapper(std::string_view text, std::size_t offset, std::size_t width,
                   std::vector<LineRange>& lines)
      : text_(text), offset_(offset), width_(width), lines_(lines) {}

  void run() {
    const std::size_t first_word = text_.find_first_not_of(kBlanks);
    if (first_word == std::string_view::npos) {
      lines_.push_back({offset_, offset_});  // only blanks, wider than the line
      return;
    }
    // The line's own indentation starts it and hangs before each continued line, as
    // long as it leaves room for its longest word, or for half the line when a word is
    // longer than that (such a word is cut anyway): else every word would be cut.
    const std::size_t indent_columns = columns_after(text_.substr(0, first_word));
    if (indent_columns + std::min(longest_word(first_word), width_ / 2) <= width_ &&
        indent_columns < width_) {
      indent_length_ = first_word;
      indent_columns_ = indent_columns;
    }
    std::size_t pos = first_word;
    while (pos < text_.size()) {
      const std::size_t word_begin = text_.find_first_not_of(kBlanks, pos);
      if (word_begin == std::string_view::npos) break;
      std::size_t word_end = text_.find_first_of(kBlanks, word_begin);
      if (word_end == std::string_view::npos) word_end = text_.size();
      add_word(word_begin, word_end);
      pos = word_end;
    }
    finish_line();
  }

 private:
  /// The columns of the widest word from `pos` on.
  std::size_t longest_word(std::size_t pos) const {
    std::size_t longest = 0;
    while (pos < text_.size()) {
      const std::size_t begin = text_.find_first_not_of(kBlanks, pos);
      if (begin == std::string_view::npos) break;
      const std::size_t end = std::min(text_.find_first_of(kBlanks, begin), text_.size());
      longest = std::max(longest, utf8::display_width(text_.substr(begin, end - begin)));
      pos = end;
    }
    return longest;
  }

  void add_word(std::size_t begin, std::size_t end) {
    const std::size_t word_width = utf8::display_width(text_.substr(begin, end - begin));
    if (has_line_) {
      const std::size_t after_gap =
          columns_after(text_.substr(line_end_, begin - line_end_), column_);
      if (after_gap + word_width <= width_) {
        line_end_ = end;
        column_ = after_gap + word_width;
        return;
      }
      finish_line();
    }
    if (indent_columns_ + word_width <= width_) {
      start_line(begin, end, word_width);
      return;
    }
    split_long_word(begin, end);
  }

  /// A word wider than a line fills whole lines, cut between grapheme clusters.
  void split_long_word(std::size_t begin, std::size_t end) {
    std::size_t pos = begin;
    while (pos < end) {
      std::string_view rest = text_.substr(pos, end - pos);
      std::string_view piece = utf8::prefix_fitting(rest, width_ - indent_columns_);
      bool indented = true;
      if (piece.empty()) {
        // A grapheme too wide to follow the indentation starts a line without it; one
        // wider than the whole line still goes on a line of its own.
        indented = false;
        piece = utf8::prefix_fitting(rest, width_);
        if (piece.empty()) piece = rest.substr(0, utf8::next_grapheme(rest, 0));
      }
      start_line(pos, pos + piece.size(), utf8::display_width(piece), indented);
      pos += piece.size();
      if (pos < end) finish_line();
    }
  }

  /// The first line begins with the indentation; the others hang it before them.
  void start_line(std::size_t begin, std::size_t end, std::size_t width, bool indented = true) {
    has_line_ = true;
    line_indented_ = indented && indent_length_ > 0;
    line_begin_ = !emitted_ && line_indented_ ? 0 : begin;
    line_end_ = end;
    column_ = (line_indented_ ? indent_columns_ : 0) + width;
  }

  void finish_line() {
    if (!has_line_) return;
    LineRange line{offset_ + line_begin_, offset_ + line_end_};
    if (emitted_ && line_indented_) {
      line.indent_begin = offset_;
      line.indent_end = offset_ + indent_length_;
    }
    lines_.push_back(line);
    has_line_ = false;
    emitted_ = true;
  }

  std::string_view text_;
  std::size_t offset_;
  std::size_t width_;
  std::vector<LineRange>& lines_;
  std::size_t indent_length_ = 0;   // bytes of the indentation kept, 0 when dropped
  std::size_t indent_columns_ = 0;  // its columns
  bool has_line_ = false;
  bool line_indented_ = false;  // the line being filled has the indentation
  bool emitted_ = false;
  std::size_t line_begin_ = 0;
  std::size_t line_end_ = 0;
  std::size_t column_ = 0;  // where the line being filled ends, indentation included
};

}  // namespace

std::size_t columns_after(std::string_view text, std::size_t start) {
  std::size_t column = start;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = utf8::next_grapheme(text, pos);
    if (text[pos] == '\t') {
      column = (column / kTabStop + 1) * kTabStop;
    } else {
      column += static_cast<std::size_t>(utf8::grapheme_width(text.substr(pos, end - pos)));
    }
    pos = end;
  }
  return column;
}

std::vector<LineRange> wrap_text(std::string_view text, std::size_t width) {
  std::vector<LineRange> lines;
  std::size_t begin = 0;
  while (true) {
    std::size_t end = text.find('\n', begin);
    const bool last = end == std::string_view::npos;
    if (last) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    if (width == 0 || columns_after(line) <= width) {
      lines.push_back({begin, end});
    } else {
      ParagraphWrapper(line, begin, width, lines).run();
    }
    if (last) break;
    begin = end + 1;
  }
  return lines;
}

}  // namespace lore
