#!/usr/bin/env bash
# Where progress goes: $XDG_STATE_HOME/lore/progress.toml when it is absolute, else
# $HOME/.local/state/lore/progress.toml; neither: a warning, and the quiz goes on.
source "$(dirname "$0")/lib.sh"

N=2
SEED=12
learn "$N" --seed "$SEED"
input=$(answers_file "${ANSWERS[0]}" "${ANSWERS[1]}")

quiz "$input" --seed "$SEED" -n "$N"
expect_eq "XDG_STATE_HOME: status" 0 "$STATUS"
[[ -f "$XDG_STATE_HOME/lore/progress.toml" ]] || fail "nothing in \$XDG_STATE_HOME/lore"
[[ -e "$HOME/.local" ]] && fail "\$HOME/.local written although XDG_STATE_HOME is set"

home_progress="$HOME/.local/state/lore/progress.toml"
unset XDG_STATE_HOME
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "HOME fallback: status" 0 "$STATUS"
[[ -f "$home_progress" ]] || fail "no $home_progress without XDG_STATE_HOME"

# Relative or empty XDG_STATE_HOME: ignored, as the XDG spec says.
rm -rf "$HOME/.local"
mkdir -p "$WORK/cwd"
for value in "relative/state" ""; do
  status=0
  (cd "$WORK/cwd" && XDG_STATE_HOME=$value "$LORE" quiz --seed "$SEED" -n "$N" <"$input" >/dev/null 2>"$WORK/err") || status=$?
  expect_eq "XDG_STATE_HOME='$value': status" 0 "$status"
  expect_eq "XDG_STATE_HOME='$value': no warning" "" "$(cat "$WORK/err")"
  [[ -f "$home_progress" ]] || fail "XDG_STATE_HOME='$value': no $home_progress"
  rm -rf "$HOME/.local"
done
expect_eq "nothing made under the working folder" "" "$(ls -A "$WORK/cwd")"

# Neither: the quiz runs, a warning says nothing was saved.
status=0
(unset HOME XDG_STATE_HOME; "$LORE" quiz --seed "$SEED" -n "$N" <"$input" >"$WORK/out" 2>"$WORK/err") || status=$?
expect_eq "neither: status" 0 "$status"
expect_contains "neither: the quiz ran" "$(cat "$WORK/out")" "Score: 2/2 (100%)"
expect_contains "neither: warning" "$(cat "$WORK/err")" "quiz progress not saved"

finish
