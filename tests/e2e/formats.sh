#!/usr/bin/env bash
# Output formats for pipelines: --format json|jsonl|tsv, --template, -0/--null.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TALES=(--no-default --data "$(fixture tales.toml)")
CONTROLS=(--no-default --data "$(fixture controls.toml)")

section "json: an array of records with kind, id, dataset and the TOML fields"
for flag in --format -f; do
  run "${TALES[@]}" quote -a "$flag" json
  expect_status 0
  expect_stderr_empty
  expect_json_valid
  expect_jq 'type' "array"
  expect_jq 'length' "5"
done

run "${TALES[@]}" show hold-the-line --format json
expect_jq '.[0] | del(.spoiler) | tojson' \
  '{"kind":"quote","id":"hold-the-line","dataset":"tales","text":"Hold the line’s end — don’t let go.","speaker":"Ripley","context":"On the bridge, during the storm","tags":["iconic","bridge"],"source":"Quotes"}'
expect_jq '.[0].spoiler // false' "false"

run "${TALES[@]}" show stars-far-away --format json
expect_jq '.[0] | has("speaker")' "false"
expect_jq '.[0].text' "“Stars are only far away until you go.”"

run "${TALES[@]}" show captain-name --format json
expect_jq '.[0] | del(.spoiler) | tojson' \
  '{"kind":"trivia","id":"captain-name","dataset":"tales","fact":"The captain’s name is Dallas.","category":"crew","question":"What is the captain’s name?","answer":"Dallas","accept":["Captain Dallas"],"choices":["Ash","Kane","Parker"],"tags":["crew","captain"],"source":"Trivia"}'

run "${TALES[@]}" show waking-up --format json
expect_jq '.[0] | del(.spoiler) | tojson' \
  '{"kind":"scene","id":"waking-up","dataset":"tales","title":"Waking up","order":1,"description":"The crew wakes from hypersleep to a blinking console.","characters":["Dallas","Ripley"],"location":"Mess hall","tags":["crew","opening"],"source":"Scenes"}'
expect_jq '.[0].order | type' "number"

run "${TALES[@]}" show jones-the-cat --format json
expect_jq '.[0] | del(.spoiler) | tojson' \
  '{"kind":"egg","id":"jones-the-cat","dataset":"tales","title":"The cat","text":"Jones the cat appears in every act.","tags":["cat"],"source":"Eggs"}'

run "${TALES[@]}" show the-escape who-is-android --format json
expect_jq '[.[].spoiler] | map(tostring) | join(" ")' "true true"

run show director --format json
expect_jq '.[0] | [.kind, .id, .dataset, .fact] | join("|")' "trivia|director|io|IO is directed by Jonathan Helpert."

section "json carries control characters and quotation marks exactly (read back by jq)"
run "${CONTROLS[@]}" show red-alert csi-and-del --format json
expect_status 0
expect_json_valid
expect_jq '.[0].text == "Red \u001b[31malert\u001b[0m now — stay “calm”."' "true"
expect_jq '.[0].speaker == "Bell\u0007Ringer"' "true"
expect_jq '.[1].fact == "A C1 CSI \u009b2J, a DEL \u007f, a CR \r and a NEL \u0085 hide here."' "true"
run "${CONTROLS[@]}" show quotes-and-backslashes --format jsonl
expect_json_valid
expect_jq '.text == "She said \"run\" \\ and C:\\path\\n is not a newline."' "true"
run "${CONTROLS[@]}" show red-alert csi-and-del --format json
expect_true "no raw C0 control byte in JSON (JSON escapes them)" \
  test "$(LC_ALL=C tr -cd '\000-\010\013-\037' <"$OUT_FILE" | wc -c)" -eq 0

section "jsonl: one JSON object per line"
run "${TALES[@]}" random -a --format jsonl
expect_status 0
expect_stdout_lines 9
expect_true "every line is one JSON object" \
  test "$(jq -c 'select(type == "object")' "$OUT_FILE" | wc -l)" -eq 9
expect_ids "hold-the-line stars-far-away short-cutoff long-cutoff second-words captain-name ship-name waking-up jones-the-cat"
expect_jq 'select(.id == "captain-name") | .answer' "Dallas"

run "${TALES[@]}" quote --seed 1 --format jsonl
expect_status 0
expect_stdout_lines 1
expect_jq '.kind' "quote"

section "tsv: one line per entry, tab-separated, starting with the id"
run "${TALES[@]}" random -a --format tsv
expect_status 0
expect_stdout_lines 9
expect_eq "the first field is the id" "$(cut -f1 "$OUT_FILE" | paste -sd' ' -)" \
  "hold-the-line stars-far-away short-cutoff long-cutoff second-words captain-name ship-name waking-up jones-the-cat"
