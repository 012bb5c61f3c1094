#!/usr/bin/env bash
# Quizzes ending at once on one progress file lose no update: eight `lore quiz`
# processes with different seeds, held at a start line (each reads its answers from a
# FIFO that is filled only once all are running), then released together; three rounds.
# The progress file must then hold every answer of every quiz, with the right counts.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

QUIZZES=8
ROUNDS=3
N=6

# Learn each quiz's questions, and plan its answers: right for even positions, wrong or
# skipped for odd ones (so some records are in box 1, others higher).
for ((q = 0; q < QUIZZES; q++)); do
  learn "$N" --seed $((100 + q))
  for i in "${!ANSWERS[@]}"; do
    if ((i % 2 == 0)); then
      echo "${ANSWERS[$i]}"
    elif ((i % 4 == 1)); then
      echo ""
    else
      echo "not the answer at all"
    fi
  done >"$E2E_TMP/answers.$q"
  for i in "${!IDS[@]}"; do
    printf '%s\t%d\n' "${IDS[$i]}" $((i % 2 == 0 ? 1 : 0))
  done >"$E2E_TMP/plan.$q"
done

# What the file must hold: each question's asked and right counts over all quizzes and
# rounds (a question in two quizzes counts in both).
cat "$E2E_TMP"/plan.* >"$E2E_TMP/plan"

for ((round = 1; round <= ROUNDS; round++)); do
  pids=()
  for ((q = 0; q < QUIZZES; q++)); do
    rm -f "$E2E_TMP/fifo.$q"
    mkfifo "$E2E_TMP/fifo.$q"
    # Each blocks opening its FIFO until it is written.
    "$LORE" quiz --seed $((100 + q)) -n "$N" <"$E2E_TMP/fifo.$q" >"$E2E_TMP/out.$q" 2>"$E2E_TMP/err.$q" &
    pids+=($!)
  done
  # Start line: all answers at once.
  writers=()
  for ((q = 0; q < QUIZZES; q++)); do
    cat "$E2E_TMP/answers.$q" >"$E2E_TMP/fifo.$q" &
    writers+=($!)
  done
  for pid in "${writers[@]}"; do wait "$pid" || fail "round $round: a writer failed"; done
  for q in "${!pids[@]}"; do
    status=0
    wait "${pids[$q]}" || status=$?
    expect_eq "round $round, quiz $q: status" "$status" 0
    expect_eq "round $round, quiz $q: no warning" "$(cat "$E2E_TMP/err.$q")" ""
    expect_contains "round $round, quiz $q: finished" "$(cat "$E2E_TMP/out.$q")" "Score: 3/$N (50%)"
  done
done

python3 - "$PROGRESS" "$E2E_TMP/plan" "$ROUNDS" "$TODAY" <<'PY' || fail "the progress file lost updates"
import collections, sys, tomllib
path, plan_path, rounds, today = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
expected = collections.defaultdict(lambda: [0, 0])
outcomes = collections.defaultdict(set)
with open(plan_path) as plan:
    for line in plan:
        qid, right = line.rstrip("\n").split("\t")
        expected[qid][0] += rounds
        expected[qid][1] += rounds * int(right)
        outcomes[qid].add(int(right))
with open(path, "rb") as f:
    recorded = tomllib.load(f)["questions"]
bad = []
if set(recorded) != set(expected):
    bad.append(f"ids: missing {sorted(set(expected) - set(recorded))}, "
               f"extra {sorted(set(recorded) - set(expected))}")
for qid, (asked, right) in sorted(expected.items()):
    record = recorded.get(qid)
    if record is None:
        continue
    if (record["asked"], record["right"]) != (asked, right):
        bad.append(f"{qid}: asked/right {record['asked']}/{record['right']}, expected {asked}/{right}")
    # Where every answer was right the box is known whatever the order: up one each.
    if outcomes[qid] == {1} and record["box"] != min(1 + asked, 5):
        bad.append(f"{qid}: box {record['box']} after {asked} right answers")
    if outcomes[qid] == {0} and record["box"] != 1:
        bad.append(f"{qid}: box {record['box']} after only wrong answers")
    if str(record["last_seen"]) != today:
        bad.append(f"{qid}: last seen {record['last_seen']}")
for line in bad:
    print(line, file=sys.stderr)
print(f"{len(expected)} questions, {sum(a for a, _ in expected.values())} answers checked")
sys.exit(1 if bad else 0)
PY

# Nothing left over: no temporary or damaged file.
leftovers=$(find "$(dirname "$PROGRESS")" -mindepth 1 ! -name progress.toml ! -name progress.toml.lock)
expect_eq "no leftover files" "$leftovers" ""

finish
