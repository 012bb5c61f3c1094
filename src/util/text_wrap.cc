#include "util/text_wrap.h"

#include "util/utf8.h"

namespace lore {

namespace {

/// Greedy line filling for one paragraph (text without newlines) at `offset`.
class ParagraphWrapper {
 public:
  ParagraphWrapper(std::string_view text, std::size_t offset, std::size_t width,
                   std::vector<LineRange>& lines)
      : text_(text), offset_(offset), width_(width), lines_(lines) {}

  void run() {
    std::size_t pos = 0;
    while (pos < text_.size()) {
      const std::size_t word_begin = text_.find_first_not_of(' ', pos);
      if (word_begin == std::string_view::npos) break;
      std::size_t word_end = text_.find(' ', word_begin);
      if (word_end == std::string_view::npos) word_end = text_.size();
      add_word(word_begin, word_end);
      pos = word_end;
    }
    finish_line();
    if (!emitted_) lines_.push_back({offset_, offset_});  // an empty paragraph is a blank line
  }

 private:
  void add_word(std::size_t begin, std::size_t end) {
    const std::size_t word_width = utf8::display_width(text_.substr(begin, end - begin));
    if (has_line_) {
      const std::size_t gap = begin - line_end_;  // spaces, one column each
      if (line_width_ + gap + word_width <= width_) {
        line_end_ = end;
        line_width_ += gap + word_width;
        return;
      }
      finish_line();
    }
    if (word_width <= width_) {
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
      std::string_view piece = utf8::prefix_fitting(rest, width_);
      // A single grapheme wider than the line still goes on a line of its own.
      if (piece.empty()) piece = rest.substr(0, utf8::next_grapheme(rest, 0));
      start_line(pos, pos + piece.size(), utf8::display_width(piece));
      pos += piece.size();
      if (pos < end) finish_line();
    }
  }

  void start_line(std::size_t begin, std::size_t end, std::size_t width) {
    has_line_ = true;
    line_begin_ = begin;
    line_end_ = end;
    line_width_ = width;
  }

  void finish_line() {
    if (!has_line_) return;
    lines_.push_back({offset_ + line_begin_, offset_ + line_end_});
    has_line_ = false;
    emitted_ = true;
  }

  std::string_view text_;
  std::size_t offset_;
  std::size_t width_;
  std::vector<LineRange>& lines_;
  bool has_line_ = false;
  bool emitted_ = false;
  std::size_t line_begin_ = 0;
  std::size_t line_end_ = 0;
  std::size_t line_width_ = 0;
};

}  // namespace

std::vector<LineRange> wrap_text(std::string_view text, std::size_t width) {
  std::vector<LineRange> lines;
  std::size_t begin = 0;
  while (true) {
    std::size_t end = text.find('\n', begin);
    const bool last = end == std::string_view::npos;
    if (last) end = text.size();
    if (width == 0) {
      lines.push_back({begin, end});
    } else {
      ParagraphWrapper(text.substr(begin, end - begin), begin, width, lines).run();
    }
    if (last) break;
    begin = end + 1;
  }
  return lines;
}

}  // namespace lore
