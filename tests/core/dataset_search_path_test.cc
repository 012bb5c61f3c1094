#include "core/dataset_search_path.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lore {
namespace {

using Path = std::vector<std::string>;

SearchPathVariables variables(std::optional<std::string> data_home,
                              std::optional<std::string> data_dirs,
                              std::optional<std::string> home = "/home/u",
                              std::optional<std::string> lore_path = std::nullopt) {
  return {std::move(data_home), std::move(data_dirs), std::move(home), std::move(lore_path)};
}

TEST(DatasetSearchPath, DataDirsDataHomeLorePath) {
  const auto path = dataset_search_path(
      variables("/xdg/home", "/sys/one:/sys/two", "/home/u", "/lp/a:/lp/b.toml"));
  EXPECT_EQ(path,
            (Path{"/sys/one/lore", "/sys/two/lore", "/xdg/home/lore", "/lp/a", "/lp/b.toml"}));
}

TEST(DatasetSearchPath, TheOrderOfDataDirsIsKept) {
  EXPECT_EQ(dataset_search_path(variables("/h", "/b:/a:/c")),
            (Path{"/b/lore", "/a/lore", "/c/lore", "/h/lore"}));
}

TEST(DatasetSearchPath, UnsetDataDirsDefault) {
  EXPECT_EQ(dataset_search_path(variables("/h", std::nullopt)),
            (Path{"/usr/local/share/lore", "/usr/share/lore", "/h/lore"}));
}

TEST(DatasetSearchPath, EmptyDataDirsAreUnsetDataDirs) {
  // XDG: "If $XDG_DATA_DIRS is either not set or empty, a value equal to
  // /usr/local/share/:/usr/share/ should be used."
  EXPECT_EQ(dataset_search_path(variables("/h", "")),
            (Path{"/usr/local/share/lore", "/usr/share/lore", "/h/lore"}));
}

TEST(DatasetSearchPath, UnsetDataHomeIsHomeDotLocalShare) {
  EXPECT_EQ(dataset_search_path(variables(std::nullopt, "/s", "/home/someone")),
            (Path{"/s/lore", "/home/someone/.local/share/lore"}));
}

TEST(DatasetSearchPath, EmptyDataHomeIsUnsetDataHome) {
  EXPECT_EQ(dataset_search_path(variables("", "/s", "/home/someone")),
            (Path{"/s/lore", "/home/someone/.local/share/lore"}));
}

TEST(DatasetSearchPath, NoDataHomeNorHome) {
  EXPECT_EQ(dataset_search_path(variables(std::nullopt, "/s", std::nullopt)), (Path{"/s/lore"}));
  // A relative HOME is no better than none.
  EXPECT_EQ(dataset_search_path(variables(std::nullopt, "/s", "home/u")), (Path{"/s/lore"}));
}

TEST(DatasetSearchPath, RelativeDataDirsAreIgnored) {
  EXPECT_EQ(dataset_search_path(variables("/h", "relative:/abs:./dot:~/tilde")),
            (Path{"/abs/lore", "/h/lore"}));
}

TEST(DatasetSearchPath, OnlyRelativeDataDirsGiveNoDataDirs) {
  // Every entry is invalid, so none is used; the defaults apply only to an unset or
  // empty variable.
  EXPECT_EQ(dataset_search_path(variables("/h", "a:b")), (Path{"/h/lore"}));
}

TEST(DatasetSearchPath, RelativeDataHomeIsIgnored) {
  EXPECT_EQ(dataset_search_path(variables("relative/data", "/s", "/home/u")),
            (Path{"/s/lore", "/home/u/.local/share/lore"}));
}

TEST(DatasetSearchPath, TrailingSlashesAreDropped) {
  EXPECT_EQ(dataset_search_path(variables("/h/", "/s//")), (Path{"/s/lore", "/h/lore"}));
}

TEST(DatasetSearchPath, EmptyItemsOfTheListsAreSkipped) {
  EXPECT_EQ(dataset_search_path(variables("/h", ":/s::/t:", "/home/u", "::/lp::")),
            (Path{"/s/lore", "/t/lore", "/h/lore", "/lp"}));
}

TEST(DatasetSearchPath, LorePathIsTakenAsGiven) {
  // LORE_PATH is the user's own list of files and folders, not an XDG variable.
  EXPECT_EQ(dataset_search_path(variables("/h", "/s", "/home/u", "mine.toml:/x/dir/")),
            (Path{"/s/lore", "/h/lore", "mine.toml", "/x/dir/"}));
}

TEST(DatasetSearchPath, NoLorePathAddsNothing) {
  EXPECT_EQ(dataset_search_path(variables("/h", "/s", "/home/u", std::nullopt)),
            (Path{"/s/lore", "/h/lore"}));
  EXPECT_EQ(dataset_search_path(variables("/h", "/s", "/home/u", "")),
            (Path{"/s/lore", "/h/lore"}));
}

TEST(SplitPathList, SplitsOnColonsAndDropsEmptyItems) {
  EXPECT_EQ(split_path_list("a:b:c"), (Path{"a", "b", "c"}));
  EXPECT_EQ(split_path_list(""), Path{});
  EXPECT_EQ(split_path_list(":"), Path{});
  EXPECT_EQ(split_path_list("::a::b::"), (Path{"a", "b"}));
  EXPECT_EQ(split_path_list("/only"), (Path{"/only"}));
  EXPECT_EQ(split_path_list("with space:x"), (Path{"with space", "x"}));
}

}  // namespace
}  // namespace lore
