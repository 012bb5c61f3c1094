#include "util/text_wrap.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lore {
namespace {

// ---------------------------------------------------------------------------------
// An oracle that does not use lore's own Unicode code: each sample text is written as a
// list of grapheme clusters, each with the width a terminal gives it. Boundaries and
// widths then come from the sample itself, not from the code under test.

struct Cluster {
  std::string bytes;
  std::size_t width;
};

struct Sample {
  std::string name;
  std::vector<Cluster> clusters;

  std::string text() const {
    std::string out;
    for (const Cluster& cluster : clusters) out += cluster.bytes;
    return out;
  }
  /// Every byte offset at which a cluster starts or the text ends.
  std::set<std::size_t> boundaries() const {
    std::set<std::size_t> out{0};
    std::size_t pos = 0;
    for (const Cluster& cluster : clusters) out.insert(pos += cluster.bytes.size());
    return out;
  }
  /// The width of text[begin, end), which must lie on cluster boundaries.
  std::size_t width(std::size_t begin, std::size_t end) const {
    std::size_t pos = 0;
    std::size_t total = 0;
    for (const Cluster& cluster : clusters) {
      if (pos >= begin && pos + cluster.bytes.size() <= end) total += cluster.width;
      pos += cluster.bytes.size();
    }
    return total;
  }
  /// The number of clusters in text[begin, end).
  std::size_t cluster_count(std::size_t begin, std::size_t end) const {
    std::size_t pos = 0;
    std::size_t count = 0;
    for (const Cluster& cluster : clusters) {
      if (pos >= begin && pos + cluster.bytes.size() <= end) ++count;
      pos += cluster.bytes.size();
    }
    return count;
  }
};

/// Builds a sample from pieces: ASCII runs are split into one-column clusters; the
/// multibyte clusters are given with their widths.
class SampleBuilder {
 public:
  explicit SampleBuilder(std::string name) { sample_.name = std::move(name); }
  SampleBuilder& ascii(std::string_view text) {
    for (const char c : text) sample_.clusters.push_back({std::string(1, c), 1});
    return *this;
  }
  SampleBuilder& cluster(std::string_view bytes, std::size_t width) {
    sample_.clusters.push_back({std::string(bytes), width});
    return *this;
  }
  Sample build() const { return sample_; }

 private:
  Sample sample_;
};

const std::string kLeftQuote = "\xE2\x80\x9C";   // “
const std::string kRightQuote = "\xE2\x80\x9D";  // ”
const std::string kApostrophe = "\xE2\x80\x99";  // ’
const std::string kEmDash = "\xE2\x80\x94";      // —
const std::string kAcute = "\xCC\x81";           // combining U+0301
const std::string kDiaeresis = "\xCC\x88";       // combining U+0308

std::vector<Sample> samples() {
  std::vector<Sample> out;
  out.push_back(SampleBuilder("curly quotes and dashes")
                    .cluster(kLeftQuote, 1)
                    .ascii("Hope is not a plan. But it")
                    .cluster(kApostrophe, 1)
                    .ascii("s something.")
                    .cluster(kRightQuote, 1)
                    .ascii(" ")
                    .cluster(kEmDash, 1)
                    .ascii(" Sam")
                    .cluster(kApostrophe, 1)
                    .ascii("s father, on the station")
                    .cluster(kEmDash, 1)
                    .ascii("far away")
                    .build());
  out.push_back(SampleBuilder("CJK")
                    .cluster("\xE5\x9C\xB0", 2)  // 地
                    .cluster("\xE7\x90\x83", 2)  // 球
                    .cluster("\xE3\x81\xAF", 2)  // は
                    .cluster("\xE7\xA7\x81", 2)  // 私
                    .cluster("\xE3\x81\x9F", 2)  // た
                    .cluster("\xE3\x81\xA1", 2)  // ち
                    .cluster("\xE3\x81\xAE", 2)  // の
                    .cluster("\xE6\x95\x85", 2)  // 故
                    .cluster("\xE9\x83\xB7", 2)  // 郷
                    .ascii(" IO ")
                    .cluster("\xE6\x9C\xA8", 2)  // 木
                    .cluster("\xE6\x98\x9F", 2)  // 星
                    .ascii(" a ")
                    .cluster("\xE8\xA1\x9B", 2)  // 衛
                    .cluster("\xE6\x98\x9F", 2)  // 星
                    .build());
  out.push_back(SampleBuilder("combining marks")
                    .ascii("Cafe")
                    .cluster("e" + kAcute, 1)
                    .ascii(" nai")
                    .cluster("i" + kDiaeresis, 1)
                    .ascii("ve re")
                    .cluster("e" + kAcute, 1)
                    .ascii("sume")
                    .cluster("e" + kAcute + kDiaeresis, 1)
                    .ascii(" at the ")
                    .cluster("o" + kDiaeresis, 1)
                    .ascii("pen sky")
                    .build());
  out.push_back(SampleBuilder("emoji")
                    .ascii("bees ")
                    .cluster("\xF0\x9F\x90\x9D", 2)  // 🐝
                    .cluster("\xF0\x9F\x90\x9D", 2)
                    .ascii(" and ")
                    .cluster("\xE2\x9D\xA4\xEF\xB8\x8F", 2)  // ❤️
                    .ascii(" astronaut ")
                    .cluster("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x9A\x80", 2)  // 👩‍🚀
                    .ascii("x")
                    .build());
  out.push_back(SampleBuilder("paragraphs")
                    .ascii("First line of it.\nSecond ")
                    .cluster(kEmDash, 1)
                    .ascii(" longer ")
                    .cluster("\xE5\x9C\xB0", 2)
                    .cluster("\xE7\x90\x83", 2)
                    .ascii(" line.\n\nAfter a blank line.")
                    .build());
  out.push_back(SampleBuilder("a word wider than any line")
                    .ascii("Short ")
                    .ascii("Supercalifragilistic")
                    .cluster("e" + kAcute, 1)
                    .cluster("\xE6\x97\xA5", 2)
                    .ascii("expialidocious end")
                    .build());
  return out;
}

bool is_space_or_newline(std::string_view text) {
  return text.find_first_not_of(" \n") == std::string_view::npos;
}

std::string without_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\n') out += c;
  }
  return out;
}

