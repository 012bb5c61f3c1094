#!/usr/bin/env bash
# Errors and exit statuses: invalid datasets (FILE:LINE:COL: error: MESSAGE, 65),
# missing files (66), usage errors (2), unknown subcommands and ids, filters that
# leave nothing (1), output errors (74), a reader that goes away (| head -1), and an
# environment variable lore cannot use (a warning, never an error).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

INVALID=$E2E_DATA/invalid
TALES=(--no-default --data "$(fixture tales.toml)")
# Every command, with the argument it needs.
COMMANDS=("" quote trivia "trivia --question" scene egg random "show hold-the-line" list
  "search the" info tags)

# expect_diagnostics FILE "LINE:COL:REGEX"...: lore reports exactly these problems
# in FILE, one line each, in this order, and exits 65 with nothing on stdout.
expect_diagnostics() {
  local file=$INVALID/$1
  shift
  run --no-default --data "$file"
  expect_status 65
  expect_stdout_empty
  expect_every_stderr_line_matches "^$(printf '%s' "$file" | sed 's/[][\.*^$+?(){}|/]/\\&/g'):[0-9]+:[0-9]+: error: .+$"
  expect_eq "$(basename "$file"): one line per problem" "$(wc -l <"$ERR_FILE")" "$#"
  local expected line=1 actual position row column regex
  for expected in "$@"; do
    IFS=: read -r row column regex <<<"$expected"
    position=$row:$column
    actual=$(sed -n "${line}p" "$ERR_FILE")
    if [[ $actual == "$file:$position: error: "* ]] && grep -qE -- "$regex" <<<"${actual#"$file:$position: error: "}"; then
      pass
    else
      fail "problem $line of $(basename "$file") should be at $position with a message matching /$regex/" \
        "line $line of stderr" "$actual"
    fi
    line=$((line + 1))
  done
}

section "invalid datasets: one FILE:LINE:COL: error: MESSAGE line per problem, status 65"
expect_diagnostics syntax.toml "9:25:."
expect_diagnostics unknown-table.toml "7:3:qoute.*did you mean 'quote'"
expect_diagnostics unknown-field.toml "7:1:missing required field 'text'" "9:1:txt.*did you mean 'text'"
expect_diagnostics missing-field.toml "7:1:no-text.*missing required field 'text'"
expect_diagnostics wrong-type.toml "4:8:'year'.*integer" "10:8:'tags'.*array"
expect_diagnostics duplicate-id.toml "13:6:duplicate id 'twice'.*line 8"
expect_diagnostics empty-text.toml "9:8:'text'.*empty"
expect_diagnostics missing-dataset.toml "1:1:\[dataset\]"
expect_diagnostics bad-id.toml "8:6:Not_Kebab.*kebab-case"
expect_diagnostics question-no-answer.toml "7:1:half-asked.*answer"
expect_diagnostics wrong-boolean.toml "12:11:'spoiler'.*boolean"
expect_diagnostics not-array.toml "7:1:quote.*array of tables"
expect_diagnostics several.toml "9:8:'text'.*empty" "15:1:colour" "18:1:three.*'category'"
expect_diagnostics choice-is-answer.toml "14:19:choice 'one'.*accepted answer" "14:26:choice '1\.'.*accepted answer"
expect_diagnostics duplicates.toml "13:22:choice 'Éuropa'.*twice" "14:18:tag 'moons'.*twice" \
  "19:9:'order'.*positive integer"
# The dataset table's year and description are optional (data/README.md): without a
# year the attribution is the title alone.
run --no-default --data "$(fixture no-year.toml)" quote
expect_status 0
expect_stdout "Fine.
    -- Bad"
expect_stderr_empty
# toml++ places an invalid byte at the byte or just before it.
run --no-default --data "$INVALID/bad-utf8.toml"
expect_status 65
expect_stdout_empty
expect_stderr_matches "^$INVALID/bad-utf8\.toml:9:1[12]: error: .*[uU][tT][fF]-?8"
# A dataset id the built-in dataset already has: the id's line and column.
run --data "$INVALID/clash-io.toml"
expect_status 65
expect_stdout_empty
expect_stderr_matches "^$INVALID/clash-io\.toml:2:6: error: .*'io'"

