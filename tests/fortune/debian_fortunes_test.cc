// The whole of Debian's `fortunes` package imports, validates clean and comes back
// cookie for cookie. Skipped where the package is not installed (.ci/run installs it).

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "commands/import_command.h"
#include "core/dataset_loader.h"
#include "fortune/fortune_file.h"

namespace lore {
namespace {

const std::filesystem::path kDebianFortunes = "/usr/share/games/fortunes";

/// The package's fortune files: regular files, not the .dat indexes or the .u8 links.
std::vector<std::string> debian_fortune_files() {
  std::vector<std::string> paths;
  std::error_code error;
  for (const auto& item : std::filesystem::directory_iterator(kDebianFortunes, error)) {
    if (!item.is_regular_file() || item.is_symlink()) continue;
    if (item.path().extension() == ".dat" || item.path().extension() == ".u8") continue;
    paths.push_back(item.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

/// `cookie` with the indentation of a closing "-- " line removed: the one difference
/// the round trip allows.
std::string without_attribution_indent(std::string cookie) {
  const std::size_t line_start = cookie.rfind('\n', cookie.size() - 2) + 1;  // npos + 1 == 0
  const std::size_t text_start = cookie.find_first_not_of(" \t", line_start);
  if (text_start != std::string::npos && cookie.compare(text_start, 3, "-- ") == 0) {
    cookie.erase(line_start, text_start - line_start);
  }
  return cookie;
}

/// The cookies of a fortune file split the plainest way, independently of the parser:
/// by lines of exactly "%", leaving out cookies of nothing but whitespace, each cookie
/// ending in one newline.
std::vector<std::string> comparable_cookies(const std::string& text) {
  std::vector<std::string> cookies;
  std::string current;
  const auto finish_cookie = [&] {
    if (current.find_first_not_of(" \t\r\n") != std::string::npos) {
      cookies.push_back(without_attribution_indent(current));
    }
    current.clear();
  };
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line == "%") {
      finish_cookie();
    } else {
      current += line + "\n";
    }
  }
  finish_cookie();
  return cookies;
}

std::string error_text(const Error& error) {
  std::string text = error.message;
  for (const Diagnostic& diagnostic : error.diagnostics)
    text += "\n" + format_diagnostic(diagnostic);
  return text;
}

class DebianFortunes : public testing::Test {
 protected:
  void SetUp() override {
    paths_ = debian_fortune_files();
    if (paths_.empty()) GTEST_SKIP() << "Debian's fortunes package is not installed";
  }

  /// Imports `files` as one dataset and loads its TOML, failing the test on any error
  /// or warning.
  std::optional<Dataset> import_and_load(const std::vector<std::string>& files) {
    StringOutput out;
    StringOutput messages;
    Context context{out, messages, disk_, environment_};
    ImportOptions options;
    options.files = files;
    const auto imported = run_import(options, context);
    if (!imported) {
      ADD_FAILURE() << "importing " << files.front() << ": " << error_text(imported.error());
      return std::nullopt;
    }
    LoadResult loaded = load_dataset(out.text(), files.front() + ".toml");
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
      ADD_FAILURE() << format_diagnostic(diagnostic);
    }
    return std::move(loaded.dataset);
  }

  std::string read(const std::string& path) {
    auto content = disk_.read(path);
    EXPECT_TRUE(content) << path;
    return content ? *content : "";
  }

  std::vector<std::string> paths_;
  DiskFileSystem disk_;
  Environment environment_;
};

std::vector<const Entry*> entries_of(const Dataset& dataset) {
  std::vector<const Entry*> entries;
  for (const Entry& entry : dataset.entries()) entries.push_back(&entry);
  return entries;
}

TEST_F(DebianFortunes, EveryFileImportsValidatesCleanAndRoundTripsCookieForCookie) {
  std::size_t cookies = 0;
  std::size_t speakers = 0;
  std::size_t mismatches = 0;
  for (const std::string& path : paths_) {
    const std::optional<Dataset> dataset = import_and_load({path});
    if (!dataset) continue;
    const std::vector<std::string> original = comparable_cookies(read(path));
    const std::vector<std::string> back = comparable_cookies(write_fortune(entries_of(*dataset)));
    EXPECT_EQ(dataset->entries().size(), original.size()) << path;
    EXPECT_EQ(back.size(), original.size()) << path;
    for (std::size_t i = 0; i < std::min(back.size(), original.size()); ++i) {
      if (back[i] == original[i]) continue;
      if (++mismatches <= 5) {
        ADD_FAILURE() << path << " cookie " << i + 1 << " differs:\n--- original\n"
                      << original[i] << "--- after lore\n"
                      << back[i];
      }
    }
    cookies += original.size();
    for (const Entry& entry : dataset->entries()) speakers += entry.speaker.empty() ? 0 : 1;
  }
  EXPECT_EQ(mismatches, 0U);
  std::cout << "Debian fortunes: " << paths_.size() << " files, " << cookies << " cookies, "
            << speakers << " with a speaker, " << mismatches << " mismatches\n";
  RecordProperty("files", static_cast<int>(paths_.size()));
  RecordProperty("cookies", static_cast<int>(cookies));
  RecordProperty("mismatches", static_cast<int>(mismatches));
}

TEST_F(DebianFortunes, AllFilesImportAsOneDatasetWithUniqueIds) {
  std::size_t cookies = 0;
  for (const std::string& path : paths_) cookies += comparable_cookies(read(path)).size();
  // load_dataset refuses a duplicate id, so loading clean proves the ids unique.
  const std::optional<Dataset> dataset = import_and_load(paths_);
  ASSERT_TRUE(dataset.has_value());
  EXPECT_EQ(dataset->entries().size(), cookies);
  EXPECT_EQ(dataset->info().id, dataset_id_for(paths_.front()));
}

TEST(ComparableCookies, SplitsOnPercentLinesAndIgnoresOnlyAttributionIndentation) {
  EXPECT_EQ(comparable_cookies("a\n\t\t-- X\n%\n\n%\n  b\n  -- Y z\n%\nc"),
            (std::vector<std::string>{"a\n-- X\n", "  b\n-- Y z\n", "c\n"}));
  EXPECT_NE(comparable_cookies("a\n  b\n"), comparable_cookies("a\nb\n"));
  EXPECT_NE(comparable_cookies("a\n-- X\n"), comparable_cookies("a\n-- X \n"));
  EXPECT_EQ(comparable_cookies("-- X\n"), (std::vector<std::string>{"-- X\n"}));
}

}  // namespace
}  // namespace lore
