# shellcheck shell=bash disable=SC2154 # source_dir is lib.sh's
# The zsh adapter of the completion harness (sourced by lib.sh's use_shell): defines
# zsh_complete_line LINE. zsh_complete.zsh runs an interactive zsh in a
# pseudo-terminal, loads _lore through compinit, types the line and a Tab, and prints
# what reaches compadd.

command -v zsh >/dev/null || {
  echo "zsh is not installed" >&2
  exit 1
}

zsh_complete_line() {
  zsh -f "$source_dir/tests/shell/complete/zsh_complete.zsh" "$source_dir/completions" "$1"
}
