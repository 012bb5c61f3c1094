// run_show with two datasets that share an id: the candidates as DATASET:ID,
// DATASET:ID picking one, -c showing DATASET:ID with the entry.
#include "commands/show_command.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lore {
namespace {

std::string dataset(const std::string& id, const std::string& text) {
  return "[dataset]\nid = \"" + id + "\"\ntitle = \"" + id + "\"\n\n[[quote]]\nid = \"shared\"\ntext = \"" +
         text + "\"\ntags = []\n\n[[quote]]\nid = \"only-" + id + "\"\ntext = \"Only " + id +
         ".\"\ntags = []\n";
}

class ShowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    files_.add("/d/alpha.toml", dataset("alpha", "Alpha says."));
    files_.add("/d/beta.toml", dataset("beta", "Beta says."));
  }

  Expected<void, Error> show(std::vector<std::string> ids, bool show_source = false,
                             std::vector<std::string> only = {}) {
    ShowOptions options;
    options.ids = std::move(ids);
    options.sources.include_embedded = false;
    options.sources.files = {"/d/alpha.toml", "/d/beta.toml"};
    options.sources.only = std::move(only);
    options.display.color = ColorMode::never;
    options.display.width = 0;
    options.display.show_source = show_source;
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
    return run_show(options, context);
  }

  MemoryFileSystem files_;
  Environment environment_;
  StringOutput out_;
  StringOutput messages_;
};

TEST_F(ShowTest, AnAmbiguousIdListsTheCandidates) {
  const auto result = show({"shared"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(result.error().message,
            "id 'shared' is in more than one dataset; name one of: alpha:shared, beta:shared");
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ShowTest, DatasetColonIdPicksOne) {
  ASSERT_TRUE(show({"beta:shared"}));
  EXPECT_EQ(out_.text(), "Beta says.\n    -- beta\n");
  ASSERT_TRUE(show({"alpha:shared"}));
  EXPECT_EQ(out_.text(), "Alpha says.\n    -- alpha\n");
}

TEST_F(ShowTest, AnUnambiguousIdNeedsNoDataset) {
  ASSERT_TRUE(show({"only-beta", "alpha:only-alpha"}));
  EXPECT_EQ(out_.text(), "Only beta.\n    -- beta\n\nOnly alpha.\n    -- alpha\n");
}

TEST_F(ShowTest, TheOthersArePrintedAndTheAmbiguousOneReported) {
  const auto result = show({"only-alpha", "shared"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(out_.text(), "Only alpha.\n    -- alpha\n");
}

TEST_F(ShowTest, AWrongDatasetIsAnUnknownId) {
  const auto result = show({"gamma:shared"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_NE(result.error().message.find("unknown id 'gamma:shared'"), std::string::npos);
  EXPECT_FALSE(show({"alpha:only-beta"}));
}

TEST_F(ShowTest, RestrictingToOneDatasetMakesTheIdUnambiguous) {
  ASSERT_TRUE(show({"shared"}, false, {"beta"}));
  EXPECT_EQ(out_.text(), "Beta says.\n    -- beta\n");
}

TEST_F(ShowTest, ShowSourcePrintsDatasetColonId) {
  ASSERT_TRUE(show({"beta:shared", "only-alpha"}, true));
  EXPECT_EQ(out_.text(), "(beta:shared)\nBeta says.\n    -- beta\n\n(alpha:only-alpha)\nOnly alpha.\n    -- alpha\n");
}

}  // namespace
}  // namespace lore
