#!/usr/bin/env bash
# Debian's own strfile and fortune read the fortune files lore writes: a file of tricky
# cookies (tabs, blank lines, backspaces, BEL, UTF-8, attributions) and, where the
# fortunes package is installed, all of it, imported to TOML with `lore import fortune`
# and exported again with `lore export --format fortune`. Exit 77 (skipped) when
# fortune-mod is not installed.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

skip_unless_fortune_mod
DEBIAN_FORTUNES=${DEBIAN_FORTUNES:-/usr/share/games/fortunes}
work=$E2E_TMP

# Imports FILE... to TOML, exports that as the fortune file $work/NAME and indexes it
# with strfile.
import_export_index() {
  local name=$1
  shift
  if ! lore import fortune "$@" >"$work/$name.toml" 2>"$work/$name.import.err"; then
    cat "$work/$name.import.err" >&2
    fail "$name: import failed"
  fi
  lore --no-default --data "$work/$name.toml" export --spoilers --format fortune >"$work/$name" ||
    fail "$name: export failed"
  "$STRFILE" "$work/$name" >"$work/$name.strfile.out" || fail "$name: strfile failed"
}

quotes_in() { grep -c '^\[\[quote\]\]$' "$work/$1.toml" || true; }

# True when the file WANTED holds exactly one of the cookies of the fortune file FORTUNES.
is_cookie_of() {
  LC_ALL=C awk -v wanted_file="$1" '
    BEGIN { while ((getline line < wanted_file) > 0) wanted = wanted line "\n" }
    /^%$/ { if (cookie == wanted) found = 1; cookie = ""; next }
    { cookie = cookie $0 "\n" }
    END { exit !(found || (cookie != "" && cookie == wanted)) }' "$2"
}

check_strfile_count() {
  local name=$1 expected=$2
  grep -q "^There were $expected strings$" "$work/$name.strfile.out" ||
    fail "$name: strfile did not find $expected cookies: $(head -2 "$work/$name.strfile.out")"
}

# Runs fortune on $work/NAME a few times; each time it must print one of the cookies.
check_fortune_prints_cookies() {
  local name=$1 draws=$2 i
  for ((i = 0; i < draws; i++)); do
    "$FORTUNE" "$work/$name" >"$work/drawn" || { fail "$name: fortune failed"; return; }
    is_cookie_of "$work/drawn" "$work/$name" ||
      fail "$name: fortune printed what is not a cookie: $(head -3 "$work/drawn")"
  done
}

# fortune -m finds the cookie with PATTERN and prints it, then a "%" line.
check_cookie_exactly() {
  local name=$1 pattern=$2 expected=$3
  "$FORTUNE" -m "$pattern" "$work/$name" >"$work/matched" 2>/dev/null || true
  printf '%s%%\n' "$expected" >"$work/expected"
  cmp -s "$work/expected" "$work/matched" ||
    fail "$name: fortune -m '$pattern' printed $(od -c "$work/matched" | head -5)"
}

# --- the sample: tabs, blank lines, backspaces, BEL, UTF-8, attributions --------------
import_export_index sample "$(fixture tricky.fortune)"
count=$(quotes_in sample)
[[ $count == 7 ]] || fail "sample: expected 7 quotes in the TOML, found $count"
check_strfile_count sample 7
check_fortune_prints_cookies sample 20
printf 'Hello, world.\n' >"$work/not-a-cookie"  # a cookie's text without its attribution
! is_cookie_of "$work/not-a-cookie" "$work/sample" || fail "is_cookie_of accepts a part of a cookie"
check_cookie_exactly sample 'Roses' $'  Roses are red,\n\tviolets are blue.\n\n    (indented, 100% of it)\n%%\n\t\t-- A. Poet, "Verses"\n'
check_cookie_exactly sample 'This is' $'This is _\bi_\bm_\bp_\bo_\br_\bt_\ba_\bn_\bt.\n'
# An unindented "-- " line is the cookie's own text, and comes back as it was.
check_cookie_exactly sample 'Zoë' $'Café, naïve, 日本語 — ünïcödé.\n-- Zoë\n'
check_cookie_exactly sample 'Nobody' $'\t\t-- Nobody in particular\n'

# --- all of Debian's fortunes as one file -------------------------------------------
if [[ -d $DEBIAN_FORTUNES ]]; then
  files=()
  for path in "$DEBIAN_FORTUNES"/*; do
    [[ -f $path && ! -L $path && $path != *.dat && $path != *.u8 ]] && files+=("$path")
  done
  if ((${#files[@]} > 0)); then
    import_export_index debian "${files[@]}"
    count=$(quotes_in debian)
    ((count > 0)) || fail "debian: no quotes imported"
    check_strfile_count debian "$count"
    check_fortune_prints_cookies debian 10
    echo "Debian fortunes through lore: ${#files[@]} files, $count cookies, read by strfile and fortune"
  fi
else
  echo "note: $DEBIAN_FORTUNES is absent; only the sample was checked"
fi

finish
