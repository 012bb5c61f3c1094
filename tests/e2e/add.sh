#!/usr/bin/env bash
# lore add KIND --text ...: appends one valid entry, keeping every byte already in the
# file; creates the file (and its folders) with a [dataset] table; writes to
# $XDG_DATA_HOME/lore/mine.toml by default; makes the id from the text, unique in the
# file; refuses a duplicate id or an invalid entry with the reason, leaving the file
# as it was; and a write that fails midway leaves the file unchanged, with no
# temporary file beside it.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HAND=$(fixture hand-written.toml)  # comments, odd spacing, no final newline

# expect_no_temporary FOLDER: nothing in FOLDER but what was there (no *.tmp-*).
expect_no_temporary() {
  local left
  left=$(find "$1" -name '*.tmp*' 2>/dev/null)
  if [[ -z $left ]]; then pass; else fail "no temporary file should be left in $1" "found" "$left"; fi
}

# expect_refused FILE REASON ARGS...: `lore add ARGS... --to FILE` exits 2, prints
# nothing, says REASON, and FILE keeps its bytes, with no temporary file beside it.
expect_refused() {
  local file=$1 reason=$2
  shift 2
  cp "$file" "$E2E_TMP/before"
  run add "$@" --to "$file"
  expect_status 2
  expect_stdout_empty
  expect_stderr_contains "$reason"
  expect_file_unchanged "refused: $*" "$file" "$E2E_TMP/before"
  expect_no_temporary "$(dirname "$file")"
}

section "the default file: \$XDG_DATA_HOME/lore/mine.toml, created with its folders"
MINE=$XDG_DATA_HOME/lore/mine.toml
[[ ! -e $XDG_DATA_HOME/lore ]] || fail "the test expects no lore folder in XDG_DATA_HOME yet"
run add quote --text "So it goes." --speaker "Kurt Vonnegut" --tag books
expect_status 0
expect_stdout "so-it-goes"
expect_stderr_empty
expect_true "mine.toml was created" test -f "$MINE"
expect_stdout_matches "^so-it-goes$"
run validate "$MINE"
expect_status 0
expect_stdout "$MINE: ok, 1 entry"
# It starts with a [dataset] table named after the file.
expect_true "mine.toml has a [dataset] table" grep -qx '\[dataset\]' "$MINE"
run sources --format json
expect_jq '.datasets[] | select(.path == "'"$MINE"'") | .id' "mine"
# It is on the search path: bare lore finds the new entry.
run show so-it-goes
expect_status 0
expect_stdout "So it goes.
    -- Kurt Vonnegut"
# Its title is "My quotes", a collection's: never taken for the work a quote is from.
expect_true "mine.toml is titled My quotes" grep -qxE "title = [\"']My quotes[\"']" "$MINE"
expect_true "mine.toml is a collection" grep -qx 'collection = true' "$MINE"
run add quote --text "Anonymous words."
run show anonymous-words
expect_stdout "Anonymous words."
run -d mine info
expect_stdout_contains "My quotes [mine]"
run show so-it-goes --format jsonl
expect_jq '[.kind, .dataset, .text, .speaker, (.tags | join(","))] | join("|")' \
  "quote|mine|So it goes.|Kurt Vonnegut|books"
# XDG_DATA_HOME unset, empty or relative: ~/.local/share/lore/mine.toml.
saved_data_home=$XDG_DATA_HOME
for value in unset "" relative/data; do
  OTHER_HOME=$E2E_TMP/home-$RANDOM
  if [[ $value == unset ]]; then unset XDG_DATA_HOME; else export XDG_DATA_HOME=$value; fi
  HOME=$OTHER_HOME run add quote --text "Home quote."
  expect_status 0
  expect_stdout "home-quote"
  expect_true "XDG_DATA_HOME=$value: written to ~/.local/share/lore/mine.toml" \
    test -f "$OTHER_HOME/.local/share/lore/mine.toml"
  expect_false "XDG_DATA_HOME=$value: nothing written under the current folder" test -e relative
done
export XDG_DATA_HOME=$saved_data_home
# From here on, no mine.toml on the search path: --no-default --data FILE is FILE alone.
rm -r "$XDG_DATA_HOME/lore"

