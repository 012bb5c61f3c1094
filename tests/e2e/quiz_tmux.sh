#!/usr/bin/env bash
# The interactive quiz in a real terminal (tmux, on a private server): the prompt
# "> ", the question, a coloured verdict for what was typed, the final score; seen as a
# person sees it, with capture-pane. Polls with a bounded loop, never a fixed sleep.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail
use_tmux

SEED=17
learn 2 --seed "$SEED"

cat >"$E2E_TMP/run.sh" <<RUN
#!/usr/bin/env bash
unset NO_COLOR CLICOLOR_FORCE COLUMNS
export XDG_STATE_HOME='$XDG_STATE_HOME' HOME='$HOME' LC_ALL=C.UTF-8
'$LORE' quiz --seed $SEED -n 2 --color auto
echo \$? >'$E2E_TMP/status'
RUN
chmod +x "$E2E_TMP/run.sh"
tmx_new_session -d -s quiz -x 100 -y 40 "$E2E_TMP/run.sh"

if ! wait_for "Question 1/2"; then finish; fi
wait_for $'\n''> ' -N || true
expect_contains "first question shown" "$(flat)" "$(squeeze "${PROMPTS[0]}")"
expect_contains "its category" "$(screen)" "Question 1/2  [${CATEGORIES[0]}]"
# The prompt waits at the start of the last line written.
expect_eq "prompt" "$(screen -N | grep -v '^ *$' | tail -n 1)" "> "

# A right answer, typed as a person would (lower case).
tmx send-keys -t quiz -l "${ANSWERS[0],,}"
tmx send-keys -t quiz Enter
wait_for "Right!" || true
expect_contains "typed answer echoed by the terminal" "$(screen)" "> ${ANSWERS[0],,}"
# Coloured: the verdict in bold green.
expect_contains "escape sequences on screen" "$(screen -e)" $'\e['
expect_eq "green verdict" "$(has_sgr 'Right!' 32)" yes
expect_eq "bold verdict" "$(has_sgr 'Right!' 1)" yes

# A wrong one.
wait_for "Question 2/2" || true
expect_contains "second question shown" "$(flat)" "$(squeeze "${PROMPTS[1]}")"
tmx send-keys -t quiz -l "surely not this"
tmx send-keys -t quiz Enter
wait_for "Score:" || true
expect_eq "red verdict" "$(has_sgr 'Wrong.' 31)" yes
expect_contains "the right answer" "$(flat)" "The answer is: $(squeeze "${ANSWERS[1]}")"
expect_contains "final score" "$(screen)" "Score: 1/2 (50%)"
expect_contains "streak" "$(screen)" "Longest streak: 1"
expect_contains "missed" "$(screen)" "Missed: ${ENTRIES[1]}"

# The quiz ended by itself, with status 0, and recorded both answers.
for ((i = 0; i < 50; i++)); do
  [[ -s "$E2E_TMP/status" ]] && break
  sleep 0.1
done
expect_eq "quiz ended with status 0" "$(cat "$E2E_TMP/status" 2>/dev/null)" 0
expect_eq "progress: first right" "$(progress_field "${IDS[0]}" right)" 1
expect_eq "progress: second asked" "$(progress_field "${IDS[1]}" asked)" 1
expect_eq "progress: second wrong" "$(progress_field "${IDS[1]}" right)" 0

# q at the prompt stops early.
rm -f "$E2E_TMP/status"
tmx kill-session -t quiz
tmx_new_session -d -s quiz -x 100 -y 40 "$E2E_TMP/run.sh"
wait_for "Question 1/2" || true
tmx send-keys -t quiz q Enter
wait_for "Stopped after 0 of 2 questions." || true
expect_contains "stopped: score" "$(screen)" "Score: 0/0 (0%)"
for ((i = 0; i < 50; i++)); do
  [[ -s "$E2E_TMP/status" ]] && break
  sleep 0.1
done
expect_eq "stopped: status 0" "$(cat "$E2E_TMP/status" 2>/dev/null)" 0

# ------------------------------------------------------------ Ctrl-C
# Issue 11: two answers, then Ctrl-C with a third half typed: both answers are in the
# progress file, the score so far is shown, and the status is 130.
learn 4 --seed "$SEED"
rm -f "$E2E_TMP/status" "$PROGRESS"
sed -i "s/ -n 2 / -n 4 /" "$E2E_TMP/run.sh"
tmx kill-session -t quiz
tmx_new_session -d -s quiz -x 100 -y 40 "$E2E_TMP/run.sh"
wait_for "Question 1/4" || true
tmx send-keys -t quiz -l "${ANSWERS[0]}"
tmx send-keys -t quiz Enter
wait_for "Question 2/4" || true
tmx send-keys -t quiz -l "not the answer"
tmx send-keys -t quiz Enter
wait_for "Question 3/4" || true
tmx send-keys -t quiz -l "half typ"
tmx send-keys -t quiz C-c
wait_for "Score:" || true
expect_contains "Ctrl-C: stopped" "$(screen)" "Stopped after 2 of 4 questions."
expect_contains "Ctrl-C: the score so far" "$(screen)" "Score: 1/2 (50%)"
expect_contains "Ctrl-C: the summary on its own line" "$(screen)" $'\n'"Stopped after 2"
expect_contains "Ctrl-C: what was missed" "$(screen)" "Missed: ${ENTRIES[1]}"
wait_for_file "$E2E_TMP/status" || true
expect_eq "Ctrl-C: status 130" "$(cat "$E2E_TMP/status" 2>/dev/null)" 130
expect_eq "Ctrl-C: first answer kept" "$(progress_field "${IDS[0]}" right)/$(progress_field "${IDS[0]}" asked)" 1/1
expect_eq "Ctrl-C: second answer kept" "$(progress_field "${IDS[1]}" right)/$(progress_field "${IDS[1]}" asked)" 0/1
expect_eq "Ctrl-C: the half-typed one is not" "$(progress_field "${IDS[2]}" asked)" none
expect_eq "Ctrl-C: nothing else recorded" "$(progress_count)" 2
# The terminal is given back as it was: it echoes and takes lines again.
tmx respawn-pane -k -t quiz "bash --norc --noprofile"
tmx send-keys -t quiz -l "echo back-to-normal"
tmx send-keys -t quiz Enter
wait_for $'\n'"back-to-normal" || true

# Ctrl-C before any answer: nothing recorded, status 130 all the same.
rm -f "$E2E_TMP/status" "$PROGRESS"
tmx respawn-pane -k -t quiz "$E2E_TMP/run.sh"
wait_for "Question 1/4" || true
tmx send-keys -t quiz C-c
wait_for "Score: 0/0 (0%)" || true
wait_for_file "$E2E_TMP/status" || true
expect_eq "Ctrl-C at once: status 130" "$(cat "$E2E_TMP/status" 2>/dev/null)" 130
[[ -e $PROGRESS ]] && fail "Ctrl-C at once: a progress file was written"

tmx kill-session -t quiz
finish
