#!/usr/bin/env bash
# Throughput of the dashboards and the open-data summary on the large dataset (issue 8), against the app's cheapest
# page in the same run. Usage, from anywhere:
#   tests/GrantHub.Benchmarks/load.sh                 # 15 s per page, 2 threads, 16 connections
#   DURATION=5 tests/GrantHub.Benchmarks/load.sh      # quicker, while iterating
# Settings (environment): DB (the dataset; generated when missing), DURATION, THREADS, CONNECTIONS, WARMUP (seconds per
# page before measuring), PORT (default: the first free one from 5190), RESULTS (a markdown copy of the table),
# APP_ARGS (extra app settings, e.g. "--Dashboards:CacheSeconds=30").
# Steps: install wrk (Debian) if missing; generate the dataset if missing; build the app in Release; start it once with
# EF Core's command log to count the SQL commands of each page; start it again quietly (Production, no job server) and
# load each page with wrk after checking with curl that it answers 200 for the person it is measured as. The baseline
# is measured before and after each page, and each ratio uses the mean of the two around it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root="$(pwd)"

DB="${DB:-/tmp/granthub-load/large.db}"
DURATION="${DURATION:-15}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
WARMUP="${WARMUP:-3}"
RESULTS="${RESULTS:-$(dirname "$DB")/load-results.md}"
APP_ARGS="${APP_ARGS:-}"
PASSWORD="GrantHub-demo-2026"
work="$(mktemp -d "${TMPDIR:-/tmp}/granthub-load.XXXXXX")"
app_pid=""

say() { echo "load.sh: $*"; }
fail() { echo "load.sh: FAILED: $*" >&2; exit 1; }

stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    # A graceful stop waits for requests still running (a slow dashboard under load): 10 s, then it is killed.
    for _ in $(seq 1 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
trap 'stop_app; rm -rf "$work"' EXIT

# --- wrk, from Debian ---------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  say "wrk is missing; installing Debian's wrk"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else fail "not root and no sudo: cannot install wrk"; fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update \
    && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk \
    || fail "installing wrk failed"
fi

# --- the dataset --------------------------------------------------------------------------------------------------
if [ ! -s "$DB" ]; then
  say "generating the large dataset into $DB (a minute or two)"
  mkdir -p "$(dirname "$DB")"
  dotnet run -c Release --project tests/GrantHub.Benchmarks -- generate --out "$DB"
fi

# --- the app, in Release ------------------------------------------------------------------------------------------
say "building the app (Release)"
dotnet build -c Release src/GrantHub.Web -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build"; }
dll="$root/src/GrantHub.Web/bin/Release/net10.0/GrantHub.Web.dll"
[ -f "$dll" ] || fail "no $dll"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${PORT:-}" ]; then
  PORT=5190
  while ! port_free "$PORT"; do PORT=$((PORT + 1)); done
fi
base="http://127.0.0.1:$PORT"

# start_app LOGFILE [extra settings...]: Production, the dataset's file, no demo seed, no job server, files in $work.
start_app() {
  local log="$1"; shift
  # The content root is the project folder (wwwroot, like `dotnet run`); settings as command-line configuration.
  # shellcheck disable=SC2086
  (cd "$root/src/GrantHub.Web" && exec env ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" \
    --urls "$base" \
    "--Database:Provider=Sqlite" \
    "--ConnectionStrings:GrantHub=Data Source=$DB" \
    "--Demo:Seed=false" "--Jobs:RunServer=false" "--Admin:Email=" "--Admin:Password=" \
    "--Files:Folder=$work/files" "--Email:PickupFolder=$work/mail" \
    "--Logging:LogLevel:Default=Warning" \
    $APP_ARGS "$@") >"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health" || true)" = "200" ]; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || { cat "$log"; fail "the app stopped"; }
    sleep 0.5
  done
  cat "$log"; fail "the app did not answer /health within 2 minutes"
}

# sign_in EMAIL: prints the Cookie header value of the person's authentication cookie.
sign_in() {
  local jar="$work/$1.jar" form token code
  form="$(curl -s -c "$jar" -b "$jar" "$base/account/login")"
  token="$(printf '%s' "$form" | tr '\n' ' ' | grep -o '<input[^>]*name="__RequestVerificationToken"[^>]*>' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')"
  [ -n "$token" ] || fail "no antiforgery token on /account/login"
  code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "Email=$1" --data-urlencode "Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "ReturnUrl=/" "$base/account/login")"
  [ "$code" = "302" ] || fail "signing in as $1 answered $code (expected a redirect)"
  awk '$6 ~ /^granthub\.auth/ { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar"
}

# The pages: name, path, who (an e-mail, or "-" for a visitor).
pages=(
  "baseline|/|finance@demo.granthub.cn"
  "bureau|/bureau|officer@demo.granthub.cn"
  "center|/center/dashboard|staff@demo.granthub.cn"
  "organization|/organization/dashboard|org@demo.granthub.cn"
  "open-data|/open-data/summary.json|-"
)
declare -A cookie queries rps latency bytes ratio

sign_in_all() {
  for p in "${pages[@]}"; do
    IFS='|' read -r _ _ who <<<"$p"
    if [ "$who" != "-" ] && [ -z "${cookie[$who]:-}" ]; then cookie[$who]="$(sign_in "$who")"; fi
  done
}

# fetch PATH WHO: prints the status code (a redirect to the sign-in page is not followed, and is not 200).
fetch() {
  if [ "$2" = "-" ]; then curl -s -o "$work/body" -w '%{http_code}' "$base$1"
  else curl -s -o "$work/body" -w '%{http_code}' -H "Cookie: ${cookie[$2]}" "$base$1"; fi
}

check_all() {
  for p in "${pages[@]}"; do
    IFS='|' read -r name path who <<<"$p"
    local code; code="$(fetch "$path" "$who")"
    [ "$code" = "200" ] || fail "$path as $who answered $code, not 200"
    bytes[$name]="$(wc -c <"$work/body")"
    [ "${bytes[$name]}" -gt 500 ] || fail "$path as $who answered 200 with a near-empty body"
  done
}

# --- 1. SQL commands per page (EF Core's command log) -------------------------------------------------------------
say "counting the SQL commands of each page"
clog="$work/commands.log"
start_app "$clog" "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information" \
  "--Logging:Console:FormatterName=simple"
sign_in_all
check_all   # warm: the first request of each page compiles its queries
for p in "${pages[@]}"; do
  IFS='|' read -r name path who <<<"$p"
  before="$(grep -c 'Executed DbCommand' "$clog" || true)"
  fetch "$path" "$who" >/dev/null
  sleep 0.5
  after="$(grep -c 'Executed DbCommand' "$clog" || true)"
  queries[$name]=$((after - before))
done
cp "$clog" "$(dirname "$DB")/load-commands.log" 2>/dev/null || true
stop_app
[ "${queries[baseline]}" -le 1 ] || say "WARNING: the baseline page ran ${queries[baseline]} SQL commands, not one"

# --- 2. throughput ------------------------------------------------------------------------------------------------
say "starting the app for the load (Production, port $PORT, $DB)"
start_app "$work/app.log"
unset cookie; declare -A cookie
sign_in_all
check_all

# measure NAME: wrk on the page; sets rps[NAME] and latency[NAME].
measure() {
  local name="$1" path who out header=()
  for p in "${pages[@]}"; do IFS='|' read -r n pa w <<<"$p"; [ "$n" = "$name" ] && { path="$pa"; who="$w"; }; done
  [ "$who" = "-" ] || header=(-H "Cookie: ${cookie[$who]}")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${header[@]}" "$base$path" >/dev/null
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s "${header[@]}" "$base$path")"
  echo "$out" >"$work/wrk-$name.txt"
  if grep -q 'Non-2xx or 3xx' <<<"$out"; then echo "$out"; fail "$path: some answers were not 2xx/3xx"; fi
  # wrk counts a 3xx as success: check again that the cookie still gets a 200 (a redirect to the sign-in page would not).
  [ "$(fetch "$path" "$who")" = "200" ] || fail "$path as $who no longer answers 200 after the load"
  rps[$name]="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
  latency[$name]="$(awk '$1 == "Latency" { print $2 }' <<<"$out")"
  say "$(printf '%-13s %-26s %10s req/s  (mean latency %s)' "$name" "$path" "${rps[$name]}" "${latency[$name]}")"
}