section "--to FILE: created with its folders when missing; it loads"
NEW=$E2E_TMP/deep/er/new-quotes.toml
run add egg --title "The Egg" --text "Easter, hidden." --tag hidden --to "$NEW"
expect_status 0
expect_stdout "the-egg"
run validate "$NEW"
expect_status 0
expect_true "a [dataset] table" grep -qx '\[dataset\]' "$NEW"
run --no-default --data "$NEW" show the-egg --format jsonl
expect_status 0
expect_jq '[.dataset, .kind, .title, .text] | join("|")' "new-quotes|egg|The Egg|Easter, hidden."
# Every kind, with each of its fields.
run add trivia --fact "IO premiered at Sundance." --category release --question "Where did IO premiere?" \
  --answer Sundance --accept "the Sundance festival" --choice Cannes --choice Venice --choice Berlin \
  --tag festival --tag premiere --to "$NEW"
expect_status 0
expect_stdout "io-premiered-at-sundance"
run add scene --title "Setting off" --order 7 --description "They leave at dawn." --character Sam \
  --character Micah --location "The mountains" --spoiler --to "$NEW"
expect_status 0
expect_stdout "setting-off"
run add quote --text "Hope." --speaker Sam --context "At the end" --source "Quotes" --id hope --to "$NEW"
expect_status 0
expect_stdout "hope"
run --no-default --data "$NEW" list --spoilers --format json
expect_status 0
expect_jq '[.[].id] | join(" ")' "the-egg io-premiered-at-sundance setting-off hope"
expect_jq '.[1] | [.category, .question, .answer, (.accept | join(",")), (.choices | join(",")), (.tags | join(","))] | join("|")' \
  "release|Where did IO premiere?|Sundance|the Sundance festival|Cannes,Venice,Berlin|festival,premiere"
expect_jq '.[2] | [.title, (.order | tostring), .description, (.characters | join(",")), .location, (.spoiler | tostring)] | join("|")' \
  "Setting off|7|They leave at dawn.|Sam,Micah|The mountains|true"
expect_jq '.[3] | [.text, .speaker, .context, .source] | join("|")' "Hope.|Sam|At the end|Quotes"

section "appending keeps every byte of the file"
FILE=$E2E_TMP/hand.toml
cp "$HAND" "$FILE"
run add quote --text "A third one." --to "$FILE"
expect_status 0
expect_stdout "a-third-one"
expect_prefix "a hand-written file" "$HAND" "$FILE"
run --no-default --data "$FILE" list --format tsv
expect_status 0
expect_eq "the old entries and the new one" "$(cut -f1 "$OUT_FILE" | paste -sd' ' -)" \
  "first-by-hand second-by-hand a-third-one"
expect_eq "the old entries read as before" \
  "$(lore --no-default --data "$FILE" show first-by-hand second-by-hand --format jsonl)" \
  "$(lore --no-default --data "$HAND" show first-by-hand second-by-hand --format jsonl)"
# Again: the file as it now is stays a prefix.
cp "$FILE" "$E2E_TMP/after-one"
run add quote --text "A fourth." --tag x --to "$FILE"
expect_status 0
expect_prefix "a second add" "$E2E_TMP/after-one" "$FILE"
# CR LF line ends, a BOM-less UTF-8 comment, and a final newline already there.
CRLF=$E2E_TMP/crlf.toml
printf '# Ünïcödé comment\r\n[dataset]\r\nid = "crlf"\r\ntitle = "CRLF"\r\n\r\n[[quote]]\r\nid = "old"\r\ntext = "Old."\r\ntags = []\r\n' >"$CRLF"
cp "$CRLF" "$E2E_TMP/crlf-before"
run add quote --text "New." --to "$CRLF"
expect_status 0
expect_prefix "a CR LF file" "$E2E_TMP/crlf-before" "$CRLF"
run --no-default --data "$CRLF" list --format tsv
expect_eq "CR LF file: both entries" "$(cut -f1 "$OUT_FILE" | paste -sd' ' -)" "old new"
run add quote --text $'Two\nlines.' --speaker Sam --tag a --to "$CRLF"
expect_status 0
expect_eq "a CR LF file stays CR LF: no bare LF" "$(grep -c $'[^\r]$' "$CRLF")" "0"
expect_eq "every line ends in CR LF" "$(grep -c $'\r$' "$CRLF")" "$(wc -l <"$CRLF")"
run --no-default --data "$CRLF" show two-lines --format jsonl
expect_jq '.text' $'Two\nlines.'
run validate "$CRLF"
expect_status 0
# The file's mode is kept: a private file stays private.
chmod 600 "$FILE"
run add quote --text "Private." --to "$FILE"
expect_status 0
expect_eq "the mode of the file is kept" "$(stat -c %a "$FILE")" "600"
expect_no_temporary "$E2E_TMP"

