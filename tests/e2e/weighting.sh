#!/usr/bin/env bash
# Weighting across datasets, through the binary: the observed distribution of many
# seeded picks (seeds 1..N, each run reproducible) against the chances the issue
# defines, by a chi-square test at p = 0.001 or by an exact count; `lore sources`
# showing those chances, adding up to 100%; and the usage errors for weights that
# cannot hold (the cases fortune-mod gets wrong).
#
# The datasets (data/weights/, loaded as a folder, so in name order): large has 12
# quotes, medium 6 quotes and 2 trivia, small 2 quotes. The expected chances are
# worked out by hand here, from the rules of the issue, not read from lore.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

W=(--no-default --data "$E2E_DATA/weights")
DRAWS=${WEIGHT_DRAWS:-400}

# draws KIND OPTION...: picks one entry of KIND with each seed 1..DRAWS and sets
# DRAWN to how many came from large, medium and small ("L M S"), and DRAW_FAILURES to
# the number of runs that did not exit 0 with an entry of one of them.
draws() {
  local kind=$1 seed dataset large=0 medium=0 small=0
  shift
  DRAW_FAILURES=0
  for ((seed = 1; seed <= DRAWS; seed++)); do
    if ! dataset=$("$LORE" "$kind" "${W[@]}" --seed "$seed" --template '{dataset}' "$@" </dev/null 2>/dev/null); then
      DRAW_FAILURES=$((DRAW_FAILURES + 1))
      continue
    fi
    case $dataset in
      large) large=$((large + 1)) ;;
      medium) medium=$((medium + 1)) ;;
      small) small=$((small + 1)) ;;
      *) DRAW_FAILURES=$((DRAW_FAILURES + 1)) ;;
    esac
  done
  DRAWN="$large $medium $small"
}

# chi_square "O1 O2 ..." "P1 P2 ...": Pearson's statistic of the observed counts against
# the expected chances (categories of chance 0 must have count 0 and are left out;
# a count where the chance is 0 gives "inf").
chi_square() {
  awk -v observed="$1" -v chances="$2" 'BEGIN {
    n = split(observed, o, " "); split(chances, p, " ")
    total = 0; for (i = 1; i <= n; i++) total += o[i]
    x = 0
    for (i = 1; i <= n; i++) {
      if (p[i] == 0) { if (o[i] > 0) { print "inf"; exit } continue }
      e = total * p[i]; x += (o[i] - e) ^ 2 / e
    }
    printf "%.3f\n", x
  }'
}

# The chi-square critical values at p = 0.001 by degrees of freedom.
critical() {
  case $1 in
    1) echo 10.828 ;;
    2) echo 13.816 ;;
    *) echo "no critical value for $1 degrees of freedom" >&2; echo 0 ;;
  esac
}

# expect_distribution DESCRIPTION "CHANCES" KIND OPTION...: the picks of DRAWS seeded
# runs fit CHANCES (large medium small) by a chi-square test at p = 0.001.
expect_distribution() {
  local description=$1 chances=$2 observed statistic df limit
  shift 2
  LAST_COMMAND="lore $* ${W[*]} --seed 1..$DRAWS --template '{dataset}'"
  draws "$@"
  observed=$DRAWN
  expect_eq "$description: every run picks one entry" "$DRAW_FAILURES" "0"
  df=$(awk -v p="$chances" 'BEGIN { n = split(p, a, " "); k = 0; for (i = 1; i <= n; i++) if (a[i] > 0) k++; print k - 1 }')
  statistic=$(chi_square "$observed" "$chances")
  limit=$(critical "$df")
  if [[ $statistic != inf ]] && awk -v x="$statistic" -v l="$limit" 'BEGIN { exit !(x < l) }'; then
    pass
  else
    fail "$description: picks per dataset (large medium small) should fit the chances $chances" \
      "observed in $DRAWS draws" "$observed" "chi-square ($df degrees of freedom)" "$statistic, limit $limit"
  fi
  printf '    %s: observed %s in %d draws, chi-square %s (limit %s)\n' "$description" "$observed" \
    "$DRAWS" "$statistic" "$limit"
}

