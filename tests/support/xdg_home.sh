# shellcheck shell=bash
# A temporary home for tests that run lore or a shell (sourced, not run): an empty
# HOME and XDG folders of the test's own, and no LORE_PATH, so that no dataset,
# config.toml, quiz progress or cache of whoever runs the tests is read or written.
# The folder goes when the test exits.
#
#   XDG_HOME_ROOT   the temporary folder; HOME is $XDG_HOME_ROOT/home
#   xdg_home_cleanup  removes it (the EXIT trap calls it; a script that sets a trap
#                     of its own calls it from there)

XDG_HOME_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/lore-test.XXXXXX")
xdg_home_cleanup() { rm -rf -- "$XDG_HOME_ROOT"; }
trap xdg_home_cleanup EXIT

unset LORE_PATH
export HOME=$XDG_HOME_ROOT/home
export XDG_DATA_HOME=$HOME/.local/share
export XDG_CONFIG_HOME=$HOME/.config
export XDG_STATE_HOME=$HOME/.local/state
export XDG_CACHE_HOME=$HOME/.cache
export XDG_DATA_DIRS=$XDG_HOME_ROOT/xdg-data-dirs
export XDG_CONFIG_DIRS=$XDG_HOME_ROOT/xdg-config-dirs
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME" \
  "$XDG_DATA_DIRS" "$XDG_CONFIG_DIRS"
