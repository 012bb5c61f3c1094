# shellcheck shell=bash
# Shared by the tmux end-to-end scripts (sourced after lib.sh): a private tmux server,
# removed on exit, and helpers that read its screen. Skips (77) without tmux.
command -v tmux >/dev/null || { echo "tmux is not installed: skipped"; exit 77; }

SOCKET="lore-test-$$"
tmx() { tmux -L "$SOCKET" -f "$WORK/tmux.conf" "$@"; }
cleanup() {
  tmux -L "$SOCKET" kill-server 2>/dev/null || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"
  cleanup_work
}
trap cleanup EXIT

# The pane stays after the quiz ends, so its last screen and status can be read.
cat >"$WORK/tmux.conf" <<'CONF'
set -g remain-on-exit on
set -g history-limit 2000
CONF

screen() { tmx capture-pane -p -t quiz "$@"; }
# wait_for TEXT [capture options]: polls the screen up to 5 s, in 0.1 s steps.
wait_for() {
  local text=$1 i
  shift
  for ((i = 0; i < 50; i++)); do
    if [[ "$(screen "$@" 2>/dev/null)" == *"$text"* ]]; then return 0; fi
    sleep 0.1
  done
  fail "not on screen after 5 s: [$text]"$'\n'"$(screen 2>&1)"
  return 1
}
# sgr_before WORD: the SGR parameters set just before WORD on the screen, one per
# line (tmux may rewrite "ESC[1;32m" as "ESC[1mESC[32m").
sgr_before() {
  screen -e | python3 -c '
import re, sys
found = re.search(r"((?:\x1b\[[0-9;]*m)+)" + re.escape(sys.argv[1]), sys.stdin.read())
sequences = re.findall(r"\[([0-9;]*)m", found.group(1)) if found else []
print("\n".join(p for seq in sequences for p in seq.split(";")))
' "$1"
}
# has_sgr WORD PARAM: "yes" when PARAM (e.g. 32, green) is set just before WORD.
has_sgr() { if grep -qx "$2" <<<"$(sgr_before "$1")"; then echo yes; else echo no; fi; }
# The screen with its lines joined: what wraps at 100 columns reads as one text.
flat() { screen -J | tr '\n' ' ' | tr -s ' '; }
squeeze() { tr '\n' ' ' <<<"$1" | tr -s ' '; }

