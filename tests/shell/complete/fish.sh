# shellcheck shell=bash disable=SC2154 # generated_dir is lib.sh's
# The fish adapter of the completion harness (sourced by lib.sh's use_shell): defines
# fish_complete_line LINE. fish loads the generated completions/lore.fish itself, by its name, from
# fish_complete_path (set to completions/ alone, so that no installed copy
# interferes). The line goes to fish as an argument, so it needs no quoting.

command -v fish >/dev/null || {
  echo "fish is not installed" >&2
  exit 1
}

fish_complete_line() {
  fish --no-config --private -c \
    'set fish_complete_path $argv[1]; complete -C $argv[2]' \
    "$generated_dir/completions" "$1"
}
