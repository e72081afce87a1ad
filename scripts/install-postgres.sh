#!/usr/bin/env bash
# Makes sure the PostgreSQL server binaries the tests drive (initdb, pg_ctl) are on this machine:
# does nothing when they are on PATH or in Debian's /usr/lib/postgresql/*/bin (where the tests
# also look), else installs Debian's postgresql package. Idempotent; needs root to install.
set -euo pipefail

have_binaries() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then return 0; fi
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then return 0; fi
  done
  return 1
}

if have_binaries; then
  echo "install-postgres: server binaries present"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-postgres: initdb/pg_ctl not found and apt-get is not available; install the PostgreSQL server yourself" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# Only the server binaries: the package's own cluster is not used (the tests start their own).
$SUDO apt-get install -y --no-install-recommends postgresql postgresql-contrib || $SUDO apt-get install -y --no-install-recommends postgresql
if ! have_binaries; then
  echo "install-postgres: installed postgresql but initdb/pg_ctl are still missing" >&2
  exit 1
fi
echo "install-postgres: installed $(ls -d /usr/lib/postgresql/*/bin | tail -1)"
