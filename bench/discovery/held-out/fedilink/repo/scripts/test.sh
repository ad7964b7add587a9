#!/usr/bin/env bash
set -e

CWD="$(cd -P -- "$(dirname -- "$0")" && pwd -P)"
cd "$CWD/../"

PACKAGE="$1"
echo "$PACKAGE"

# Starts a throwaway local postgres for unit tests (not part of the deployment)
export PGDATA="$PWD/dev_pgdata"
export LEMMY_DATABASE_URL="postgresql://lemmy:password@/lemmy?host=$PWD"
initdb --username=postgres --auth=trust --no-instructions
pg_ctl start --silent --options="-c listen_addresses= -c unix_socket_directories=$PWD"
psql --quiet -c "CREATE USER lemmy WITH PASSWORD 'password' SUPERUSER;" -U postgres
psql --quiet -c "CREATE DATABASE lemmy WITH OWNER lemmy;" -U postgres

export LEMMY_CONFIG_LOCATION=../../config/config.hjson
export RUST_BACKTRACE=1

if [ -n "$PACKAGE" ]; then
  cargo test -p $PACKAGE --all-features --no-fail-fast
else
  cargo test --workspace --no-fail-fast
fi

# Add this to do printlns: -- --nocapture

pg_ctl stop
rm -rf $PGDATA
