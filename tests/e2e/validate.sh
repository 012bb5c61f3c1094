#!/usr/bin/env bash
# lore validate FILE...: every problem as FILE:LINE:COL: error|warning: MESSAGE, exit
# 65 on any error and 0 otherwise; a folder validates every *.toml in it; --format json
# gives the same problems as records (read back here with jq).
#
# The table of bad files is tests/e2e/data/invalid/; each position below was read
# off the file itself (the line and column of the value, key or table at fault).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$E2E_INVALID" || exit 1

# The problems of each file: "LINE:COL:SEVERITY:MESSAGE", one per line, in order.
declare -A PROBLEMS
PROBLEMS[syntax.toml]="9:25:error:the string is not closed on its line"
PROBLEMS[unknown-table.toml]="7:3:error:unknown table 'qoute'; a dataset has [dataset], [[quote]], [[trivia]], [[scene]] and [[egg]]; did you mean 'quote'?"
PROBLEMS[unknown-field.toml]="7:1:error:quote 'typo-field' is missing required field 'text'
9:1:error:unknown field 'txt' in quote 'typo-field'; did you mean 'text'?"
PROBLEMS[missing-field.toml]="7:1:error:quote 'no-text' is missing required field 'text'"
PROBLEMS[wrong-type.toml]="4:8:error:field 'year' of [dataset] must be an integer, not a string
10:8:error:field 'tags' of quote 'fine' must be an array of strings, not a string"
PROBLEMS[duplicate-id.toml]="13:6:error:duplicate id 'twice' (first used at line 8)"
PROBLEMS[empty-text.toml]="9:8:error:field 'text' of quote 'empty' is empty"
PROBLEMS[missing-dataset.toml]="1:1:error:missing [dataset] table (with at least id and title)"
PROBLEMS[bad-id.toml]="8:6:error:id 'Not_Kebab' is not kebab-case (lowercase letters and digits, words joined by '-')"
PROBLEMS[question-no-answer.toml]="7:1:error:trivia 'half-asked' has a question but no 'answer'"
PROBLEMS[wrong-boolean.toml]="12:11:error:field 'spoiler' of scene 'a-scene' must be a boolean, not a string"
PROBLEMS[not-array.toml]="7:1:error:'quote' must be an array of tables, written [[quote]]"
PROBLEMS[choice-is-answer.toml]="14:19:error:choice 'one' of trivia 'first' is also an accepted answer
14:26:error:choice '1.' of trivia 'first' is also an accepted answer"
PROBLEMS[duplicates.toml]="13:22:error:choice 'Éuropa' of trivia 'twice' is given twice
14:18:error:tag 'moons' of trivia 'twice' is given twice
19:9:error:field 'order' of scene 'zero' must be a positive integer (1 or more), not 0"
PROBLEMS[several.toml]="9:8:error:field 'text' of quote 'one' is empty
15:1:error:unknown field 'colour' in quote 'two'
18:1:error:trivia 'three' is missing required field 'category'"

# The diagnostic lines PROBLEMS gives for FILE (as named on the command line).
expected_lines() {
  local file=$1 line row column severity message
  while IFS= read -r line; do
    IFS=: read -r row column severity message <<<"$line"
    printf '%s:%s:%s: %s: %s\n' "$file" "$row" "$column" "$severity" "$message"
  done <<<"${PROBLEMS[$(basename "$file")]}"
}

# The same as JSON records, as jq builds them.
expected_json() {
  local file=$1 line row column severity message
  while IFS= read -r line; do
    IFS=: read -r row column severity message <<<"$line"
    jq -cn --arg file "$file" --argjson line "$row" --argjson column "$column" \
      --arg severity "$severity" --arg message "$message" \
      '{file: $file, line: $line, column: $column, severity: $severity, message: $message}'
  done <<<"${PROBLEMS[$(basename "$file")]}"
}

section "each bad file: its problems with line and column, status 65"
for file in "${!PROBLEMS[@]}"; do
  run validate "$file"
  expect_status 65
  expect_stdout "$(expected_lines "$file")"
  expect_stderr_empty
  # The same file by another name is reported under that name.
  run validate "./$file"
  expect_status 65
  expect_stdout "$(expected_lines "./$file")"
  run validate "$E2E_INVALID/$file"
  expect_stdout "$(expected_lines "$E2E_INVALID/$file")"
