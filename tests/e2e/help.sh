#!/usr/bin/env bash
# --version, and --help on lore and every subcommand: usage, options and examples
# that work, status 0.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SUBCOMMANDS=(quote trivia scene egg random show list search info tags)
PICK_OPTIONS=(--data --no-default --tag --exclude-tag --speaker --category --short --long
  --length --spoilers --seed --daily --date --count --all --format --template --null --color
  --width)

section "--version and -V"
run -V
expect_status 0
expect_stdout_matches '^lore [0-9]+\.[0-9]+\.[0-9]+'
version_short=$OUT
run --version
expect_eq "-V is --version" "$OUT" "$version_short"
expect_status 0
expect_stderr_empty
expect_stdout_matches '^lore [0-9]+\.[0-9]+\.[0-9]+'
project_version=$(sed -nE 's/^project\(lore VERSION ([0-9.]+).*/\1/p' "$E2E_DATA/../../../CMakeLists.txt")
if [[ -n $project_version ]]; then
  expect_stdout_contains "$project_version"
fi
expect_stdout_contains 'Copyright (c) 2026 the lore authors'
expect_stdout_contains 'MIT License'

section "lore --help and -h"
for flag in --help -h; do
  run "$flag"
  expect_status 0
  expect_stderr_empty
  expect_stdout_matches '^Usage: lore'
  expect_stdout_matches '^Examples?:'
  expect_stdout_matches '^ +lore( |$)'
  for sub in "${SUBCOMMANDS[@]}"; do
    expect_stdout_matches "^ +$sub +[A-Z]"
  done
  for option in "${PICK_OPTIONS[@]}" --version; do
    expect_stdout_contains "$option"
  done
done

section "--help on every subcommand: usage, its options and an example"
for sub in "${SUBCOMMANDS[@]}"; do
  for flag in --help -h; do
    run "$sub" "$flag"
    expect_status 0
    expect_stderr_empty
    expect_stdout_matches "^Usage: lore $sub"
    expect_stdout_matches '^Examples?:'
    expect_stdout_matches "^ +lore $sub( |$)"
  done
  case $sub in
    quote | scene | egg | random) options=("${PICK_OPTIONS[@]}") ;;
    trivia) options=("${PICK_OPTIONS[@]}" --question) ;;
    show) options=(ID --data --no-default --format --template --null --color --width) ;;
    list) options=(KIND --data --no-default --tag --exclude-tag --speaker --category --short --long
      --length --spoilers --format --template --null --color --width) ;;
    search) options=(PATTERN --ignore-case --data --no-default --tag --exclude-tag --speaker
      --category --short --long --length --spoilers --format --template --null --color --width) ;;
    info) options=(--data --no-default --format --color) ;;
    tags) options=(--data --no-default --tag --exclude-tag --spoilers --format --null) ;;
  esac
  run "$sub" --help
  for option in "${options[@]}"; do
    expect_stdout_contains "$option"
  done
done

section "every help, of lore and of every command: at most 80 columns, no parser type names"
mapfile -t all_commands < <(lore --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && /^  [^ ]/ { print $1 }')
expect_true "lore --help lists the commands" test "${#all_commands[@]}" -ge 18
for sub in "" "${all_commands[@]}"; do
  # shellcheck disable=SC2086 # no subcommand for the top-level help
  COLUMNS=200 run $sub --help
  expect_status 0
  expect_max_width 80
  # CLI11's own words: types, sets of values in braces, ranges, REQUIRED.
  expect_stdout_not_matches ':\{|POSITIVE|UINT|INT in|[A-Z] TEXT\b|REQUIRED|\[0 - |NONNEGATIVE'
done

section "lore help [COMMAND] is [COMMAND] --help"
for sub in "" quote tags cache help; do
  # shellcheck disable=SC2086
  run $sub --help
  flag_help=$OUT
  # shellcheck disable=SC2086
  run help $sub
  expect_status 0
  expect_stderr_empty
  expect_eq "lore help $sub" "$OUT" "$flag_help"
done
run help qoute
expect_status 2
expect_stdout_empty
expect_stderr_contains "unknown command 'qoute'; did you mean 'quote'?"

section "each command lists only the options it honours"
run tags --help
for option in --template --show-source --color --width --seed --count; do
  expect_stdout_not_contains "$option"
done
expect_stdout_matches '^  -f,--format FORMAT +Output format: text, json, jsonl or tsv$'
run sources --help
for option in --seed --count --all --daily --date --template --null --width; do
  expect_stdout_not_contains "$option"
done
for option in --weight --equal --tag --format --color; do
  expect_stdout_contains "$option"
done
run info --help
for option in --tag --seed --template --null --show-source; do
  expect_stdout_not_contains "$option"
done
run validate --help
for option in --data --seed --color; do
  expect_stdout_not_contains "$option"
done

section "value names say what to type, and values are listed in words"
run --help
expect_stdout_matches '^  -n,--count N +'
expect_stdout_matches '^  --color,--colour WHEN +When to colour: auto, always or never$'
expect_stdout_matches '^  -f,--format FORMAT +Output format: text, json, jsonl, tsv, toml or fortune$'
run list --help
expect_stdout_matches '^  KIND +Only this kind: quote, trivia, scene or egg$'

section "every example in the help runs, exits 0 and says nothing on stderr"
for sub in "" "${SUBCOMMANDS[@]}"; do
  # shellcheck disable=SC2086 # no subcommand for the top-level help
  help_text=$(lore $sub --help)
  examples=$(sed -n '/^Examples\{0,1\}:/,$p' <<<"$help_text" | sed -n 's/^ \{1,\}\(lore\( .*\)\{0,1\}\)$/\1/p')
  expect_true "lore $sub --help has examples" test -n "$examples"
  while IFS= read -r example; do
    [[ -z $example ]] && continue
    run_shell "lore() { \"\$LORE\" \"\$@\"; }; set -o pipefail; $example"
    expect_status 0
    expect_stderr_empty
    expect_stdout_not_empty
  done <<<"$examples"
done

finish
