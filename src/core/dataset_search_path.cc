#include "core/dataset_search_path.h"

#include "util/xdg.h"

namespace lore {

namespace {

constexpr std::string_view kDefaultDataDirs = "/usr/local/share:/usr/share";

bool is_absolute(std::string_view path) {
  return !path.empty() && path.front() == '/';
}

std::string lore_folder(std::string base) {
  while (base.size() > 1 && base.ends_with('/')) base.pop_back();
  return base + "/lore";
}

}  // namespace

std::vector<std::string> split_path_list(std::string_view list) {
  std::vector<std::string> items;
  while (!list.empty()) {
    const auto colon = list.find(':');
    const std::string_view item = list.substr(0, colon);
    if (!item.empty()) items.emplace_back(item);
    if (colon == std::string_view::npos) break;
    list.remove_prefix(colon + 1);
  }
  return items;
}

std::vector<std::string> dataset_search_path(const SearchPathVariables& variables) {
  std::vector<std::string> path;
  const std::string_view data_dirs = variables.xdg_data_dirs && !variables.xdg_data_dirs->empty()
                                         ? *variables.xdg_data_dirs
                                         : kDefaultDataDirs;
  for (const std::string& directory : split_path_list(data_dirs)) {
    if (is_absolute(directory)) path.push_back(lore_folder(directory));
  }
  const std::string data_home = xdg_base(variables.xdg_data_home, variables.home, ".local/share");
  if (!data_home.empty()) path.push_back(lore_folder(data_home));
  if (variables.lore_path) {
    for (const std::string& item : split_path_list(*variables.lore_path)) {
      path.push_back(expand_home(item, variables.home));
    }
  }
  return path;
}

}  // namespace lore
