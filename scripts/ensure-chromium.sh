#!/bin/sh
# The e2e tests drive Debian's chromium (never a downloaded browser build).
# Install it when it is absent, so `npm ci && npm test` works on a fresh machine.
set -eu
if [ -n "${SIGSTEP_CHROMIUM:-}" ] && [ -x "$SIGSTEP_CHROMIUM" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
echo "chromium not found: installing Debian's chromium package" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
