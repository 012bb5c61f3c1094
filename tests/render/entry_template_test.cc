#include "render/entry_template.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/dataset_loader.h"
#include "support/dataset_builder.h"

namespace lore {
namespace {

std::string template_dataset() {
  return test::DatasetBuilder("film", "IO")
      .number("year", 2019)
      .quote("hope", "Hope is not a plan. But it’s something.", {"iconic", "hope"})
      .field("source", "Iconic Quotes")
      .trivia("composer", "The score is by Alex Somers.", "music")
      .field("question", "Who wrote the score?")
      .field("answer", "Alex Somers")
      .list("accept", {"Somers"})
      .scene("launch", "The last shuttle", 7, "It leaves.", {"ending"})
      .list("characters", {"Sam", "Micah"})
      .spoiler()
      .egg("braces", "Braces {id}", "Text with {text} and \033[31m inside")
      .toml();
}

class Template : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult result = load_dataset(template_dataset(), "film.toml");
    ASSERT_TRUE(result.dataset.has_value());
    dataset_.emplace(std::move(*result.dataset));
  }
  const Entry& entry(std::string_view id) const {
    return *std::find_if(dataset_->entries().begin(), dataset_->entries().end(),
                         [&](const Entry& e) { return e.id == id; });
  }
  /// `text` parsed for the entry's kind, applied to it.
  std::string apply(std::string_view text, std::string_view id) const {
    const Kind kinds[] = {entry(id).kind};
    auto parsed = EntryTemplate::parse(text, kinds);
    if (!parsed) {
      ADD_FAILURE() << "template '" << text << "' was refused: " << parsed.error();
      return "";
    }
    return parsed->format(entry(id));
  }
  std::optional<Dataset> dataset_;
};

TEST_F(Template, KnownFields) {
  EXPECT_EQ(apply("{id}: {text}", "hope"),
            "hope: Hope is not a plan. But it\xE2\x80\x99s something.");
  EXPECT_EQ(apply("{kind}/{dataset}/{id}", "composer"), "trivia/film/composer");
  EXPECT_EQ(apply("{question} {answer} ({category})", "composer"),
            "Who wrote the score? Alex Somers (music)");
  EXPECT_EQ(apply("{title} #{order}", "launch"), "The last shuttle #7");
  EXPECT_EQ(apply("{source}", "hope"), "Iconic Quotes");
}

TEST_F(Template, ListsAreJoinedWithCommas) {
  EXPECT_EQ(apply("[{tags}]", "hope"), "[iconic, hope]");
  EXPECT_EQ(apply("{characters}", "launch"), "Sam, Micah");
  EXPECT_EQ(apply("{accept}", "composer"), "Somers");
  EXPECT_EQ(apply("[{tags}]", "braces"), "[]");
}

TEST_F(Template, Booleans) {
  EXPECT_EQ(apply("{spoiler}", "launch"), "true");
  EXPECT_EQ(apply("{spoiler}", "hope"), "false");
}

TEST_F(Template, AFieldTheEntryLeavesOutIsEmpty) {
  EXPECT_EQ(apply("<{speaker}>", "hope"), "<>");
  EXPECT_EQ(apply("<{choices}>", "composer"), "<>");
  EXPECT_EQ(apply("<{speaker:>3}>", "hope"), "<   >");  // padded as a value would be
}

TEST_F(Template, SummaryIsTheMainTextOfEveryKind) {
  EXPECT_EQ(apply("{summary}", "hope"), "Hope is not a plan. But it\xE2\x80\x99s something.");
  EXPECT_EQ(apply("{summary}", "composer"), "The score is by Alex Somers.");
  EXPECT_EQ(apply("{summary}", "launch"), "The last shuttle: It leaves.");
  EXPECT_EQ(apply("{summary}", "braces"), "Text with {text} and \\x1b[31m inside");
  EXPECT_EQ(apply("{summary:.8}|", "composer"), "The scor|");
  // For every kind at once.
  const auto parsed = EntryTemplate::parse("{kind}: {summary}");
  ASSERT_TRUE(parsed) << parsed.error();
  EXPECT_EQ(parsed->format(entry("launch")), "scene: The last shuttle: It leaves.");
}

TEST_F(Template, EscapesAreRead) {
  EXPECT_EQ(apply("{id}\\t{kind}\\n", "hope"), "hope\tquote\n");
  EXPECT_EQ(apply("a\\\\b", "hope"), "a\\b");
  EXPECT_EQ(apply("\\\\t", "hope"), "\\t");  // a backslash, then t
  EXPECT_EQ(apply("{{\\t}}", "hope"), "{\t}");
}