done
# An invalid UTF-8 byte: toml++ places it at the byte or just before it.
run validate bad-utf8.toml
expect_status 65
expect_stdout_matches "^bad-utf8\.toml:9:1[12]: error: .*(utf-8|UTF-8)"
expect_stdout_lines 1

section "--format json: the same problems as records"
for file in "${!PROBLEMS[@]}"; do
  run validate --format json "$file"
  expect_status 65
  expect_json_valid
  expect_eq "$file as JSON records" "$(jq -c '.[]' "$OUT_FILE")" "$(expected_json "$file")"
done
# Several files: every record, file by file, in the order given.
run validate -f json several.toml choice-is-answer.toml wrong-type.toml
expect_status 65
expect_eq "three files as JSON" "$(jq -c '.[]' "$OUT_FILE")" \
  "$(expected_json several.toml)
$(expected_json choice-is-answer.toml)
$(expected_json wrong-type.toml)"
# A valid file: an empty array.
run validate --format json "$(fixture tales.toml)"
expect_status 0
expect_jq 'length' "0"

section "valid files: status 0"
run validate "$(fixture tales.toml)" "$(fixture single.toml)"
expect_status 0
expect_stdout "$(fixture tales.toml): ok, 12 entries
$(fixture single.toml): ok, 4 entries"
expect_stderr_empty
# The built-in dataset's source validates clean; so does what lore exports.
lore export --spoilers >"$E2E_TMP/io-export.toml"
run validate "$E2E_TMP/io-export.toml"
expect_status 0
expect_stdout "$E2E_TMP/io-export.toml: ok, $(lore list --spoilers --format tsv | wc -l) entries"

section "one bad file among good ones: 65, and every file is still checked"
run validate "$(fixture tales.toml)" empty-text.toml "$(fixture single.toml)"
expect_status 65
expect_stdout_contains "empty-text.toml:9:8: error: field 'text' of quote 'empty' is empty"
expect_stdout_contains "$(fixture tales.toml): ok, 12 entries"
expect_stdout_contains "$(fixture single.toml): ok, 4 entries"
# validate does not load the files as datasets to use: a dataset whose id the built-in
# one has, or one that is also on the search path, is checked on its own.
run validate clash-io.toml
expect_status 0
expect_stdout "clash-io.toml: ok, 1 entry"

section "a folder validates every *.toml in it"
FOLDER=$E2E_TMP/folder
mkdir -p "$FOLDER"
cp empty-text.toml several.toml "$FOLDER/"
cp "$(fixture single.toml)" "$FOLDER/good.toml"
printf 'not TOML at all [\n' >"$FOLDER/notes.txt"
run validate "$FOLDER"
expect_status 65
expect_stdout "$(expected_lines "$FOLDER/empty-text.toml")
$(expected_lines "$FOLDER/several.toml")
$FOLDER/good.toml: ok, 4 entries"
run validate --format json "$FOLDER"
expect_eq "the folder as JSON" "$(jq -c '.[]' "$OUT_FILE")" \
  "$(expected_json "$FOLDER/empty-text.toml")
$(expected_json "$FOLDER/several.toml")"
# The whole table at once: every file's problems, in name order.
run validate "$E2E_INVALID"
expect_status 65
for file in "${!PROBLEMS[@]}"; do
  expected=$(expected_lines "$E2E_INVALID/$file")
  if grep -qxF -- "$(head -n 1 <<<"$expected")" "$OUT_FILE" &&
    [[ $(grep -cF -- "$E2E_INVALID/$file:" "$OUT_FILE") == $(wc -l <<<"$expected") ]]; then
    pass
  else
    fail "validate of the folder: the problems of $file" "expected" "$expected"
  fi
done
# A folder of good files only.
GOOD=$E2E_TMP/good
mkdir -p "$GOOD"
cp "$(fixture tales.toml)" "$(fixture single.toml)" "$GOOD/"
run validate "$GOOD"
expect_status 0
expect_stdout "$GOOD/single.toml: ok, 4 entries
$GOOD/tales.toml: ok, 12 entries"

