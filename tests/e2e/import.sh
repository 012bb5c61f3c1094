#!/usr/bin/env bash
# `lore import fortune` of a fortune file of our own (CR LF, attribution lines, a trailing
# %) and `lore export --format fortune` give the cookies back, equal but for the
# indentation of the attribution line; --rot13; Latin-1; stable ids; text that needs
# quoting in TOML.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SAMPLE=$(fixture sample.fortune)

# jsonl_of ARGS...: every entry (spoilers too) of the catalog ARGS give, as JSON lines.
jsonl_of() { lore list --spoilers --format jsonl "$@"; }

section "import fortune: CR LF, attribution lines, a trailing %"
run import fortune "$SAMPLE"
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/sample.toml"
expect_stderr_contains "$SAMPLE: warning: CR LF line ends converted to LF (--format fortune writes them back)"
expect_stderr_contains "imported 7 cookies (2 with a speaker)"
run validate "$E2E_TMP/sample.toml"
expect_status 0
expect_stdout "$E2E_TMP/sample.toml: ok, 7 entries"
# Each cookie a quote; a closing indented "-- Name" line the speaker, one not indented text.
run list --format json --no-default --data "$E2E_TMP/sample.toml"
expect_status 0
expect_jq '[.[].kind] | unique | join(" ")' "quote"
expect_jq '[.[] | .speaker // "-"] | join("|")' \
  '-|A. Person|-|Four Spaces, "A Book"|-|-|-'
expect_jq '.[1].text' "Two lines,
   the second indented."
expect_jq '.[3].text' "A blank line inside

and text after it."
# A line "-- Name" alone is the cookie's text; one with a space after the name stays text.
expect_jq '.[4].text' "-- Only an attribution-like line"
expect_jq '.[5].text' "A dash line with a space after the name stays text.
-- Spaced "
expect_jq '[.[].source] | unique | join(" ")' "sample.fortune"
# Export gives the cookies back.
run export --format fortune --no-default --data "$E2E_TMP/sample.toml"
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/sample.out"
expect_eq "cookie for cookie (cookies_of)" "$(cookies compare "$SAMPLE" "$E2E_TMP/sample.out")" ""
expect_true "the exported file has as many cookies" test "$(cookies count "$E2E_TMP/sample.out")" = 7
# Exactly the file, CR LF line ends included, but for an attribution indented with
# spaces, which comes back indented by two tabs.
sed 's/^    -- Four/\t\t-- Four/' "$SAMPLE" >"$E2E_TMP/sample.expected"
expect_eq "the file back, byte for byte" "$(file_bytes "$OUT_FILE")" "$(file_bytes "$E2E_TMP/sample.expected")"
# The comparison itself fails on a changed cookie.
sed 's/Simple cookie/Simple cookies/' "$E2E_TMP/sample.out" >"$E2E_TMP/changed.out"
# shellcheck disable=SC2317  # called through expect_true
cookies_differ() { ! cookies compare "$@" >/dev/null; }
expect_true "a changed cookie is told apart" cookies_differ "$SAMPLE" "$E2E_TMP/changed.out"
sed 's/^\t\t-- A. Person$/-- A. Person/' "$E2E_TMP/sample.out" >"$E2E_TMP/unindented.out"
expect_true "an attribution's indentation is not told apart" cookies compare "$SAMPLE" "$E2E_TMP/unindented.out"
# -o FILE writes the same dataset, and nothing to stdout.
run import fortune "$SAMPLE" -o "$E2E_TMP/sample-o.toml"
expect_status 0
expect_stdout_empty
expect_eq "-o FILE holds what stdout held" "$(file_bytes "$E2E_TMP/sample-o.toml")" "$(file_bytes "$E2E_TMP/sample.toml")"