section "ids are made from the text, unique in the file"
IDS_FILE=$E2E_TMP/ids.toml
run add quote --text "It’s a Café!" --to "$IDS_FILE"
expect_stdout "its-a-cafe"
run add quote --text "It's a café." --to "$IDS_FILE"
expect_stdout "its-a-cafe-2"
run add quote --text "IT’S A CAFE" --to "$IDS_FILE"
expect_stdout "its-a-cafe-3"
run add quote --text "Ünïcödé — «quoted» text!" --to "$IDS_FILE"
expect_stdout "unicode-quoted-text"
# At most five words.
run add quote --text "One two three four five six seven eight." --to "$IDS_FILE"
expect_stdout "one-two-three-four-five"
# No word with an ASCII letter or digit: the kind's name, made unique.
run add quote --text "日本語" --to "$IDS_FILE"
expect_stdout "quote"
run add quote --text "……" --to "$IDS_FILE"
expect_stdout "quote-2"
# A trivia's id comes from its fact, a scene's and an egg's from their title.
run add trivia --fact "Facts are facts." --category misc --to "$IDS_FILE"
expect_stdout "facts-are-facts"
run add scene --title "The title words" --order 1 --description "Not these words." --to "$IDS_FILE"
expect_stdout "the-title-words"
run --no-default --data "$IDS_FILE" list --format tsv
expect_eq "every id, as printed" "$(cut -f1 "$OUT_FILE" | paste -sd' ' -)" \
  "its-a-cafe its-a-cafe-2 its-a-cafe-3 unicode-quoted-text one-two-three-four-five quote quote-2 facts-are-facts the-title-words"
# An id made from the text never takes one given by hand.
run add quote --text "x" --id so-it-is --to "$IDS_FILE"
run add quote --text "So it is!" --to "$IDS_FILE"
expect_stdout "so-it-is-2"

section "refusals: the reason, status 2, and the file unchanged"
cp "$HAND" "$FILE"
expect_refused "$FILE" "duplicate id 'first-by-hand'" quote --text "Again." --id first-by-hand
expect_refused "$FILE" "a quote has no field 'fact'" quote --text "Text." --fact "A fact."
expect_refused "$FILE" "a quote has no field 'order'" quote --text "Text." --order 3
expect_refused "$FILE" "an egg has no field 'speaker'" egg --title T --text "Text." --speaker Sam
expect_refused "$FILE" "missing required field 'description'" scene --title "T" --order 1
expect_refused "$FILE" "'text'" quote --text ""
expect_refused "$FILE" "field 'text' of quote" quote --text "   "
expect_refused "$FILE" "missing required field 'text'" quote --speaker "Nobody"
expect_refused "$FILE" "missing required field 'category'" trivia --fact "No category."
expect_refused "$FILE" "has a question but no 'answer'" trivia --fact "F." --category c --question "Q?"
expect_refused "$FILE" "--order: 'x' is not a whole number" scene --title T --order x --description D
expect_refused "$FILE" "is not kebab-case" quote --text "Text." --id Not_Kebab
# What lore(5) asks of trivia and scenes: checked as validate checks them.
expect_refused "$FILE" "choice 'CAFÉ' of trivia 'f' is also an accepted answer" \
  trivia --fact F. --category c --question Q? --answer Café --choice Bar --choice CAFÉ
expect_refused "$FILE" "choice 'the bar' of trivia 'f' is also an accepted answer" \
  trivia --fact F. --category c --question Q? --answer Café --accept "The Bar" --choice "the bar"
expect_refused "$FILE" "choice 'bar' of trivia 'f' is given twice" \
  trivia --fact F. --category c --question Q? --answer Café --choice Bar --choice bar
expect_refused "$FILE" "tag 'x' of quote 'text' is given twice" quote --text "Text." --tag x --tag y --tag x
expect_refused "$FILE" "must be a positive integer (1 or more), not 0" scene --title T --order 0 --description D
expect_refused "$FILE" "must be a positive integer (1 or more), not -2" scene --title T --order -2 --description D
expect_refused "$FILE" "has an empty string" quote --text "Text." --tag ""
# A kind lore does not have is a usage error of the command line.
cp "$FILE" "$E2E_TMP/before"
run add poem --text "Roses." --to "$FILE"
expect_status 2
expect_file_unchanged "an unknown kind" "$FILE" "$E2E_TMP/before"
# A file with errors of its own: 65, its problems, and no change.
BROKEN=$E2E_TMP/broken.toml
cp "$E2E_INVALID/empty-text.toml" "$BROKEN"
run add quote --text "Fine." --to "$BROKEN"
expect_status 65
expect_stdout_empty
expect_stderr_contains "$BROKEN:9:8: error: field 'text' of quote 'empty' is empty"
expect_stderr_contains "fix them before adding"
expect_file_unchanged "a file with errors" "$BROKEN" "$E2E_INVALID/empty-text.toml"
# A refused entry leaves no file behind where there was none.
run add scene --title T --order 1 --to "$E2E_TMP/never/created.toml"
expect_status 2
expect_false "no file is created for a refused entry" test -e "$E2E_TMP/never/created.toml"

