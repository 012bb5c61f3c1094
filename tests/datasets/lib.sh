# shellcheck shell=bash
# Helpers for the end-to-end tests of "lore with your own data": source this file
# from a test script. It sources tests/e2e/lib.sh (read it: run, expect_*, finish, and
# an empty HOME and XDG folders of the test's own, with no LORE_PATH) and adds:
#
#   DS_DATA               tests/datasets/data, the fixtures of these tests
#   ds_fixture NAME       the path of one of them
#   E2E_INVALID           tests/e2e/data/invalid, datasets with known errors
#   cookies ARGS...       tests/datasets/fortune_cookies.pl (see there)
#   file_bytes FILE       the bytes of FILE as hex, for comparing files exactly
#
# Only LORE need be set: E2E_DATA defaults to tests/e2e/data.

DS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Some scripts change folder: a relative LORE must still name the binary.
if [[ -n ${LORE:-} && $LORE != /* && $LORE == */* ]]; then LORE=$PWD/$LORE; fi
: "${E2E_DATA:=$DS_DIR/../e2e/data}"
export E2E_DATA
# shellcheck source=../e2e/lib.sh
source "$DS_DIR/../e2e/lib.sh"
E2E_SCRIPT=$(basename "${BASH_SOURCE[1]:-$0}")  # the test script, for finish's tally

# shellcheck disable=SC2034  # for the scripts that source this file
DS_DATA=$DS_DIR/data
# shellcheck disable=SC2034
E2E_INVALID=$E2E_DATA/invalid

ds_fixture() { printf '%s/%s\n' "$DS_DATA" "$1"; }

cookies() { perl "$DS_DIR/fortune_cookies.pl" "$@"; }

file_bytes() { od -An -v -tx1 "$1" | tr -d ' \n'; }

# expect_file_unchanged DESCRIPTION FILE COPY: FILE has exactly the bytes of COPY.
expect_file_unchanged() {
  if cmp -s "$2" "$3"; then
    pass
  else
    fail "$1: the file should be byte for byte as before" "cmp" "$(cmp "$2" "$3" 2>&1)"
  fi
}

# expect_prefix DESCRIPTION OLD NEW: the file NEW starts with every byte of the file OLD.
expect_prefix() {
  local size
  size=$(wc -c <"$2")
  if cmp -s -n "$size" "$2" "$3" && (($(wc -c <"$3") > size)); then
    pass
  else
    fail "$1: the new file should start with every byte of the old one and add to it" \
      "cmp" "$(cmp -n "$size" "$2" "$3" 2>&1)"
  fi
}
