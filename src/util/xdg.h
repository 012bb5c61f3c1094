#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lore {

/// An XDG base folder (XDG Base Directory spec): the variable's value when it is an
/// absolute path, else HOME/`fallback` (e.g. ".local/share"); empty when neither is
/// usable. A relative value is ignored, as the spec says.
std::string xdg_base(const std::optional<std::string>& variable,
                     const std::optional<std::string>& home, std::string_view fallback);

/// `path` with a leading `~`, `$HOME` or `${HOME}` (alone, or before a `/`) replaced
/// by `home`, as a shell would; unchanged when `home` is unset or empty, and for
/// `~user` (another user's folder is no business of a dataset path).
std::string expand_home(const std::string& path, const std::optional<std::string>& home);

}  // namespace lore
