#include "core/schema.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace lore {
namespace {

std::vector<std::string_view> names_of(Kind kind) {
  std::vector<std::string_view> names;
  for (const FieldSpec& field : fields_of(kind)) names.push_back(field.name);
  return names;
}

std::vector<std::string_view> required_of(Kind kind) {
  std::vector<std::string_view> names;
  for (const FieldSpec& field : fields_of(kind)) {
    if (field.required) names.push_back(field.name);
  }
  return names;
}

using Names = std::vector<std::string_view>;

// The fields data/README.md documents for each kind.
TEST(Schema, FieldsOfEachKindAreAsDocumented) {
  EXPECT_EQ(names_of(Kind::quote),
            (Names{"id", "text", "speaker", "context", "tags", "spoiler", "source"}));
  EXPECT_EQ(names_of(Kind::trivia), (Names{"id", "fact", "category", "question", "answer", "accept",
                                           "choices", "tags", "spoiler", "source"}));
  EXPECT_EQ(names_of(Kind::scene), (Names{"id", "title", "order", "description", "characters",
                                          "location", "tags", "spoiler", "source"}));
  EXPECT_EQ(names_of(Kind::egg), (Names{"id", "title", "text", "tags", "spoiler", "source"}));
}

TEST(Schema, RequiredFieldsAreAsDocumented) {
  EXPECT_EQ(required_of(Kind::quote), (Names{"id", "text", "tags"}));
  EXPECT_EQ(required_of(Kind::trivia), (Names{"id", "fact", "category", "tags"}));
  EXPECT_EQ(required_of(Kind::scene), (Names{"id", "title", "description", "tags"}));
  EXPECT_EQ(required_of(Kind::egg), (Names{"id", "title", "text", "tags"}));
}

TEST(Schema, EveryKindHasIdTagsSpoilerAndSource) {
  for (const Kind kind : kAllKinds) {
    const FieldSpec* id = find_field(kind, "id");
    ASSERT_NE(id, nullptr) << kind_name(kind);
    EXPECT_EQ(id->type, FieldType::string);
    EXPECT_TRUE(id->required);
    const FieldSpec* tags = find_field(kind, "tags");
    ASSERT_NE(tags, nullptr) << kind_name(kind);
    EXPECT_EQ(tags->type, FieldType::string_list);
    EXPECT_TRUE(tags->required);
    const FieldSpec* spoiler = find_field(kind, "spoiler");
    ASSERT_NE(spoiler, nullptr);
    EXPECT_EQ(spoiler->type, FieldType::boolean);
    EXPECT_FALSE(spoiler->required);
    const FieldSpec* source = find_field(kind, "source");
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->type, FieldType::string);
    EXPECT_FALSE(source->required);
  }
}

TEST(Schema, TypesOfTheOtherFields) {
  EXPECT_EQ(find_field(Kind::scene, "order")->type, FieldType::integer);
  EXPECT_EQ(find_field(Kind::scene, "characters")->type, FieldType::string_list);
  EXPECT_EQ(find_field(Kind::trivia, "accept")->type, FieldType::string_list);
  EXPECT_EQ(find_field(Kind::trivia, "choices")->type, FieldType::string_list);
  EXPECT_EQ(find_field(Kind::quote, "speaker")->type, FieldType::string);
}

TEST(Schema, FindFieldKnowsOnlyTheKindsOwnFields) {
  EXPECT_NE(find_field(Kind::trivia, "fact"), nullptr);
  EXPECT_EQ(find_field(Kind::quote, "fact"), nullptr);
  EXPECT_EQ(find_field(Kind::quote, "order"), nullptr);
  EXPECT_EQ(find_field(Kind::egg, "speaker"), nullptr);
  EXPECT_EQ(find_field(Kind::quote, "kind"), nullptr);
  EXPECT_EQ(find_field(Kind::quote, ""), nullptr);
}

TEST(Schema, TextIsSearchedButNotIdsTagsCategoriesOrSources) {
  const Names searched{"text",   "speaker", "context",     "fact",       "question",
                       "answer", "title",   "description", "characters", "location"};
  const Names not_searched{"id", "tags", "category", "source", "spoiler", "order"};
  for (const Kind kind : kAllKinds) {
    for (const FieldSpec& field : fields_of(kind)) {
      const auto is = [&](const Names& names) {
        return std::find(names.begin(), names.end(), field.name) != names.end();
      };
      if (is(searched)) {
        EXPECT_TRUE(field.searchable) << kind_name(kind) << "." << field.name;
      }
      if (is(not_searched)) {
        EXPECT_FALSE(field.searchable) << kind_name(kind) << "." << field.name;
      }
    }
  }
}