/// Checks every promise of wrap_text for one sample and width.
void check_wrap(const Sample& sample, std::size_t width) {
  SCOPED_TRACE(sample.name + ", width " + std::to_string(width));
  const std::string text = sample.text();
  const std::set<std::size_t> boundaries = sample.boundaries();
  const std::vector<LineRange> lines = wrap_text(text, width);
  ASSERT_FALSE(lines.empty());

  std::size_t previous_end = 0;
  std::string joined;
  std::size_t newlines_in_gaps = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const LineRange line = lines[i];
    SCOPED_TRACE("line " + std::to_string(i));
    ASSERT_LE(line.begin, line.end);
    ASSERT_LE(line.end, text.size());
    ASSERT_GE(line.begin, previous_end);
    // No UTF-8 sequence and no grapheme is split.
    EXPECT_TRUE(boundaries.count(line.begin)) << "line begins inside a cluster";
    EXPECT_TRUE(boundaries.count(line.end)) << "line ends inside a cluster";
    const std::string_view content =
        std::string_view(text).substr(line.begin, line.end - line.begin);
    // Lines hold no newline and no space at either end.
    EXPECT_EQ(content.find('\n'), std::string_view::npos);
    if (!content.empty()) {
      EXPECT_NE(content.front(), ' ');
      EXPECT_NE(content.back(), ' ');
    }
    // Every line fits, unless it is one cluster wider than the line itself.
    const std::size_t columns = sample.width(line.begin, line.end);
    if (width > 0 && columns > width) {
      EXPECT_EQ(sample.cluster_count(line.begin, line.end), 1U)
          << "a line of " << columns << " columns does not fit in " << width;
    }
    // Only spaces and newlines are dropped between lines.
    const std::string_view gap =
        std::string_view(text).substr(previous_end, line.begin - previous_end);
    EXPECT_TRUE(is_space_or_newline(gap)) << "dropped '" << gap << "'";
    for (const char c : gap) newlines_in_gaps += c == '\n' ? 1 : 0;
    // Greedy: a word that starts a line after spaces would not have fit on the line before.
    if (width > 0 && i > 0 && !gap.empty() && gap.find('\n') == std::string_view::npos) {
      std::size_t word_end = text.find_first_of(" \n", line.begin);
      if (word_end == std::string::npos) word_end = text.size();
      const std::size_t before = sample.width(lines[i - 1].begin, lines[i - 1].end);
      EXPECT_GT(before + gap.size() + sample.width(line.begin, word_end), width)
          << "the word at byte " << line.begin << " would have fit on the line before";
    }
    joined += content;
    previous_end = line.end;
  }
  EXPECT_TRUE(is_space_or_newline(std::string_view(text).substr(previous_end)));
  // Every newline forced a break: each one lies between two lines.
  std::size_t newlines = 0;
  for (const char c : text) newlines += c == '\n' ? 1 : 0;
  EXPECT_EQ(newlines_in_gaps, newlines);
  EXPECT_GE(lines.size(), newlines + 1);
  // The words joined back give the text.
  EXPECT_EQ(without_spaces(joined), without_spaces(text));
}

