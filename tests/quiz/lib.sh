# shellcheck shell=bash disable=SC2034  # the variables set here are for the scripts
# Shared by the quiz end-to-end scripts (sourced, not run). Each script gets a scratch
# folder of its own, with XDG_STATE_HOME inside it, and runs the binary named by $LORE.
set -euo pipefail

if [[ -z "${LORE:-}" || ! -x "$LORE" ]]; then
  echo "LORE must name the built lore binary (got '${LORE:-}')" >&2
  exit 1
fi
for tool in jq python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed by this test" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lore-quiz-e2e.XXXXXX")
cleanup_work() { rm -rf "$WORK"; }
trap cleanup_work EXIT

export XDG_STATE_HOME="$WORK/state"
export HOME="$WORK/home"  # nothing of the real home is read or written
mkdir -p "$XDG_STATE_HOME" "$HOME"
# Plain, unwrapped text whatever the calling environment says.
unset COLUMNS NO_COLOR CLICOLOR_FORCE XDG_DATA_HOME XDG_DATA_DIRS LORE_PATH
export LC_ALL=C.UTF-8
PROGRESS="$XDG_STATE_HOME/lore/progress.toml"
TODAY=$(date +%F)

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
expect_eq() {  # WHAT EXPECTED ACTUAL
  if [[ "$2" != "$3" ]]; then fail "$1: expected [$2], got [$3]"; fi
}
expect_contains() {  # WHAT TEXT PART
  if [[ "$2" != *"$3"* ]]; then fail "$1: [$3] is not in:"$'\n'"$2"; fi
}
expect_not_contains() {  # WHAT TEXT PART
  if [[ "$2" == *"$3"* ]]; then fail "$1: [$3] should not be in:"$'\n'"$2"; fi
}
finish() {
  if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
  fi
  echo "all checks passed"
}

# answers_file LINE... : a file with one line per argument (an empty argument: an empty
# line), printed as its path.
answers_file() {
  local file
  file=$(mktemp "$WORK/answers.XXXXXX")
  if (($# > 0)); then printf '%s\n' "$@" >"$file"; fi
  echo "$file"
}

# quiz INPUT_FILE ARGS... : runs `lore quiz ARGS` reading INPUT_FILE; sets OUT, ERR and
# STATUS.
quiz() {
  local input=$1
  shift
  set +e
  "$LORE" quiz "$@" <"$input" >"$WORK/out" 2>"$WORK/err"
  STATUS=$?
  set -e
  OUT=$(cat "$WORK/out")
  ERR=$(cat "$WORK/err")
}

# learn N ARGS... : a quiz of N questions, every one skipped, read back as JSON with
# nothing saved. Sets IDS, ANSWERS, PROMPTS and CATEGORIES (arrays, in the order
# asked) and LEARNED (the JSON).
learn() {
  local n=$1
  shift
  local skips i
  skips=$(mktemp "$WORK/skips.XXXXXX")
  for ((i = 0; i < n; i++)); do echo; done >"$skips"
  quiz "$skips" -n "$n" --format json --no-save "$@"
  if [[ $STATUS -ne 0 ]]; then
    fail "learning run (lore quiz -n $n $*) exited with $STATUS: $ERR"
    return 1
  fi
  LEARNED=$OUT
  mapfile -t IDS < <(jq -r '.questions[].id' <<<"$LEARNED")
  mapfile -t ANSWERS < <(jq -r '.questions[].answer' <<<"$LEARNED")
  mapfile -t PROMPTS < <(jq -r '.questions[].question' <<<"$LEARNED")
  mapfile -t CATEGORIES < <(jq -r '.questions[].category' <<<"$LEARNED")
  expect_eq "learning run asks $n questions" "$n" "${#IDS[@]}"
  expect_eq "learning run skips every one" "$n" \
    "$(jq '[.questions[] | select(.verdict == "skipped")] | length' <<<"$LEARNED")"
}

# percent RIGHT ASKED : the percentage as the summary rounds it.
percent() {
  python3 -c 'import sys; r, a = int(sys.argv[1]), int(sys.argv[2]); print(round(100 * r / a) if a else 0)' "$1" "$2"
}

# progress_field ID FIELD : a field of one question's record in the progress file
# (read with Python's TOML parser), or "none".
progress_field() {
  python3 - "$PROGRESS" "$1" "$2" <<'EOF'
import sys, tomllib
path, qid, field = sys.argv[1:4]
with open(path, "rb") as f:
    data = tomllib.load(f)
record = data.get("questions", {}).get(qid)
print("none" if record is None or field not in record else record[field])
EOF
}

# progress_count : how many questions the progress file records.
progress_count() {
  python3 - "$PROGRESS" <<'EOF'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print(len(tomllib.load(f).get("questions", {})))
EOF
}

# typo_of ANSWER : ANSWER with its last letter dropped (one edit).
typo_of() {
  echo "${1%?}"
}

# is_typoable ANSWER : one word of at least five ASCII letters, so that dropping a letter
# is a typo the matcher forgives and not another word.
is_typoable() {
  [[ "$1" =~ ^[A-Za-z]{5,}$ ]]
}
