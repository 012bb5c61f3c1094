#!/usr/bin/env bash
# Choosing: --seed N, --daily, --date YYYY-MM-DD, -n/--count N, -a/--all.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MANY=(--no-default --data "$(fixture many.toml)")
TALES=(--no-default --data "$(fixture tales.toml)")

# distinct_outputs ARGS...: runs lore once per value of $VALUES, with the value
# substituted for the word @, and prints how many different outputs came.
distinct_outputs() {
  local value args arg
  for value in $VALUES; do
    args=()
    for arg in "$@"; do args+=("${arg//@/$value}"); done
    lore "${args[@]}" | md5sum
  done | sort -u | wc -l
}

section "--seed makes a choice reproducible"
for command in quote trivia scene egg random; do
  run "${MANY[@]}" "$command" --seed 42
  expect_status 0
  first=$OUT
  run "${MANY[@]}" "$command" --seed 42
  expect_eq "lore $command --seed 42 twice gives the same output" "$OUT" "$first"
done
run "${MANY[@]}" random --seed 7 -n 5 --format json
first=$OUT
run "${MANY[@]}" random --seed 7 -n 5 --format json
expect_eq "random --seed 7 -n 5 twice gives the same five" "$OUT" "$first"
run "${MANY[@]}" trivia --question --seed 3
first=$OUT
run "${MANY[@]}" trivia --question --seed 3
expect_eq "trivia --question --seed 3 twice gives the same question" "$OUT" "$first"
run --seed 9
first=$OUT
run --seed 9
expect_eq "bare lore --seed 9 on the built-in dataset, twice" "$OUT" "$first"

section "different seeds can give different picks"
VALUES=$(seq 1 12)
count=$(distinct_outputs "${MANY[@]}" quote --seed @)
expect_true "12 seeds over 40 quotes give at least 4 different quotes (got $count)" test "$count" -ge 4
count=$(distinct_outputs "${MANY[@]}" random --seed @ --format json)
expect_true "12 seeds over 70 entries give at least 4 different entries (got $count)" test "$count" -ge 4
count=$(distinct_outputs "${MANY[@]}" egg --seed @)
expect_true "12 seeds over 8 eggs give at least 2 different eggs (got $count)" test "$count" -ge 2

section "the seed is not the position: seeds 1 and 2 over 40 quotes are not quotes 1 and 2"
VALUES="0 1 2 3 4 5 6 7"
sequence=""
for seed in $VALUES; do
  sequence+=$(lore "${MANY[@]}" quote --seed "$seed" --format json | jq -r '.[0].id')" "
done
expect_ne "seeds 0..7 do not simply walk the dataset in order" "${sequence% }" \
  "quote-01 quote-02 quote-03 quote-04 quote-05 quote-06 quote-07 quote-08"

section "--date gives the same entry for the same day, and can differ between days"
for command in quote trivia random; do
  run "${MANY[@]}" "$command" --date 2024-02-29
  expect_status 0
  expect_stderr_empty
  first=$OUT
  run "${MANY[@]}" "$command" --date 2024-02-29
  expect_eq "lore $command --date 2024-02-29 twice" "$OUT" "$first"
done
VALUES=$(printf '2024-03-%02d ' $(seq 1 12))
count=$(distinct_outputs "${MANY[@]}" quote --date @)
expect_true "12 dates over 40 quotes give at least 4 different quotes (got $count)" test "$count" -ge 4

section "--daily is --date of today (local time)"
for _ in 1 2 3; do
  today=$(date +%F)
  run "${MANY[@]}" quote --daily
  daily=$OUT
  daily_status=$STATUS
  run "${MANY[@]}" quote --daily
  daily_again=$OUT
  dated=$(lore "${MANY[@]}" quote --date "$today")
  [[ $(date +%F) == "$today" ]] && break # else midnight passed: try again
done
expect_eq "quote --daily exits 0" "$daily_status" "0"
expect_eq "quote --daily twice gives the same quote" "$daily_again" "$daily"
expect_eq "quote --daily is quote --date $today" "$daily" "$dated"

