#include "support/files.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lore::test {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void write_text(const std::filesystem::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

std::string read_source_file(const std::string& relative) {
  const std::filesystem::path path = std::filesystem::path(LORE_SOURCE_DIR) / relative;
  EXPECT_TRUE(std::ifstream(path).good()) << "cannot open " << relative;
  return read_text(path);
}

}  // namespace lore::test