TEST(WrapText, MultibyteSamplesAtManyWidths) {
  for (const Sample& sample : samples()) {
    for (const std::size_t width : {1U, 2U, 3U, 4U, 5U, 7U, 10U, 13U, 20U, 31U, 40U, 80U, 200U}) {
      check_wrap(sample, width);
    }
  }
}

TEST(WrapText, WidthZeroMeansNoWrap) {
  const std::string text = "A long line that would wrap at any ordinary width, but not here.";
  EXPECT_EQ(wrap_text(text, 0), (std::vector<LineRange>{{0, text.size()}}));
  for (const Sample& sample : samples()) check_wrap(sample, 0);
}

TEST(WrapText, WidthZeroStillBreaksAtNewlines) {
  EXPECT_EQ(wrap_text("one two\nthree", 0), (std::vector<LineRange>{{0, 7}, {8, 13}}));
}

TEST(WrapText, BreaksAtSpaces) {
  EXPECT_EQ(wrap_text("hello world", 5), (std::vector<LineRange>{{0, 5}, {6, 11}}));
  EXPECT_EQ(wrap_text("hello world", 11), (std::vector<LineRange>{{0, 11}}));
  EXPECT_EQ(wrap_text("hello world", 10), (std::vector<LineRange>{{0, 5}, {6, 11}}));
  EXPECT_EQ(wrap_text("a b c d", 3), (std::vector<LineRange>{{0, 3}, {4, 7}}));
}

TEST(WrapText, SpacesAtABreakAreDropped) {
  EXPECT_EQ(wrap_text("hello     world", 8), (std::vector<LineRange>{{0, 5}, {10, 15}}));
  EXPECT_EQ(wrap_text("hi      you  there", 10), (std::vector<LineRange>{{0, 2}, {8, 18}}));
}

TEST(WrapText, ALineThatFitsIsKeptWhole) {
  // Leading, inner and trailing whitespace: a poem or ASCII art keeps its shape.
  EXPECT_EQ(wrap_text("   hi   ", 10), (std::vector<LineRange>{{0, 8}}));
  const std::string art = "  /|_/|\n ( o.o )\n  > ^ <   \n\t|  |";
  EXPECT_EQ(wrap_text(art, 20), (std::vector<LineRange>{{0, 7}, {8, 16}, {17, 27}, {28, 33}}));
  EXPECT_EQ(wrap_text(art, 20), wrap_text(art, 0));
}

TEST(WrapText, AWideIndentedLineHangsAtItsOwnIndent) {
  //                  0123456789012345678901
  const std::string text = "    one two three four";
  // "    one two" | "    three" | "    four": each continued line repeats text[0, 4).
  EXPECT_EQ(wrap_text(text, 12), (std::vector<LineRange>{{0, 11}, {12, 17, 0, 4}, {18, 22, 0, 4}}));
  // The next line of the text has an indent of its own, or none.
  const std::string two = "  aa bb cc\nxx yy zz";
  EXPECT_EQ(wrap_text(two, 6),
            (std::vector<LineRange>{{0, 4}, {5, 7, 0, 2}, {8, 10, 0, 2}, {11, 16}, {17, 19}}));
}

TEST(WrapText, AWordTooWideForTheHangingIndentIsCut) {
  EXPECT_EQ(wrap_text("  abcdefgh", 5),
            (std::vector<LineRange>{{0, 5}, {5, 8, 0, 2}, {8, 10, 0, 2}}));
}

TEST(WrapText, AnIndentThatLeavesNoRoomIsDropped) {
  EXPECT_EQ(wrap_text("      ab cd", 6), (std::vector<LineRange>{{6, 11}}));
  EXPECT_EQ(wrap_text("          ", 4), (std::vector<LineRange>{{0, 0}}));
}

TEST(WrapText, AGraphemeTooWideForTheIndentStartsAtColumnZero) {
  // Width 2 after a one-column indent leaves one column: the two-column emoji cannot
  // follow it, so its line starts without the indent rather than overflowing.
  const std::string man = "\xF0\x9F\x91\xA8";  // U+1F468, two columns
  EXPECT_EQ(wrap_text(" " + man, 2), (std::vector<LineRange>{{1, 5}}));
  // A continued line that starts with it goes without its hanging indent.
  EXPECT_EQ(wrap_text(" a" + man, 2), (std::vector<LineRange>{{0, 2}, {2, 6}}));
}

