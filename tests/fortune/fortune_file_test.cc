#include "fortune/fortune_file.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"

namespace lore {
namespace {

std::vector<std::string> texts_of(const ParsedFortune& parsed) {
  std::vector<std::string> texts;
  for (const FortuneCookie& cookie : parsed.cookies) texts.push_back(cookie.text);
  return texts;
}

using Texts = std::vector<std::string>;

// --- separators -------------------------------------------------------------------

TEST(ParseFortune, SplitsOnPercentLines) {
  EXPECT_EQ(texts_of(parse_fortune("one\n%\ntwo\n%\n", false)), (Texts{"one", "two"}));
}

TEST(ParseFortune, NoTrailingPercent) {
  EXPECT_EQ(texts_of(parse_fortune("one\n%\ntwo\n", false)), (Texts{"one", "two"}));
  EXPECT_EQ(texts_of(parse_fortune("one\n%\ntwo", false)), (Texts{"one", "two"}));
}

TEST(ParseFortune, ALeadingPercentOpensNoCookie) {
  const ParsedFortune parsed = parse_fortune("%\none\n%\n", false);
  EXPECT_EQ(texts_of(parsed), (Texts{"one"}));
  EXPECT_EQ(parsed.skipped_empty, 0U);
}

TEST(ParseFortune, OnlyALineOfExactlyOnePercentSeparates) {
  const ParsedFortune parsed = parse_fortune("100%\n%%\n %\n% \nend\n%\n", false);
  EXPECT_EQ(texts_of(parsed), (Texts{"100%\n%%\n %\n% \nend"}));
}

TEST(ParseFortune, AnEmptyFileHasNoCookies) {
  const ParsedFortune parsed = parse_fortune("", false);
  EXPECT_TRUE(parsed.cookies.empty());
  EXPECT_EQ(parsed.skipped_empty, 0U);
}

// --- line ends and encodings -------------------------------------------------------

TEST(ParseFortune, ReadsCrLfFilesAsLf) {
  const ParsedFortune parsed = parse_fortune("one\r\nline two\r\n%\r\ntwo\r\n%\r\n", false);
  EXPECT_EQ(texts_of(parsed), (Texts{"one\nline two", "two"}));
  EXPECT_TRUE(parsed.converted_crlf);
}

TEST(ParseFortune, TellsAFileOfOnlyCrLfLineEnds) {
  EXPECT_TRUE(parse_fortune("one\r\n%\r\ntwo\r\n", false).crlf_line_ends);
  EXPECT_TRUE(parse_fortune("one\r\n%\r\ntwo", false).crlf_line_ends);
  const ParsedFortune mixed = parse_fortune("one\r\n%\ntwo\r\n", false);
  EXPECT_FALSE(mixed.crlf_line_ends);
  EXPECT_TRUE(mixed.converted_crlf);
  EXPECT_FALSE(parse_fortune("one\n%\n", false).crlf_line_ends);
  EXPECT_FALSE(parse_fortune("one", false).crlf_line_ends);
}

TEST(ParseFortune, KeepsALoneCarriageReturn) {
  const ParsedFortune parsed = parse_fortune("over\rwritten\n%\n", false);
  EXPECT_EQ(texts_of(parsed), (Texts{"over\rwritten"}));
  EXPECT_FALSE(parsed.converted_crlf);
}

// A fuzzing finding: "W.\r" at the end of a file was kept, written back as "W.\r\n"
// and read again as "W.", so a round trip changed the text.
TEST(ParseFortune, DropsCarriageReturnsThatEndTheFile) {
  const ParsedFortune parsed = parse_fortune("one\r\n%\r\nW.\r\r", false);
  EXPECT_EQ(texts_of(parsed), (Texts{"one", "W."}));
  EXPECT_TRUE(parsed.converted_crlf);
}

TEST(ParseFortune, ConvertsLatin1ToUtf8) {
  const ParsedFortune parsed = parse_fortune("caf\xE9 cr\xE8me \xA9 \xFF\n%\n", false);
  EXPECT_EQ(texts_of(parsed), (Texts{"caf\u00E9 cr\u00E8me \u00A9 \u00FF"}));
  EXPECT_TRUE(parsed.converted_from_latin1);
}

TEST(ParseFortune, LeavesUtf8AsItIs) {
  const ParsedFortune parsed = parse_fortune("caf\u00E9 \u65E5\u672C\n%\n", false);
  EXPECT_EQ(texts_of(parsed), (Texts{"caf\u00E9 \u65E5\u672C"}));
  EXPECT_FALSE(parsed.converted_from_latin1);
}

TEST(ParseFortune, Rot13RotatesLettersOnly) {
  const ParsedFortune parsed =
      parse_fortune("Uryyb, Jbeyq! 123 \u00E9\n\t\t-- Nabalzbhf Pbjneq\n%\n", true);
  ASSERT_EQ(parsed.cookies.size(), 1U);
  EXPECT_EQ(parsed.cookies[0].text, "Hello, World! 123 \u00E9");
  EXPECT_EQ(parsed.cookies[0].speaker, "Anonymous Coward");
}

TEST(ParseFortune, WithoutRot13TheTextStaysRotated) {
  EXPECT_EQ(texts_of(parse_fortune("Uryyb\n%\n", false)), (Texts{"Uryyb"}));
}

// --- attribution lines ---------------------------------------------------------------

struct AttributionCase {
  std::string name;
  std::string cookie;
  std::string text;
  std::string speaker;
};

class Attribution : public testing::TestWithParam<AttributionCase> {};

// An attribution becomes the speaker only when it closes the cookie.
TEST_P(Attribution, Speaker) {
  const ParsedFortune parsed = parse_fortune(GetParam().cookie, false);
  ASSERT_EQ(parsed.cookies.size(), 1U);
  EXPECT_EQ(parsed.cookies[0].text, GetParam().text);
  EXPECT_EQ(parsed.cookies[0].speaker, GetParam().speaker);
}

INSTANTIATE_TEST_SUITE_P(
    Parse, Attribution,
    testing::Values(
        AttributionCase{"IndentedWithOneSpace", "Words.\n -- Mark Twain\n%\n", "Words.",
                        "Mark Twain"},
        AttributionCase{"IndentedWithTabs", "Words.\n\t\t-- Mark Twain\n%\n", "Words.",
                        "Mark Twain"},
        AttributionCase{"IndentedWithSpaces", "Words.\n    -- Mark Twain\n%\n", "Words.",
                        "Mark Twain"},
        AttributionCase{"IndentedWithBoth", "Words.\n \t -- Mark Twain, \"Notebook\"\n%\n",
                        "Words.", "Mark Twain, \"Notebook\""},
        AttributionCase{"AfterABlankLine", "Two\n\nparagraphs.\n\n\t-- X\n%\n",
                        "Two\n\nparagraphs.\n", "X"},
        AttributionCase{"AtTheEndOfTheFile", "Words.\n\t-- Mark Twain", "Words.", "Mark Twain"},
        // Fortune's files indent attributions; an "-- " line at the line start is text,
        // as the sentence of Debian's `politics` that goes on "-- $40,000."".
        AttributionCase{"NotIndentedStaysText", "Words.\n-- Mark Twain\n%\n",
                        "Words.\n-- Mark Twain", ""},
        AttributionCase{"PoliticsDashLineStaysText",
                        "\"It costs $20,000 a year, and a Harvard degree\n-- $40,000.\"\n%\n",
                        "\"It costs $20,000 a year, and a Harvard degree\n-- $40,000.\"", ""},
        // What is not an attribution stays in the text.
        AttributionCase{"AloneStaysText", "\t\t-- Owen Meredith\n%\n", "\t\t-- Owen Meredith", ""},
        AttributionCase{"OnlyBlankLinesBeforeIsText", "\n  \n\t\t-- Owen Meredith\n%\n",
                        "\n  \n\t\t-- Owen Meredith", ""},
        AttributionCase{"NotTheLastLineStaysText", "Words.\n\t-- Mark Twain\nmore\n%\n",
                        "Words.\n\t-- Mark Twain\nmore", ""},
        AttributionCase{"WithoutASpaceStaysText", "Words.\n\t--Mark Twain\n%\n",
                        "Words.\n\t--Mark Twain", ""},
        AttributionCase{"ThreeHyphensStaysText", "Words.\n\t--- Mark\n%\n", "Words.\n\t--- Mark",
                        ""},
        AttributionCase{"WithNoNameStaysText", "Words.\n\t-- \n%\n", "Words.\n\t-- ", ""},
        AttributionCase{"NotAtTheLineStartStaysText", "Words.\nx -- Mark\n%\n", "Words.\nx -- Mark",
                        ""},
        // Space around the name would be lost on the way back, so the line stays.
        AttributionCase{"WithTrailingSpaceStaysText", "Words.\n\t-- Mark Twain \n%\n",
                        "Words.\n\t-- Mark Twain ", ""},
        AttributionCase{"WithTwoSpacesStaysText", "Words.\n\t--  Mark Twain\n%\n",
                        "Words.\n\t--  Mark Twain", ""}),
    [](const testing::TestParamInfo<AttributionCase>& param) { return param.param.name; });

// --- empty cookies and exact text --------------------------------------------------

TEST(ParseFortune, SkipsAndCountsEmptyCookies) {
  const ParsedFortune parsed = parse_fortune("one\n%\n%\n\n%\n \t\n\n%\ntwo\n%\n\n", false);
  EXPECT_EQ(texts_of(parsed), (Texts{"one", "two"}));
  EXPECT_EQ(parsed.skipped_empty, 4U);
}

TEST(ParseFortune, KeepsEveryByteButTheFinalNewline) {
  const std::string cookie =
      "  leading spaces\n\n\ttab\tinside\n\n\nb\bbo\bo_\bx  trailing  \n\a\n\n";
  const ParsedFortune parsed = parse_fortune(cookie + "%\n", false);
  ASSERT_EQ(parsed.cookies.size(), 1U);
  EXPECT_EQ(parsed.cookies[0].text, cookie.substr(0, cookie.size() - 1));
  EXPECT_EQ(parsed.cookies[0].speaker, "");
}

// --- writing ---------------------------------------------------------------------------

Entry quote(std::string_view text, std::string_view speaker = {}) {
  Entry entry;
  entry.kind = Kind::quote;
  entry.id = "some-quote";
  entry.text = text;
  entry.speaker = speaker;
  return entry;
}

TEST(WriteFortune, SpeakerOnAnIndentedLastLine) {
  const Entry entry = quote("Words.\n\nMore.", "Mark Twain");
  EXPECT_EQ(write_fortune({&entry}).text, "Words.\n\nMore.\n\t\t-- Mark Twain\n%\n");
}

TEST(WriteFortune, WritesAQuoteWithoutASpeakerAsItsText) {
  const Entry entry = quote("  Just\ttext.");
  EXPECT_EQ(write_fortune({&entry}).text, "  Just\ttext.\n%\n");
}

TEST(WriteFortune, TitlesAndQuestionsComeFirst) {
  Entry trivia;
  trivia.kind = Kind::trivia;
  trivia.fact = "A fact.";
  trivia.question = "Q?";
  Entry scene;
  scene.kind = Kind::scene;
  scene.title = "Title";
  scene.description = "What happens.";
  Entry egg;
  egg.kind = Kind::egg;
  egg.title = "Egg";
  egg.text = "Hidden.";
  egg.speaker = "not written";
  EXPECT_EQ(write_fortune({&trivia, &scene, &egg}).text,
            "Q?\nA fact.\n%\nTitle\nWhat happens.\n%\nEgg\nHidden.\n%\n");
  trivia.question = {};
  EXPECT_EQ(write_fortune({&trivia}).text, "A fact.\n%\n");
}

TEST(WriteFortune, WritesNothingForNoEntries) {
  EXPECT_EQ(write_fortune({}).text, "");
}

TEST(WriteFortune, WrapsAt72KeepingIndentation) {
  const std::string words =
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
  // A tab takes the columns to the next multiple of 8.
  const std::string text = "Short line.\n    " + words + "\n\t" + words + "\n\t\t\t" + words;
  const Entry entry = quote(text, "Someone With A Name");
  EXPECT_EQ(write_fortune({&entry}).text,
            "Short line.\n"
            "    one two three four five six seven eight nine ten eleven twelve\n"
            "    thirteen fourteen\n"
            "\tone two three four five six seven eight nine ten eleven twelve\n"
            "\tthirteen fourteen\n"
            "\t\t\tone two three four five six seven eight nine ten\n"
            "\t\t\televen twelve thirteen fourteen\n"
            "\t\t-- Someone With A Name\n%\n");
}

TEST(WriteFortune, ALineOf72ColumnsIsNotWrapped) {
  const std::string fitting = std::string(72, 'x') + "\n" + std::string(70, ' ') + "ab";
  const Entry fits = quote(fitting);
  EXPECT_EQ(write_fortune({&fits}).text, fitting + "\n%\n");
  const std::string wider = "a " + std::string(71, 'y');
  const Entry over = quote(wider);
  EXPECT_EQ(write_fortune({&over}).text, "a\n" + std::string(71, 'y') + "\n%\n");
}

TEST(WriteFortune, WidthZeroWrapsNothing) {
  const std::string text = std::string(200, 'z') + " end";
  const Entry entry = quote(text);
  EXPECT_EQ(write_fortune({&entry}, {.escape_percent = false, .width = 0}).text, text + "\n%\n");
}

TEST(WriteFortune, APreformattedDatasetKeepsItsLines) {
  DatasetInfo info;
  info.preformatted = true;
  const std::string text = "an ascii-art line " + std::string(100, '#');
  Entry entry = quote(text);
  entry.dataset = &info;
  EXPECT_EQ(write_fortune({&entry}).text, text + "\n%\n");
}

TEST(WriteFortune, ReportsEachEntryWithAPercentLine) {
  const Entry plain = quote("100%\n%%\n % \n%done");
  const Entry split = quote("Before\n%\nAfter");
  const Entry last = quote("Ends with\n%");
  const FortuneText written = write_fortune({&plain, &split, &last});
  EXPECT_EQ(written.percent_lines, (std::vector<const Entry*>{&split, &last}));
  EXPECT_EQ(written.text, "100%\n%%\n % \n%done\n%\nBefore\n%\nAfter\n%\nEnds with\n%\n%\n");
}

TEST(WriteFortune, EscapesPercentLinesWhenAsked) {
  const Entry split = quote("Before\n%\nAfter\n%", "%");
  const FortuneText written = write_fortune({&split}, {.escape_percent = true});
  EXPECT_EQ(written.percent_lines, (std::vector<const Entry*>{&split}));
  EXPECT_EQ(written.text, "Before\n %\nAfter\n %\n\t\t-- %\n%\n");
  // Read back, the entry is one cookie again.
  EXPECT_EQ(parse_fortune(written.text, false).cookies.size(), 1U);
}

TEST(WriteFortune, FindsAPercentLineThatWrappingMakes) {
  const std::string text = std::string(71, 'w') + " %";
  const Entry entry = quote(text);
  const FortuneText written = write_fortune({&entry});
  EXPECT_EQ(written.text, std::string(71, 'w') + "\n%\n%\n");
  EXPECT_EQ(written.percent_lines.size(), 1U);
}

TEST(WriteFortune, CrLfWhenEveryEntryComesFromACrLfDataset) {
  DatasetInfo crlf;
  crlf.crlf = true;
  DatasetInfo lf;
  Entry first = quote("One\ntwo", "X");
  first.dataset = &crlf;
  Entry second = quote("Three");
  second.dataset = &crlf;
  EXPECT_EQ(write_fortune({&first, &second}).text, "One\r\ntwo\r\n\t\t-- X\r\n%\r\nThree\r\n%\r\n");
  second.dataset = &lf;
  EXPECT_EQ(write_fortune({&first, &second}).text, "One\ntwo\n\t\t-- X\n%\nThree\n%\n");
}

// --- binary files -------------------------------------------------------------------

TEST(BinaryFileReason, NamesAStrfileIndex) {
  // The header of Debian's art.dat: version 2, then counts, lengths, flags and '%'.
  std::string header("\0\0\0\x02\0\0\0\xd9\0\0\x06\x4c\0\0\0\x0c\0\0\0\0%\0\0\0", 24);
  const auto reason = binary_file_reason(header + std::string(16, '\0'));
  ASSERT_TRUE(reason.has_value());
  EXPECT_NE(reason->find("strfile index (.dat)"), std::string::npos) << *reason;
}

TEST(BinaryFileReason, NamesAnyFileWithANulByte) {
  const auto reason = binary_file_reason(std::string("text\0more", 9));
  ASSERT_TRUE(reason.has_value());
  EXPECT_NE(reason->find("NUL"), std::string::npos) << *reason;
}

TEST(BinaryFileReason, TextIsNoBinary) {
  EXPECT_FALSE(binary_file_reason("One.\n%\nTwo \x01\x7f\xe9\n"));
  EXPECT_FALSE(binary_file_reason(""));
}

// --- ids --------------------------------------------------------------------------------

TEST(CookieId, IsTheFirstWordsInKebabCaseAndAShortHash) {
  const std::string id = cookie_id({"Hello, World! How are you today?", ""});
  EXPECT_TRUE(id.starts_with("hello-world-how-are-")) << id;
  EXPECT_EQ(id.size(), std::string("hello-world-how-are-").size() + 6) << id;
  EXPECT_TRUE(is_kebab_case(id)) << id;
}

TEST(CookieId, IsStableAcrossRunsAndMachines) {
  // Golden values: a change here renames every imported quote.
  EXPECT_EQ(cookie_id({"Hello, World! How are you today?", ""}), "hello-world-how-are-108807");
  EXPECT_EQ(cookie_id({"Words.", "Mark Twain"}), "words-81072e");
}

TEST(CookieId, FoldsAccentsLigaturesAndApostrophesToAscii) {
  EXPECT_TRUE(cookie_id({"Caf\u00E9 cr\u00E8me, don\u2019t \uFB01x STRASSE", ""})
                  .starts_with("cafe-creme-dont-fix-"));
}

TEST(CookieId, DropsWordsWithNoAsciiLetterOrDigit) {
  EXPECT_TRUE(cookie_id({"\u65E5\u672C one \u2014 two", ""}).starts_with("one-two-"));
  const std::string art = cookie_id({"  /\\_/\\\n ( o.o )\n  > ^ <", ""});
  EXPECT_TRUE(art.starts_with("o-o-")) << art;
  const std::string none = cookie_id({"\u65E5\u672C ~~~ ***", ""});
  EXPECT_TRUE(none.starts_with("cookie-")) << none;
  EXPECT_TRUE(is_kebab_case(none));
}

TEST(CookieId, KeepsTheWordsShort) {
  const std::string id = cookie_id({std::string(100, 'a') + " b c d e f", ""});
  EXPECT_EQ(id, std::string(32, 'a') + id.substr(32));
  EXPECT_EQ(id.size(), 32U + 7U);
  EXPECT_TRUE(is_kebab_case(id));
}

TEST(CookieId, DependsOnTheWholeTextAndTheSpeaker) {
  const std::string plain = cookie_id({"Same start, one ending.", ""});
  EXPECT_NE(plain, cookie_id({"Same start, one ending!", ""}));
  EXPECT_NE(plain, cookie_id({"Same start, one ending.", "Someone"}));
  EXPECT_NE(cookie_id({"Same start, one ending.", "Someone"}),
            cookie_id({"Same start, one ending.", "Someone else"}));
}

// --- datasets -------------------------------------------------------------------------

DatasetInfo info(std::string id = "fortunes") {
  DatasetInfo result;
  result.id = std::move(id);
  result.title = "Fortunes";
  return result;
}

TEST(CookiesToDataset, OneQuotePerCookie) {
  const Dataset dataset =
      cookies_to_dataset(info(), {{"wisdom", {{"One.", "A"}, {"Two.", ""}}}, {"art", {{"x", ""}}}});
  ASSERT_EQ(dataset.entries().size(), 3U);
  EXPECT_EQ(dataset.info().id, "fortunes");
  const Entry& first = dataset.entries()[0];
  EXPECT_EQ(first.kind, Kind::quote);
  EXPECT_EQ(first.id, cookie_id({"One.", "A"}));
  EXPECT_EQ(first.text, "One.");
  EXPECT_EQ(first.speaker, "A");
  EXPECT_TRUE(first.tags.empty());
  EXPECT_EQ(first.source, "wisdom");
  EXPECT_EQ(dataset.entries()[1].speaker, "");
  EXPECT_EQ(dataset.entries()[2].source, "art");
  EXPECT_EQ(first.dataset, &dataset.info());
}

// A cookie's lines are kept, and its file is a source, never a work to credit.
TEST(CookiesToDataset, IsPreformattedAndCreditsNoTitle) {
  DatasetInfo given = info();
  given.crlf = true;
  const Dataset dataset = cookies_to_dataset(given, {{"wisdom", {{"One.", ""}}}});
  EXPECT_TRUE(dataset.info().preformatted);
  EXPECT_TRUE(dataset.info().collection);
  EXPECT_TRUE(dataset.info().crlf);
  EXPECT_EQ(dataset.entries()[0].speaker, "");
  EXPECT_EQ(dataset.entries()[0].source, "wisdom");
}

TEST(CookiesToDataset, NumbersIdenticalCookiesInOrder) {
  const FortuneCookie same{"Again.", ""};
  const Dataset dataset =
      cookies_to_dataset(info(), {{"a", {same, {"Other.", ""}, same}}, {"b", {same}}});
  const std::string id = cookie_id(same);
  ASSERT_EQ(dataset.entries().size(), 4U);
  EXPECT_EQ(dataset.entries()[0].id, id);
  EXPECT_EQ(dataset.entries()[2].id, id + "-2");
  EXPECT_EQ(dataset.entries()[3].id, id + "-3");
}

TEST(CookiesToDataset, WritesAsADatasetThatLoadsClean) {
  const Dataset dataset = cookies_to_dataset(
      info(),
      {{"x", {{"A \"quoted\"\tline\b\a\n\nwith \\ and \u00E9", "S"}, {"A", ""}, {"A", ""}}}});
  std::vector<const Entry*> entries;
  for (const Entry& entry : dataset.entries()) entries.push_back(&entry);
  const LoadResult loaded = load_dataset(write_dataset(dataset.info(), entries), "x.toml");
  ASSERT_TRUE(loaded.dataset.has_value());
  EXPECT_TRUE(loaded.diagnostics.empty());
  ASSERT_EQ(loaded.dataset->entries().size(), 3U);
  EXPECT_EQ(loaded.dataset->entries()[0].text, "A \"quoted\"\tline\b\a\n\nwith \\ and \u00E9");
}

TEST(DatasetIdFor, KebabCasesTheFileName) {
  EXPECT_EQ(dataset_id_for("/usr/share/games/fortunes/songs-poems"), "songs-poems");
  EXPECT_EQ(dataset_id_for("My Quotes.txt"), "my-quotes");
  EXPECT_EQ(dataset_id_for("dir.d/Caf\u00E9_2"), "cafe-2");
  EXPECT_EQ(dataset_id_for(".hidden"), "hidden");
  EXPECT_EQ(dataset_id_for("/x/\u65E5\u672C"), "fortunes");
}

TEST(BaseName, IsThePartAfterTheLastSlash) {
  EXPECT_EQ(base_name("/usr/share/games/fortunes/art"), "art");
  EXPECT_EQ(base_name("art"), "art");
}

// --- the round trip ---------------------------------------------------------------

/// `cookies` as the export writes them: attribution lines indented by two tabs.
std::string reindented(std::string text) {
  for (const std::string_view indent : {"\n    -- "}) {
    for (auto at = text.find(indent); at != std::string::npos; at = text.find(indent, at)) {
      text.replace(at, indent.size(), "\n\t\t-- ");
    }
  }
  return text;
}

std::string through_lore(std::string_view fortune_text) {
  const ParsedFortune parsed = parse_fortune(fortune_text, false);
  const Dataset dataset = cookies_to_dataset(info(), {{"sample", parsed.cookies}});
  std::vector<const Entry*> entries;
  for (const Entry& entry : dataset.entries()) entries.push_back(&entry);
  const std::string toml = write_dataset(dataset.info(), entries);
  const LoadResult loaded = load_dataset(toml, "sample.toml");
  if (!loaded.dataset) return "(does not load)";
  std::vector<const Entry*> reloaded;
  for (const Entry& entry : loaded.dataset->entries()) reloaded.push_back(&entry);
  return write_fortune(reloaded).text;
}

TEST(RoundTrip, GivesEveryCookieBack) {
  const std::string original =
      "Hello.\n\t\t-- Brian\n%\n"
      "  Roses,\n\tviolets.\n\n    (100% indented)\n%%\n    -- A. Poet, \"Verses\"\n%\n"
      "_\bb_\bo_\bl_\bd\a\n%\n"
      "Caf\u00E9 \u65E5\u672C.\n-- Zo\u00EB\n%\n"
      "\t\t-- Nobody in particular\n%\n"
      "Trailing blank line.\n\n%\n"
      "Hello.\n\t\t-- Brian\n%\n";
  EXPECT_EQ(through_lore(original), reindented(original));
}

// What TOML's multi-line strings make delicate: a newline just after the opening
// quotes is dropped, and ''' closes a literal string.
TEST(RoundTrip, KeepsACookieThatStartsWithABlankLine) {
  const std::string original = "\nAfter a blank line.\n%\n\n\n  Two.\n\t\t-- X\n%\n";
  EXPECT_EQ(through_lore(original), original);
}

TEST(RoundTrip, KeepsTripleQuotes) {
  const std::string original =
      "'''\nsingle\n'''\n%\n\"\"\"\ndouble\n\"\"\"\n%\nends ''\n''\n%\nback\\\nslash\\\n%\n";
  EXPECT_EQ(through_lore(original), original);
}

TEST(RoundTrip, ReimportingAnExportGivesTheSameDataset) {
  const std::string original = "One.\n    -- A\n%\nTwo.\n%\nOne.\n-- A\n%\n";
  const auto toml_of = [](std::string_view text) {
    const Dataset dataset =
        cookies_to_dataset(info(), {{"sample", parse_fortune(text, false).cookies}});
    std::vector<const Entry*> entries;
    for (const Entry& entry : dataset.entries()) entries.push_back(&entry);
    return write_dataset(dataset.info(), entries);
  };
  EXPECT_EQ(toml_of(through_lore(original)), toml_of(original));
}

}  // namespace
}  // namespace lore

