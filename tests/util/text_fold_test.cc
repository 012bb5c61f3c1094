#include "util/text_fold.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lore {
namespace {

struct Row {
  std::string text;
  std::string expected;
};

TEST(FoldForMatching, Table) {
  const std::vector<Row> rows = {
      // The example of the header.
      {"  Café—Noir’s ", "cafe noirs"},
      // Case.
      {"Margaret QUALLEY", "margaret qualley"},
      {"ZOË", "zoe"},
      {"Straße", "strasse"},  // full case folding
      {"Ωmega", "ωmega"},
      // Accents, precomposed and decomposed.
      {"Zoë", "zoe"},
      {"Cafe\xCC\x81", "cafe"},
      {"naïve façade", "naive facade"},
      // Apostrophes are dropped, whichever is typed.
      {"It's", "its"},
      {"It’s", "its"},
      {"It‘s", "its"},
      {"Itʼs", "its"},  // U+02BC
      {"Jupiter’s moon IO", "jupiters moon io"},
      // Other punctuation and symbols are spaces, runs of space are one, ends trimmed.
      {"Hello, World!", "hello world"},
      {"slow-burn science fiction", "slow burn science fiction"},
      {"determination—or denial", "determination or denial"},
      {"a_b", "a b"},
      {"“IO”", "io"},
      {"I ❤ IO", "i io"},
      {"#1 fan", "1 fan"},
      {"a  \t\n b", "a b"},
      {"   padded   ", "padded"},
      // Digits stay; separators inside numbers are spaces.
      {"2019", "2019"},
      {"1,972", "1 972"},
      // Compatibility forms.
      {"ﬁnal", "final"},     // U+FB01 ligature
      {"Ｆｕｌｌ", "full"},  // full-width letters
      // Letters of any script stay.
      {"日本語", "日本語"},
      // Nothing left.
      {"", ""},
      {"...", ""},
      {"—", ""},
      {" ’ ", ""},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.text);
    EXPECT_EQ(fold_for_matching(row.text), row.expected);
  }
}

TEST(FoldForMatching, IsIdempotent) {
  for (const std::string text : {"  Café—Noir’s ", "The Road", "slow-burn sci-fi", "ZOË 2019"}) {
    SCOPED_TRACE(text);
    const std::string once = fold_for_matching(text);
    EXPECT_EQ(fold_for_matching(once), once);
  }
}

TEST(FoldForMatching, InvalidUtf8DoesNotCrash) {
  const std::string folded = fold_for_matching("abc\xff\xfe def");
  EXPECT_NE(folded.find("abc"), std::string::npos);
  EXPECT_NE(folded.find("def"), std::string::npos);
}

// Text that is all ASCII is folded without utf8proc; it must fold as it would with it.
// A trailing " é" sends the same text through utf8proc, and adds " e" (or "e").
TEST(FoldForMatching, AsciiFoldsAsUnicodeDoes) {
  std::vector<std::string> texts;
  for (int c = 0; c < 0x80; ++c) {
    texts.push_back(std::string(1, static_cast<char>(c)));
    texts.push_back("Ab" + std::string(1, static_cast<char>(c)) + "9z");
  }
  texts.insert(texts.end(), {"", "  ", "Don't PANIC!", "It's 42, isn't it?", "a--b__c", "''x''",
                             "Tab\there", "multi   space", "MiXeD 1234 cAsE"});
  for (const std::string& text : texts) {
    const std::string ascii = fold_for_matching(text);
    const std::string through_unicode = fold_for_matching(text + " \u00e9");
    EXPECT_EQ(through_unicode, ascii.empty() ? "e" : ascii + " e") << "\"" << text << "\"";
  }
}

}  // namespace
}  // namespace lore
