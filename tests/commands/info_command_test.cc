#include "commands/info_command.h"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "core/embedded_dataset.h"
#include "support/dataset_builder.h"
#include "support/memory_context.h"
#include "util/output.h"

namespace lore {
namespace {

using nlohmann::json;

std::string mem_dataset() {
  return test::DatasetBuilder("mem", "Memory")
      .number("year", 2001)
      .field("description", "A dataset in memory.")
      .quote("q1", "One.")
      .quote("q2", "Two.")
      .spoiler()
      .trivia("t1", "F.", "c")
      .egg("e1", "E", "E.")
      .toml();
}

std::string bare_dataset() {
  return test::DatasetBuilder("bare", "Bare").toml();
}

class InfoRun : public test::ContextTest {
 protected:
  void SetUp() override {
    files_.add("mem.toml", mem_dataset());
    files_.add("bare.toml", bare_dataset());
  }
  static InfoOptions info(std::vector<std::string> files, bool embedded = false) {
    InfoOptions options;
    options.sources.include_embedded = embedded;
    options.sources.files = std::move(files);
    return options;
  }
  Expected<void, Error> run(const InfoOptions& options) {
    Context context = fresh_context();
    return run_info(options, context);
  }
};

TEST_F(InfoRun, TitleDescriptionFileAndCountsPerKind) {
  ASSERT_TRUE(run(info({"mem.toml"})));
  // Counts take in every entry, spoilers too.
  EXPECT_EQ(out_.text(),
            "Memory (2001) [mem]\n"
            "A dataset in memory.\n"
            "file: mem.toml\n"
            "     2 quotes\n"
            "     1 trivia\n"
            "     0 scenes\n"
            "     1 egg\n");
}

TEST_F(InfoRun, DatasetsAreSeparatedByABlankLine) {
  ASSERT_TRUE(run(info({"mem.toml", "bare.toml"})));
  const std::string& text = out_.text();
  const std::size_t second = text.find("\n\nBare [bare]\nfile: bare.toml\n");
  ASSERT_NE(second, std::string::npos) << text;
  EXPECT_EQ(text.rfind("Memory (2001) [mem]\n", 0), 0U);
}

TEST_F(InfoRun, Json) {
  InfoOptions options = info({"mem.toml", "bare.toml"});
  options.display.format = OutputFormat::json;
  ASSERT_TRUE(run(options));
  const json expected =
      json::array({{{"id", "mem"},
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

TEST_F(InfoRun, JsonLines) {
  InfoOptions options = info({"mem.toml", "bare.toml"});
  options.display.format = OutputFormat::jsonl;
  ASSERT_TRUE(run(options));
  std::vector<std::string> ids;
  for (const std::string& line : out_lines()) ids.push_back(json::parse(line).at("id"));
  EXPECT_EQ(ids, (std::vector<std::string>{"mem", "bare"}));
}

TEST_F(InfoRun, TheEmbeddedDatasetsCountsMatchItsFile) {
  InfoOptions options = info({}, true);
  options.display.format = OutputFormat::json;
  ASSERT_TRUE(run(options));
  const json parsed = json::parse(out_.text());
  ASSERT_EQ(parsed.size(), 1U);
  EXPECT_EQ(parsed[0].at("id"), "io");
  EXPECT_EQ(parsed[0].at("title"), "IO");
  EXPECT_EQ(parsed[0].at("year"), 2019);
  // Count the table headers in the text itself.
  std::map<std::string, int> headers;
  for (const std::string& line : test::lines_of(embedded::kDataset)) {
    if (line.rfind("[[", 0) == 0) ++headers[line.substr(2, line.find("]]") - 2)];
  }
  for (const char* kind : {"quote", "trivia", "scene", "egg"}) {
    EXPECT_EQ(parsed[0].at("counts").at(kind), headers[kind]) << kind;
  }
}

TEST_F(InfoRun, ErrorsOfLoadingComeThrough) {
  const auto result = run(info({"gone.toml"}));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::unreadable_input);
}

}  // namespace
}  // namespace lore