TEST(EntryTemplateParse, AnUnknownEscapeIsAnError) {
  for (const char* text : {"a\\qb", "{id}\\", "\\{id}", "x\\r"}) {
    const auto parsed = EntryTemplate::parse(text);
    ASSERT_FALSE(parsed) << text;
    EXPECT_EQ(parsed.error(),
              "a '\\' must be followed by t, n or \\ (a tab, a newline or a backslash)");
  }
}

TEST_F(Template, ADefaultStandsInForAMissingOrEmptyField) {
  EXPECT_EQ(apply("{speaker:-anonymous}", "hope"), "anonymous");
  EXPECT_EQ(apply("{source:-none}", "hope"), "Iconic Quotes");
  EXPECT_EQ(apply("[{choices:-}]", "composer"), "[]");
  EXPECT_EQ(apply("{speaker:-a: b\\tc}", "hope"), "a: b\tc");
  // A field the kind does not have at all.
  EXPECT_EQ(apply("<{fact:-no fact}>", "hope"), "<no fact>");
  EXPECT_EQ(apply("<{order:-?}>", "composer"), "<?>");
  EXPECT_EQ(apply("#{order:-?}", "launch"), "#7");
}

TEST_F(Template, ADashThenAnAlignmentIsAFillNotADefault) {
  EXPECT_EQ(apply("{id:-<6}|", "hope"), "hope--|");
  EXPECT_EQ(apply("{id:->6}|", "hope"), "--hope|");
}

TEST(EntryTemplateParse, ADefaultMayHoldNoBrace) {
  EXPECT_EQ(EntryTemplate::parse("{speaker:-a{b}c}").error(),
            "field 'speaker': its default may not hold a brace");
}

TEST(EntryTemplateKinds, AMissingFieldListsTheKindsFields) {
  const Kind trivia[] = {Kind::trivia};
  const auto parsed = EntryTemplate::parse("{id}: {text}", trivia);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error(),
            "field 'text': a trivia fact has none (its fields: kind, dataset, summary, id, fact, "
            "category, question, answer, accept, choices, tags, spoiler, source); give it a "
            "default, as in {text:-TEXT}");
}

TEST(EntryTemplateKinds, AnyKindCheckedOncePrintedKinds) {
  // show, search and list may print any kind: which, they know once entries are chosen.
  const auto any = EntryTemplate::parse("{text}");
  ASSERT_TRUE(any) << any.error();
  const Kind quotes_and_eggs[] = {Kind::quote, Kind::egg};
  EXPECT_TRUE(any->check(quotes_and_eggs));
  EXPECT_TRUE(any->check({})) << "nothing printed, nothing to check";
  const Kind printed[] = {Kind::quote, Kind::trivia, Kind::scene};
  const auto parsed = any->check(printed);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().rfind("field 'text': a trivia fact has none (its fields: ", 0), 0U)
      << parsed.error();
  EXPECT_NE(parsed.error().find("; a scene has none (its fields: kind, dataset, summary, id, "
                                "title, order, description,"),
            std::string::npos)
      << parsed.error();
  EXPECT_EQ(parsed.error().find("a quote"), std::string::npos) << parsed.error();
}

TEST(EntryTemplateKinds, FieldsEveryKindHasNeedNoDefault) {
  for (const char* text : {"{id} {kind} {dataset} {summary} {tags} {spoiler} {source}",
                           "{text:-} {fact:-} {order:-0}"}) {
    EXPECT_TRUE(EntryTemplate::parse(text)) << text;
  }
  const Kind quotes_and_eggs[] = {Kind::quote, Kind::egg};
  EXPECT_TRUE(EntryTemplate::parse("{text}", quotes_and_eggs));
  EXPECT_FALSE(EntryTemplate::parse("{speaker}", quotes_and_eggs));
}

TEST(EntryTemplateKinds, ATypoIsNamedBeforeAMissingField) {
  const Kind quotes[] = {Kind::quote};
  EXPECT_EQ(EntryTemplate::parse("{fact} {nope}", quotes).error(),
            "unknown field 'nope'; fields are: kind, dataset, summary, id, text, speaker, "
            "context, tags, spoiler, source");
}

