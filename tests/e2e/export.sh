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

section "fortune format: a line that is just % fails, unless --escape-percent"
cat >"$E2E_TMP/pct.toml" <<'TOML'
[dataset]
id = "pct"
title = "Percent"

[[quote]]
id = "fine"
text = "100% fine."
tags = []

[[quote]]
id = "split"
text = """
Before
%
After"""
tags = []
TOML
run export --format fortune --no-default --data "$E2E_TMP/pct.toml"
expect_status 65
expect_stdout_empty
expect_stderr_contains "$E2E_TMP/pct.toml:10:1: error: entry 'pct:split' has a line that is just '%'"
expect_stderr_contains "lore: 1 entry would split in the fortune format; nothing was written"
expect_stderr_not_contains "pct:fine"
# Every command that writes the fortune format checks the same.
run list --format fortune --no-default --data "$E2E_TMP/pct.toml"
expect_status 65
run export --format fortune --no-default --data "$E2E_TMP/pct.toml" --escape-percent
expect_status 0
expect_stdout "100% fine.
%
Before
 %
After
%"
expect_eq "--escape-percent says so once" "$ERR" \
  "lore: warning: a line that is just '%' written as ' %' in 1 entry (--escape-percent)"
expect_eq "strfile would count 2 cookies" "$(cookies count "$OUT_FILE")" "2"

section "fortune format: titles and questions first, long lines wrapped at 72"
run export --format fortune --spoilers
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/io.fortune"
expect_true "no line wider than 72 columns" test "$(LC_ALL=C.UTF-8 wc -L <"$E2E_TMP/io.fortune")" -le 72
scene_title=$(lore list scene --spoilers --format jsonl | jq -r 'select(.order != null) | .title' | head -1)
expect_true "a scene's title is the first line of its cookie" grep -qxF "$scene_title" "$E2E_TMP/io.fortune"
question=$(lore list trivia --format jsonl | jq -r 'select(.question != null) | .question' | head -1)
expect_true "a trivia item's question is in its cookie" grep -qF "$question" "$E2E_TMP/io.fortune"
expect_eq "as many cookies as entries" "$(cookies count "$E2E_TMP/io.fortune")" \
  "$(lore list --spoilers --format tsv | wc -l)"
# Indentation is kept on every piece of a wrapped line.
cat >"$E2E_TMP/poem.toml" <<'TOML'
[dataset]
id = "poem"
title = "Poem"

[[quote]]
id = "long"
text = """
Short.
    an indented line that goes on and on, well past the seventy-two columns of a fortune file"""
tags = []
TOML
run export --format fortune --no-default --data "$E2E_TMP/poem.toml"
expect_status 0
expect_stdout "Short.
    an indented line that goes on and on, well past the seventy-two
    columns of a fortune file
%"

section "fortune format: CR LF comes back for a dataset imported from CR LF files"
printf 'One.\r\nTwo lines.\r\n%%\r\nSaid.\r\n\t\t-- Someone\r\n%%\r\n' >"$E2E_TMP/dos"
run import fortune "$E2E_TMP/dos" -o "$E2E_TMP/dos.toml"
expect_status 0
expect_true "the dataset records it" grep -qx "line-ends = 'crlf'" "$E2E_TMP/dos.toml"
run export --format fortune --no-default --data "$E2E_TMP/dos.toml"
expect_status 0
expect_eq "the file back, byte for byte" "$(file_bytes "$OUT_FILE")" "$(file_bytes "$E2E_TMP/dos")"
# Exported to TOML and back, the dataset keeps it.
run export --no-default --data "$E2E_TMP/dos.toml"
expect_status 0
expect_stdout_contains "line-ends = 'crlf'"

finish
