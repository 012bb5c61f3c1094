#!/usr/bin/env bash
# Picking one entry: bare `lore`, `lore quote`, `trivia` (and --question), `scene`,
# `egg` and `random`, on fixtures and on the built-in dataset.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SINGLE=(--no-default --data "$(fixture single.toml)")
TALES=(--no-default --data "$(fixture tales.toml)")
MANY=(--no-default --data "$(fixture many.toml)")

section "bare lore prints one entry of any kind, as its kind prints it"
# single.toml has one entry of each kind: each seed's pick prints as lore show does.
kinds_seen=""
for seed in $(seq 1 24); do
  run "${SINGLE[@]}" --seed "$seed"
  expect_status 0
  expect_stderr_empty
  id=$(lore "${SINGLE[@]}" --seed "$seed" --format tsv | cut -f1)
  kinds_seen+="$(lore "${SINGLE[@]}" --seed "$seed" --format tsv | cut -f2) "
  expect_eq "bare lore --seed $seed prints $id as lore show does" "$OUT" \
    "$(lore "${SINGLE[@]}" show "$id")"
done
expect_eq "24 seeds over one entry of each kind print every kind" \
  "$(tr ' ' '\n' <<<"$kinds_seen" | sed '/^$/d' | sort -u | paste -sd' ' -)" "egg quote scene trivia"
# The trivia fact prints as lore trivia prints it: the fact, not its question.
run "${SINGLE[@]}" --kind trivia
expect_stdout "This dataset has four entries."

run
expect_status 0
expect_stderr_empty
expect_stdout_not_empty
run -a --format tsv
expect_eq "bare lore -a: every kind of the built-in dataset" \
  "$(cut -f2 "$OUT_FILE" | sort -u | paste -sd' ' -)" "egg quote scene trivia"
expect_eq "bare lore -a: every entry but the spoilers, as lore random -a" "$OUT" \
  "$(lore random -a --format tsv)"

section "bare lore is lore random: the same pick for a seed"
for seed in 1 2 3 11; do
  run "${MANY[@]}" --seed "$seed" --format jsonl
  expect_eq "bare lore --seed $seed is lore random --seed $seed" "$OUT" \
    "$(lore "${MANY[@]}" random --seed "$seed" --format jsonl)"
done

section "bare lore takes the pick options"
run "${TALES[@]}" -t stars --kind quote
expect_status 0
expect_stdout_trimmed $'“Stars are only far away until you go.”\n-- Fixture Tales (2001)'
run "${MANY[@]}" --seed 11
first=$OUT
run "${MANY[@]}" --seed 11
expect_eq "bare lore --seed 11 twice gives the same entry" "$OUT" "$first"

section "bare lore never shows a spoiler"
seen=""
for seed in $(seq 1 40); do
  run "${TALES[@]}" --seed "$seed" --format json
  seen+="$(jq -r '.[] | "\(.kind):\(.id) "' "$OUT_FILE")"
done
expect_true "40 seeded picks show more than quotes: $seen" grep -qE "(trivia|scene|egg):" <<<"$seen"
for spoiler in $(lore "${TALES[@]}" list --spoilers --format jsonl | jq -r 'select(.spoiler) | .id'); do
  expect_false "40 seeded picks never show the spoiler $spoiler" grep -q ":$spoiler " <<<"$seen"
done
run "${TALES[@]}" -a --format jsonl
expect_eq "bare lore -a: no spoiler" "$(jq -r 'select(.spoiler) | .id' "$OUT_FILE")" ""

section "bare lore --kind KIND: that kind only, as lore KIND"
for kind in quote trivia scene egg; do
  run "${TALES[@]}" --kind "$kind" -a --format jsonl
  expect_status 0
  expect_eq "--kind $kind -a prints only ${kind}s" "$(jq -r .kind "$OUT_FILE" | sort -u)" "$kind"
  expect_eq "--kind $kind -a is lore $kind -a" "$OUT" "$(lore "${TALES[@]}" "$kind" -a --format jsonl)"
  run "${MANY[@]}" --kind "$kind" --seed 5
  expect_eq "--kind $kind --seed 5 is lore $kind --seed 5" "$OUT" "$(lore "${MANY[@]}" "$kind" --seed 5)"
done
run --kind poem
expect_status 2
expect_stdout_empty
expect_stderr_contains "--kind"
# The kind is bare lore's: a subcommand does not take it.
run quote --kind trivia
expect_status 2
expect_stdout_empty

section "lore quote"
run "${SINGLE[@]}" quote
expect_status 0
expect_stdout_trimmed $'Only one quote lives here.\n-- Solo, Single (1999)'
expect_stderr_empty