fields=$(awk -F'\t' '{print NF}' "$OUT_FILE" | sort -u)
expect_true "every line has the same number of fields, at least 3 (got: $(paste -sd, <<<"$fields"))" \
  test "$(wc -l <<<"$fields")" -eq 1 -a "$fields" -ge 3
expect_stdout_matches $'^hold-the-line\t.*\tHold the line’s end — don’t let go\\.($|\t)'
expect_stdout_matches $'^captain-name\t.*\tThe captain’s name is Dallas\\.($|\t)'
expect_stdout_matches $'^hold-the-line\tquote\t'

run "${CONTROLS[@]}" random -a --format tsv
expect_status 0
expect_stdout_lines 5
expect_stdout_matches '^quotes-and-backslashes'$'\t''.*She said "run" \\\\ and C:\\\\path\\\\n is not a newline\.'
expect_no_raw_controls
ctl_fields=$(awk -F'\t' '{print NF}' "$OUT_FILE" | sort -u)
expect_eq "a tab inside the data does not add a field" "$(wc -l <<<"$ctl_fields")" "1"

section "tsv carries the whole text: tab, newline and backslash escaped"
printf '[dataset]\nid = "lines"\ntitle = "Lines"\n[[quote]]\nid = "two-lines"\ntext = "First\\tline,\\n  second C:\\\\path."\ntags = []\n[[scene]]\nid = "s"\ntitle = "A title"\norder = 1\ndescription = "Not in the tsv."\ntags = []\n' \
  >"$E2E_TMP/lines.toml"
run --no-default --data "$E2E_TMP/lines.toml" random -a --format tsv
expect_status 0
expect_stdout_lines 2
expect_eq "the fourth column is the whole text, escaped" "$(cut -f4 "$OUT_FILE" | head -n 1)" \
  'First\tline,\n  second C:\\path.'
expect_eq "a scene's fourth column is its title" "$(cut -f4 "$OUT_FILE" | tail -n 1)" "A title"
expect_eq "unescaped, it is the text again" "$(cut -f4 "$OUT_FILE" | head -n 1 | perl -pe 's/\\(.)/$1 eq "t" ? "\t" : $1 eq "n" ? "\n" : $1/ge')" \
  "$(lore --no-default --data "$E2E_TMP/lines.toml" show two-lines --format json | jq -r '.[0].text')"

section "--template formats each entry with named fields"
run "${TALES[@]}" quote -a --template '{id}: {text}'
expect_status 0
expect_stderr_empty
expect_stdout "hold-the-line: Hold the line’s end — don’t let go.
stars-far-away: “Stars are only far away until you go.”
short-cutoff: Café crème — déjà vu: a short entry that sits exactly on the cut-off, with accents so bytes outnumber characters; count carefully, é by é, until the end is met.
long-cutoff: Café crème — déjà vu: a long entry that sits one past the cut-off, with accents so bytes outnumber characters; count carefully, é by é, until its own end is met.
second-words: Second words from the same speaker."

run "${TALES[@]}" show hold-the-line --template '{kind}/{dataset}/{speaker}/{context}'
expect_stdout "quote/tales/Ripley/On the bridge, during the storm"
run "${TALES[@]}" show captain-name --template '{question} {answer} ({category})'
expect_stdout "What is the captain’s name? Dallas (crew)"
run "${TALES[@]}" show waking-up --template '#{order} {title} @ {location}'
expect_stdout "#1 Waking up @ Mess hall"
run "${TALES[@]}" show hold-the-line --template '{tags}'
expect_stdout_contains "iconic"
expect_stdout_contains "bridge"
run "${TALES[@]}" show hold-the-line --template '{{{id}}} {id:>15}|'
expect_stdout "{hold-the-line}   hold-the-line|"
run "${TALES[@]}" list -t iconic --template '{id}'
expect_stdout $'hold-the-line\nstars-far-away'
run "${TALES[@]}" search Nostromo --template '{id}={fact}'
expect_stdout "ship-name=The ship is called the Nostromo."
run "${CONTROLS[@]}" show red-alert --template '{text}'
expect_no_raw_controls
expect_stdout_contains "alert"

section "--template: a field that a printed kind lacks is an error before anything is printed"
# show, search and list may print any kind; the kinds they do print are checked.
run "${TALES[@]}" show hold-the-line captain-name --template '{id} {speaker}'
expect_status 2
expect_stdout_empty
expect_stderr_contains "field 'speaker': a trivia fact has none (its fields: kind, dataset, summary, id, fact,"
expect_stderr_contains "Try 'lore show --help'"
run "${TALES[@]}" list --template '{id} {speaker:-nobody}'
expect_status 0
expect_stdout_contains "captain-name nobody"
run "${TALES[@]}" trivia --template '{text}'
expect_status 2
expect_stderr_contains "field 'text': a trivia fact has none"

