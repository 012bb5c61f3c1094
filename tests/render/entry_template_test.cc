#include "render/entry_template.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>

#include "core/dataset_loader.h"

namespace lore {
namespace {

constexpr std::string_view kDataset = R"([dataset]
id = "film"
title = "IO"
year = 2019

[[quote]]
id = "hope"
text = "Hope is not a plan. But it’s something."
tags = ["iconic", "hope"]
source = "Iconic Quotes"

[[trivia]]
id = "composer"
fact = "The score is by Alex Somers."
category = "music"
question = "Who wrote the score?"
answer = "Alex Somers"
accept = ["Somers"]
tags = []

[[scene]]
id = "launch"
title = "The last shuttle"
order = 7
description = "It leaves."
characters = ["Sam", "Micah"]
tags = ["ending"]
spoiler = true

[[egg]]
id = "braces"
title = "Braces {id}"
text = "Text with {text} and \u001b[31m inside"
tags = []
)";

class EntryTemplateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadResult result = load_dataset(kDataset, "film.toml");
    ASSERT_TRUE(result.dataset.has_value());
    dataset_.emplace(std::move(*result.dataset));
  }
  const Entry& entry(std::string_view id) const {
    return *std::find_if(dataset_->entries().begin(), dataset_->entries().end(),
                         [&](const Entry& e) { return e.id == id; });
  }
  std::string apply(std::string_view text, std::string_view id) const {
    auto parsed = EntryTemplate::parse(text);
    if (!parsed) {
      ADD_FAILURE() << "template '" << text << "' was refused: " << parsed.error();
      return "";
    }
    return parsed->format(entry(id));
  }
  std::optional<Dataset> dataset_;
};

TEST_F(EntryTemplateTest, KnownFields) {
  EXPECT_EQ(apply("{id}: {text}", "hope"), "hope: Hope is not a plan. But it\xE2\x80\x99s something.");
  EXPECT_EQ(apply("{kind}/{dataset}/{id}", "composer"), "trivia/film/composer");
  EXPECT_EQ(apply("{question} {answer} ({category})", "composer"), "Who wrote the score? Alex Somers (music)");
  EXPECT_EQ(apply("{title} #{order}", "launch"), "The last shuttle #7");
  EXPECT_EQ(apply("{source}", "hope"), "Iconic Quotes");
}

TEST_F(EntryTemplateTest, ListsAreJoinedWithCommas) {
  EXPECT_EQ(apply("[{tags}]", "hope"), "[iconic, hope]");
  EXPECT_EQ(apply("{characters}", "launch"), "Sam, Micah");
  EXPECT_EQ(apply("{accept}", "composer"), "Somers");
  EXPECT_EQ(apply("[{tags}]", "braces"), "[]");
}

TEST_F(EntryTemplateTest, Booleans) {
  EXPECT_EQ(apply("{spoiler}", "launch"), "true");
  EXPECT_EQ(apply("{spoiler}", "hope"), "false");
}

TEST_F(EntryTemplateTest, AFieldTheEntryLacksIsEmpty) {
  EXPECT_EQ(apply("<{speaker}>", "hope"), "<>");
  EXPECT_EQ(apply("<{fact}>", "hope"), "<>");     // a trivia field on a quote
  EXPECT_EQ(apply("<{order}>", "composer"), "<>");
  EXPECT_EQ(apply("<{choices}>", "composer"), "<>");
}

TEST_F(EntryTemplateTest, UnknownFieldIsAnErrorNamingIt) {
  const auto parsed = EntryTemplate::parse("{id} {nope}");
  ASSERT_FALSE(parsed);
  EXPECT_NE(parsed.error().find("unknown field 'nope'"), std::string::npos) << parsed.error();
  // It lists the fields that exist.
  EXPECT_NE(parsed.error().find("text"), std::string::npos) << parsed.error();
}

TEST_F(EntryTemplateTest, UnknownFieldWithASpecIsStillNamed) {
  const auto parsed = EntryTemplate::parse("{speeker:>10}");
  ASSERT_FALSE(parsed);
  EXPECT_NE(parsed.error().find("unknown field 'speeker'"), std::string::npos) << parsed.error();
}

TEST_F(EntryTemplateTest, FormatSpecsOnText) {
  EXPECT_EQ(apply("{id:>8}|", "hope"), "    hope|");
  EXPECT_EQ(apply("{id:<8}|", "hope"), "hope    |");
  EXPECT_EQ(apply("{id:-^10}", "hope"), "---hope---");
  EXPECT_EQ(apply("{title:.8}", "launch"), "The last");
}

TEST_F(EntryTemplateTest, FormatSpecsOnTheIntegerField) {
  // `order` is an integer in the schema; fmt-style specs for numbers apply to it.
  EXPECT_EQ(apply("{order:03}", "launch"), "007");
}

TEST_F(EntryTemplateTest, DoubledBracesAreLiteral) {
  EXPECT_EQ(apply("{{{id}}}", "hope"), "{hope}");
  EXPECT_EQ(apply("{{literal}}", "hope"), "{literal}");
  EXPECT_EQ(apply("no fields at all", "hope"), "no fields at all");
}

TEST_F(EntryTemplateTest, BracesInTheDataAreNotTemplates) {
  EXPECT_EQ(apply("{title}", "braces"), "Braces {id}");
}

TEST_F(EntryTemplateTest, ControlCharactersInTheDataAreEscaped) {
  EXPECT_EQ(apply("{text}", "braces"), "Text with {text} and \\x1b[31m inside");
}

TEST_F(EntryTemplateTest, ControlCharactersInTheTemplateItselfAreTheUsers) {
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
  EXPECT_EQ(EntryTemplate::parse("{id").error(), "'{' is never closed");
}

TEST(TemplateFieldNames, KindDatasetAndEveryField) {
  const auto names = template_field_names();
  for (const char* name : {"kind", "dataset", "id", "text", "speaker", "context", "tags", "spoiler",
                           "source", "fact", "category", "question", "answer", "accept", "choices",
                           "title", "order", "description", "characters", "location"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
  EXPECT_EQ(names.size(), 20U);
}

}  // namespace
}  // namespace lore
