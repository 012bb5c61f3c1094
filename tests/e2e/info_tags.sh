#!/usr/bin/env bash
# lore info: the dataset's title, description and counts per kind.
# lore tags: each tag with its count.
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

section "tags: each tag with its count, spoilers left out"
run "${TALES[@]}" tags
expect_status 0
expect_stderr_empty
expect_stdout_lines 9
expect_stdout_matches '^iconic +2$'
expect_stdout_matches '^bridge +2$'
expect_stdout_matches '^crew +2$'
expect_stdout_matches '^length +2$'
expect_stdout_matches '^stars +1$'
expect_stdout_matches '^cat +1$'
expect_stdout_not_matches '^ending '
counts=$(awk '{print $NF}' "$OUT_FILE" | paste -sd' ' -)
expect_eq "tags are sorted by count, most first" "$counts" "$(tr ' ' '\n' <<<"$counts" | sort -rn | paste -sd' ' -)"

run "${TALES[@]}" tags --format json
expect_status 0
expect_json_valid
expect_jq 'map({(.tag): .count}) | add | to_entries | sort_by(.key) | map("\(.key)=\(.value)") | join(" ")' \
  "bridge=2 captain=1 cat=1 crew=2 iconic=2 length=2 opening=1 ship=1 stars=1"

section "tags --spoilers counts the spoilers too"
run "${TALES[@]}" tags --spoilers --format json
expect_status 0
expect_jq 'map({(.tag): .count}) | add | [.ending, .iconic, .crew] | map(tostring) | join(" ")' "3 3 3"

section "tags takes the filters"
run "${TALES[@]}" tags -t bridge --format json
expect_status 0
expect_jq 'map("\(.tag)=\(.count)") | sort | join(" ")' "bridge=2 iconic=1"

run "${TALES[@]}" tags --speaker ripley --format json
expect_status 0
expect_jq 'map("\(.tag)=\(.count)") | sort | join(" ")' "bridge=2 iconic=1"

run "${TALES[@]}" tags -t nosuchtag
expect_status 1
expect_stdout_empty
expect_stderr_not_empty

section "tags in the other formats"
run "${TALES[@]}" tags --format tsv
expect_status 0
expect_stdout_lines 9
expect_stdout_matches $'^iconic\t2$'
expect_stdout_matches $'^stars\t1$'

run "${TALES[@]}" tags --format jsonl
expect_status 0
expect_stdout_lines 9
expect_true "every line is a JSON object with tag and count" \
  test "$(jq -c 'select((.tag | type) == "string" and (.count | type) == "number")' "$OUT_FILE" | wc -l)" -eq 9

section "tags on the built-in dataset agree with list -t TAG"
run tags --format tsv
expect_status 0
expect_stderr_empty
while IFS=$'\t' read -r tag count; do
  listed=$(lore list -t "$tag" | wc -l)
  expect_eq "tags says $count entries carry '$tag'; list -t $tag lists $listed" "$listed" "$count"
done < <(head -n 8 "$OUT_FILE")

finish
