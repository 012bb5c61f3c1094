#include "util/xdg.h"

#include <gtest/gtest.h>

namespace lore {
namespace {

TEST(XdgBase, AnAbsoluteVariableWins) {
  EXPECT_EQ(xdg_base("/var/data", "/home/sam", ".local/share"), "/var/data");
  EXPECT_EQ(xdg_base("/var/data", std::nullopt, ".local/share"), "/var/data");
}

TEST(XdgBase, HomeAndTheFallbackOtherwise) {
  EXPECT_EQ(xdg_base(std::nullopt, "/home/sam", ".local/share"), "/home/sam/.local/share");
  EXPECT_EQ(xdg_base("", "/home/sam", ".config"), "/home/sam/.config");
}

TEST(XdgBase, ARelativeVariableIsIgnoredAsTheSpecSays) {
  EXPECT_EQ(xdg_base("data", "/home/sam", ".local/state"), "/home/sam/.local/state");
  EXPECT_EQ(xdg_base("~/data", "/home/sam", ".local/state"), "/home/sam/.local/state");
}

TEST(XdgBase, NothingUsableIsEmpty) {
  EXPECT_EQ(xdg_base(std::nullopt, std::nullopt, ".local/share"), "");
  EXPECT_EQ(xdg_base("relative", "also/relative", ".local/share"), "");
  EXPECT_EQ(xdg_base("", "", ".local/share"), "");
}

}  // namespace
}  // namespace lore
