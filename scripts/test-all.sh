#!/usr/bin/env bash
# The single test command (`npm test`): type check, unit tests, build, e2e tests in Chromium, then one total.
# Both suites always run (e2e needs a successful build); the last line is exactly
# `N passed, M failed` (`, K skipped` appended when some were skipped). Exits 1 if anything failed.
set -uo pipefail # no -e: a failing suite must not stop the other one; each step's status is kept below.

cd "$(dirname "$0")/.."
RESULTS=test-results
UNIT_JSON="$RESULTS/unit.json"
E2E_JSON="$RESULTS/e2e.json"
mkdir -p "$RESULTS"
rm -f "$UNIT_JSON" "$E2E_JSON" # a stale report must never stand in for a crashed suite

timings=()
phase_start=0
begin() {
	phase_start=$SECONDS
	echo
	echo "=== $1 ==="
}
end() { timings+=("$(printf '%-8s %4ss  %s' "$1" "$((SECONDS - phase_start))" "$2")"); }

begin "sync: svelte-kit sync"
if npx svelte-kit sync; then end sync ok; else
	sync_status=$?
	end sync "FAILED (exit $sync_status)"
fi

begin "types: svelte-check"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings
types_status=$?
end types "exit $types_status"

begin "unit: vitest"
npx vitest run --reporter=default --reporter=json --outputFile.json="$UNIT_JSON"
unit_status=$?
end unit "exit $unit_status"

begin "build: vite build"
npm run build
build_status=$?
end build "exit $build_status"

e2e_status=""
if [ "$build_status" -ne 0 ]; then
	e2e_status="not-run-build-failed"
	echo "e2e suite skipped: the build failed, so there is no site to test"
else
	begin "browser: ensure-browser"
	if browser_out=$(bash scripts/ensure-browser.sh); then
		printf '%s\n' "$browser_out"
		CHROMIUM_PATH=$(printf '%s\n' "$browser_out" | tail -n 1)
		export CHROMIUM_PATH
		end browser "$CHROMIUM_PATH"
	else
		printf '%s\n' "$browser_out"
		end browser FAILED
		e2e_status="not-run-no-chromium"
	fi
fi

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null || (exec 3<>"/dev/tcp/::1/$1") 2>/dev/null; }

if [ -z "$e2e_status" ] && [ -z "${E2E_PORT:-}" ] && port_busy 4173; then
	# A server already on 4173 was likely started before this build and would serve stale asset lists.
	for p in $(seq 4174 4299); do
		if ! port_busy "$p"; then
			export E2E_PORT=$p
			break
		fi
	done
	echo "note: port 4173 is already in use; serving this build on port ${E2E_PORT:-?} for the e2e suite"
fi

if [ -z "$e2e_status" ]; then
	begin "e2e: playwright test (Chromium at $CHROMIUM_PATH, port ${E2E_PORT:-4173})"
	npx playwright test
	e2e_status=$?
	end e2e "exit $e2e_status"
fi

echo
echo "=== timings ==="
printf '%s\n' "${timings[@]}"
echo

if [ "${sync_status:-0}" -ne 0 ]; then
	echo "note: svelte-kit sync failed (exit $sync_status); the failures above may follow from it"
fi
node scripts/count-tests.mjs \
	"types=check:-:$types_status" \
	"unit=vitest:$UNIT_JSON:$unit_status" \
	"e2e=playwright:$E2E_JSON:$e2e_status"
