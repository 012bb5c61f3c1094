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

# Only the datasets a test names: none from the XDG data folders or LORE_PATH, no
# config.toml and no quiz progress of whoever runs the tests.
lore_test_home=$(mktemp -d)
trap 'rm -rf -- "$lore_test_home"' EXIT
export XDG_DATA_HOME=$lore_test_home/data XDG_DATA_DIRS=$lore_test_home/data-dirs
export XDG_CONFIG_HOME=$lore_test_home/config XDG_STATE_HOME=$lore_test_home/state
unset LORE_PATH

# The subcommands that `lore --help` lists, one a line.
help_commands() {
  lore --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'
}

# The option names (-x and --long) that `lore ARGS --help` lists, one a line: the
# first field of each line that starts with blanks and a dash, split at commas.
help_options() {
  lore "$@" --help | awk '/^[[:space:]]+-/ { print $1 }' | tr ',' '\n' | LC_ALL=C sort -u
}

# The values of a fixed set that `lore ARGS --help` shows for an option or a
# positional, as in "-f,--format FORMAT:{text,json}": help_values NAME ARGS...
help_values() {
  local name=$1
  shift
  lore "$@" --help | grep -E -- "^[[:space:]]+([^[:space:]]*,)?${name}[[:space:]]" |
    sed -n 's/.*:{\([^}]*\)}.*/\1/p' | head -1 | tr ',' '\n'
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
# Each prints the candidates for a line, the cursor at its end, one a line.

# Loads bash-completion and completions/lore.bash into this (bash) shell.
load_bash_completion() {
  local framework=/usr/share/bash-completion/bash_completion
  [[ -r $framework ]] || { echo "bash-completion is not installed" >&2; exit 1; }
  # shellcheck source=/dev/null
  source "$framework"
  # shellcheck source=../../completions/lore.bash
  source "$source_dir/completions/lore.bash"
  # compopt changes how readline shows the candidates, and works only while readline
  # completes: here, outside it, it would only complain.
  # shellcheck disable=SC2317 # called by completions/lore.bash
  compopt() { :; }
}

# Prints the candidates for LINE with the cursor at its end, or before AFTER when
# given, one a line. Words are split at blanks outside quotes, and readline's word
# breaks ':' and '=' are words of their own, as bash hands them to a completion
# function.
bash_complete_line() {
  local line=$1 after=${2-} word='' char quote='' i
  local -a split=()
  for ((i = 0; i < ${#line}; i++)); do
    char=${line:i:1}
    if [[ $quote ]]; then
      word+=$char
      [[ $char == "$quote" ]] && quote=''
      continue
    fi
    case $char in
      \\) word+=$char${line:i+1:1}; ((i++)) ;;
      \' | \") quote=$char; word+=$char ;;
      ' ') [[ $word ]] && split+=("$word"); word='' ;;
      : | =) [[ $word ]] && split+=("$word"); split+=("$char"); word='' ;;
      *) word+=$char ;;
    esac
  done
  # The word being completed: empty after a blank; the break itself right after one.
  if [[ $word || $line == *' ' ]]; then split+=("$word"); fi
  COMP_CWORD=$((${#split[@]} - 1))
  # Words after the cursor (AFTER starts with a blank), split at blanks only.
  local -a rest
  read -ra rest <<<"$after"
  COMP_WORDS=("${split[@]}" "${rest[@]}")
  COMP_LINE=$line$after
  COMP_POINT=${#line}
  COMP_TYPE=9
  COMP_KEY=9
  COMPREPLY=()
  _lore lore "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}"
}

# fish loads completions/lore.fish itself, by its name, from fish_complete_path (set
# to completions/ alone, so that no installed copy interferes). The line goes to
# fish as an argument, so it needs no quoting.
fish_complete_line() {
  fish --no-config --private -c \
    'set fish_complete_path $argv[1]; complete -C $argv[2]' \
    "$source_dir/completions" "$1"
}

# zsh_complete.zsh runs an interactive zsh in a pseudo-terminal, loads _lore through
# compinit, types the line and a Tab, and prints what reaches compadd.
zsh_complete_line() {
  zsh -f "$source_dir/tests/shell/zsh_complete.zsh" "$source_dir/completions" "$1"
}

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