section "an invalid dataset is status 65 for every command"
for command in "${COMMANDS[@]}"; do
  # shellcheck disable=SC2086 # the command and its argument split on purpose
  run --no-default --data "$INVALID/empty-text.toml" $command
  expect_status 65
  expect_stdout_empty
  expect_stderr_contains "$INVALID/empty-text.toml:9:8: error:"
done
run --data "$INVALID/wrong-type.toml" quote
expect_status 65
expect_stderr_contains "$INVALID/wrong-type.toml:4:8: error:"

section "a dataset file that is missing or unreadable: status 66"
for command in "${COMMANDS[@]}"; do
  # shellcheck disable=SC2086
  run --no-default --data "$E2E_TMP/no-such-file.toml" $command
  expect_status 66
  expect_stdout_empty
  expect_stderr_contains "$E2E_TMP/no-such-file.toml"
done
run --data "$E2E_TMP/no-such-file.toml"
expect_status 66
expect_stderr_contains "no-such-file.toml"
# A path through a regular file cannot be read (ENOTDIR), even by root.
touch "$E2E_TMP/plain-file"
run --no-default --data "$E2E_TMP/plain-file/tales.toml" list
expect_status 66
expect_stdout_empty
expect_stderr_contains "$E2E_TMP/plain-file/tales.toml"
if (($(id -u) != 0)); then
  unreadable=$E2E_TMP/unreadable.toml
  cp "$(fixture tales.toml)" "$unreadable"
  chmod 000 "$unreadable"
  run --no-default --data "$unreadable" list
  expect_status 66
  expect_stderr_contains "$unreadable"
fi

section "usage errors: status 2, a message on stderr, nothing on stdout"
while IFS= read -r args; do
  # shellcheck disable=SC2086 # the arguments split on purpose
  run "${TALES[@]}" $args
  expect_status 2
  expect_stdout_empty
  expect_stderr_not_empty
done <<'EOF'
--bogus
quote --bogus
quote -n
quote stray-argument
list --width abc
list --width -3
info --tag iconic
tags --format bogus
search
show
quote --seed 1 --daily
EOF
run --no-default list
expect_status 2
expect_stdout_empty
expect_stderr_contains "--no-default"
run quote --bogus
expect_status 2
expect_stderr_contains "--bogus"

section "a usage error points to its command's help; a data error never does"
run quote --bogus
expect_stderr_contains "Try 'lore quote --help' for more."
run --bogus
expect_stderr_contains "Try 'lore --help' for more."
run "${TALES[@]}" list --width x
expect_stderr_contains "Try 'lore list --help' for more."
run "${TALES[@]}" quote --seed 1 --daily
expect_status 2
expect_stderr_contains "Try 'lore quote --help' for more."
# Data errors: an invalid dataset, nothing matched, an unknown id, add's new entry.
for args in "--no-default --data $INVALID/empty-text.toml quote" "quote -t nothing-has-this" \
  "show no-such-id" "add quote --speaker Nobody --to $E2E_TMP/add-target.toml"; do
  # shellcheck disable=SC2086
  run $args
  expect_status_in "1 2 65"
  expect_stderr_not_empty
  expect_stderr_not_contains "--help"
done

section "a number out of range: status 2 and the range in plain numbers, never clamped"
while IFS='|' read -r expected args; do
  # shellcheck disable=SC2086
  run $args
  expect_status 2
  expect_stdout_empty
  expect_stderr_contains "$expected"
  # Never CLI11's 300-digit bound.
  expect_every_stderr_line_matches '^.{0,120}$'