section "ids are stable: import, export, import again gives the same dataset"
mkdir -p "$E2E_TMP/again"
cp "$E2E_TMP/sample.out" "$E2E_TMP/again/sample.fortune"
run import fortune "$E2E_TMP/again/sample.fortune"
expect_status 0
expect_eq "the same TOML, byte for byte" "$(file_bytes "$OUT_FILE")" "$(file_bytes "$E2E_TMP/sample.toml")"
run import fortune "$SAMPLE"
expect_eq "a second import of the same file is the same" "$(file_bytes "$OUT_FILE")" "$(file_bytes "$E2E_TMP/sample.toml")"

section "--rot13"
tr 'A-Za-z' 'N-ZA-Mn-za-m' <"$SAMPLE" >"$E2E_TMP/rotated"
run import fortune --rot13 "$E2E_TMP/rotated"
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/rotated.toml"
run export --format fortune --no-default --data "$E2E_TMP/rotated.toml"
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/rotated.out"
expect_eq "a rotated file reads as the plain one" "$(cookies compare "$SAMPLE" "$E2E_TMP/rotated.out")" ""
expect_eq "the same text as the plain import" \
  "$(lore list --format json --no-default --data "$E2E_TMP/rotated.toml" | jq -c '[.[] | [.text, .speaker]]')" \
  "$(lore list --format json --no-default --data "$E2E_TMP/sample.toml" | jq -c '[.[] | [.text, .speaker]]')"
# Without --rot13, the text stays rotated.
run import fortune "$E2E_TMP/rotated"
expect_status 0
expect_stdout_contains "Fvzcyr pbbxvr."

section "Latin-1 is read and converted to UTF-8"
printf 'Caf\xe9 cr\xe8me.\n%%\nNa\xefve.\n\t-- Z\xf6e\n%%\n' >"$E2E_TMP/latin1"
run import fortune "$E2E_TMP/latin1"
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/latin1.toml"
expect_stderr_contains "$E2E_TMP/latin1: warning: not valid UTF-8: read as Latin-1 and converted to UTF-8"
run export --format fortune --no-default --data "$E2E_TMP/latin1.toml"
expect_status 0
iconv -f LATIN1 -t UTF-8 "$E2E_TMP/latin1" >"$E2E_TMP/latin1.utf8"
cp "$OUT_FILE" "$E2E_TMP/latin1.out"
expect_eq "the cookies, in UTF-8" "$(cookies compare "$E2E_TMP/latin1.utf8" "$E2E_TMP/latin1.out")" ""
expect_valid_utf8

section "several files in one dataset; each cookie's source is its file"
mkdir -p "$E2E_TMP/Two Files"
printf 'One.\n%%\n' >"$E2E_TMP/Two Files/first"
printf 'Two.\n%%\nThree.\n' >"$E2E_TMP/Two Files/second"
run import fortune "$E2E_TMP/Two Files/first" "$E2E_TMP/Two Files/second" -o "$E2E_TMP/both.toml"
expect_status 0
run list --format json --no-default --data "$E2E_TMP/both.toml"
expect_jq '[.[] | .source + ":" + .text] | join(" ")' "first:One. second:Two. second:Three."
# Named by the folder that holds them.
expect_jq '[.[].dataset] | unique | join(" ")' "two-files"
# Exported, the two files' cookies follow one another.
cat "$E2E_TMP/Two Files/first" "$E2E_TMP/Two Files/second" >"$E2E_TMP/joined"
run export --format fortune --no-default --data "$E2E_TMP/both.toml"
cp "$OUT_FILE" "$E2E_TMP/both.out"
expect_eq "both files' cookies" "$(cookies compare "$E2E_TMP/joined" "$E2E_TMP/both.out")" ""

section "text that needs quoting in TOML survives export and import"
# data/quoting.toml: ''' and """ with newlines, a leading newline, backslashes, tabs.
QUOTING=$(fixture quoting.toml)
run export --no-default --data "$QUOTING"
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/quoting-export.toml"
run validate "$E2E_TMP/quoting-export.toml"
expect_status 0
expect_eq "exported, the entries load as they were" \
  "$(jsonl_of --no-default --data "$E2E_TMP/quoting-export.toml" 2>&1)" "$(jsonl_of --no-default --data "$QUOTING")"