section "text that needs quoting is stored as given"
ODD=$E2E_TMP/odd.toml
for text in $'Line one\nline two' "Quotes \" and ' and \\ backslash" $'Triple \'\'\' and """ quotes\nover lines' \
  $'\nStarts with a newline' $'Ends with a newline\n' $'Tab\there' "  leading and trailing spaces  "; do
  run add quote --text "$text" --to "$ODD"
  expect_status 0
  ((STATUS == 0)) || continue
  id=$OUT
  run --no-default --data "$ODD" show "$id" --format jsonl
  expect_status 0
  expect_eq "the text of $id reads back as given" "$(jq -r '.text' "$OUT_FILE"; printf .)" "$text"$'\n.'
done

section "a write that fails midway leaves the file unchanged"
BIG=$E2E_TMP/big.toml
{
  cat "$HAND"
  for ((i = 1; i <= 30; i++)); do
    printf '\n\n[[quote]]\nid = "filler-%d"\ntext = "A filler quote, to make the file bigger than a block."\ntags = []' "$i"
  done
} >"$BIG"
cp "$BIG" "$E2E_TMP/big-before"
size=$(wc -c <"$BIG")
expect_true "the file is bigger than 1 KiB ($size bytes)" test "$size" -gt 1024
LONG_TEXT=$(head -c 3000 /dev/zero | tr '\0' x)
LAST_COMMAND="(trap '' XFSZ; ulimit -f 1; lore add quote --text x*3000 --to $BIG)"
(
  trap '' XFSZ
  ulimit -f 1
  "$LORE" add quote --text "$LONG_TEXT" --to "$BIG" </dev/null >"$OUT_FILE" 2>"$ERR_FILE"
)
STATUS=$?
read_outputs
expect_status 74
expect_stdout_empty
expect_stderr_contains "the file is unchanged"
expect_eq "the file's bytes are exactly the old ones" "$(file_bytes "$BIG")" "$(file_bytes "$E2E_TMP/big-before")"
expect_no_temporary "$E2E_TMP"
expect_eq "nothing else was left beside the file" "$(find "$E2E_TMP" -maxdepth 1 -name 'big*' | sort | paste -sd' ' -)" \
  "$E2E_TMP/big-before $E2E_TMP/big.toml"
# Without the limit, the same add works.
run add quote --text "$LONG_TEXT" --to "$BIG"
expect_status 0
expect_prefix "after the failed write" "$E2E_TMP/big-before" "$BIG"

section "adds at once: none is lost (the folder is locked around read, check and write)"
mkdir -p "$E2E_TMP/many"
for i in $(seq 1 12); do
  "$LORE" add quote --text "Parallel quote $i." --to "$E2E_TMP/many/c.toml" </dev/null >/dev/null 2>&1 &
done
wait
expect_eq "12 quotes added at once, 12 in the file" \
  "$(grep -c '^\[\[quote\]\]' "$E2E_TMP/many/c.toml")" "12"
expect_eq "and nothing else beside it" "$(ls "$E2E_TMP/many")" "c.toml"

section "a symbolic link: the entry goes into the file it names, the link stays"
mkdir -p "$E2E_TMP/dotfiles"
run add quote --text "Into the real file." --to "$E2E_TMP/dotfiles/real.toml"
ln -s "$E2E_TMP/dotfiles/real.toml" "$E2E_TMP/linked.toml"
run add quote --text "Through the link." --to "$E2E_TMP/linked.toml"
expect_status 0
expect_true "the link is still a link" test -L "$E2E_TMP/linked.toml"
expect_eq "the real file has both" "$(grep -c '^\[\[quote\]\]' "$E2E_TMP/dotfiles/real.toml")" "2"

section "text that is not UTF-8 is refused"
run add quote --text $'caf\xe9' --to "$E2E_TMP/utf8.toml"
expect_status 2
expect_stderr_contains "not UTF-8"

finish