section "--template: an unknown field or a broken template is a clear usage error"
run "${TALES[@]}" quote --template '{id}: {nope}'
expect_status 2
expect_stdout_empty
expect_stderr_contains "nope"
run "${TALES[@]}" quote --template '{id'
expect_status 2
expect_stdout_empty
expect_stderr_not_empty
run "${TALES[@]}" quote --template '{}'
expect_status 2
expect_stderr_not_empty
# A spec that does not fit its field is named with the field, not only as fmt says it.
run "${TALES[@]}" scene --template '{title} {order:.2}'
expect_status 2
expect_stdout_empty
expect_stderr_contains "field 'order': format spec '.2' does not fit a number"
run "${TALES[@]}" quote --template '{id:d}'
expect_status 2
expect_stderr_contains "field 'id': format spec 'd' does not fit text (invalid type specifier); text takes"
# A number as a character would be a raw control (order 7 is BEL): refused by name.
run "${TALES[@]}" scene -a --template '{order:c}'
expect_status 2
expect_stdout_empty
expect_stderr_contains "field 'order': format spec 'c' would print the number as a character"
run "${TALES[@]}" quote --template '{id}' --format json
expect_status 2
expect_stderr_not_empty
run "${TALES[@]}" tags --template '{id}'
expect_status 2
expect_stderr_not_empty

section "-0/--null ends each entry with NUL"
nul_count() { LC_ALL=C tr -cd '\000' <"$OUT_FILE" | wc -c; }
for flag in -0 --null; do
  run "${TALES[@]}" list "$flag"
  expect_status 0
  expect_eq "list $flag: one NUL per entry" "$(nul_count)" "9"
  expect_eq "list $flag: no newline" "$(LC_ALL=C tr -cd '\n' <"$OUT_FILE" | wc -c)" "0"
done
run_shell "\"\$LORE\" --no-default --data $(printf '%q' "$(fixture tales.toml)") list -0 | xargs -0 -n 1 printf '[%s]\n'"
expect_status 0
expect_stdout_lines 9
expect_stdout_matches '^\[hold-the-line +quote +Hold the line’s end — don’t let go\.\]$'

run "${TALES[@]}" quote -a -0
expect_eq "quote -a -0: five records" "$(nul_count)" "5"
expect_true "each text record ends with its attribution, then NUL" \
  test "$(LC_ALL=C grep -aoE '\(2001\)' "$OUT_FILE" | wc -l)" -eq 5
expect_eq "the last byte is NUL" "$(tail -c 1 "$OUT_FILE" | od -An -c | tr -d ' ')" '\0'

run "${TALES[@]}" quote -a --format jsonl -0
expect_eq "jsonl -0: five records" "$(nul_count)" "5"
expect_true "each jsonl record is a JSON object" \
  test "$(tr '\0' '\n' <"$OUT_FILE" | jq -c 'select(type == "object")' | wc -l)" -eq 5

run "${TALES[@]}" quote -a --format tsv -0
expect_eq "tsv -0: five records" "$(nul_count)" "5"

run "${TALES[@]}" quote -a --template '{id}' -0
expect_eq "template -0: exactly the ids, each ended by NUL" "$(tr '\0' ' ' <"$OUT_FILE")" \
  "hold-the-line stars-far-away short-cutoff long-cutoff second-words "

run "${TALES[@]}" tags -0
expect_eq "tags -0: one NUL per tag" "$(nul_count)" "9"

run "${TALES[@]}" quote -0 --format json
expect_status 2
expect_stderr_not_empty

section "curly quotes and dashes come out intact in every format"
run "${TALES[@]}" show hold-the-line
expect_stdout_contains "line’s end — don’t"
run "${TALES[@]}" show hold-the-line --format json
expect_jq '.[0].text' "Hold the line’s end — don’t let go."
run "${TALES[@]}" show hold-the-line --format jsonl
expect_jq '.text' "Hold the line’s end — don’t let go."
run "${TALES[@]}" show stars-far-away --format tsv
expect_stdout_contains "“Stars are only far away until you go.”"
run "${TALES[@]}" show stars-far-away --template '{text}'
expect_stdout "“Stars are only far away until you go.”"
run "${TALES[@]}" list quote
expect_stdout_contains "“Stars are only far away until you go.”"
run show hope-is-not-a-plan --format json
expect_jq '.[0].text' "Hope is not a plan. But it’s something."
run show hope-is-not-a-plan --format tsv
expect_stdout_contains "Hope is not a plan. But it’s something."

section "an unknown format is a usage error"
run "${TALES[@]}" quote --format xml
expect_status 2
expect_stdout_empty
expect_stderr_contains "xml"

finish