# Entry by entry (show ID --format toml is a dataset of that entry), to tell which fail.
for id in triple-single triple-double leading-newline backslash-tab both-quotes; do
  lore show "$id" --format toml --no-default --data "$QUOTING" >"$E2E_TMP/$id.toml"
  expect_eq "$id: the same text and speaker once exported" \
    "$(lore show "$id" --format jsonl --no-default --data "$E2E_TMP/$id.toml" 2>&1 | jq -c '[.text, .speaker]' 2>&1)" \
    "$(lore show "$id" --format jsonl --no-default --data "$QUOTING" | jq -c '[.text, .speaker]')"
done
# The same kinds of text as fortune cookies, imported and exported.
printf '%s\n%%\n' $'Triple \'\'\' single quotes\nover lines' $'"""Triple double"""\nquotes' \
  $'\nA cookie that starts with a blank line' $'Back\\slash and \t tab' >"$E2E_TMP/quoting"
run import fortune "$E2E_TMP/quoting" -o "$E2E_TMP/quoting.toml"
expect_status 0
run export --format fortune --no-default --data "$E2E_TMP/quoting.toml"
expect_status 0
cp "$OUT_FILE" "$E2E_TMP/quoting.out"
expect_eq "every cookie back" "$(cookies compare "$E2E_TMP/quoting" "$E2E_TMP/quoting.out")" ""

section "-o never destroys: an existing file needs --force, an input is never replaced"
mkdir -p "$E2E_TMP/keep"
printf 'One.\n%%\nTwo.\n\t\t-- Someone\n%%\n' >"$E2E_TMP/keep/cookies"
cp "$E2E_TMP/keep/cookies" "$E2E_TMP/keep/cookies.copy"
printf '[dataset]\nid = "mine"\ntitle = "Mine, by hand"\n' >"$E2E_TMP/keep/mine.toml"
cp "$E2E_TMP/keep/mine.toml" "$E2E_TMP/keep/mine.copy"
run import fortune "$E2E_TMP/keep/cookies" -o "$E2E_TMP/keep/mine.toml"
expect_status 2
expect_stderr_contains "-o $E2E_TMP/keep/mine.toml exists; give --force to replace it"
expect_file_unchanged "a hand-written dataset" "$E2E_TMP/keep/mine.toml" "$E2E_TMP/keep/mine.copy"
run import fortune "$E2E_TMP/keep/cookies" -o "$E2E_TMP/keep/mine.toml" --force
expect_status 0
expect_true "--force replaced it" grep -q "^id = 'cookies'$" "$E2E_TMP/keep/mine.toml"
# One of the inputs, even with --force: by name, through a link, and as a hard link.
ln -s cookies "$E2E_TMP/keep/link"
ln "$E2E_TMP/keep/cookies" "$E2E_TMP/keep/hard"
for output in cookies link hard; do
  run import fortune "$E2E_TMP/keep/mine.toml.none" "$E2E_TMP/keep/cookies" -o "$E2E_TMP/keep/$output" --force
  expect_status 2
  expect_stderr_contains "is the input $E2E_TMP/keep/cookies: lore never writes over what it imports"
  expect_file_unchanged "-o $output: the input" "$E2E_TMP/keep/cookies" "$E2E_TMP/keep/cookies.copy"
done

