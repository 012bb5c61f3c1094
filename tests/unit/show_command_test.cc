#include "commands/show_command.h"

#include <gtest/gtest.h>

#include <string>

#include "util/output.h"

namespace lore {
namespace {

constexpr std::string_view kMem = R"([dataset]
id = "mem"
title = "Memory"

[[quote]]
id = "hope"
text = "Hope is not a plan."
tags = []

[[scene]]
id = "the-end"
title = "The end"
order = 1
description = "It ends."
tags = []
spoiler = true

[[egg]]
id = "e-balloon"
title = "The balloon"
text = "Fragile."
tags = []

[[quote]]
id = "shared"
text = "Shared in mem."
tags = []
)";

constexpr std::string_view kOther = R"([dataset]
id = "other"
title = "Other"

[[quote]]
id = "shared"
text = "Shared in other."
tags = []
)";

class ShowCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    files_.add("mem.toml", std::string(kMem));
    files_.add("other.toml", std::string(kOther));
  }
  static ShowOptions show(std::vector<std::string> ids, std::vector<std::string> files = {"mem.toml"}) {
    ShowOptions options;
    options.ids = std::move(ids);
    options.sources.include_embedded = false;
    options.sources.files = std::move(files);
    options.display.entry_template = EntryTemplate::parse("{dataset}:{id}").value();
    return options;
  }
  Expected<void, Error> run(const ShowOptions& options) {
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

TEST_F(ShowCommandTest, PrintsTheNamedEntriesInTheOrderGiven) {
  ASSERT_TRUE(run(show({"e-balloon", "hope"})));
  EXPECT_EQ(out_.text(), "mem:e-balloon\nmem:hope\n");
}

TEST_F(ShowCommandTest, PrintsEntriesInFull) {
  ShowOptions options = show({"e-balloon"});
  options.display.entry_template.reset();
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "The balloon\nFragile.\n");
}

TEST_F(ShowCommandTest, ShowsASpoilerWhenItIsNamed) {
  ASSERT_TRUE(run(show({"the-end"})));
  EXPECT_EQ(out_.text(), "mem:the-end\n");
}

TEST_F(ShowCommandTest, UnknownIdSuggestsTheNearest) {
  const auto result = run(show({"e-baloon"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(result.error().message, "unknown id 'e-baloon'; did you mean e-balloon?");
}

TEST_F(ShowCommandTest, UnknownIdWithNothingNear) {
  const auto result = run(show({"zzzzzzzzzz"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(result.error().message, "unknown id 'zzzzzzzzzz'");
}

TEST_F(ShowCommandTest, KnownIdsArePrintedBeforeTheError) {
  const auto result = run(show({"hope", "nope-nope-nope", "e-balloon", "hpoe"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(out_.text(), "mem:hope\nmem:e-balloon\n");
  // One line for each unknown id.
  const std::string& message = result.error().message;
  EXPECT_NE(message.find("unknown id 'nope-nope-nope'"), std::string::npos) << message;
  EXPECT_NE(message.find("\nunknown id 'hpoe'; did you mean hope?"), std::string::npos) << message;
}

TEST_F(ShowCommandTest, AnIdInTwoDatasetsIsAmbiguous) {
  const auto result = run(show({"shared"}, {"mem.toml", "other.toml"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unknown_id);
  EXPECT_EQ(result.error().message, "id 'shared' is in more than one dataset; name one of: mem:shared, other:shared");
  EXPECT_EQ(out_.text(), "");
}

TEST_F(ShowCommandTest, DatasetColonIdPicksOne) {
  ShowOptions options = show({"other:shared", "mem:shared"}, {"mem.toml", "other.toml"});
  options.display.entry_template = EntryTemplate::parse("{text}").value();
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "Shared in other.\nShared in mem.\n");
}

TEST_F(ShowCommandTest, AnEmbeddedEntryById) {
  ShowOptions options = show({"hope-is-not-a-plan"}, {});
  options.sources.include_embedded = true;
  options.display.entry_template = EntryTemplate::parse("{dataset}:{id}: {text}").value();
  ASSERT_TRUE(run(options));
  EXPECT_EQ(out_.text(), "io:hope-is-not-a-plan: Hope is not a plan. But it\xE2\x80\x99s something.\n");
}

}  // namespace
}  // namespace lore