/// An entry whose every text field holds its own name, so a field that reads the
/// wrong member shows.
Entry labelled_entry(Kind kind) {
  Entry entry;
  entry.kind = kind;
  entry.id = "id";
  entry.text = "text";
  entry.speaker = "speaker";
  entry.context = "context";
  entry.fact = "fact";
  entry.category = "category";
  entry.question = "question";
  entry.answer = "answer";
  entry.title = "title";
  entry.description = "description";
  entry.location = "location";
  entry.source = "source";
  entry.tags = {"tags"};
  entry.accept = {"accept"};
  entry.choices = {"choices"};
  entry.characters = {"characters"};
  entry.order = 42;
  entry.spoiler = true;
  return entry;
}

TEST(ValueOf, EachFieldReadsItsOwnMember) {
  for (const Kind kind : kAllKinds) {
    const Entry entry = labelled_entry(kind);
    for (const FieldSpec& field : fields_of(kind)) {
      SCOPED_TRACE(std::string(kind_name(kind)) + "." + std::string(field.name));
      const FieldValue value = value_of(entry, field);
      switch (field.type) {
        case FieldType::string:
          ASSERT_TRUE(std::holds_alternative<std::string_view>(value));
          EXPECT_EQ(std::get<std::string_view>(value), field.name);
          break;
        case FieldType::string_list: {
          ASSERT_TRUE(std::holds_alternative<const std::vector<std::string_view>*>(value));
          const auto* list = std::get<const std::vector<std::string_view>*>(value);
          ASSERT_EQ(list->size(), 1U);
          EXPECT_EQ(list->front(), field.name);
          break;
        }
        case FieldType::integer:
          ASSERT_TRUE(std::holds_alternative<std::int64_t>(value));
          EXPECT_EQ(std::get<std::int64_t>(value), 42);
          break;
        case FieldType::boolean:
          ASSERT_TRUE(std::holds_alternative<bool>(value));
          EXPECT_TRUE(std::get<bool>(value));
          break;
      }
    }
  }
}

TEST(ValueOf, AbsentFieldsAreMonostate) {
  Entry quote;
  quote.kind = Kind::quote;
  quote.id = "q";
  EXPECT_TRUE(
      std::holds_alternative<std::monostate>(value_of(quote, *find_field(Kind::quote, "speaker"))));
  EXPECT_TRUE(
      std::holds_alternative<std::monostate>(value_of(quote, *find_field(Kind::quote, "source"))));
  Entry trivia;
  trivia.kind = Kind::trivia;
  EXPECT_TRUE(std::holds_alternative<std::monostate>(
      value_of(trivia, *find_field(Kind::trivia, "accept"))));
  Entry scene;
  scene.kind = Kind::scene;
  EXPECT_TRUE(
      std::holds_alternative<std::monostate>(value_of(scene, *find_field(Kind::scene, "order"))));
}

TEST(ValueOf, RequiredListsAreThereEvenWhenEmpty) {
  Entry quote;
  quote.kind = Kind::quote;
  const FieldValue tags = value_of(quote, *find_field(Kind::quote, "tags"));
  ASSERT_TRUE(std::holds_alternative<const std::vector<std::string_view>*>(tags));
  EXPECT_TRUE(std::get<const std::vector<std::string_view>*>(tags)->empty());
}

TEST(ValueOf, SpoilerIsAlwaysThere) {
  Entry egg;
  egg.kind = Kind::egg;
  const FieldValue spoiler = value_of(egg, *find_field(Kind::egg, "spoiler"));
  ASSERT_TRUE(std::holds_alternative<bool>(spoiler));
  EXPECT_FALSE(std::get<bool>(spoiler));
}

TEST(AllFieldNames, EveryNameOnce) {
  const std::vector<std::string_view> names = all_field_names();
  for (const Kind kind : kAllKinds) {
    for (const FieldSpec& field : fields_of(kind)) {
      EXPECT_EQ(std::count(names.begin(), names.end(), field.name), 1) << field.name;
    }
  }
  // id text speaker context tags spoiler source, fact category question answer accept
  // choices, title order description characters location.
  EXPECT_EQ(names.size(), 18U);
}

TEST(Describe, NamesTypesAsMessagesSayThem) {
  EXPECT_EQ(describe(FieldType::string), "a string");
  EXPECT_EQ(describe(FieldType::string_list), "an array of strings");
  EXPECT_EQ(describe(FieldType::integer), "an integer");
  EXPECT_EQ(describe(FieldType::boolean), "a boolean");
}

}  // namespace
}  // namespace lore