done <<'RANGES'
--count: N must be 1 or more, not 0|quote -n 0
--count: N must be 1 or more, not 0|quiz -n 0
--seed: N must be 0 or more, not -1|--seed -1
--seed: N must be from 0 to 18446744073709551615, not 99999999999999999999|quote --seed 99999999999999999999
--width: N must be from 0 to 100000, not 100001|list --width 100001
--width: N must be from 0 to 100000, not -3|list --width -3
--length: N must be 1 or more, not 0|list --length 0
--length: N must be a whole number, 1 or more, not 'abc'|list --length abc
--pass: PERCENT must be from 0 to 100, not 150|quiz --pass 150
RANGES
# The largest seed is taken, and a seed with leading zeros is decimal.
run --seed 18446744073709551615 quote
expect_status 0
run --seed 010 random --format tsv
ten=$OUT
run --seed 10 random --format tsv
expect_eq "--seed 010 is --seed 10" "$ten" "$OUT"

section "unknown words: each named, in the order given, with the nearest name"
run quote never --col
expect_status 2
expect_eq "in the order given" "$(head -n 2 "$ERR_FILE")" "lore: unexpected argument 'never'
lore: unknown option '--col'; did you mean '--color'?"
run --spoil
expect_status 2
expect_stderr_contains "unknown option '--spoil'; did you mean '--spoilers'?"
run quote --format yml
expect_status 2
expect_stderr_contains "--format: must be text, json, jsonl, tsv, toml or fortune, not 'yml'"
run list quotse
expect_status 2
expect_stderr_contains "KIND: must be quote, trivia, scene or egg, not 'quotse'; did you mean"

section "an option that a command does not use is an error naming the command"
while IFS='|' read -r command args; do
  # shellcheck disable=SC2086
  run $args
  expect_status 2
  expect_stdout_empty
  expect_stderr_contains "'lore $command' does not take"
  expect_stderr_contains "Try 'lore $command --help' for more."
done <<'REFUSED'
sources|sources --seed 3
sources|sources -n 2
sources|sources -a
sources|sources --daily
sources|--seed 3 sources
tags|tags --template {id}
tags|tags -c
tags|--width 40 tags
info|info --tag iconic
info|-an3 info
validate|--seed 1 validate x.toml
REFUSED
run tags --format toml
expect_status 2
expect_stderr_contains "--format: must be text, json, jsonl or tsv, not 'toml'"

section "a name that nothing has: status 1, and the nearest name on stderr"
run quote -t iconc
expect_status 1
expect_stdout_empty
expect_stderr_contains "no entry has the tag 'iconc'; did you mean 'iconic'?"
run list --category castt
expect_status 1
expect_stderr_contains "no entry has the category 'castt'; did you mean 'cast'?"
run "${TALES[@]}" list --speaker Ripely
expect_status 1
expect_stderr_contains "no entry has the speaker 'Ripely'; did you mean 'Ripley'?"
run show io:directr
expect_status 1
expect_stderr_contains "unknown id 'io:directr'; did you mean 'io:director'?"
run show iox:director
expect_status 1
expect_stderr_contains "did you mean 'io:director'?"
run -d iox
expect_status 2
expect_stderr_contains "did you mean 'io'?"