# expect_chances "CHANCES" KIND OPTION...: `lore sources KIND --format json` gives these
# chances (large medium small) within 1e-9. KIND "" is every kind.
expect_chances() {
  local chances=$1 kind=()
  [[ -n $2 ]] && kind=("$2")
  shift 2
  run sources "${kind[@]}" --format json "${W[@]}" "$@"
  expect_status 0
  local actual
  actual=$(jq -r '[.datasets[] | .id + "=" + (.chance | tostring)] | join(" ")' "$OUT_FILE")
  if awk -v actual="$actual" -v expected="$chances" 'BEGIN {
        n = split(actual, a, " "); split(expected, e, " ")
        if (n != 3) exit 1
        split("large medium small", names, " ")
        for (i = 1; i <= 3; i++) {
          split(a[i], pair, "=")
          if (pair[1] != names[i]) exit 1
          d = pair[2] - e[i]; if (d < 0) d = -d
          if (d > 1e-9) exit 1
        }
      }'; then
    pass
  else
    fail "sources: the chances of large, medium, small should be $chances" "sources gave" "$actual"
  fi
}

# expect_percentages_add_up OPTION...: the CHANCE column of `lore sources OPTION...`
# adds up to 100%, allowing 0.05 points of rounding per dataset.
expect_percentages_add_up() {
  run sources "${W[@]}" "$@"
  expect_status 0
  local total
  total=$(awk 'NR > 1 && $2 ~ /%$/ { sub(/%$/, "", $2); t += $2; n++ } END { printf "%s %.2f\n", n, t }' "$OUT_FILE")
  if awk -v t="$total" 'BEGIN { split(t, a, " "); d = a[2] - 100; if (d < 0) d = -d; exit !(a[1] == 3 && d <= 3 * 0.05 + 1e-9) }'; then
    pass
  else
    fail "sources: three percentages adding up to 100 (within rounding)" "count and sum" "$total"
  fi
}

# The helpers themselves: a fit passes, a misfit fails.
section "the chi-square helper"
expect_eq "a perfect fit" "$(chi_square "60 30 10" "0.6 0.3 0.1")" "0.000"
expect_eq "a known statistic" "$(chi_square "50 50" "0.5 0.5")" "0.000"
expect_eq "(60-50)^2/50 + (40-50)^2/50 = 4" "$(chi_square "60 40" "0.5 0.5")" "4.000"
expect_eq "a pick where the chance is 0" "$(chi_square "1 99 0" "0 0.5 0.5")" "inf"

section "default: every entry equally likely (a dataset by its size)"
expect_chances "0.6 0.3 0.1" quote
expect_distribution "default" "0.6 0.3 0.1" quote
# random: every kind, so medium's 2 trivia count too: 12, 8 and 2 of 22.
expect_chances "$(awk 'BEGIN { printf "%.12f %.12f %.12f", 12/22, 8/22, 2/22 }')" ""
expect_distribution "default, random" "$(awk 'BEGIN { printf "%.12f %.12f %.12f", 12/22, 8/22, 2/22 }')" random
expect_percentages_add_up
expect_percentages_add_up quote

section "-e/--equal: every dataset the same chance"
third=$(awk 'BEGIN { printf "%.12f", 1/3 }')
expect_chances "$third $third $third" quote -e
expect_chances "$third $third $third" "" --equal
expect_distribution "-e" "$third $third $third" quote -e
expect_percentages_add_up -e