section "binary files and a file given twice are skipped with a warning"
mkdir -p "$E2E_TMP/games"
printf 'First.\n%%\nSecond.\n%%\n' >"$E2E_TMP/games/wisdom"
printf 'Third.\n%%\n' >"$E2E_TMP/games/zen"
# strfile's header: version 2, counts, lengths, flags (big-endian), then the delimiter.
printf '\0\0\0\2\0\0\0\2\0\0\0\10\0\0\0\6\0\0\0\0%%\0\0\0\0\0\0\0\0\0\0\10' >"$E2E_TMP/games/wisdom.dat"
ln -s wisdom "$E2E_TMP/games/wisdom.u8"
printf 'GIF89a\0\1' >"$E2E_TMP/games/picture"
run import fortune "$E2E_TMP"/games/*
expect_status 0
expect_stderr_contains "$E2E_TMP/games/wisdom.dat: warning: skipped: a strfile index (.dat), not a fortune file"
expect_stderr_contains "$E2E_TMP/games/wisdom.u8: warning: skipped: the same file as $E2E_TMP/games/wisdom, read already"
expect_stderr_contains "$E2E_TMP/games/picture: warning: skipped: a binary file (it has NUL bytes)"
# The files of one folder are named by it.
expect_stderr_contains "lore: imported 3 cookies (0 with a speaker) from 2 files as dataset 'games'"
expect_stdout_contains "title = 'games'"
# No progress line when standard error is not a terminal.
expect_stderr_not_contains $'\r'

section "several folders need --id; the built-in dataset's id is refused"
run import fortune "$E2E_TMP/games/wisdom" "$E2E_TMP/keep/cookies"
expect_status 2
expect_stdout_empty
expect_stderr_contains "the 2 files are in different folders: name the dataset with --id NAME"
run import fortune "$E2E_TMP/games/wisdom" "$E2E_TMP/keep/cookies" --id both
expect_status 0
run import fortune "$E2E_TMP/games/wisdom" --id io
expect_status 2
expect_stderr_contains "dataset id 'io' is the built-in dataset's"
cp "$E2E_TMP/games/zen" "$E2E_TMP/io"
run import fortune "$E2E_TMP/io"
expect_status 2
expect_stderr_contains "dataset id 'io' is the built-in dataset's"

section "attributions: only an indented -- line; an anonymous cookie has no speaker"
# As in Debian's politics: a sentence that goes on "-- $40,000." on a line of its own.
printf '"It costs $20,000 a year, plus room, board\n-- $40,000."\n%%\nAnonymous.\n%%\nSaid.\n    -- A. Person\n%%\n' >"$E2E_TMP/politics"
run import fortune "$E2E_TMP/politics" -o "$E2E_TMP/politics.toml"
expect_status 0
run list --format json --no-default --data "$E2E_TMP/politics.toml"
expect_jq '[.[] | .speaker // "-"] | join("|")' '-|-|A. Person'
expect_jq '.[0].text' '"It costs $20,000 a year, plus room, board
-- $40,000."'
expect_jq '[.[].source] | unique | join(" ")' "politics"
# Printed, an anonymous cookie is credited to nobody, never to its file.
run show --no-default --data "$E2E_TMP/politics.toml" "$(lore list --format tsv --no-default --data "$E2E_TMP/politics.toml" | sed -n 2p | cut -f1)"
expect_status 0
expect_stdout "Anonymous."
run export --format fortune --no-default --data "$E2E_TMP/politics.toml"
cp "$OUT_FILE" "$E2E_TMP/politics.out"
expect_eq "exported, the file again but for the attribution's indentation" \
  "$(sed 's/^    -- /\t\t-- /' "$E2E_TMP/politics")" "$(cat "$E2E_TMP/politics.out")"

section "a progress line on a terminal for a large import"
for ((i = 0; i < 6000; i++)); do printf 'Cookie %d.\n%%\n' "$i"; done >"$E2E_TMP/big"
run_tty import fortune "$E2E_TMP/big" -o "$E2E_TMP/big.toml"
expect_status 0
expect_stdout_contains "lore: importing: 6000 cookies from 1 of 1 files"
expect_stdout_contains "lore: imported 6000 cookies"
run import fortune "$E2E_TMP/big" -o "$E2E_TMP/big2.toml"
expect_status 0
expect_eq "no progress line into a pipe" "$ERR" "lore: imported 6000 cookies (0 with a speaker) from 1 file as dataset 'big'"

finish