section "a file that cannot be read"
run validate "$E2E_TMP/no-such.toml"
expect_status 66
expect_stdout_contains "$E2E_TMP/no-such.toml: error: No such file or directory"
run validate -f json "$E2E_TMP/no-such.toml"
expect_status 66
expect_jq '.[0].file + " " + .[0].severity' "$E2E_TMP/no-such.toml error"
run validate
expect_status 2

section "--max-errors: at most N problems per file, then how many more"
# quotes_without_text N: a dataset of N quotes, each missing its text (one error each).
quotes_without_text() {
  printf '[dataset]\nid = "broken"\ntitle = "Broken"\n'
  for ((i = 1; i <= $1; i++)); do printf '\n[[quote]]\nid = "q-%d"\ntags = []\n' "$i"; done
}
BROKEN=$E2E_TMP/broken.toml
quotes_without_text 2000 >"$BROKEN"
run validate "$BROKEN"
expect_status 65
expect_eq "50 problems by default, then one line for the rest" "$(wc -l <"$OUT_FILE")" 51
expect_eq "the first problem" "$(head -n 1 "$OUT_FILE")" \
  "$BROKEN:5:1: error: quote 'q-1' is missing required field 'text'"
expect_eq "the 50th problem" "$(sed -n 50p "$OUT_FILE")" \
  "$BROKEN:201:1: error: quote 'q-50' is missing required field 'text'"
expect_eq "the last line counts the rest" "$(tail -n 1 "$OUT_FILE")" \
  "and 1950 more errors in $BROKEN"
run validate --max-errors 3 "$BROKEN"
expect_status 65
expect_eq "--max-errors 3" "$(wc -l <"$OUT_FILE") $(tail -n 1 "$OUT_FILE")" \
  "4 and 1997 more errors in $BROKEN"
run validate --max-errors 0 "$BROKEN"
expect_status 65
expect_eq "--max-errors 0: every problem" "$(wc -l <"$OUT_FILE")" 2000
expect_stdout_not_contains "more error"
run validate --max-errors 2000 "$BROKEN"
expect_eq "--max-errors as many as there are: no count line" "$(wc -l <"$OUT_FILE")" 2000
# One held back is "1 more error"; each file has its own count.
quotes_without_text 2 >"$E2E_TMP/two.toml"
run validate --max-errors 1 "$E2E_TMP/two.toml" "$BROKEN" "$(fixture tales.toml)"
expect_status 65
expect_stdout "$E2E_TMP/two.toml:5:1: error: quote 'q-1' is missing required field 'text'
and 1 more error in $E2E_TMP/two.toml
$BROKEN:5:1: error: quote 'q-1' is missing required field 'text'
and 1999 more errors in $BROKEN
$(fixture tales.toml): ok, 12 entries"
# JSON: the problems shown, and a note that counts the rest.
run validate --format json --max-errors 2 "$BROKEN"
expect_status 65
expect_eq "JSON: two errors and a note" "$(jq -r '[.[].severity] | join(" ")' "$OUT_FILE")" \
  "error error note"
expect_jq '.[2].more_errors' 1998
expect_jq '.[2].message' "and 1998 more errors in $BROKEN"
run validate --max-errors -1 "$BROKEN"
expect_status 2
expect_stdout_empty

section "validate - reads standard input, named <stdin>"
run_shell "cat '$(fixture tales.toml)' | \"\$LORE\" validate -"
expect_status 0
expect_stdout "<stdin>: ok, 12 entries"
expect_stderr_empty
run_shell "cat '$E2E_INVALID/several.toml' | \"\$LORE\" validate -"
expect_status 65
expect_stdout "$(expected_lines "<stdin>/several.toml" | sed 's|^<stdin>/several.toml|<stdin>|')"
run_shell "\"\$LORE\" validate --max-errors 1 - '$(fixture single.toml)' < '$BROKEN'"
expect_status 65
expect_stdout "<stdin>:5:1: error: quote 'q-1' is missing required field 'text'
and 1999 more errors in <stdin>
$(fixture single.toml): ok, 4 entries"
run_shell "printf '' | \"\$LORE\" validate -f json -"
expect_status 65
expect_jq '.[0].file' "<stdin>"
run_shell "\"\$LORE\" validate - - </dev/null"
expect_status 2
expect_stderr_contains "standard input"

finish