TEST_F(Template, UnknownFieldIsAnErrorNamingIt) {
  const auto parsed = EntryTemplate::parse("{id} {nope}");
  ASSERT_FALSE(parsed);
  EXPECT_NE(parsed.error().find("unknown field 'nope'"), std::string::npos) << parsed.error();
  // It lists the fields that exist.
  EXPECT_NE(parsed.error().find("text"), std::string::npos) << parsed.error();
}

TEST_F(Template, UnknownFieldWithASpecIsStillNamed) {
  const auto parsed = EntryTemplate::parse("{speeker:>10}");
  ASSERT_FALSE(parsed);
  EXPECT_NE(parsed.error().find("unknown field 'speeker'"), std::string::npos) << parsed.error();
}

TEST_F(Template, FormatSpecsOnText) {
  EXPECT_EQ(apply("{id:>8}|", "hope"), "    hope|");
  EXPECT_EQ(apply("{id:<8}|", "hope"), "hope    |");
  EXPECT_EQ(apply("{id:-^10}", "hope"), "---hope---");
  EXPECT_EQ(apply("{title:.8}", "launch"), "The last");
}

TEST_F(Template, FormatSpecsOnTheIntegerField) {
  // `order` is an integer in the schema; fmt-style specs for numbers apply to it.
  EXPECT_EQ(apply("{order:03}", "launch"), "007");
}

TEST_F(Template, DoubledBracesAreLiteral) {
  EXPECT_EQ(apply("{{{id}}}", "hope"), "{hope}");
  EXPECT_EQ(apply("{{literal}}", "hope"), "{literal}");
  EXPECT_EQ(apply("no fields at all", "hope"), "no fields at all");
}

TEST_F(Template, BracesInTheDataAreNotTemplates) {
  EXPECT_EQ(apply("{title}", "braces"), "Braces {id}");
}

TEST_F(Template, ControlCharactersInTheDataAreEscaped) {
  EXPECT_EQ(apply("{text}", "braces"), "Text with {text} and \\x1b[31m inside");
}

TEST_F(Template, ControlsInTheTemplateStay) {
  // The user wrote it: a tab in the template stays as it is.
  EXPECT_EQ(apply("{id}\t{kind}", "hope"), "hope\tquote");
}

TEST(EntryTemplateParse, MalformedTemplatesAreErrors) {
  for (const char* text : {"{id", "{", "{}", "{:>3}", "a } b", "{id:Q}", "{id:d}"}) {
    const auto parsed = EntryTemplate::parse(text);
    EXPECT_FALSE(parsed) << text;
    if (!parsed) {
      EXPECT_FALSE(parsed.error().empty()) << text;
    }
  }
  EXPECT_EQ(EntryTemplate::parse("{id").error(), "field 'id' is never closed: '{id' needs a '}'");
  EXPECT_EQ(EntryTemplate::parse("a { b").error(), "'{' is never closed; '{{' writes a brace");
  EXPECT_EQ(EntryTemplate::parse("a } b").error(),
            "a '}' that closes no field; '}}' writes a brace");
  EXPECT_EQ(EntryTemplate::parse("{:>3}").error(),
            "'{:>3}' needs a field name, as in {id} or {summary}");
}

// A spec fmt refuses is named with its field and what the field's type takes: fmt's own
// "invalid type specifier" says neither which field nor what would do.

TEST(EntryTemplateSpecs, ABadTextSpecNamesTheField) {
  EXPECT_EQ(EntryTemplate::parse("{text} {id:d}").error(),
            "field 'id': format spec 'd' does not fit text (invalid type specifier); text takes "
            "[[fill]align][width][.precision], as in {id:>12} or {text:.40}");
  EXPECT_EQ(EntryTemplate::parse("{title:+}")
                .error()
                .rfind("field 'title': format spec '+' does not fit text (", 0),
            0U);
  EXPECT_EQ(EntryTemplate::parse("{speaker:05}").error().rfind("field 'speaker': ", 0), 0U);
}

TEST(EntryTemplateSpecs, ABadNumberSpecNamesTheField) {
  EXPECT_EQ(EntryTemplate::parse("{id} {order:.2}").error(),
            "field 'order': format spec '.2' does not fit a number (precision not allowed for "
            "this argument type); a number takes [[fill]align][sign][#][0][width][type d, x, X, "
            "o or b], as in {order:03}");
  EXPECT_EQ(EntryTemplate::parse("{order:s}")
                .error()
                .rfind("field 'order': format spec 's' does not fit a number (", 0),
            0U);
}

