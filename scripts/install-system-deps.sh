#!/usr/bin/env bash
# Installs what pip cannot: a headless Chromium with CJK fonts (for rendering JavaScript
# portals, probes and PDFs) and, with --postgres, a PostgreSQL server for the store tests.
# Debian's packages are used where we are root; elsewhere Playwright's own browser is the
# fallback. Idempotent: does nothing when everything is already there.
set -euo pipefail
want_postgres=0
[ "${1:-}" = "--postgres" ] && want_postgres=1

have_chromium() { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }
have_fonts() { fc-list 2>/dev/null | grep -qi "Noto.*CJK"; }
have_postgres() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }

packages=()
have_chromium || packages+=(chromium)
have_fonts || packages+=(fonts-noto-cjk)
[ "$want_postgres" = 1 ] && ! have_postgres && packages+=(postgresql)

if [ "${#packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages: ${packages[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  else
    echo "missing system packages: ${packages[*]} (install them as root: apt-get install -y ${packages[*]})" >&2
    if ! have_chromium && [ -x .venv/bin/playwright ]; then
      echo "falling back to Playwright's own Chromium" >&2
      .venv/bin/playwright install chromium
    fi
  fi
fi
