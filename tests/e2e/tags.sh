#!/usr/bin/env bash
# lore tags: each tag with its count.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TALES_FILE=$(fixture tales.toml)
TALES=(--no-default --data "$TALES_FILE")

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