section "an unknown subcommand says so and suggests the nearest"
for pair in qoute:quote lsit:list serch:search tag:tags trivai:trivia rnadom:random shwo:show; do
  typed=${pair%%:*}
  nearest=${pair#*:}
  run "$typed"
  expect_status 2
  expect_stdout_empty
  expect_stderr_contains "'$typed'"
  expect_stderr_contains "'$nearest'"
  expect_stderr_not_contains "subcommand is required"
done
run qoute --seed 1
expect_status 2
expect_stderr_contains "'quote'"
run xyzzy-plugh
expect_status 2
expect_stdout_empty
expect_stderr_contains "xyzzy-plugh"
expect_stderr_not_contains "subcommand is required"

section "unknown ids and empty selections: status 1 with a message"
run "${TALES[@]}" show no-such-id
expect_status 1
expect_stdout_empty
expect_stderr_contains "no-such-id"
run "${TALES[@]}" show captain-nam
expect_status 1
expect_stderr_contains "captain-name"
for command in "${COMMANDS[@]}"; do
  [[ $command == info || $command == show* ]] && continue
  # shellcheck disable=SC2086
  run "${TALES[@]}" $command -t nothing-has-this-tag
  expect_status 1
  expect_stdout_empty
  expect_stderr_not_empty
done
run "${TALES[@]}" search 'no entry says this'
expect_status 1
expect_stdout_empty
expect_stderr_not_empty

section "an output error (lore quote > /dev/full): a message and status 74"
if [[ -w /dev/full ]]; then
  for command in "${COMMANDS[@]}" "quote --format json" "list --format tsv" "random -a --format jsonl" \
    "quote --template {id}" "list -0" "--version" "--help" "quote --help"; do
    # The built-in dataset, so that "show director" and "search hope" find something.
    args=${command/hold-the-line/director}
    args=${args/search the/search hope}
    run_shell "\"\$LORE\" $args >/dev/full"
    expect_status 74
    expect_stderr_not_empty
  done
  # shellcheck disable=SC2016 # $LORE expands in the shell that run_shell starts
  run_shell '"$LORE" quote >/dev/full'
  expect_stderr_contains "lore"
fi

section "lore list | head -1 ends quietly: one line, no message, no abort"
big=$(make_big_dataset 3000)
for signal in default ignore; do
  # The built-in list fits a pipe buffer: whether lore writes before head exits is
  # a race, so it runs with the default SIGPIPE only.
  small=""
  if [[ $signal == default ]]; then small=list; fi
  for args in $small "--no-default --data $big list" "--no-default --data $big quote -a" \
    "--no-default --data $big random -a --format jsonl" "--no-default --data $big list -0" \
    "--no-default --data $big search Quote"; do
    run_shell "env --$signal-signal=PIPE \"\$LORE\" $args | head -n 1; exit \${PIPESTATUS[0]}"
    expect_status_in "0 141"
    expect_stderr_empty
    if [[ $args == *-0 ]]; then
      expect_true "one record through head -n 1" test "$(LC_ALL=C tr -cd '\000' <"$OUT_FILE" | wc -c)" -ge 1
    else
      expect_stdout_lines 1
    fi
  done
done

section "bytes that are not UTF-8 in a file name never break the JSON or abort"
odd_name=$E2E_TMP/$'caf\xe9.toml'
cp "$(fixture tales.toml)" "$odd_name"
run --no-default --data "$odd_name" info --format json
expect_status 0
expect_json_valid
run validate --format json "$odd_name"
expect_status 0
expect_json_valid

section "options given before a subcommand are checked by it too"
run --format tsv info
expect_status 2
expect_stderr_contains "info prints text, json or jsonl"
expect_stderr_contains "Try 'lore info --help' for more."
run --format fortune sources
expect_status 2

section "a LORE_MAX_FILE lore cannot use: one warning naming it, the default, and the quote"
DEFAULT_LIMIT="the default limit, 1073741824 bytes (1 GiB), is used"
for value in abc -5 10XB 1G 0 1.5; do
  LORE_MAX_FILE=$value run --seed 1
  expect_status 0
  expect_stdout_not_empty
  expect_eq "LORE_MAX_FILE=$value: one warning" "$ERR" \
    "lore: warning: LORE_MAX_FILE='$value' is not a number of bytes (a positive whole number, no suffix); $DEFAULT_LIMIT"
done
LORE_MAX_FILE=18446744073709551616 run --seed 1
expect_status 0
expect_stdout_not_empty
expect_eq "an overflowing LORE_MAX_FILE: one warning" "$ERR" \
  "lore: warning: LORE_MAX_FILE='18446744073709551616' is more than 18446744073709551615 bytes; $DEFAULT_LIMIT"
# The default is the limit that holds: a file under 1 GiB loads.
LORE_MAX_FILE=10K run --no-default --data "$(fixture tales.toml)" list
expect_status 0
expect_stdout_not_empty
# A failing command says the warning too, before its error.
LORE_MAX_FILE=abc run --no-default --data "$E2E_TMP/no-such-file.toml"
expect_status 66
expect_eq "the warning comes first" "$(head -n 1 "$ERR_FILE")" \
  "lore: warning: LORE_MAX_FILE='abc' is not a number of bytes (a positive whole number, no suffix); $DEFAULT_LIMIT"
# A value that is a limit, or none, says nothing.
for value in 4096000 ""; do
  LORE_MAX_FILE=$value run --seed 1
  expect_status 0
  expect_stderr_empty
done

finish
