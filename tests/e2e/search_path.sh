#!/usr/bin/env bash
# Where datasets come from: the built-in one, then every *.toml in $XDG_DATA_DIRS/lore
# (in order), then in $XDG_DATA_HOME/lore, then each LORE_PATH entry (file or folder),
# then each --data; XDG defaults when the variables are unset or empty; relative XDG
# paths ignored; a file reached twice loaded once; a dataset id found twice taken from
# the later place; a bad dataset found on the path skipped with a warning (and listed
# by `lore sources`), as is a dangling link, but an error when named with --data; -d
# NAME restricting every command.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# make_dataset FOLDER ID: FOLDER/ID.toml, a dataset ID of one quote "ID-quote".
make_dataset() {
  mkdir -p "$1"
  printf '[dataset]\nid = "%s"\ntitle = "Title %s"\n\n[[quote]]\nid = "%s-quote"\ntext = "A quote of %s."\ntags = []\n' \
    "$2" "$2" "$2" "$2" >"$1/$2.toml"
}

# The dataset ids `lore sources --format json` listed, in order.
source_ids() { jq -r '.datasets[].id' "$OUT_FILE" | paste -sd' ' -; }

# expect_sources "ID ..." [PATH...]: status 0 and exactly these datasets, in this order;
# with PATHs, the datasets other than io come from these files, in order.
expect_sources() {
  expect_status 0
  expect_eq "datasets in loading order" "$(source_ids)" "$1"
  shift
  if (($# > 0)); then
    expect_eq "where each dataset came from" \
      "$(jq -r '.datasets[] | select(.id != "io") | .path' "$OUT_FILE")" "$(printf '%s\n' "$@")"
  fi
}

SYS1=$E2E_TMP/sys-one
SYS2=$E2E_TMP/sys-two
LP_FOLDER=$E2E_TMP/lore-path-folder
LP_FILE_DIR=$E2E_TMP/lore-path-file
NAMED=$E2E_TMP/named
make_dataset "$SYS1/lore" sys-one
make_dataset "$SYS2/lore" sys-two
make_dataset "$XDG_DATA_HOME/lore" home
make_dataset "$LP_FOLDER" lp-folder
make_dataset "$LP_FILE_DIR" lp-file
make_dataset "$NAMED" named-one
make_dataset "$NAMED" named-two

section "order: built-in, XDG_DATA_DIRS in order, XDG_DATA_HOME, LORE_PATH, --data"
XDG_DATA_DIRS=$SYS1:$SYS2 LORE_PATH=$LP_FOLDER:$LP_FILE_DIR/lp-file.toml \
  run sources --format json --data "$NAMED/named-two.toml" --data "$NAMED/named-one.toml"
expect_sources "io sys-one sys-two home lp-folder lp-file named-two named-one" \
  "$SYS1/lore/sys-one.toml" "$SYS2/lore/sys-two.toml" "$XDG_DATA_HOME/lore/home.toml" \
  "$LP_FOLDER/lp-folder.toml" "$LP_FILE_DIR/lp-file.toml" "$NAMED/named-two.toml" \
  "$NAMED/named-one.toml"
expect_stderr_empty
# The order of XDG_DATA_DIRS and of LORE_PATH is kept, whatever it is.
XDG_DATA_DIRS=$SYS2:$SYS1 LORE_PATH=$LP_FILE_DIR/lp-file.toml:$LP_FOLDER \
  run sources --format json --no-default --data "$NAMED"
expect_sources "sys-two sys-one home lp-file lp-folder named-one named-two"
# Entries follow their datasets' order.
XDG_DATA_DIRS=$SYS2:$SYS1 LORE_PATH=$LP_FOLDER run list --format tsv --data "$NAMED/named-one.toml"
expect_status 0
expect_eq "list: the datasets of the entries, in order" \
  "$(cut -f3 "$OUT_FILE" | uniq | paste -sd' ' -)" "io sys-two sys-one home lp-folder named-one"
# Text output: the order of sources' lines is the same.
XDG_DATA_DIRS=$SYS1:$SYS2 run sources --no-default
expect_status 0
expect_eq "sources (text): one line per dataset, in order" \
  "$(awk 'NF == 0 {exit} NR > 1 {print $1}' "$OUT_FILE" | paste -sd' ' -)" "sys-one sys-two home"
# The files of a folder load in name order; other files in it are not datasets.
FOLDER=$E2E_TMP/folder
make_dataset "$FOLDER" zed
make_dataset "$FOLDER" ay
printf 'not a dataset\n' >"$FOLDER/README.md"
printf 'not = "a dataset"\n' >"$FOLDER/notes.toml.bak"
LORE_PATH=$FOLDER run sources --format json --no-default
expect_sources "home ay zed" "$XDG_DATA_HOME/lore/home.toml" "$FOLDER/ay.toml" "$FOLDER/zed.toml"
expect_stderr_empty
# The built-in dataset stays first unless --no-default leaves it out.
run sources --format json
expect_sources "io home"

section "the same dataset id twice: the later place wins, as XDG_DATA_HOME over XDG_DATA_DIRS"
# An override made on purpose: sources and info tell it; no run warns of it.
make_dataset "$E2E_TMP/clash-sys/lore" home
XDG_DATA_DIRS=$E2E_TMP/clash-sys run sources --format json
expect_sources "io home" "$XDG_DATA_HOME/lore/home.toml"
expect_stderr_empty
expect_jq '.skipped | length' "0"
expect_jq '.replaced[0] | [.id, .path, .by] | join(" ")' \
  "home $E2E_TMP/clash-sys/lore/home.toml $XDG_DATA_HOME/lore/home.toml"
XDG_DATA_DIRS=$E2E_TMP/clash-sys run sources
expect_stdout_contains "replaced: home in $E2E_TMP/clash-sys/lore/home.toml, by $XDG_DATA_HOME/lore/home.toml"
XDG_DATA_DIRS=$E2E_TMP/clash-sys run info
expect_stderr_empty
expect_stdout_contains "replaces: $E2E_TMP/clash-sys/lore/home.toml"
XDG_DATA_DIRS=$E2E_TMP/clash-sys run info --format json
expect_jq '.[1].replaces[0]' "$E2E_TMP/clash-sys/lore/home.toml"
XDG_DATA_DIRS=$E2E_TMP/clash-sys run quote --daily
expect_status 0
expect_stderr_empty
# Named with --data, it replaces the one found.
run sources --format json --data "$E2E_TMP/clash-sys/lore/home.toml"
expect_status 0
expect_sources "io home" "$E2E_TMP/clash-sys/lore/home.toml"
# The built-in dataset is never replaced: naming its id is an error.
make_dataset "$E2E_TMP/clash-io" io
run sources --data "$E2E_TMP/clash-io/io.toml"
expect_status 65
expect_stderr_contains "dataset id 'io' is already used by io.toml (built in)"

section "XDG defaults: XDG_DATA_HOME unset or empty means ~/.local/share"
OTHER_HOME=$E2E_TMP/other-home
make_dataset "$OTHER_HOME/.local/share/lore" default-home
saved_data_home=$XDG_DATA_HOME
unset XDG_DATA_HOME
HOME=$OTHER_HOME run sources --format json
expect_sources "io default-home" "$OTHER_HOME/.local/share/lore/default-home.toml"
XDG_DATA_HOME="" HOME=$OTHER_HOME run sources --format json
expect_sources "io default-home" "$OTHER_HOME/.local/share/lore/default-home.toml"
# A trailing slash makes no difference.
XDG_DATA_HOME=$saved_data_home/ run sources --format json
expect_sources "io home" "$saved_data_home/lore/home.toml"
export XDG_DATA_HOME=$saved_data_home
# XDG_DATA_DIRS empty is XDG_DATA_DIRS unset: /usr/local/share:/usr/share, which no
# test may write to (the unit test dataset_search_path_test.cc checks those paths);
# here, only that an empty value loads nothing from elsewhere and is no error.
XDG_DATA_DIRS="" run sources --format json
expect_status 0
expect_jq '[.datasets[].id | select(. == "sys-one" or . == "sys-two")] | length' "0"

section "relative XDG paths are ignored"
WORK=$E2E_TMP/work
mkdir -p "$WORK"
make_dataset "$WORK/relative-dirs/lore" relative-dirs
make_dataset "$WORK/relative-home/lore" relative-home
cd "$WORK" || exit 1
XDG_DATA_DIRS=relative-dirs:$SYS1:./relative-dirs XDG_DATA_HOME=relative-home run sources --format json
# The relative XDG_DATA_HOME is ignored: the default, ~/.local/share, is used instead.
expect_sources "io sys-one home" "$SYS1/lore/sys-one.toml" "$XDG_DATA_HOME/lore/home.toml"
expect_stderr_empty
XDG_DATA_HOME=relative-home HOME=$OTHER_HOME run sources --format json
expect_sources "io default-home"
# LORE_PATH is the user's own list: a relative entry there is used, from the current folder.
LORE_PATH=relative-dirs/lore run sources --format json --no-default
expect_sources "home relative-dirs" "$XDG_DATA_HOME/lore/home.toml" "relative-dirs/lore/relative-dirs.toml"
cd "$E2E_TMP" || exit 1

section "a file reached twice is loaded once"
TWICE=$E2E_TMP/twice
make_dataset "$TWICE" twice
ln -s "$TWICE/twice.toml" "$E2E_TMP/link-to-twice.toml"
LORE_PATH=$TWICE:$TWICE/twice.toml:$TWICE/:$E2E_TMP/link-to-twice.toml \
  run sources --format json --no-default --data "$TWICE/twice.toml" --data "$TWICE" \
  --data "$E2E_TMP/link-to-twice.toml" --data "$TWICE/../twice/twice.toml"
expect_sources "home twice" "$XDG_DATA_HOME/lore/home.toml" "$TWICE/twice.toml"
expect_stderr_empty
run list --format tsv --no-default --data "$TWICE/twice.toml" --data "$E2E_TMP/link-to-twice.toml"
expect_status 0
expect_eq "the entries of a file given twice appear once" "$(cut -f1 "$OUT_FILE" | paste -sd' ' -)" \
  "home-quote twice-quote"

section "a bad dataset found on the path is skipped with a warning"
BAD=$XDG_DATA_HOME/lore/bad.toml
BAD_ERROR="field 'text' of quote 'empty' is empty"  # at 9:8 (tests/e2e/data/invalid)
without_bad=$(lore --seed 1 -n 3 --format jsonl)
cp "$E2E_INVALID/empty-text.toml" "$BAD"
run --seed 1 -n 3 --format jsonl
expect_status 0
expect_stdout_not_empty
expect_eq "the picks are those made without the bad file" "$OUT" "$without_bad"
expect_eq "stderr: exactly one warning" "$ERR" "$BAD:9:8: warning: skipping this dataset: $BAD_ERROR"
run list --format tsv
expect_status 0
expect_eq "only io's and home's entries" "$(cut -f3 "$OUT_FILE" | sort -u | paste -sd' ' -)" "home io"
# lore sources lists it with its first error.
run sources
expect_status 0
expect_stdout_contains "skipped: $BAD:9:8: error: $BAD_ERROR"
expect_eq "sources (text): the datasets used" "$(awk 'NF == 0 {exit} NR > 1 && $1 != "skipped:" {print $1}' "$OUT_FILE" | paste -sd' ' -)" "io home"
run sources --format json
expect_status 0
expect_sources "io home"
expect_jq '.skipped | length' "1"
expect_jq '.skipped[0].path' "$BAD"
expect_jq '.skipped[0].error' "$BAD:9:8: error: $BAD_ERROR"
# Only the first error: several.toml has three.
cp "$E2E_INVALID/several.toml" "$XDG_DATA_HOME/lore/several.toml"
run sources --format json
expect_status 0
expect_jq '[.skipped[].error] | join("\n")' "$BAD:9:8: error: $BAD_ERROR
$XDG_DATA_HOME/lore/several.toml:9:8: error: field 'text' of quote 'one' is empty"
rm "$XDG_DATA_HOME/lore/several.toml"
# A file that is not TOML at all, through LORE_PATH.
LORE_PATH=$E2E_INVALID/syntax.toml run sources --format json --no-default
expect_status 0
expect_sources "home"
expect_jq '[.skipped[].path] | join(" ")' "$BAD $E2E_INVALID/syntax.toml"
expect_stderr_contains "$E2E_INVALID/syntax.toml:9:25: warning: skipping this dataset: "
# A missing LORE_PATH entry is no problem at all.
LORE_PATH=$E2E_TMP/no-such-folder:$E2E_TMP/no-such-file.toml run sources --format json --no-default
expect_status 0
expect_sources "home"
expect_stderr_not_contains "no-such"

section "the same bad file named with --data is an error (65); a missing --data is 66"
cp "$BAD" "$E2E_TMP/bad-elsewhere.toml"
run --seed 1 --data "$E2E_TMP/bad-elsewhere.toml"
expect_status 65
expect_stdout_empty
expect_stderr_contains "$E2E_TMP/bad-elsewhere.toml:9:8: error: $BAD_ERROR"
run --seed 1 --data "$E2E_TMP/missing.toml"
expect_status 66
expect_stdout_empty
expect_stderr_contains "$E2E_TMP/missing.toml"
expect_stderr_contains "No such file or directory"
# Found on the path and named with --data too: named, so an error.
run --seed 1 --data "$BAD"
expect_status 65
expect_stderr_contains "$BAD:9:8: error: $BAD_ERROR"
run sources --data "$BAD"
expect_status 65
rm "$BAD"

section "a dangling link on the search path is skipped with a warning naming it and its target"
DANGLING=$XDG_DATA_HOME/lore/x.toml
ln -s missing "$DANGLING"
DANGLING_WARNING="$DANGLING: warning: skipping this dataset: a symbolic link to 'missing', which does not exist"
run --seed 1 -n 3 --format jsonl
expect_status 0
expect_eq "the picks are those made without the link" "$OUT" "$without_bad"
expect_eq "stderr: exactly one warning" "$ERR" "$DANGLING_WARNING"
run sources --format json
expect_status 0
expect_sources "io home"
expect_jq '[.skipped[].path] | join(" ")' "$DANGLING"
# A LORE_PATH entry that is such a link is warned about too; one that is missing is not.
mv "$DANGLING" "$E2E_TMP/gone-link.toml"
LORE_PATH=$E2E_TMP/gone-link.toml:$E2E_TMP/no-such-file.toml run --seed 1
expect_status 0
expect_stdout_not_empty
expect_eq "a dangling LORE_PATH entry: one warning" "$ERR" \
  "$E2E_TMP/gone-link.toml: warning: skipping this dataset: a symbolic link to 'missing', which does not exist"
# Named with --data, it is a missing file (66) that says it is a link.
run --seed 1 --data "$E2E_TMP/gone-link.toml"
expect_status 66
expect_eq "--data: the error names the link's target" "$ERR" \
  "$E2E_TMP/gone-link.toml: error: a symbolic link to 'missing', which does not exist"
rm "$E2E_TMP/gone-link.toml"

section "-d NAME restricts every command"
export LORE_PATH=$E2E_DATA/alpha.toml:$E2E_DATA/beta.toml
run list --format tsv -d beta
expect_status 0
expect_eq "list" "$(cut -f3 "$OUT_FILE" | sort -u)" "beta"
expect_eq "list: beta's entries" "$(cut -f1 "$OUT_FILE" | paste -sd' ' -)" "shared beta-fact"
run quote -a --format jsonl -d beta
expect_status 0
expect_eq "quote -a" "$(jq -r '.dataset + ":" + .id' "$OUT_FILE" | paste -sd' ' -)" "beta:shared"
run random -a --format jsonl --dataset beta
expect_status 0
expect_eq "random -a" "$(jq -r '.dataset + ":" + .id' "$OUT_FILE" | paste -sd' ' -)" "beta:shared beta:beta-fact"
run -d beta --seed 4 --kind quote
expect_status 0
expect_stdout_contains "Beta says the shared line."
run search -i shared --format jsonl -d beta
expect_status 0
expect_eq "search" "$(jq -r '.dataset + ":" + .id' "$OUT_FILE" | paste -sd' ' -)" "beta:shared"
run show shared -d beta --format jsonl
expect_status 0
expect_eq "show: the id is no longer ambiguous" "$(jq -r '.dataset + ":" + .text' "$OUT_FILE")" \
  "beta:Beta says the shared line."
run info --format json -d beta
expect_status 0
expect_jq '[.[].id] | join(" ")' "beta"
run tags --format json -d beta
expect_status 0
expect_jq '.[] | select(.tag == "common") | .count' "1"
run tags --format json
expect_jq '.[] | select(.tag == "common") | .count' "2"
run sources --format json -d beta
expect_status 0
expect_sources "beta"
run export -d beta
expect_status 0
expect_stdout_matches "^id = ['\"]beta['\"]$"
expect_stdout_not_contains "Alpha says"
run trivia -a --format jsonl -d beta
expect_status 0
expect_eq "trivia -a" "$(jq -r '.id' "$OUT_FILE")" "beta-fact"
# Repeatable: two names keep two datasets, and io goes.
run sources --format json -d beta -d alpha
expect_sources "alpha beta"
run sources --format json --dataset io
expect_sources "io"

section "-d with an unknown name is a usage error that suggests the nearest"
for command in "" list quote sources info tags export "show shared" "search x" random; do
  # shellcheck disable=SC2086
  run $command -d bta
  expect_status 2
  expect_stdout_empty
  expect_stderr_contains "no dataset named 'bta' (did you mean 'beta'?)"
done
run list -d alhpa -d beta
expect_status 2
expect_stderr_contains "no dataset named 'alhpa' (did you mean 'alpha'?)"
unset LORE_PATH

section "~ and \$HOME in LORE_PATH and --data are the home folder"
make_dataset "$HOME/tilde" tilde
# shellcheck disable=SC2088 # the tilde is for lore to expand
LORE_PATH='~/tilde' run sources --format json --no-default
expect_sources "home tilde" "$XDG_DATA_HOME/lore/home.toml" "$HOME/tilde/tilde.toml"
# shellcheck disable=SC2016 # the variable is for lore to expand
LORE_PATH='$HOME/tilde/tilde.toml' run sources --format json --no-default
expect_sources "home tilde"
run sources --format json --no-default --data='~/tilde'
expect_sources "home tilde"
run sources --format json --no-default --data '${HOME}/tilde/tilde.toml'
expect_sources "home tilde"

section "--data - and --data <(...): streams read to their end"
make_dataset "$E2E_TMP/streams" streamed
STREAMED=$E2E_TMP/streams/streamed.toml
# A writer that pauses midway: the dataset is read whole, not cut at the pause.
run_shell "(head -c 40 '$STREAMED'; sleep 0.3; tail -c +41 '$STREAMED') | \"\$LORE\" list --no-default --data - --format tsv"
expect_status 0
expect_stdout_contains "streamed-quote"
expect_stderr_empty
# (-d: the home dataset is on the search path too.)
run_shell "cat '$STREAMED' | \"\$LORE\" quote --no-default --data - -d streamed"
expect_status 0
expect_stdout "A quote of streamed.
    -- Title streamed"
# Standard input that is a file, redirected.
run_shell "\"\$LORE\" sources --format json --data - <'$STREAMED'"
expect_sources "io home streamed"
run quote --no-default --data <(sleep 0.3; cat "$STREAMED") -d streamed
expect_status 0
expect_stdout_contains "A quote of streamed."

finish
