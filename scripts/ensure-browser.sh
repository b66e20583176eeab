#!/usr/bin/env bash
# Find a Chromium for Playwright (it cannot download its own browser here) and print its path as the last line.
# Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, /usr/bin/chromium-browser, Playwright's cache;
# if none is found and we are root with apt-get, install Debian's chromium.
# Progress and errors go to stderr, so `$(bash scripts/ensure-browser.sh | tail -1)` is always the path.
set -euo pipefail

usable() { [ -n "${1:-}" ] && [ -x "$1" ] && [ ! -d "$1" ]; }

find_chromium() {
	if [ -n "${CHROMIUM_PATH:-}" ]; then
		if usable "$CHROMIUM_PATH"; then echo "$CHROMIUM_PATH"; return 0; fi
		echo "ensure-browser: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; looking elsewhere" >&2
	fi
	local c
	for c in /usr/bin/chromium /usr/bin/chromium-browser; do
		if usable "$c"; then echo "$c"; return 0; fi
	done
	for c in "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-*/chrome-linux*/chrome; do
		if usable "$c"; then echo "$c"; return 0; fi
	done
	return 1
}

if path=$(find_chromium); then
	echo "$path"
	exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "ensure-browser: no Chromium found; installing Debian's chromium with apt-get (takes a minute)..." >&2
	export DEBIAN_FRONTEND=noninteractive
	if ! { apt-get update -qq && apt-get install -y -qq chromium; } >/tmp/ensure-browser-apt.log 2>&1; then
		echo "ensure-browser: apt-get install chromium failed; last lines of /tmp/ensure-browser-apt.log:" >&2
		tail -n 20 /tmp/ensure-browser-apt.log >&2 || true
		exit 1
	fi
	if path=$(find_chromium); then
		echo "$path"
		exit 0
	fi
	echo "ensure-browser: apt-get reported success but no chromium binary was found" >&2
	exit 1
fi

cat >&2 <<'MSG'
ensure-browser: no Chromium found and cannot install one (need root and apt-get).
  Install one yourself, e.g.  sudo apt-get install -y chromium
  or point CHROMIUM_PATH at a Chromium/Chrome executable and run again.
MSG
exit 1