section "--weight small=70: the unweighted rest share 30% by size"
# large and medium share 30 points as 12 to 6: 20% and 10%.
expect_chances "0.2 0.1 0.7" quote --weight small=70
expect_chances "0.2 0.1 0.7" quote --weight small=70%
expect_distribution "--weight small=70" "0.2 0.1 0.7" quote --weight small=70
expect_percentages_add_up --weight small=70
# With -e the rest share it equally: 15% each.
expect_chances "0.15 0.15 0.7" quote --weight small=70 -e
expect_distribution "--weight small=70 -e" "0.15 0.15 0.7" quote --weight small=70 -e

section "pins that sum to exactly 100"
expect_chances "0.2 0.3 0.5" quote --weight large=20 --weight medium=30 --weight small=50
expect_distribution "large=20 medium=30 small=50" "0.2 0.3 0.5" quote \
  --weight large=20 --weight medium=30 --weight small=50
expect_percentages_add_up --weight large=20 --weight medium=30 --weight small=50

section "exact counts"
DRAWS_SAVED=$DRAWS
DRAWS=100
# small pinned to 100%: nothing is left for the others.
expect_chances "0 0 1" quote --weight small=100
draws quote --weight small=100
expect_eq "--weight small=100: every pick from small" "$DRAWN" "0 0 100"
expect_eq "--weight small=100: no run failed" "$DRAW_FAILURES" "0"
# large pinned to 0%: never picked; the rest share everything by size (6 to 2).
expect_chances "0 0.75 0.25" quote --weight large=0
draws quote --weight large=0
expect_eq "--weight large=0: never large" "${DRAWN%% *}" "0"
expect_eq "--weight large=0: no run failed" "$DRAW_FAILURES" "0"
# Only medium has trivia: whatever the weighting, every trivia comes from it.
for option in "" -e "--weight small=50" "--weight large=30 --weight small=30"; do
  # shellcheck disable=SC2086
  draws trivia $option
  expect_eq "trivia $option: every pick from medium" "$DRAWN" "0 100 0"
  expect_eq "trivia $option: no run failed" "$DRAW_FAILURES" "0"
  # shellcheck disable=SC2086
  expect_chances "0 1 0" trivia $option
done
DRAWS=$DRAWS_SAVED

section "the errors are usage errors (2) that say what is wrong"
# expect_weight_error MESSAGE OPTION...: for a pick and for sources.
expect_weight_error() {
  local message=$1 command
  shift
  for command in quote sources; do
    run "$command" "${W[@]}" "$@"
    expect_status 2
    expect_stdout_empty
    expect_stderr_contains "$message"
  done
}
expect_weight_error "the weights add up to 110%, more than 100%" --weight small=60 --weight large=50
expect_weight_error "the weights add up to 100.5%, more than 100%" --weight small=60 --weight large=40.5
expect_weight_error "every dataset is weighted and the weights add up to only 90%" \
  --weight large=20 --weight medium=30 --weight small=40
expect_weight_error "every dataset is weighted and the weights add up to only 0%" \
  --weight large=0 --weight medium=0 --weight small=0
expect_weight_error "no dataset named 'tiny'" --weight tiny=10
expect_weight_error "dataset 'small' is weighted twice" --weight small=10 --weight small=20
expect_weight_error "'small=abc': the percentage must be a number from 0 to 100" --weight small=abc
expect_weight_error "'small=101': the percentage must be a number from 0 to 100" --weight small=101
expect_weight_error "'small=-1': the percentage must be a number from 0 to 100" --weight small=-1
expect_weight_error "'small' is not NAME=PERCENT" --weight small
expect_weight_error "'=5' is not NAME=PERCENT" --weight =5
# Not a number, whatever strtod makes of it.
expect_weight_error "'small=nan': the percentage must be a number from 0 to 100" --weight small=nan
# A weight on a dataset -d left out is a weight on an unknown dataset.
expect_weight_error "no dataset named 'small'" -d large --weight small=10
# A weight over 100 in total is an error even where the other datasets would be empty.
run trivia "${W[@]}" --weight small=60 --weight large=50
expect_status 2
expect_stderr_contains "110%"

finish
