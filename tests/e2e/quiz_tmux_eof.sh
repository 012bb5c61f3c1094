#!/usr/bin/env bash
# End of input typed at the prompt (Ctrl-D) stops the quiz; the terminal echoes no
# newline for it, so the summary must start on a line of its own, not after "> ".
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail
use_tmux

cat >"$E2E_TMP/run.sh" <<RUN
#!/usr/bin/env bash
unset NO_COLOR CLICOLOR_FORCE COLUMNS
export XDG_STATE_HOME='$XDG_STATE_HOME' HOME='$HOME' LC_ALL=C.UTF-8
exec '$LORE' quiz --seed 3 -n 2 --color never
RUN
chmod +x "$E2E_TMP/run.sh"
tmx_new_session -d -s quiz -x 100 -y 40 "$E2E_TMP/run.sh"

if ! wait_for "Question 1/2"; then finish; fi
tmx send-keys -t quiz C-d
if ! wait_for "Stopped after 0 of 2 questions."; then finish; fi
expect_eq "the summary on its own line" "$(screen | grep 'Stopped after')" \
  "Stopped after 0 of 2 questions."
expect_contains "the score" "$(screen)" $'\n'"Score: 0/0 (0%)"

finish
