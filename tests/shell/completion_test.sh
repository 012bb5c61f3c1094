#!/usr/bin/env bash
# The completions in one shell: every case of completion_cases.sh that holds for it,
# then the checks that are not a line to complete (stderr, config.toml, a hanging
# lore). The shell is asked through its adapter, complete/SHELL.sh (see lib.sh).
# Fixed value sets are compared with what `lore --help` shows.
#   completion_test.sh SHELL LORE   (LORE's folder first on PATH, as ctest sets it)
set -uo pipefail
source "$(dirname "$0")/lib.sh"

shell=${1:?usage: completion_test.sh bash|fish|zsh LORE}
require_lore_on_path "${2-}"
use_shell "$shell"
cd "$source_dir/tests/shell/fixtures" || exit 1

# row SHELLS CHECK LABEL LINE WORDS...: where SHELLS (all, or names joined by commas)
# holds the shell under test, completes LINE and calls expect_CHECK LABEL CANDIDATES
# WORDS... (lib.sh). A '|' in LINE is the cursor: what follows it comes after.
row() {
  local shells=$1 check=$2 label=$3 line=$4 after=''
  shift 4
  [[ $shells == all || ,$shells, == *,"$shell",* ]] || return 0
  if [[ $line == *'|'* ]]; then
    after=${line#*|}
    line=${line%%|*}
  fi
  "expect_$check" "$label" "$(complete_line "$line" "$after")" "$@"
}

# shellcheck source=completion_cases.sh
source "$source_dir/tests/shell/completion_cases.sh"

errors=$(complete_line 'lore --data /nonexistent/lore.toml show ' 2>&1 >/dev/null)
expect_empty 'a missing --data file prints nothing' "$errors"

# --no-cache on the line reaches lore: completing writes no index; without it, the
# dataset of --data is indexed as on any run.
indexes() { find "$XDG_CACHE_HOME/lore" -name '*.idx' 2>/dev/null | wc -l; }
lore cache clear >/dev/null
complete_line "lore --no-cache --data $fixture show tiny-" >/dev/null
expect_exactly 'completing with --no-cache writes no index' "$(indexes)" 0
complete_line "lore --data $fixture show tiny-" >/dev/null
expect_exactly 'completing without it indexes the dataset' "$(indexes)" 1

# A config.toml whose defaults clash with the listing asked for is set aside.
mkdir -p "$XDG_CONFIG_HOME/lore"
printf 'template = "{id}"\n' >"$XDG_CONFIG_HOME/lore/config.toml"
expect_exactly 'a config.toml with a template does not hide the ids' \
  "$(complete_line 'lore show dir')" director
rm "$XDG_CONFIG_HOME/lore/config.toml"

# A lore that hangs (30 s) is given up after a bounded time: 2 s a query, and a
# loaded machine (sanitizer builds, tests in parallel) may take a few more.
make_slow_lore
start=$SECONDS
candidates=$(PATH=$slow_dir:$PATH complete_line 'lore show ' 2>&1)
elapsed=$((SECONDS - start))
expect_empty 'a hanging lore gives nothing' "$candidates"
((elapsed <= 12)) && pass "a hanging lore is given up (${elapsed}s)" ||
  fail 'a hanging lore is given up' "took ${elapsed}s"
rm -r "$slow_dir"

if declare -F "${shell}_only_checks" >/dev/null; then "${shell}_only_checks"; fi

finish