TEST(EntryTemplateSpecs, ANumberAsACharacterIsRefusedByName) {
  // {order:c} would print order 7 as a raw BEL, and 27 as ESC.
  for (const char* text : {"{order:c}", "{id} {order:>3c}", "{order:Lc}"}) {
    const auto parsed = EntryTemplate::parse(text);
    ASSERT_FALSE(parsed) << text;
    EXPECT_EQ(parsed.error().find("field 'order': format spec '"), 0U) << parsed.error();
    EXPECT_NE(parsed.error().find("' would print the number as a character; a number takes"),
              std::string::npos)
        << parsed.error();
  }
}

TEST(EntryTemplateSpecs, TheNumberSpecsOfTheHintWork) {
  const Kind scenes[] = {Kind::scene};
  for (const char* text : {"{order:03}", "{order:x}", "{order:X}", "{order:o}", "{order:b}",
                           "{order:+d}", "{order:#x}", "{order:*^7}", "{order:c<5}"}) {
    EXPECT_TRUE(EntryTemplate::parse(text, scenes)) << text;
  }
}

TEST(EntryTemplateSpecs, EveryFieldErrorNamesItsField) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"{id} {text:2147483647}", "field 'text'"}, {"{description:{order}}", "field 'description'"},
      {"{id} {title:.{order}}", "field 'title'"}, {"{id!r}", "field 'id'"},
      {"{id} {speaker", "field 'speaker'"},       {"{id} {nope}", "field 'nope'"},
      {"{text} {order:c}", "field 'order'"},      {"{kind:d}", "field 'kind'"},
  };
  for (const auto& [text, field] : cases) {
    const auto parsed = EntryTemplate::parse(text);
    ASSERT_FALSE(parsed) << text;
    EXPECT_NE(parsed.error().find(field), std::string::npos) << text << ": " << parsed.error();
  }
}

TEST(TemplateFieldNames, KindDatasetSummaryAndEveryField) {
  const auto names = template_field_names();
  for (const char* name :
       {"kind",   "dataset", "summary", "id",    "text",        "speaker",    "context",
        "tags",   "spoiler", "source",  "fact",  "category",    "question",   "answer",
        "accept", "choices", "title",   "order", "description", "characters", "location"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
  EXPECT_EQ(names.size(), 21U);
}

TEST(TemplateFieldNames, OfOneKind) {
  EXPECT_EQ(template_field_names(Kind::egg),
            (std::vector<std::string_view>{"kind", "dataset", "summary", "id", "title", "text",
                                           "tags", "spoiler", "source"}));
}

// Issue 9: templates that would allocate without limit are refused when parsed.

std::string error_of(std::string_view text) {
  const Kind scenes[] = {Kind::scene};
  const auto parsed = EntryTemplate::parse(text, scenes);
  return parsed ? "" : parsed.error();
}

TEST(EntryTemplateLimits, HugeWidthIsRefused) {
  EXPECT_EQ(error_of("{text:2147483647}"),
            "field 'text': width or precision 2147483647 is above the limit of 100000");
  EXPECT_EQ(error_of("{text:>100001}"),
            "field 'text': width or precision 100001 is above the limit of 100000");
  EXPECT_EQ(error_of("{order:099999999999999999999}"),
            "field 'order': width or precision 099999999999999999999 is above the limit of 100000");
}

TEST(EntryTemplateLimits, HugePrecisionIsRefused) {
  EXPECT_EQ(error_of("{text:.500000}"),
            "field 'text': width or precision 500000 is above the limit of 100000");
}

TEST(EntryTemplateLimits, WidthsUpToTheLimitAreFine) {
  EXPECT_EQ(error_of("{title:100000}"), "");
  EXPECT_EQ(error_of("{title:*^100000.100000}"), "");
  EXPECT_EQ(error_of("{order:000100000}"), "");
}

TEST(EntryTemplateLimits, NestedFieldInASpecIsRefused) {
  EXPECT_EQ(error_of("{description:{order}}")
                .rfind("field 'description': a field inside its format spec is not supported; ", 0),
            0U);
  EXPECT_NE(error_of("{text:.{order}}").find("inside its format spec"), std::string::npos);
}

TEST(EntryTemplateLimits, NoNumberNeverPrintsTheTemplate) {
  const Kind scenes[] = {Kind::scene};
  const auto parsed = EntryTemplate::parse("{order:03}|{id}", scenes);
  ASSERT_TRUE(parsed) << parsed.error();
  Entry entry;
  entry.kind = Kind::scene;
  entry.id = "q";
  EXPECT_EQ(parsed->format(entry), "|q");
}

}  // namespace
}  // namespace lore