run "${TALES[@]}" quote -a --format json
expect_status 0
expect_ids "hold-the-line stars-far-away short-cutoff long-cutoff second-words"
expect_jq '[.[].kind] | unique | join(",")' "quote"

run quote
expect_status 0
expect_stderr_empty
expect_stdout_matches '^ *-- IO \(2019\)$'

section "a seeded quote prints what show prints for the same id"
run "${MANY[@]}" quote --seed 5 --format json
id=$(jq -r '.[0].id' "$OUT_FILE")
run "${MANY[@]}" quote --seed 5
picked=$OUT
run "${MANY[@]}" show "$id"
expect_eq "lore quote --seed 5 prints entry $id as lore show does" "$picked" "$OUT"

section "lore trivia prints the fact"
run "${SINGLE[@]}" trivia
expect_status 0
expect_stdout "This dataset has four entries."
expect_stderr_empty

run "${TALES[@]}" trivia -a
expect_status 0
expect_stdout_contains "The captain’s name is Dallas."
expect_stdout_contains "The ship is called the Nostromo."
expect_stdout_not_contains "Ash is an android."
expect_stdout_not_contains "What is the captain’s name?"

run trivia
expect_status 0
expect_stderr_empty
expect_stdout_not_empty

section "lore trivia --question prints the question with its answer beneath"
for flag in --question -q; do
  run "${SINGLE[@]}" trivia "$flag"
  expect_status 0
  expect_stderr_empty
  expect_eq "first line of trivia $flag" "$(sed -n 1p "$OUT_FILE")" "How many entries does this dataset have?"
  expect_true "the answer (4) is on the line beneath the question" \
    grep -qE '^(.*[^0-9])?4([^0-9].*)?$' <(sed -n '2,$p' "$OUT_FILE")
  expect_stdout_not_contains "This dataset has four entries."
done

# Only trivia with a question can be asked: ship-name has none, who-is-android is a spoiler.
run "${TALES[@]}" trivia --question -a
expect_status 0
expect_stdout_contains "What is the captain’s name?"
expect_stdout_matches '(^|[^A-Za-z])Dallas$'
expect_stdout_not_contains "Nostromo"
expect_stdout_not_contains "Who is an android?"

run "${TALES[@]}" trivia --question -a --spoilers
expect_status 0
expect_stdout_contains "What is the captain’s name?"
expect_stdout_contains "Who is an android?"

run "${TALES[@]}" trivia --question --category vessels
expect_status 1
expect_stdout_empty
expect_stderr_not_empty

run trivia --question --seed 3
expect_status 0
expect_stderr_empty
expect_true "the first line of a built-in question ends with '?'" \
  grep -qE '\?$' <(sed -n 1p "$OUT_FILE")
expect_true "an answer follows the question" test "$(wc -l <"$OUT_FILE")" -ge 2

section "lore scene"
run "${SINGLE[@]}" scene
expect_status 0
expect_stdout $'The only scene\nNothing else happens.'
expect_stderr_empty

run "${TALES[@]}" scene -a
expect_status 0
expect_stdout_contains "Waking up"
expect_stdout_contains "The crew wakes from hypersleep to a blinking console."
expect_stdout_not_contains "The escape"

run "${TALES[@]}" scene -a --spoilers --format json
expect_ids "waking-up the-escape"

run scene
expect_status 0
expect_stderr_empty
expect_stdout_not_empty

section "lore egg"
run "${SINGLE[@]}" egg
expect_status 0
expect_stdout $'The only egg\nIt is hidden in plain sight.'
expect_stderr_empty

run "${TALES[@]}" egg --format json
expect_ids "jones-the-cat"

run egg
expect_status 0
expect_stderr_empty
expect_stdout_not_empty

section "lore random picks any kind"
run "${SINGLE[@]}" random -a --format json
expect_status 0
expect_jq '[.[].kind] | join(" ")' "quote trivia scene egg"

run "${SINGLE[@]}" random -n 4 --seed 1 --format json
expect_jq '[.[].kind] | sort | join(" ")' "egg quote scene trivia"

kinds=""
for seed in $(seq 1 20); do
  run "${SINGLE[@]}" random --seed "$seed" --format json
  kinds+="$(jq -r '.[0].kind' "$OUT_FILE")"$'\n'
done
distinct=$(sort -u <<<"${kinds%$'\n'}" | wc -l)
expect_true "20 seeded random picks over one entry of each kind give at least 3 kinds (got $distinct)" \
  test "$distinct" -ge 3

run "${SINGLE[@]}" random
expect_status 0
expect_stderr_empty
expect_true "random prints one of the four entries" \
  grep -qE '^(Only one quote lives here\.|This dataset has four entries\.|The only scene|The only egg)$' \
  <(sed -n 1p "$OUT_FILE")

run random
expect_status 0
expect_stderr_empty
expect_stdout_not_empty

finish
