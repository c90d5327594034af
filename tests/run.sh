#!/usr/bin/env bash
# Runs every test project of GrantHub.sln (built once) and ends with one line:
#   tests: N passed, N failed, N skipped
# The exit code is dotnet test's. Browser tests need Debian's Chromium, installed here when missing.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "tests/run.sh: /usr/bin/chromium is missing; installing Debian's chromium for the browser tests"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else echo "tests/run.sh: not root and no sudo: cannot install chromium" >&2; fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update \
    && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium \
    || echo "tests/run.sh: installing chromium failed; the browser tests will fail" >&2
fi

log="$(mktemp "${TMPDIR:-/tmp}/granthub-tests.XXXXXX")"
trap 'rm -f "$log"' EXIT

# A test that hangs is stopped after 5 minutes and reported, rather than holding CI until its time runs out.
dotnet test GrantHub.sln --blame-hang-timeout 5m --blame-hang-dump-type none 2>&1 | tee "$log"
code=${PIPESTATUS[0]}

# One "Passed!/Failed!  - Failed: N, Passed: N, Skipped: N, Total: N ..." line per test assembly.
sed -E 's/\x1B\[[0-9;]*[A-Za-z]//g' "$log" \
  | grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+' \
  | sed -E 's/.*Failed: +([0-9]+), +Passed: +([0-9]+), +Skipped: +([0-9]+).*/\1 \2 \3/' \
  | awk '{ f += $1; p += $2; s += $3 } END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }'

exit "$code"
