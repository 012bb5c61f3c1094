#include "commands/info_command.h"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "core/embedded_dataset.h"
#include "util/output.h"

namespace lore {
namespace {

using nlohmann::json;

constexpr std::string_view kMem = R"([dataset]
id = "mem"
title = "Memory"
year = 2001
description = "A dataset in memory."

[[quote]]
id = "q1"
text = "One."
tags = []

[[quote]]
id = "q2"
text = "Two."
tags = []
spoiler = true

[[trivia]]
id = "t1"
fact = "F."
category = "c"
tags = []

[[egg]]
id = "e1"
title = "E"
text = "E."
tags = []
)";

constexpr std::string_view kBare = R"([dataset]
id = "bare"
title = "Bare"
)";

class InfoCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    files_.add("mem.toml", std::string(kMem));
    files_.add("bare.toml", std::string(kBare));
  }
  static InfoOptions info(std::vector<std::string> files, bool embedded = false) {
    InfoOptions options;
    options.sources.include_embedded = embedded;
    options.sources.files = std::move(files);
    return options;
  }
  Expected<void, Error> run(const InfoOptions& options) {
    out_ = StringOutput();
    messages_ = StringOutput();
    Context context{out_, messages_, files_, environment_};
    return run_info(options, context);
  }
  MemoryFileSystem files_;
  Environment environment_;
  StringOutput out_;
  StringOutput messages_;
};

TEST_F(InfoCommandTest, TitleDescriptionFileAndCountsPerKind) {
  ASSERT_TRUE(run(info({"mem.toml"})));
  // Counts take in every entry, spoilers too.
  EXPECT_EQ(out_.text(),
            "Memory (2001) [mem]\n"
            "A dataset in memory.\n"
            "file: mem.toml\n"
            "     2 quotes\n"
            "     1 trivia\n"
            "     0 scenes\n"
            "     1 eggs\n");
}

TEST_F(InfoCommandTest, DatasetsAreSeparatedByABlankLine) {
  ASSERT_TRUE(run(info({"mem.toml", "bare.toml"})));
  const std::string& text = out_.text();
  const std::size_t second = text.find("\n\nBare [bare]\nfile: bare.toml\n");
  ASSERT_NE(second, std::string::npos) << text;
  EXPECT_EQ(text.rfind("Memory (2001) [mem]\n", 0), 0U);
}

TEST_F(InfoCommandTest, Json) {
  InfoOptions options = info({"mem.toml", "bare.toml"});
  options.display.format = OutputFormat::json;
  ASSERT_TRUE(run(options));
  const json expected = json::array(
      {{{"id", "mem"},
        {"title", "Memory"},
        {"year", 2001},
        {"description", "A dataset in memory."},
        {"path", "mem.toml"},
        {"counts", {{"quote", 2}, {"trivia", 1}, {"scene", 0}, {"egg", 1}}}},
       {{"id", "bare"},
        {"title", "Bare"},
        {"path", "bare.toml"},
        {"counts", {{"quote", 0}, {"trivia", 0}, {"scene", 0}, {"egg", 0}}}}});
  EXPECT_EQ(json::parse(out_.text()), expected);
}

TEST_F(InfoCommandTest, JsonLines) {
  InfoOptions options = info({"mem.toml", "bare.toml"});
  options.display.format = OutputFormat::jsonl;
  ASSERT_TRUE(run(options));
  std::istringstream lines(out_.text());
  std::vector<std::string> ids;
  for (std::string line; std::getline(lines, line);) ids.push_back(json::parse(line).at("id"));
  EXPECT_EQ(ids, (std::vector<std::string>{"mem", "bare"}));
}

TEST_F(InfoCommandTest, TheEmbeddedDatasetsCountsMatchItsFile) {
  InfoOptions options = info({}, true);
  options.display.format = OutputFormat::json;
  ASSERT_TRUE(run(options));
  const json parsed = json::parse(out_.text());
  ASSERT_EQ(parsed.size(), 1U);
  EXPECT_EQ(parsed[0].at("id"), "io");
  EXPECT_EQ(parsed[0].at("title"), "IO");
  EXPECT_EQ(parsed[0].at("year"), 2019);
  // Count the table headers in the text itself.
  std::istringstream lines{std::string(embedded::kDataset)};
  std::map<std::string, int> headers;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("[[", 0) == 0) ++headers[line.substr(2, line.find("]]") - 2)];
  }
  for (const char* kind : {"quote", "trivia", "scene", "egg"}) {
    EXPECT_EQ(parsed[0].at("counts").at(kind), headers[kind]) << kind;
  }
}

TEST_F(InfoCommandTest, ErrorsOfLoadingComeThrough) {
  const auto result = run(info({"gone.toml"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
}

}  // namespace
}  // namespace lore
