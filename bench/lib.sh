# shellcheck shell=bash
# What bench/run and bench/scale share (sourced, not run).

# How busy the CPUs are with other work, in percent, over the second before the timed
# run (from /proc/stat: everything but idle and iowait).
cpu_busy_percent() {
  local _ user nice system idle iowait irq softirq steal
  read -r _ user nice system idle iowait irq softirq steal _ </proc/stat
  local busy1=$((user + nice + system + irq + softirq + steal)) idle1=$((idle + iowait))
  sleep 1
  read -r _ user nice system idle iowait irq softirq steal _ </proc/stat
  local busy2=$((user + nice + system + irq + softirq + steal)) idle2=$((idle + iowait))
  local total=$((busy2 - busy1 + idle2 - idle1))
  echo $((total > 0 ? 100 * (busy2 - busy1) / total : 0))
}

# A private home for lore under FOLDER: HOME, every XDG_* folder and no LORE_PATH or
# other lore variable of the caller, so that no run reads or writes the caller's own
# datasets, config.toml, progress or cache (as tests/support/xdg_home.sh does).
use_private_home() {
  local folder=$1
  unset LORE_PATH LORE_NO_CACHE LORE_MAX_FILE CLICOLOR_FORCE
  export HOME=$folder/home
  export XDG_DATA_HOME=$HOME/.local/share
  export XDG_CONFIG_HOME=$HOME/.config
  export XDG_STATE_HOME=$HOME/.local/state
  export XDG_CACHE_HOME=$HOME/.cache
  export XDG_DATA_DIRS=$folder/xdg-data-dirs
  export XDG_CONFIG_DIRS=$folder/xdg-config-dirs
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME" \
    "$XDG_DATA_DIRS" "$XDG_CONFIG_DIRS"
}
