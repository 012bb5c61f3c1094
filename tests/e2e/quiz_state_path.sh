#!/usr/bin/env bash
# Where progress goes: $XDG_STATE_HOME/lore/progress.toml when it is absolute, else
# $HOME/.local/state/lore/progress.toml; neither: a warning, and the quiz goes on.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail
# Progress outside HOME, so that what lands under HOME shows.
export XDG_STATE_HOME=$E2E_TMP/state
PROGRESS=$XDG_STATE_HOME/lore/progress.toml
export XDG_DATA_HOME=$E2E_TMP/data XDG_CACHE_HOME=$E2E_TMP/cache
rm -rf "$HOME/.local"

N=2
SEED=12
learn "$N" --seed "$SEED"
input=$(answers_file "${ANSWERS[0]}" "${ANSWERS[1]}")

quiz "$input" --seed "$SEED" -n "$N"
expect_eq "XDG_STATE_HOME: status" "$STATUS" 0
[[ -f "$XDG_STATE_HOME/lore/progress.toml" ]] || fail "nothing in \$XDG_STATE_HOME/lore"
[[ -e "$HOME/.local" ]] && fail "\$HOME/.local written although XDG_STATE_HOME is set"

home_progress="$HOME/.local/state/lore/progress.toml"
unset XDG_STATE_HOME
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "HOME fallback: status" "$STATUS" 0
[[ -f "$home_progress" ]] || fail "no $home_progress without XDG_STATE_HOME"

# Relative or empty XDG_STATE_HOME: ignored, as the XDG spec says.
rm -rf "$HOME/.local"
mkdir -p "$E2E_TMP/cwd"
for value in "relative/state" ""; do
  status=0
  (cd "$E2E_TMP/cwd" && XDG_STATE_HOME=$value "$LORE" quiz --seed "$SEED" -n "$N" <"$input" >/dev/null 2>"$E2E_TMP/err") || status=$?
  expect_eq "XDG_STATE_HOME='$value': status" "$status" 0
  expect_eq "XDG_STATE_HOME='$value': no warning" "$(cat "$E2E_TMP/err")" ""
  [[ -f "$home_progress" ]] || fail "XDG_STATE_HOME='$value': no $home_progress"
  rm -rf "$HOME/.local"
done
expect_eq "nothing made under the working folder" "$(ls -A "$E2E_TMP/cwd")" ""

# Neither: the quiz runs, a warning says nothing was saved.
status=0
(unset HOME XDG_STATE_HOME; "$LORE" quiz --seed "$SEED" -n "$N" <"$input" >"$E2E_TMP/out" 2>"$E2E_TMP/err") || status=$?
expect_eq "neither: status" "$status" 0
expect_contains "neither: the quiz ran" "$(cat "$E2E_TMP/out")" "Score: 2/2 (100%)"
expect_contains "neither: warning" "$(cat "$E2E_TMP/err")" "quiz progress not saved"

finish
