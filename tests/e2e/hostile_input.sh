#!/usr/bin/env bash
# Input built to break lore (issue 9), through the real binary: TOML nested deeper
# than toml++ can take (datasets, the search path, config.toml, progress.toml),
# templates asking for huge widths, thousands of duplicate cookies, progress counts
# at their maximum, and bidi controls in diagnostics.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# deep_toml KIND: a TOML text with 50,000 dotted parts or levels of nesting.
deep_toml() {
  python3 - "$1" <<'PY'
import sys
n = 50000
kind = sys.argv[1]
head = '[dataset]\nid = "deep"\ntitle = "Deep"\n'
body = {
    "key": "a" + ".a" * n + " = 1\n",
    "table": "[a" + ".a" * n + "]\n",
    "array-table": "[[a" + ".a" * n + "]]\n",
    "array": "x = " + "[" * n + "\n",
    "inline": "x = " + "{a = " * n + "\n",
}[kind]
sys.stdout.write(head + body)
PY
}

section "a deep dataset named with --data is invalid data (65), with its position"
for kind in key table array-table array inline; do
  deep_toml "$kind" >"$E2E_TMP/deep-$kind.toml"
  run --no-default --data "$E2E_TMP/deep-$kind.toml"
  expect_status 65
  expect_stdout_empty
  expect_stderr_matches "^$E2E_TMP/deep-$kind.toml:4:[0-9]+: error: (too many dotted parts in a key|nested too deeply)"
done
run validate "$E2E_TMP/deep-key.toml"
expect_status 65
expect_stdout_contains "deep-key.toml:4:256: error: too many dotted parts in a key (more than 128)"

section "a deep dataset on the search path is skipped with a warning"
mkdir -p "$XDG_DATA_HOME/lore"
cp "$E2E_TMP/deep-table.toml" "$XDG_DATA_HOME/lore/deep.toml"
run quote --seed 1
expect_status 0
expect_stdout_not_empty
expect_stderr_contains "deep.toml:4:"
rm "$XDG_DATA_HOME/lore/deep.toml"

section "a deep config.toml does not stop a quote"
mkdir -p "$XDG_CONFIG_HOME/lore"
python3 -c 'print("a" + ".a" * 50000 + " = 1")' >"$XDG_CONFIG_HOME/lore/config.toml"
run quote --seed 1
expect_status 0
expect_stdout_not_empty
expect_stderr_contains "config.toml:1:256: warning: too many dotted parts in a key (more than 128)"
rm "$XDG_CONFIG_HOME/lore/config.toml"

section "a deep progress.toml is moved aside, not a crash"
mkdir -p "$XDG_STATE_HOME/lore"
python3 -c 'print("[questions]\n[questions" + ".a" * 50000 + "]")' >"$XDG_STATE_HOME/lore/progress.toml"
run_shell 'printf "\n" | "$LORE" quiz -n 1 --seed 3'
expect_status_in "0 1"
expect_stderr_contains "is damaged (line 2: too many dotted parts in a key"
expect_true "the damaged file is kept aside" test -f "$XDG_STATE_HOME/lore/progress.toml.corrupt.1"
rm -rf "$XDG_STATE_HOME/lore"

section "templates: huge widths and nested fields are usage errors (2)"
for template in '{text:2147483647}' '{text:.999999}' '{description:{order}}' '{fact:100001}'; do
  run quote --template "$template"
  expect_status 2
  expect_stdout_empty
  expect_stderr_contains "--template"
done
run scene --all --spoilers --template '{order:>4}|{title:.20}'
expect_status 0
expect_stdout_matches '^ +[0-9]+\|'

section "an empty key in config.toml is an unknown key, with its position"
printf "'' = ''\nwidth = 30\n" >"$XDG_CONFIG_HOME/lore/config.toml"
run quote --seed 1
expect_status 0
expect_stderr_contains "config.toml:1:1: warning: unknown key ''"
rm "$XDG_CONFIG_HOME/lore/config.toml"

section "a huge template width in config.toml is refused, not allocated"
printf 'template = "{text:2147483647}"\n' >"$XDG_CONFIG_HOME/lore/config.toml"
run quote --seed 1
expect_stderr_contains "width or precision 2147483647 is above the limit of 100000"
expect_true "no line of a gigabyte" test "$(wc -c <"$OUT_FILE")" -lt 10000
rm "$XDG_CONFIG_HOME/lore/config.toml"

section "10,000 duplicate cookies import with distinct, numbered ids"
python3 -c 'import sys; sys.stdout.write("Same old story.\n%\n" * 10000)' >"$E2E_TMP/dups"
run import fortune "$E2E_TMP/dups" -o "$E2E_TMP/dups.toml"
expect_status 0
run --no-default --data "$E2E_TMP/dups.toml" list --format tsv
expect_status 0
expect_eq "10,000 entries" "$(wc -l <"$OUT_FILE")" 10000
expect_eq "10,000 distinct ids" "$(cut -f1 "$OUT_FILE" | sort -u | wc -l)" 10000
expect_stdout_matches $'^same-old-story-[0-9a-f]{6}-10000\t'

section "progress counts at their maximum stay there, and the file stays valid"
mkdir -p "$XDG_STATE_HOME/lore"
python3 - "$XDG_STATE_HOME/lore/progress.toml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('[questions."it\'s\\u0009odd\\u000A"]\nasked = 1\nright = 1\nbox = 1\n')
    for q in ["director", "composer", "year", "studio"]:
        f.write(f'[questions.{q}]\nasked = 4294967295\nright = 4294967295\nbox = 5\n')
PY
run_shell 'printf "x\nx\nx\nx\nx\n" | "$LORE" quiz -n 5 --seed 3 --category crew'
expect_stderr_not_contains "damaged"
run_shell 'printf "x\n" | "$LORE" quiz -n 1 --seed 4'
expect_stderr_not_contains "damaged"
expect_true "no progress moved aside" test ! -e "$XDG_STATE_HOME/lore/progress.toml.corrupt.1"
expect_true "the odd key is kept" grep -q "it's" "$XDG_STATE_HOME/lore/progress.toml"
expect_true "no count wrapped" grep -q "asked = 4294967295" "$XDG_STATE_HOME/lore/progress.toml"
rm -rf "$XDG_STATE_HOME/lore"

section "bidi controls in a diagnostic are escaped"
printf '[dataset]\nid = "d"\ntitle = "D"\n[[quote]]\nid = "evil\xe2\x80\xaetxt.exe"\ntext = "t"\n' \
  >"$E2E_TMP/bidi.toml"
run --no-default --data "$E2E_TMP/bidi.toml"
expect_status 65
expect_stderr_contains 'evil\u202etxt.exe'
expect_stderr_not_contains $'\xe2\x80\xae'

finish
