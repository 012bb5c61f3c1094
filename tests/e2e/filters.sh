#!/usr/bin/env bash
# Filters on every command that selects: -t/--tag (repeatable, all must hold),
# -x/--exclude-tag, --speaker, --category, -s/--short, -l/--long, --length N,
# --spoilers; a filter that leaves nothing is status 1 with a message on stderr.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TALES=(--no-default --data "$(fixture tales.toml)")

section "-t/--tag"
for flag in -t --tag; do
  run "${TALES[@]}" list "$flag" iconic --format json
  expect_status 0
  expect_ids "hold-the-line stars-far-away"
done

section "-t repeated: every tag must hold"
run "${TALES[@]}" list -t iconic -t bridge --format json
expect_status 0
expect_ids "hold-the-line"
run "${TALES[@]}" list --tag crew --tag opening --format json
expect_status 0
expect_ids "waking-up"
run "${TALES[@]}" list -t iconic -t cat
expect_status 1
expect_stdout_empty
expect_stderr_not_empty

section "-x/--exclude-tag"
for flag in -x --exclude-tag; do
  run "${TALES[@]}" list "$flag" bridge --format json
  expect_status 0
  expect_ids "stars-far-away short-cutoff long-cutoff captain-name ship-name waking-up jones-the-cat"
done
run "${TALES[@]}" list -x bridge -x length -x crew --format json
expect_status 0
expect_ids "stars-far-away ship-name jones-the-cat"
run "${TALES[@]}" list -t iconic -x stars --format json
expect_status 0
expect_ids "hold-the-line"

section "--speaker, ignoring case"
for name in Ripley ripley RIPLEY; do
  run "${TALES[@]}" list --speaker "$name" --format json
  expect_status 0
  expect_ids "hold-the-line second-words"
done
run "${TALES[@]}" list --speaker Rip
expect_status 1
expect_stderr_not_empty

section "--category, ignoring case"
run "${TALES[@]}" list --category crew --format json
expect_status 0
expect_ids "captain-name"
for name in vessels VESSELS Vessels; do
  run "${TALES[@]}" list --category "$name" --format json
  expect_status 0
  expect_ids "ship-name"
done

section "-s/--short and -l/--long, 160 characters by default"
# short-cutoff has exactly 160 characters (172 bytes), long-cutoff 161.
for flag in -s --short; do
  run "${TALES[@]}" list "$flag" --format json
  expect_status 0
  expect_ids "hold-the-line stars-far-away short-cutoff second-words captain-name ship-name waking-up jones-the-cat"
done
for flag in -l --long; do
  run "${TALES[@]}" list "$flag" --format json
  expect_status 0
  expect_ids "long-cutoff"
done

section "--length N moves the cut-off (characters, not bytes)"
all_json=$E2E_TMP/all.json
lore "${TALES[@]}" list --format json >"$all_json"
body='(.text // .fact // .description)'
for cutoff in 29 35 36 40 161; do
  short_ids=$(jq -r ".[] | select($body | length <= $cutoff) | .id" "$all_json" | paste -sd' ' -)
  long_ids=$(jq -r ".[] | select($body | length > $cutoff) | .id" "$all_json" | paste -sd' ' -)
  run "${TALES[@]}" list --short --length "$cutoff" --format json
  if [[ -n $short_ids ]]; then expect_ids "$short_ids"; else expect_status 1; fi
  run "${TALES[@]}" list --long --length "$cutoff" --format json
  if [[ -n $long_ids ]]; then expect_ids "$long_ids"; else expect_status 1; fi
done

run "${TALES[@]}" list --short --long
expect_status 2
expect_stdout_empty
expect_stderr_not_empty
for bad in 0 -3 x; do
  run "${TALES[@]}" list --short --length "$bad"
  expect_status 2
  expect_stdout_empty
  expect_stderr_not_empty
done

section "--spoilers"
run "${TALES[@]}" list -t ending
expect_status 1
expect_stdout_empty
expect_stderr_contains "--spoilers"
run "${TALES[@]}" list -t ending --spoilers --format json
expect_status 0
expect_ids "android-all-along who-is-android the-escape"
run "${TALES[@]}" list --speaker narrator --spoilers --format json
expect_ids "android-all-along"

section "filters on every selecting command"
run "${TALES[@]}" -t stars
expect_status 0
expect_stdout_contains "“Stars are only far away until you go.”"
run "${TALES[@]}" quote -t bridge -a --format json
expect_ids "hold-the-line second-words"
run "${TALES[@]}" quote --speaker ripley -x iconic
expect_stdout_trimmed $'Second words from the same speaker.\n-- Ripley, Fixture Tales (2001)'
run "${TALES[@]}" trivia --category vessels
expect_stdout "The ship is called the Nostromo."
run "${TALES[@]}" trivia -t captain -a --format json
expect_ids "captain-name"
run "${TALES[@]}" scene --spoilers -t ending
expect_stdout $'The escape\nRipley escapes in the shuttle with the cat.'
run "${TALES[@]}" egg -t cat --format json
expect_ids "jones-the-cat"
run "${TALES[@]}" random -t crew -a --format json
expect_ids "captain-name waking-up"
run "${TALES[@]}" random --long
expect_stdout_contains "until its own end is met."
run "${TALES[@]}" search -i cat -t cat --format json
expect_ids "jones-the-cat"
run "${TALES[@]}" quote -t bridge -n 5 --format json
expect_status 0
expect_jq '[.[].id] | sort | join(" ")' "hold-the-line second-words"

section "a filter that leaves nothing: status 1, a message on stderr, nothing on stdout"
for command in "" quote trivia scene egg random list "search ." tags; do
  # shellcheck disable=SC2086 # the command and its argument split on purpose
  run "${TALES[@]}" $command -t nosuchtag
  expect_status 1
  expect_stdout_empty
  expect_stderr_contains "nosuchtag"
done
run "${TALES[@]}" quote --category crew
expect_status 1
expect_stdout_empty
expect_stderr_not_empty
run "${TALES[@]}" egg --long
expect_status 1
expect_stdout_empty
expect_stderr_not_empty
run "${TALES[@]}" trivia --speaker ripley -n 3
expect_status 1
expect_stderr_not_empty
run "${TALES[@]}" quote -t nosuchtag --daily
expect_status 1
expect_stderr_not_empty
run "${TALES[@]}" quote -t nosuchtag -a
expect_status 1
expect_stderr_not_empty

section "the built-in dataset"
run quote -t hope -a --format json
expect_status 0
expect_true "every quote picked with -t hope has the tag hope" \
  test "$(jq '[.[] | select(.tags | index("hope") | not)] | length' "$OUT_FILE")" -eq 0
run trivia --category CAST -a --format json
expect_status 0
expect_true "every trivia entry of --category CAST is in the category cast" \
  test "$(jq '[.[] | select(.category != "cast")] | length' "$OUT_FILE")" -eq 0
expect_true "the built-in dataset has cast trivia" test "$(jq length "$OUT_FILE")" -ge 3
run random -a --spoilers --format json
spoilers=$(jq '[.[] | select(.spoiler == true)] | length' "$OUT_FILE")
expect_true "the built-in dataset has spoilers ($spoilers)" test "$spoilers" -ge 1
run random -a --format json
expect_jq '[.[] | select(.spoiler == true)] | length' "0"

finish