namespace lore {
namespace {

// Issue 9: duplicates count on from the last suffix their id got (10,000 of them used
// to take minutes); the ids are the same as before.
TEST(CookieDuplicates, TenThousandGetEachSuffixOnce) {
  constexpr int kCopies = 10000;
  const FortuneCookie cookie{"Same old story.", ""};
  const FortuneCookie other{"Another one.", ""};
  std::vector<FortuneCookie> cookies(kCopies, cookie);
  cookies.insert(cookies.begin() + 5, other);
  cookies.push_back(other);
  DatasetInfo info;
  info.id = "dups";
  const Dataset dataset = cookies_to_dataset(info, {FortuneFile{"dups", cookies}});
  const auto& entries = dataset.entries();
  ASSERT_EQ(entries.size(), static_cast<std::size_t>(kCopies + 2));
  const std::string base = cookie_id(cookie);
  const std::string other_base = cookie_id(other);
  EXPECT_EQ(entries[0].id, base);
  EXPECT_EQ(entries[1].id, base + "-2");
  EXPECT_EQ(entries[5].id, other_base);
  EXPECT_EQ(entries[6].id, base + "-6");
  EXPECT_EQ(entries[kCopies].id, base + "-" + std::to_string(kCopies));
  EXPECT_EQ(entries[kCopies + 1].id, other_base + "-2");
  std::set<std::string_view> ids;
  for (const Entry& entry : entries) ids.insert(entry.id);
  EXPECT_EQ(ids.size(), entries.size());
}

TEST(CookieDuplicates, ATakenSuffixIsSkipped) {
  const FortuneCookie cookie{"Same old story.", ""};
  const std::string base = cookie_id(cookie);
  DatasetInfo info;
  info.id = "dups";
  // Two files: the second's cookies meet the first's ids.
  const Dataset dataset = cookies_to_dataset(
      info, {FortuneFile{"one", {cookie, cookie}}, FortuneFile{"two", {cookie, cookie}}});
  std::vector<std::string> ids;
  for (const Entry& entry : dataset.entries()) ids.emplace_back(entry.id);
  EXPECT_EQ(ids, (std::vector<std::string>{base, base + "-2", base + "-3", base + "-4"}));
}

}  // namespace
}  // namespace lore
