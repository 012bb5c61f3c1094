// Issue 9: datasets nested deeper than toml++ can take are refused before parsing.
#include "core/dataset_loader.h"

#include <gtest/gtest.h>

#include <string>

#include "core/toml_guard.h"

namespace lore {
namespace {

std::string repeated(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

constexpr std::string_view kHeader = "[dataset]\nid = \"deep\"\ntitle = \"Deep\"\n";

void expect_refused_at(const std::string& text, std::uint32_t line, std::string_view message) {
  const LoadResult result = load_dataset(text, "deep.toml");
  EXPECT_FALSE(result.dataset);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  const Diagnostic& diagnostic = result.diagnostics.front();
  EXPECT_EQ(diagnostic.path, "deep.toml");
  EXPECT_EQ(diagnostic.line, line);
  EXPECT_GT(diagnostic.column, 0u);
  EXPECT_EQ(diagnostic.severity, Severity::error);
  EXPECT_NE(diagnostic.message.find(message), std::string::npos) << diagnostic.message;
}

TEST(DatasetLoaderNesting, FiftyThousandDottedPartsAreAnErrorNotACrash) {
  expect_refused_at(std::string(kHeader) + "a" + repeated(".a", 50000) + " = 1\n", 4,
                    "too many dotted parts");
}

TEST(DatasetLoaderNesting, DeepTableHeadersAreAnError) {
  expect_refused_at(std::string(kHeader) + "[a" + repeated(".a", 50000) + "]\n", 4,
                    "too many dotted parts");
  expect_refused_at(std::string(kHeader) + "[[a" + repeated(".a", 50000) + "]]\n", 4,
                    "too many dotted parts");
}

TEST(DatasetLoaderNesting, DeepArraysAndInlineTablesAreAnError) {
  expect_refused_at(std::string(kHeader) + "x = " + repeated("[", 100000) + "\n", 4,
                    "nested too deeply");
  expect_refused_at(std::string(kHeader) + "x = " + repeated("{a=", 100000) + "\n", 4,
                    "nested too deeply");
}

TEST(DatasetLoaderNesting, ShallowNestingStillLoads) {
  const LoadResult result = load_dataset(
      std::string(kHeader) + "[[quote]]\nid = \"q\"\ntags = []\ntext = \"a.b.c [[[{{{\"\n",
      "ok.toml");
  ASSERT_TRUE(result.dataset);
  EXPECT_EQ(result.dataset->entries().size(), 1u);
}

}  // namespace
}  // namespace lore
