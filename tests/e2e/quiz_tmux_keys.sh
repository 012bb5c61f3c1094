#!/usr/bin/env bash
# The quiz's line editor (libedit) in a real terminal (tmux): a key outside the
# options is asked again, wide (CJK) characters are typed and rubbed out with the
# screen in step, the cursor keys and Ctrl-A/E/W edit the line, and Ctrl-D after typed
# text ends the line with that text as the answer.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail
use_tmux

N=3
# A seed whose first question shows options (-m), so that "z" is a stray key there.
for SEED in $(seq 1 40); do
  learn "$N" --seed "$SEED" -m
  (($(jq '.questions[0].options | length' <<<"$LEARNED") >= 2)) && break
done
mapfile -t FIRST_OPTIONS < <(jq -r '.questions[0].options[]' <<<"$LEARNED")
letter=""
for i in "${!FIRST_OPTIONS[@]}"; do
  [[ ${FIRST_OPTIONS[$i]} == "${ANSWERS[0]}" ]] && letter=$(printf "\\x$(printf '%x' $((97 + i)))")
done
expect_ne "the answer is among the options" "$letter" ""

cat >"$E2E_TMP/run.sh" <<RUN
#!/usr/bin/env bash
unset NO_COLOR CLICOLOR_FORCE COLUMNS
export XDG_STATE_HOME='$XDG_STATE_HOME' HOME='$HOME' LC_ALL=C.UTF-8
'$LORE' quiz --seed $SEED -n $N -m --color never
echo \$? >'$E2E_TMP/status'
RUN
chmod +x "$E2E_TMP/run.sh"
tmx_new_session -d -s quiz -x 100 -y 40 "$E2E_TMP/run.sh"
if ! wait_for "Question 1/$N"; then finish; fi

# The last line of the screen that is not blank: the prompt line.
prompt_line() { screen | grep -v '^ *$' | tail -n 1 | sed 's/ *$//'; }

# ------------------------------------------------------------ a stray key
tmx send-keys -t quiz -l z
tmx send-keys -t quiz Enter
wait_for "Choose one of a to" || true
expect_not_contains "z is not judged" "$(screen)" "Wrong."
expect_not_contains "nor does the quiz go on" "$(screen)" "Question 2/$N"
expect_eq "asked again at a fresh prompt" "$(prompt_line)" ">"
tmx send-keys -t quiz -l "$letter"
tmx send-keys -t quiz Enter
wait_for "Question 2/$N" || true
expect_contains "then the right letter counts" "$(screen)" "Right!"

# ------------------------------------------------------------ wide characters
# Three double-width characters, rubbed out one by one; the screen keeps in step.
tmx send-keys -t quiz -l "日本語"
wait_for "> 日本語" || true
tmx send-keys -t quiz BSpace
sleep 0.2
expect_eq "one rubbed out" "$(prompt_line)" "> 日本"
tmx send-keys -t quiz BSpace BSpace
sleep 0.2
expect_eq "all rubbed out" "$(prompt_line)" ">"
tmx send-keys -t quiz -l "${ANSWERS[1]}"
tmx send-keys -t quiz Enter
wait_for "Question 3/$N" || true
expect_contains "the answer typed after them is right" "$(flat)" "> ${ANSWERS[1]} Right!"

# ------------------------------------------------------------ editing keys, Ctrl-D
# The answer typed without its first character, then: Ctrl-A, the character, Ctrl-E,
# a stray word that Ctrl-W takes back, Left and Right, and Ctrl-D to end the line.
answer=${ANSWERS[2]}
tmx send-keys -t quiz -l "${answer:1}"
tmx send-keys -t quiz C-a
tmx send-keys -t quiz -l "${answer:0:1}"
tmx send-keys -t quiz C-e
tmx send-keys -t quiz -l " oops"
tmx send-keys -t quiz C-w
tmx send-keys -t quiz BSpace Left Right
sleep 0.3
expect_eq "the line as edited" "$(prompt_line)" "> $answer"
expect_not_contains "no escape sequence typed in" "$(screen)" "^["
tmx send-keys -t quiz C-d
wait_for "Score:" || true
expect_contains "Ctrl-D took the line as the answer" "$(screen)" "Score: 3/3 (100%)"
expect_not_contains "and did not stop the quiz early" "$(screen)" "Stopped after"
wait_for_file "$E2E_TMP/status" || true
expect_eq "status" "$(cat "$E2E_TMP/status" 2>/dev/null)" 0
expect_eq "every answer recorded" "$(progress_count)" "$N"

tmx kill-session -t quiz
finish
