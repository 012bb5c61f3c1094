#!/usr/bin/env bash
# --version, and --help on lore and every subcommand: usage, options and examples
# that work, status 0.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SUBCOMMANDS=(quote trivia scene egg random show list search info tags)
PICK_OPTIONS=(--data --no-default --tag --exclude-tag --speaker --category --short --long
  --length --spoilers --seed --daily --date --count --all --format --template --null --color
  --width)

section "--version"
run --version
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
    tags) options=(--data --no-default --tag --exclude-tag --spoilers --format --color) ;;
  esac
  run "$sub" --help
  for option in "${options[@]}"; do
    expect_stdout_contains "$option"
  done
done

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