run "${MANY[@]}" --daily
expect_status 0
expect_stdout_not_empty
run --daily
expect_status 0
expect_stderr_empty
expect_eq "bare lore --daily is lore random --daily" "$OUT" "$(lore random --daily)"

section "bare lore --date: an entry of any kind for the day, stable under additions"
for day in 2026-11-30 2026-12-01; do
  run --date "$day" --format jsonl
  expect_status 0
  expect_eq "bare lore --date $day twice" "$OUT" "$(lore --date "$day" --format jsonl)"
  expect_eq "bare lore --date $day is lore random --date $day" "$OUT" \
    "$(lore random --date "$day" --format jsonl)"
  picked=$(jq -r '.dataset + ":" + .id' "$OUT_FILE")
  # Another dataset's entries added: the day's pick is the old one or a new one.
  run --date "$day" --format jsonl --data "$(fixture many.toml)"
  now=$(jq -r '.dataset + ":" + .id' "$OUT_FILE")
  expect_true "$day: with many.toml added, $now is $picked or one of many's" \
    test "$now" = "$picked" -o "${now%%:*}" = many
  run --kind quote --date "$day"
  expect_eq "bare lore --kind quote --date $day is lore quote --date $day" "$OUT" \
    "$(lore quote --date "$day")"
done
VALUES=$(printf '2024-03-%02d ' $(seq 1 12))
count=$(distinct_outputs "${MANY[@]}" --date @)
expect_true "12 dates over 70 entries give at least 4 different entries (got $count)" test "$count" -ge 4

section "bad dates and conflicting choices are usage errors"
for date in 2024-13-01 2023-02-29 2024-1-1 yesterday 2024/01/01 ""; do
  run "${MANY[@]}" quote --date "$date"
  expect_status 2
  expect_stdout_empty
  expect_stderr_not_empty
done
run "${MANY[@]}" quote --seed 1 --daily
expect_status 2
expect_stdout_empty
expect_stderr_not_empty
run "${MANY[@]}" quote --seed 1 --date 2024-01-01
expect_status 2
expect_stderr_not_empty
run "${MANY[@]}" quote --seed abc
expect_status 2
expect_stderr_not_empty

section "-n/--count N prints N distinct entries"
for flag in -n --count; do
  run "${MANY[@]}" quote "$flag" 5 --seed 3 --format json
  expect_status 0
  expect_jq 'length' "5"
  expect_jq '[.[].id] | unique | length' "5"
  expect_jq '[.[].kind] | unique | join(",")' "quote"
done
run "${MANY[@]}" quote -n 40 --format json
expect_status 0
expect_jq '[.[].id] | unique | length' "40"

run "${MANY[@]}" quote -n 3 --seed 12
expect_status 0
expect_eq "three quotes in text: three attribution lines" "$(grep -cE '^ *-- (Alpha|Beta), Many \(2024\)$' "$OUT_FILE")" "3"

run "${TALES[@]}" quote -n 50 --format json
expect_status 0
expect_jq '[.[].id] | sort | join(" ")' "hold-the-line long-cutoff second-words short-cutoff stars-far-away"

for bad in 0 -2 x; do
  run "${MANY[@]}" quote -n "$bad"
  expect_status 2
  expect_stdout_empty
  expect_stderr_not_empty
done

section "-a/--all prints every match, in dataset order"
for flag in -a --all; do
  run "${TALES[@]}" quote "$flag" --format json
  expect_status 0
  expect_ids "hold-the-line stars-far-away short-cutoff long-cutoff second-words"
done
run "${TALES[@]}" random -a --seed 5 --format json
expect_ids "hold-the-line stars-far-away short-cutoff long-cutoff second-words captain-name ship-name waking-up jones-the-cat"
run "${MANY[@]}" egg -a
expect_status 0
expect_eq "egg -a prints the eight egg titles in order" "$(grep -E '^Egg [0-9]+$' "$OUT_FILE" | paste -sd' ' -)" \
  "Egg 1 Egg 2 Egg 3 Egg 4 Egg 5 Egg 6 Egg 7 Egg 8"

run "${MANY[@]}" quote -a -n 3
expect_status 2
expect_stdout_empty
expect_stderr_not_empty

finish
