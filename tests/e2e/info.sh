#!/usr/bin/env bash
# lore info: the dataset's title, description and counts per kind.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TALES_FILE=$(fixture tales.toml)
TALES=(--no-default --data "$TALES_FILE")

section "info: title, description and counts per kind"
run "${TALES[@]}" info
expect_status 0
expect_stderr_empty
expect_stdout_contains "Fixture Tales"
expect_stdout_contains "2001"
expect_stdout_contains "A small made-up dataset for the end-to-end tests of lore."
# Counts are of the whole dataset, spoilers included.
expect_stdout_matches '(^|[^0-9])6 quotes?$'
expect_stdout_matches '(^|[^0-9])3 trivia$'
expect_stdout_matches '(^|[^0-9])2 scenes?$'
expect_stdout_matches '(^|[^0-9])1 eggs?$'

run --no-default --data "$(fixture many.toml)" info
expect_status 0
expect_stdout_matches '(^|[^0-9])40 quotes?$'
expect_stdout_matches '(^|[^0-9])12 trivia$'
expect_stdout_matches '(^|[^0-9])10 scenes?$'
expect_stdout_matches '(^|[^0-9])8 eggs?$'

section "info as JSON"
run "${TALES[@]}" info --format json
expect_status 0
expect_json_valid
expect_jq 'length' "1"
expect_jq '.[0] | [.id, .title, (.year | tostring), .description] | join("|")' \
  "tales|Fixture Tales|2001|A small made-up dataset for the end-to-end tests of lore."
expect_jq '.[0].counts | [.quote, .trivia, .scene, .egg] | map(tostring) | join(" ")' "6 3 2 1"

run "${TALES[@]}" info --format jsonl
expect_status 0
expect_stdout_lines 1
expect_jq '.id' "tales"

section "info on the built-in dataset"
run info
expect_status 0
expect_stderr_empty
expect_stdout_contains "IO (2019)"
expect_stdout_contains "Jonathan Helpert"

run info --format json
expect_status 0
expect_jq '.[0] | [.id, .title, (.year | tostring)] | join("|")' "io|IO|2019"
total=$(lore list --spoilers | wc -l)
expect_jq '.[0].counts | [.[]] | add' "$total"
quotes=$(lore list quote --spoilers | wc -l)
expect_jq '.[0].counts.quote' "$quotes"
expect_true "the built-in dataset has at least 35 trivia entries" \
  test "$(jq '.[0].counts.trivia' "$OUT_FILE")" -ge 35

section "info on several datasets, in order"
run --data "$TALES_FILE" info --format json
expect_status 0
expect_jq '[.[].id] | join(" ")' "io tales"
run --data "$TALES_FILE" info
expect_status 0
expect_stdout_contains "IO (2019)"
expect_stdout_contains "Fixture Tales (2001)"

finish
