#!/usr/bin/env bash
# The Mastodon connector's local peer: Debian's snac2 (a small ActivityPub server with a partial
# Mastodon client API), from bookworm-backports because bookworm main does not carry it.
# Idempotent: does nothing when snac is installed. The tests start their own instance on a free
# loopback port with a fresh data dir (src/test-support/peers/snac.ts); the package's systemd
# unit is never used.
set -euo pipefail

if command -v snac >/dev/null 2>&1; then
  echo "== snac2 present: $(snac 2>&1 | head -n1)"
  exit 0
fi

echo "== installing snac2 from bookworm-backports"
export DEBIAN_FRONTEND=noninteractive
list=/etc/apt/sources.list.d/bookworm-backports.list
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  # The mirror apt already uses (deb822 sources on Debian 12), else the default one.
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  echo "deb ${mirror:-http://deb.debian.org/debian} bookworm-backports main" > "$list"
fi
apt-get update -qq
apt-get install -y -qq -t bookworm-backports snac2 >/dev/null
echo "== snac2 installed: $(snac 2>&1 | head -n1)"
