# shellcheck shell=bash
# Assertions shared by the shell tests (sourced by bash scripts). Each check prints
# one line, `ok` or `FAIL` with what was expected and what came; `finish` prints the
# count and sets the exit status. Candidates are given one a line, as the harness of
# each shell prints them (a word, then optionally a tab and its description).

passed=0
failed=0

# The root of the source tree and the fixture dataset.
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export fixture=$source_dir/tests/shell/fixtures/tiny.toml

# What the build generates with `lore --generate` beside the binary under test:
# completions/lore.bash, completions/lore.fish and man/lore.1.
generated_dir=$(dirname "$(type -P lore)")

# Only the datasets a test names: none from the XDG data folders or LORE_PATH, no
# config.toml and no quiz progress of whoever runs the tests.
# shellcheck source=../support/xdg_home.sh
source "$source_dir/tests/support/xdg_home.sh"

# The subcommands that `lore --help` lists, one a line.
help_commands() {
  # A description's wrapped lines are indented further than the commands' names.
  lore --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && /^  [^ ]/ { print $1 }'
}

# The option names (-x and --long) that `lore ARGS --help` lists, one a line: the
# first field of each line that starts with blanks and a dash, split at commas.
help_options() {
  lore "$@" --help | awk '/^[[:space:]]+-/ { print $1 }' | tr ',' '\n' | LC_ALL=C sort -u
}

# The values of a fixed set that `lore ARGS --help` shows for an option, in words
# after the first ': ' of its description, up to a '(' or its end, its lines joined:
# "-f,--format FORMAT  Output format: text, json or jsonl": help_values NAME ARGS...
help_values() {
  local name=$1
  shift
  lore "$@" --help | awk -v name="$name" '
    found && /^ {6,}[^ -]/ { sub(/^ +/, " "); text = text $0; next }
    found { exit }
    { n = split($1, names, ",") }
    /^  [^ ]/ { for (i = 1; i <= n; i++) if (names[i] == name) { found = 1; text = $0 } }
    END { print text }' |
    sed 's/(.*//' | sed -n 's/^[^:]*: //p' | sed 's/ or /, /g; s/[[:space:]]*$//' |
    tr ',' '\n' | sed 's/^ *//' | grep -v '^$'
}

pass() {
  passed=$((passed + 1))
  printf 'ok    %s\n' "$1"
}

fail() {
  failed=$((failed + 1))
  printf 'FAIL  %s\n' "$1"
  shift
  local line
  for line in "$@"; do printf '        %s\n' "$line"; done
}

# The words of the candidates, without descriptions, sorted and unique.
words_of() {
  cut -f1 <<<"$1" | sed '/^$/d' | LC_ALL=C sort -u
}

# expect_includes LABEL CANDIDATES WORD...: each WORD is a candidate.
expect_includes() {
  local label=$1 candidates=$2 word missing=()
  shift 2
  for word in "$@"; do
    grep -qxF -- "$word" <(words_of "$candidates") || missing+=("$word")
  done
  if ((${#missing[@]} == 0)); then
    pass "$label"
  else
    fail "$label" "missing: ${missing[*]}" "got: $(words_of "$candidates" | head -20 | tr '\n' ' ')"
  fi
}

# expect_excludes LABEL CANDIDATES WORD...: no WORD is a candidate.
expect_excludes() {
  local label=$1 candidates=$2 word present=()
  shift 2
  for word in "$@"; do
    grep -qxF -- "$word" <(words_of "$candidates") && present+=("$word")
  done
  if ((${#present[@]} == 0)); then
    pass "$label"
  else
    fail "$label" "unexpected: ${present[*]}"
  fi
}

# expect_exactly LABEL CANDIDATES WORD...: the candidates are these words, no more.
expect_exactly() {
  local label=$1 candidates=$2
  shift 2
  local want got
  want=$(printf '%s\n' "$@" | sed '/^$/d' | LC_ALL=C sort -u)
  got=$(words_of "$candidates")
  if [[ $want == "$got" ]]; then
    pass "$label"
  else
    fail "$label" "missing: $(LC_ALL=C comm -23 <(echo "$want") <(echo "$got") | tr '\n' ' ')" \
      "extra:   $(LC_ALL=C comm -13 <(echo "$want") <(echo "$got") | tr '\n' ' ')"
  fi
}

# expect_empty LABEL CANDIDATES
expect_empty() {
  if [[ -z $(words_of "$2") ]]; then
    pass "$1"
  else
    fail "$1" "want no candidates" "got: $(words_of "$2" | tr '\n' ' ')"
  fi
}

# expect_description LABEL CANDIDATES WORD TEXT: WORD is offered with a description
# that holds TEXT.
expect_description() {
  local label=$1 candidates=$2 word=$3 text=$4 line
  line=$(grep -F -- "$word"$'\t' <<<"$candidates" | head -1)
  if [[ $line == "$word"$'\t'*"$text"* ]]; then
    pass "$label"
  else
    fail "$label" "want '$word' described with '$text'" "got: '${line:-nothing}'"
  fi
}

# A `lore` that never answers, first on PATH in $slow_dir, to check that completion
# gives up on it. It execs sleep so that timeout's signal ends it, pipe and all.
make_slow_lore() {
  slow_dir=$(mktemp -d)
  printf '#!/bin/sh\nexec sleep 30\n' >"$slow_dir/lore"
  chmod +x "$slow_dir/lore"
}

# The ids of entries: the real answer to compare completions with.
lore_ids() {
  lore "$@" list --spoilers --format tsv | cut -f1
}

# --- Completing a line in each shell -------------------------------------------
# use_shell SHELL: loads the adapter complete/SHELL.sh, which defines
# SHELL_complete_line LINE [AFTER]: the candidates for LINE, the cursor at its end
# (before AFTER, where the shell can say), one a line: a word, then optionally a tab
# and its description. complete_line calls the one of SHELL.
use_shell() {
  # shellcheck source=/dev/null
  source "$source_dir/tests/shell/complete/$1.sh"
  shell_under_test=$1
}

complete_line() { "${shell_under_test}_complete_line" "$@"; }

# Exits unless `lore` on PATH is the binary under test, given as $1.
require_lore_on_path() {
  [[ $(type -P lore) == "${1:?the lore binary under test}" ]] && return
  echo "lore on PATH is '$(type -P lore)', not $1 (put its folder first on PATH)" >&2
  exit 1
}

finish() {
  printf '%d passed, %d failed\n' "$passed" "$failed"
  ((failed == 0))
}
