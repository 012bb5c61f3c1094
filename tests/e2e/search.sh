#!/usr/bin/env bash
# lore search PATTERN: every entry whose text fields match the RE2 pattern; -i
# ignores case; matches are highlighted when colour is on.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TALES=(--no-default --data "$(fixture tales.toml)")

section "a pattern matches the text fields of every kind"
run "${TALES[@]}" search Dallas --format json
expect_status 0
expect_stderr_empty
# captain-name: fact and answer; waking-up: characters.
expect_ids "captain-name waking-up"

run "${TALES[@]}" search Dallas
expect_status 0
expect_stdout_contains "The captain’s name is Dallas."
expect_stdout_contains "The crew wakes from hypersleep to a blinking console."
expect_stdout_not_contains "Nostromo"

run "${TALES[@]}" search 'Nostromo|Jones' --format json
expect_status 0
expect_ids "ship-name jones-the-cat"

run "${TALES[@]}" search '\bcat\b' --format json
expect_status 0
expect_ids "jones-the-cat"

run "${TALES[@]}" search 'storm' --format json
expect_status 0
expect_ids "hold-the-line"

run "${TALES[@]}" search 'Ripley' --format json
expect_status 0
expect_ids "hold-the-line second-words waking-up"

run "${TALES[@]}" search '^Waking' --format json
expect_status 0
expect_ids "waking-up"

section "matching follows case unless -i"
run "${TALES[@]}" search dallas
expect_status 1
expect_stdout_empty
expect_stderr_contains "dallas"

for flag in -i --ignore-case; do
  run "${TALES[@]}" search "$flag" dallas --format json
  expect_status 0
  expect_ids "captain-name waking-up"
done

run "${TALES[@]}" search -i 'CAFÉ' --format json
expect_status 0
expect_ids "short-cutoff long-cutoff"

section "spoilers are searched only with --spoilers"
run "${TALES[@]}" search android
expect_status 1
expect_stdout_empty
expect_stderr_not_empty

run "${TALES[@]}" search android --spoilers --format json
expect_status 0
expect_ids "android-all-along who-is-android"

section "filters apply to search"
run "${TALES[@]}" search -i 'the' -t crew --format json
expect_status 0
expect_ids "captain-name waking-up"

run "${TALES[@]}" search -i 'the' -x crew -x iconic --format json
expect_status 0
expect_true "no entry tagged crew or iconic is found" \
  test "$(jq '[.[] | select(.tags | index("crew") or index("iconic"))] | length' "$OUT_FILE")" = 0

run "${TALES[@]}" search -i 'the' -t crew -x captain --format json
expect_status 0
expect_ids "waking-up"

section "the text output prints whole entries"
run "${TALES[@]}" search 'line’s end'
expect_status 0
expect_stdout_trimmed $'Hold the line’s end — don’t let go.\n-- Ripley, Fixture Tales (2001)'

section "matches are highlighted when colour is on, and only then"
run "${TALES[@]}" search --color always Nostromo
expect_status 0
expect_colour
expect_true "an SGR sequence starts right before the match and a reset follows it" \
  grep -qaE $'\x1b\\[[0-9;]*mNostromo\x1b\\[0?m' "$OUT_FILE"
expect_eq "without the colour codes, the text is the plain output" \
  "$(strip_sgr <"$OUT_FILE")" "The ship is called the Nostromo."

run "${TALES[@]}" search --color always -i nostromo
expect_true "-i highlights the text as written in the data" \
  grep -qaE $'\x1b\\[[0-9;]*mNostromo\x1b\\[0?m' "$OUT_FILE"

run "${TALES[@]}" search --color always 'ship|Nostromo'
expect_true "every match is highlighted" \
  test "$(grep -oaE $'\x1b\\[[0-9;]*m(ship|Nostromo)\x1b\\[0?m' "$OUT_FILE" | wc -l)" -eq 2

run "${TALES[@]}" search --color never Nostromo
expect_status 0
expect_no_colour
expect_stdout "The ship is called the Nostromo."

run "${TALES[@]}" search Nostromo
expect_no_colour

section "the built-in dataset"
run search --spoilers bees
expect_status 0
expect_stderr_empty
expect_stdout_contains "bees"

run search -i hope --format json
expect_status 0
expect_stderr_empty
expect_true "every entry found mentions hope" \
  test "$(jq '[.[] | select([.. | strings] | map(test("hope"; "i")) | any | not)] | length' "$OUT_FILE")" -eq 0
expect_true "hope-is-not-a-plan is found" \
  test "$(jq '[.[] | select(.id == "hope-is-not-a-plan")] | length' "$OUT_FILE")" -eq 1

run search -i 'EARTH IS OUR HOME' --format json
expect_status 0
expect_ids "earth-is-our-home"

run search -i 'earth|home' --format jsonl
expect_status 0
expect_true "every JSON line matches earth or home" \
  test "$(jq -c 'select([.. | strings] | map(test("earth|home"; "i")) | any | not)' "$OUT_FILE" | wc -l)" -eq 0

section "an invalid pattern is a usage error"
for pattern in '(' '[a-' '(a)\1' '*'; do
  run "${TALES[@]}" search "$pattern"
  expect_status 2
  expect_stdout_empty
  expect_stderr_contains "$pattern"
done

run search
expect_status 2
expect_stdout_empty
expect_stderr_not_empty

section "RE2: a long entry and a pathological pattern end quickly, without a crash"
long_file=$E2E_TMP/long.toml
{
  printf '[dataset]\nid = "long"\ntitle = "Long"\nyear = 2000\ndescription = "One very long entry."\n\n'
  printf '[[quote]]\nid = "very-long"\ntext = "'
  head -c 200000 /dev/zero | tr '\0' 'a'
  printf '"\ntags = []\n'
} >"$long_file"
run --no-default --data "$long_file" search '(a|aa)*b'
expect_status 1
expect_stdout_empty
run --no-default --data "$long_file" search '(a*)*$' --format tsv
expect_status 0
expect_stdout_lines 1
run --no-default --data "$long_file" search --color always '(.|a)*'
expect_status 0

finish
