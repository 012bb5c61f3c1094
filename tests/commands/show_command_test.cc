#include "commands/show_command.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/catalogs.h"
#include "support/dataset_builder.h"
#include "support/memory_context.h"
#include "util/output.h"

namespace lore {
namespace {

std::string mem_dataset() {
  return test::DatasetBuilder("mem", "Memory")
      .quote("hope", "Hope is not a plan.")
      .scene("the-end", "The end", 1, "It ends.")
      .spoiler()
      .egg("e-balloon", "The balloon", "Fragile.")
      .quote("shared", "Shared in mem.")
      .toml();
}

std::string other_dataset() {
  return test::DatasetBuilder("other", "Other").quote("shared", "Shared in other.").toml();
}

class ShowRun : public test::ContextTest {
 protected:
  void SetUp() override {
    files_.add("mem.toml", mem_dataset());
    files_.add("other.toml", other_dataset());
  }
  static ShowOptions show(std::vector<std::string> ids,
                          std::vector<std::string> files = {"mem.toml"}) {
    ShowOptions options;
    options.ids = std::move(ids);
    options.sources = test::only_files(std::move(files));
    options.display.entry_template = EntryTemplate::parse("{dataset}:{id}").value();
    return options;
  }
  Expected<void, Error> run(const ShowOptions& options) {
    Context context = fresh_context();
    return run_show(options, context);
  }
};

TEST_F(ShowRun, PrintsTheNamedEntriesInTheOrderGiven) {
  ASSERT_TRUE(run(show({"e-balloon", "hope"})));
  EXPECT_EQ(out_.text(), "mem:e-balloon\nmem:hope\n");
}

TEST_F(ShowRun, PrintsEntriesInFull) {
  ShowOptions options = show({"e-balloon"});
  options.display.entry_template.reset();
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "The balloon\nFragile.\n");
}

TEST_F(ShowRun, ShowsASpoilerWhenItIsNamed) {
  ASSERT_TRUE(run(show({"the-end"})));
  EXPECT_EQ(out_.text(), "mem:the-end\n");
}

TEST_F(ShowRun, UnknownIdSuggestsTheNearest) {
  const auto result = run(show({"e-baloon"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(result.error().message, "unknown id 'e-baloon'; did you mean 'e-balloon'?");
}

TEST_F(ShowRun, UnknownIdWithNothingNear) {
  const auto result = run(show({"zzzzzzzzzz"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(result.error().message, "unknown id 'zzzzzzzzzz'");
}

TEST_F(ShowRun, KnownIdsArePrintedBeforeTheError) {
  const auto result = run(show({"hope", "nope-nope-nope", "e-balloon", "hpoe"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(out_.text(), "mem:hope\nmem:e-balloon\n");
  // One line for each unknown id.
  const std::string& message = result.error().message;
  EXPECT_NE(message.find("unknown id 'nope-nope-nope'"), std::string::npos) << message;
  EXPECT_NE(message.find("\nunknown id 'hpoe'; did you mean 'hope'?"), std::string::npos)
      << message;
}

TEST_F(ShowRun, AnIdInTwoDatasetsIsAmbiguous) {
  const auto result = run(show({"shared"}, {"mem.toml", "other.toml"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(result.error().message,
            "id 'shared' is in more than one dataset; name one of: mem:shared, other:shared");
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ShowRun, DatasetColonIdPicksOne) {
  ShowOptions options = show({"other:shared", "mem:shared"}, {"mem.toml", "other.toml"});
  options.display.entry_template = EntryTemplate::parse("{text:-}").value();
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "Shared in other.\nShared in mem.\n");
}

TEST_F(ShowRun, AMisspeltQualifiedIdSuggestsInItsDataset) {
  auto result = run(show({"mem:e-baloon"}, {"mem.toml", "other.toml"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, "unknown id 'mem:e-baloon'; did you mean 'mem:e-balloon'?");
  result = run(show({"mme:hope"}, {"mem.toml", "other.toml"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message,
            "unknown dataset 'mme' in 'mme:hope'; did you mean 'mem:hope'?");
}

TEST_F(ShowRun, AnEmbeddedEntryById) {
  ShowOptions options = show({"hope-is-not-a-plan"}, {});
  options.sources.include_embedded = true;
  options.display.entry_template = EntryTemplate::parse("{dataset}:{id}: {summary}").value();
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(),
            "io:hope-is-not-a-plan: Hope is not a plan. But it\xE2\x80\x99s something.\n");
}

// ------------------------------------------------------------------ shared ids
// run_show with two datasets that share an id: the candidates as DATASET:ID,
// DATASET:ID picking one, -c showing DATASET:ID with the entry.

std::string dataset(const std::string& id, const std::string& text) {
  return test::DatasetBuilder(id, id)
      .quote("shared", text)
      .quote("only-" + id, "Only " + id + ".")
      .toml();
}

class SharedIds : public test::ContextTest {
 protected:
  void SetUp() override {
    files_.add("/d/alpha.toml", dataset("alpha", "Alpha says."));
    files_.add("/d/beta.toml", dataset("beta", "Beta says."));
  }

  Expected<void, Error> show(std::vector<std::string> ids, bool show_source = false,
                             std::vector<std::string> only = {}) {
    ShowOptions options;
    options.ids = std::move(ids);
    options.sources = test::only_files({"/d/alpha.toml", "/d/beta.toml"});
    options.sources.only = std::move(only);
    options.display.color = ColorMode::never;
    options.display.width = 0;
    options.display.show_source = show_source;
    Context context = fresh_context();
    return run_show(options, context);
  }
};

TEST_F(SharedIds, AnAmbiguousIdListsTheCandidates) {
  const auto result = show({"shared"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(result.error().message,
            "id 'shared' is in more than one dataset; name one of: alpha:shared, beta:shared");
  EXPECT_EQ(out_.text(), "");
}

TEST_F(SharedIds, DatasetColonIdPicksOne) {
  ASSERT_TRUE(show({"beta:shared"}));
  EXPECT_EQ(out_.text(), "Beta says.\n    -- beta\n");
  ASSERT_TRUE(show({"alpha:shared"}));
  EXPECT_EQ(out_.text(), "Alpha says.\n    -- alpha\n");
}

TEST_F(SharedIds, AnUnambiguousIdNeedsNoDataset) {
  ASSERT_TRUE(show({"only-beta", "alpha:only-alpha"}));
  EXPECT_EQ(out_.text(), "Only beta.\n    -- beta\n\nOnly alpha.\n    -- alpha\n");
}

TEST_F(SharedIds, AmbiguousOneIsReported) {
  const auto result = show({"only-alpha", "shared"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(out_.text(), "Only alpha.\n    -- alpha\n");
}

TEST_F(SharedIds, AWrongDatasetIsAnUnknownId) {
  const auto result = show({"gamma:shared"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_NE(result.error().message.find("unknown dataset 'gamma' in 'gamma:shared'"),
            std::string::npos)
      << result.error().message;
  EXPECT_FALSE(show({"alpha:only-beta"}));
}

TEST_F(SharedIds, OneDatasetDisambiguates) {
  ASSERT_TRUE(show({"shared"}, false, {"beta"}));
  EXPECT_EQ(out_.text(), "Beta says.\n    -- beta\n");
}

TEST_F(SharedIds, ShowSourcePrintsDatasetColonId) {
  ASSERT_TRUE(show({"beta:shared", "only-alpha"}, true));
  EXPECT_EQ(
      out_.text(),
      "(beta:shared)\nBeta says.\n    -- beta\n\n(alpha:only-alpha)\nOnly alpha.\n    -- alpha\n");
}

}  // namespace
}  // namespace lore