# The machine may be shared: the baseline is measured before and after every page, and each page's ratio is to the mean
# of the two baselines around it (what the machine gave in the same minute).
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
say "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s per page (+${WARMUP}s warm-up); load average before: $load_before"
measure baseline; previous="${rps[baseline]}"; baselines="$previous"
for name in bureau center organization open-data; do
  measure "$name"
  measure baseline
  ratio[$name]="$(awk -v a="${rps[$name]}" -v b="$previous" -v c="${rps[baseline]}" 'BEGIN { printf "%.1f", 200 * a / (b + c) }')"
  previous="${rps[baseline]}"; baselines="$baselines $previous"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
baseline="$(awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.1f", s / NF }' <<<"$baselines")"
stop_app

# --- 3. the table -------------------------------------------------------------------------------------------------
{
  echo "GrantHub load test, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s per page"
  echo "dataset: $DB ($(du -m "$DB" | cut -f1) MB); load average before $load_before, after $load_after"
  [ -z "$APP_ARGS" ] || echo "app settings: $APP_ARGS"
  echo
  echo "| page | path | as | SQL commands | bytes | requests/s | mean latency | ratio to the baselines around it |"
  echo "|---|---|---|---:|---:|---:|---:|---:|"
  for p in "${pages[@]}"; do
    IFS='|' read -r name path who <<<"$p"
    if [ "$name" = "baseline" ]; then
      r="$baseline (mean of $(wc -w <<<"$baselines"): ${baselines// /, })"; pct="100 %"
    else
      r="${rps[$name]}"; pct="${ratio[$name]} %"
    fi
    echo "| $name | \`$path\` | ${who/#-/visitor} | ${queries[$name]} | ${bytes[$name]} | $r | ${latency[$name]} | $pct |"
  done
} | tee "$RESULTS"

# The target of issue 8: each dashboard at 30 % of the baseline or more.
below=0
for name in bureau center organization open-data; do
  awk -v r="${ratio[$name]}" 'BEGIN { exit !(r < 30) }' && { say "below target (30 %): $name"; below=1; }
done
say "results written to $RESULTS"
exit "$below"
