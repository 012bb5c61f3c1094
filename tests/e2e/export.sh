#!/usr/bin/env bash
# `lore export` (TOML by default) loads again as the same entries; it applies every
# filter and writes the other formats too.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# jsonl_of ARGS...: every entry (spoilers too) of the catalog ARGS give, as JSON lines.
jsonl_of() { lore list --spoilers --format jsonl "$@"; }

section "export of the built-in dataset loads again as the same entries"
run export --spoilers
expect_status 0
expect_stderr_empty
cp "$OUT_FILE" "$E2E_TMP/io.toml"
expect_stdout_matches "^\[dataset\]$"
run validate "$E2E_TMP/io.toml"
expect_status 0
expect_eq "the same entries, field for field, in the same order" \
  "$(jsonl_of --no-default --data "$E2E_TMP/io.toml")" "$(jsonl_of)"
expect_eq "as many entries as the built-in dataset has" \
  "$(jsonl_of --no-default --data "$E2E_TMP/io.toml" | wc -l)" "$(lore list --spoilers --format tsv | wc -l)"
# The [dataset] table too: all but the path.
expect_eq "the same dataset, but for its path" \
  "$(lore info --format json --no-default --data "$E2E_TMP/io.toml" | jq -c 'map(del(.path))')" \
  "$(lore info --format json | jq -c 'map(del(.path))')"
# And the export of the export is the same file.
run export --spoilers --no-default --data "$E2E_TMP/io.toml"
expect_status 0
expect_eq "exporting the export gives the same bytes" "$(file_bytes "$OUT_FILE")" "$(file_bytes "$E2E_TMP/io.toml")"
# Without --spoilers, the spoilers stay out, and what is left loads the same.
run export
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/io-no-spoilers.toml"
expect_eq "export without --spoilers: the entries without spoilers" \
  "$(jsonl_of --no-default --data "$E2E_TMP/io-no-spoilers.toml")" "$(lore list --format jsonl)"
expect_stdout_not_matches "^spoiler = true$"

section "export applies every filter, and other formats"
run export quote --spoilers
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/quotes.toml"
expect_eq "export quote: the quotes" "$(jsonl_of --no-default --data "$E2E_TMP/quotes.toml")" \
  "$(lore list quote --spoilers --format jsonl)"
run export --tag iconic -d io
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/iconic.toml"
expect_eq "export --tag iconic" "$(jsonl_of --no-default --data "$E2E_TMP/iconic.toml")" \
  "$(lore list --tag iconic --format jsonl)"
run export --format json --spoilers
expect_status 0
expect_eq "export --format json is the entries as list gives them" "$OUT" "$(lore list --spoilers --format json)"
# Two datasets: one dataset "export" that holds both, which loads again.
run export --spoilers --data "$(fixture alpha.toml)"
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/two.toml"
expect_stdout_matches "^id = ['\"]export['\"]$"
expect_eq "two datasets exported as one: the same entries (now in dataset 'export')" \
  "$(jsonl_of --no-default --data "$E2E_TMP/two.toml" | jq -c 'del(.dataset)')" \
  "$(jsonl_of --data "$(fixture alpha.toml)" | jq -c 'del(.dataset)')"
# Two datasets that share an id cannot be one file: a usage error that says so.
run export --data "$(fixture alpha.toml)" --data "$(fixture beta.toml)"
expect_status 2
expect_stdout_empty
expect_stderr_contains "id 'shared' is in datasets 'alpha' and 'beta'"
# A hand-written file exports to a file that reads the same.
run export --no-default --data "$(fixture hand-written.toml)"
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/hand.toml"
expect_eq "a hand-written dataset" "$(jsonl_of --no-default --data "$E2E_TMP/hand.toml")" \
  "$(jsonl_of --no-default --data "$(fixture hand-written.toml)")"

finish
