#include "cli/generate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lore::cli {
namespace {

OptionModel option(std::vector<std::string> names, std::string group,
                   std::vector<std::string> values = {}) {
  OptionModel model;
  model.names = std::move(names);
  model.value_name = values.empty() ? "" : "FORMAT";
  model.description = "Something";
  model.group = std::move(group);
  for (std::string& value : values) model.choices.push_back({std::move(value), "", true});
  return model;
}

/// lore and three commands: quote takes every shared option, quiz some filters and
/// fewer formats, info the output alone with quiz's formats.
std::vector<CommandModel> commands() {
  const OptionModel data = option({"--data"}, "Datasets");
  const OptionModel tag = option({"-t", "--tag"}, "Filters");
  const OptionModel category = option({"--category"}, "Filters");
  const OptionModel every_format = option({"-f", "--format"}, "Output", {"text", "json", "tsv"});
  const OptionModel some_formats = option({"-f", "--format"}, "Output", {"text", "json"});
  return {{"", "", {data, tag, category, every_format}, {}},
          {"quote", "", {data, tag, category, every_format}, {}},
          {"quiz", "", {data, category, some_formats}, {}},
          {"info", "", {some_formats}, {}}};
}

std::string block(const std::string& text, const std::string& marker) {
  const auto start = text.find(marker);
  if (start == std::string::npos) return "";
  return text.substr(start, text.find(".Bl", start) - start);
}

TEST(ManOptions, EachGroupSaysWhoTakesItWholeAndWhoTakesPart) {
  const std::string text = man_options(commands());
  EXPECT_EQ(block(text, "@OPTIONS Datasets@"),
            "@OPTIONS Datasets@\nTaken whole by\n.Cm quote\nand\n.Cm quiz .\n");
  EXPECT_EQ(block(text, "@OPTIONS Filters@"),
            "@OPTIONS Filters@\nTaken whole by\n.Cm quote ;\n.Cm quiz\ntakes\n.Fl -category .\n");
  EXPECT_EQ(block(text, "@OPTIONS Output@"),
            "@OPTIONS Output@\nTaken whole by\n.Cm quote ,\n.Cm quiz\nand\n.Cm info .\n");
}

TEST(ManOptions, FormatSaysWhichCommandsTakeFewerFormats) {
  const std::string text = man_options(commands());
  EXPECT_NE(text.find(".Cm quiz\nand\n.Cm info\ntake\n.Cm text\nand\n.Cm json .\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find(".Cm quote\ntake"), std::string::npos) << "quote takes every format";
}

}  // namespace
}  // namespace lore::cli
