#!/usr/bin/env bash
# The whole of Debian's fortunes package through the binary: each file (not the .dat
# and .u8 files, not symbolic links) imports with no error, the dataset validates
# clean, and `lore export --format fortune` gives the cookies back, cookie for cookie,
# equal but for the indentation of an attribution line, and each file byte for byte but
# those listed with their reason in data/debian-fortunes.differences. Exit 77 (skipped)
# when the package is not installed.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FORTUNES=${DEBIAN_FORTUNES:-/usr/share/games/fortunes}
files=()
if [[ -d $FORTUNES ]]; then
  for path in "$FORTUNES"/*; do
    [[ -f $path && ! -L $path && $path != *.dat && $path != *.u8 ]] && files+=("$path")
  done
fi
if ((${#files[@]} == 0)); then
  printf 'SKIP: Debian'"'"'s fortunes package is not installed (no fortune files in %s)\n' "$FORTUNES"
  exit 77
fi

# The files that do not come back byte for byte, each with its reason.
declare -A differs
while IFS=$'\t' read -r name reason; do
  [[ -z $name || $name == \#* ]] || differs[$name]=$reason
done <"$(fixture debian-fortunes.differences)"

total=0
identical=0
for path in "${files[@]}"; do
  name=$(basename "$path")
  section "$name"
  run import fortune "$path" -o "$E2E_TMP/$name.toml"
  expect_status 0
  # Nothing but what import reports: the count, and cookies of only whitespace skipped.
  expect_every_stderr_line_matches "^(lore: imported [0-9]+ cookies|$path: warning: skipped [0-9]+ empty cookies?$)"
  ((STATUS == 0)) || continue
  run validate "$E2E_TMP/$name.toml"
  expect_status 0
  expect_stdout_matches "^$E2E_TMP/$name.toml: ok, [0-9]+ entries$"
  expect_stdout_lines 1
  run export --format fortune --no-default --data "$E2E_TMP/$name.toml"
  expect_status 0
  expect_stderr_empty
  cp "$OUT_FILE" "$E2E_TMP/$name.out"
  if [[ -v differs[$name] ]]; then
    expect_false "$name: listed as differing (${differs[$name]}), it still differs" cmp -s "$path" "$E2E_TMP/$name.out"
  else
    expect_true "$name: back byte for byte" cmp "$path" "$E2E_TMP/$name.out"
    identical=$((identical + 1))
  fi
  difference=$(cookies compare "$path" "$E2E_TMP/$name.out")
  expect_eq "$name: the cookies back, cookie for cookie" "$difference" ""
  count=$(cookies count "$path")
  expect_eq "$name: the dataset has a quote per cookie" \
    "$(grep -cx '\[\[quote\]\]' "$E2E_TMP/$name.toml")" "$count"
  total=$((total + count))
done
printf '%d files, %d cookies, %d back byte for byte\n' "${#files[@]}" "$total" "$identical"

section "the whole folder at once: .dat indexes and .u8 links skipped"
run import fortune -o "$E2E_TMP/all.toml" "$FORTUNES"/*
expect_status 0
expect_eq "every cookie once" "$(grep -cx '\[\[quote\]\]' "$E2E_TMP/all.toml")" "$total"
expect_stderr_contains "lore: imported $total cookies"
expect_stderr_contains "from ${#files[@]} files as dataset 'fortunes'"
run validate "$E2E_TMP/all.toml"
expect_status 0
# Run again, it refuses to replace its output, and never takes an input as one.
run import fortune -o "$E2E_TMP/all.toml" "$FORTUNES"/*
expect_status 2
run import fortune -o "${files[0]}" --force "$FORTUNES"/*
expect_status 2
expect_stderr_contains "lore never writes over what it imports"

finish