TEST(WrapText, AnIndentThatWouldCutEveryWordIsDropped) {
  // An 8-column tab at width 10 leaves 2 columns: "Tabbed" would come out as
  // "Ta", "bb", "ed". The indent goes, the words stay whole.
  const std::string text = "\tTabbed words here too";
  EXPECT_EQ(wrap_text(text, 10), (std::vector<LineRange>{{1, 7}, {8, 18}, {19, 22}}));
  // Where the longest word fits after it, the indent hangs as before.
  EXPECT_EQ(wrap_text(text, 16), (std::vector<LineRange>{{0, 7}, {8, 13, 0, 1}, {14, 22, 0, 1}}));
  // A word longer than half the line is cut anyway: an indent of half the line stays.
  EXPECT_EQ(wrap_text("    abcdefghijkl", 8),
            (std::vector<LineRange>{{0, 8}, {8, 12, 0, 4}, {12, 16, 0, 4}}));
}

TEST(WrapText, TabsReachTheNextTabStop) {
  EXPECT_EQ(columns_after("\t"), 8U);
  EXPECT_EQ(columns_after("ab\tc"), 9U);
  EXPECT_EQ(columns_after("\t", 3), 8U);
  EXPECT_EQ(columns_after("\t", 8), 16U);
  // A tab-indented cookie line is 8 columns wider than its bytes.
  EXPECT_EQ(wrap_text("\tab cd", 13), (std::vector<LineRange>{{0, 6}}));
  EXPECT_EQ(wrap_text("\tab cd", 12), (std::vector<LineRange>{{0, 3}, {4, 6, 0, 1}}));
  // A tab between words is a break like a space.
  EXPECT_EQ(wrap_text("ab\tcd", 5), (std::vector<LineRange>{{0, 2}, {3, 5}}));
}

TEST(WrapText, NewlineForcesABreak) {
  EXPECT_EQ(wrap_text("one\ntwo", 80), (std::vector<LineRange>{{0, 3}, {4, 7}}));
  // An empty line between paragraphs stays as a blank line.
  EXPECT_EQ(wrap_text("a\n\nb", 80), (std::vector<LineRange>{{0, 1}, {2, 2}, {3, 4}}));
}

TEST(WrapText, EmptyTextIsOneEmptyLine) {
  EXPECT_EQ(wrap_text("", 10), (std::vector<LineRange>{{0, 0}}));
  EXPECT_EQ(wrap_text("", 0), (std::vector<LineRange>{{0, 0}}));
}

TEST(WrapText, AWordWiderThanTheLineIsCutBetweenClusters) {
  EXPECT_EQ(wrap_text("abcdefgh", 3), (std::vector<LineRange>{{0, 3}, {3, 6}, {6, 8}}));
  // The long word starts on a line of its own.
  EXPECT_EQ(wrap_text("ab abcdefgh", 3), (std::vector<LineRange>{{0, 2}, {3, 6}, {6, 9}, {9, 11}}));
}

TEST(WrapText, WideCharactersFillLinesByColumns) {
  const std::string text =
      "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xA7\xE3\x81\x99";  // 日本語です
  EXPECT_EQ(wrap_text(text, 4), (std::vector<LineRange>{{0, 6}, {6, 12}, {12, 15}}));
  EXPECT_EQ(wrap_text(text, 5), (std::vector<LineRange>{{0, 6}, {6, 12}, {12, 15}}));
  EXPECT_EQ(wrap_text(text, 6), (std::vector<LineRange>{{0, 9}, {9, 15}}));
  // At width 1 each two-column character still gets a line of its own.
  EXPECT_EQ(wrap_text(text, 1),
            (std::vector<LineRange>{{0, 3}, {3, 6}, {6, 9}, {9, 12}, {12, 15}}));
}

TEST(WrapText, CombiningMarksStayWithTheirBase) {
  const std::string text =
      "e\xCC\x81"
      "e\xCC\x81"
      "e\xCC\x81";  // three é, decomposed
  EXPECT_EQ(wrap_text(text, 1), (std::vector<LineRange>{{0, 3}, {3, 6}, {6, 9}}));
  EXPECT_EQ(wrap_text(text, 2), (std::vector<LineRange>{{0, 6}, {6, 9}}));
}

}  // namespace
}  // namespace lore
