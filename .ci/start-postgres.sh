#!/usr/bin/env bash
# Start a local PostgreSQL server for the store tests and print its SQLAlchemy URL.
#
# Usage (as root, on Debian after `apt-get install -y postgresql`):
#
#     export CHANNEL_EQUITY_TEST_PG_URL="$(bash .ci/start-postgres.sh)"
#
# Only the URL goes to stdout (postgresql+psycopg://USER:PASSWORD@127.0.0.1:PORT/DB);
# progress and errors go to stderr. Running it again is harmless: a running server is
# left running, an existing role gets its password reset, an existing database is kept.
#
# How the server is found or made (PG_TEST_MODE):
#   auto     (default) the Debian cluster of the newest installed version, via
#            pg_ctlcluster (created with pg_createcluster if there is none); if that
#            fails, falls back to `initdb`
#   cluster  only the Debian cluster
#   initdb   a private server: initdb into PG_TEST_DATA as the postgres user, listening
#            on 127.0.0.1:PG_TEST_PORT, tuned for tests (fsync off)
#
# Settings: PG_TEST_USER (channel_equity), PG_TEST_PASSWORD (channel_equity),
# PG_TEST_DB (channel_equity_test), PG_TEST_PORT (55432, initdb mode),
# PG_TEST_DATA (/tmp/channel-equity-pg, initdb mode).

set -euo pipefail

ROLE=${PG_TEST_USER:-channel_equity}
PASSWORD=${PG_TEST_PASSWORD:-channel_equity}
DB=${PG_TEST_DB:-channel_equity_test}
MODE=${PG_TEST_MODE:-auto}
PRIVATE_PORT=${PG_TEST_PORT:-55432}
PRIVATE_ROOT=${PG_TEST_DATA:-/tmp/channel-equity-pg}

log() { printf 'start-postgres: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# run a command as the postgres OS user, from a directory it may enter
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    elif [ "$(id -un)" = postgres ]; then
        (cd / && "$@")
    else
        die "run as root (or as the postgres user)"
    fi
}

VERSION=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)
[ -n "$VERSION" ] || die "no PostgreSQL under /usr/lib/postgresql; run: apt-get install -y postgresql"
BIN=/usr/lib/postgresql/$VERSION/bin
id postgres >/dev/null 2>&1 || die "no postgres OS user; run: apt-get install -y postgresql"

PORT=
SOCKET_DIR=

start_cluster() {
    command -v pg_lsclusters >/dev/null || { log "pg_lsclusters not found"; return 1; }
    local line name status
    line=$(pg_lsclusters --no-header | awk -v v="$VERSION" '$1 == v { print; exit }')
    if [ -z "$line" ]; then
        log "creating cluster $VERSION/main"
        pg_createcluster "$VERSION" main >&2 || return 1
        line=$(pg_lsclusters --no-header | awk -v v="$VERSION" '$1 == v { print; exit }')
    fi
    name=$(awk '{ print $2 }' <<<"$line")
    PORT=$(awk '{ print $3 }' <<<"$line")
    status=$(awk '{ print $4 }' <<<"$line")
    case "$status" in
        online*) log "cluster $VERSION/$name already running on port $PORT" ;;
        *)
            log "starting cluster $VERSION/$name on port $PORT"
            pg_ctlcluster "$VERSION" "$name" start >&2 || return 1
            ;;
    esac
    SOCKET_DIR=$(as_postgres "$BIN/psql" -X -A -t -p "$PORT" -d postgres \
        -c "SELECT split_part(current_setting('unix_socket_directories'), ',', 1)" 2>/dev/null) || return 1
    SOCKET_DIR=${SOCKET_DIR# }
}

start_private() {
    local data=$PRIVATE_ROOT/data
    PORT=$PRIVATE_PORT
    SOCKET_DIR=$PRIVATE_ROOT
    mkdir -p "$PRIVATE_ROOT"
    chown postgres: "$PRIVATE_ROOT" 2>/dev/null || true
    chmod 700 "$PRIVATE_ROOT"
    if [ ! -s "$data/PG_VERSION" ]; then
        log "initdb $data"
        as_postgres "$BIN/initdb" -D "$data" -U postgres --encoding=UTF8 --locale=C \
            --auth-local=peer --auth-host=scram-sha-256 >&2
        cat >>"$data/postgresql.conf" <<EOF
# channel-equity test server
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKET_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    fi
    if as_postgres "$BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        log "private server already running on port $PORT"
    else
        log "starting private server on 127.0.0.1:$PORT"
        as_postgres "$BIN/pg_ctl" -D "$data" -l "$PRIVATE_ROOT/server.log" -w -t 60 start >&2 \
            || die "server did not start; see $PRIVATE_ROOT/server.log"
    fi
}

case "$MODE" in
    cluster) start_cluster || die "could not start the Debian cluster" ;;
    initdb) start_private ;;
    auto)
        if ! start_cluster; then
            log "Debian cluster unavailable; falling back to a private server"
            start_private
        fi
        ;;
    *) die "PG_TEST_MODE must be auto, cluster or initdb, not '$MODE'" ;;
esac

for _ in $(seq 1 60); do
    "$BIN/pg_isready" -q -h "$SOCKET_DIR" -p "$PORT" && break
    sleep 0.5
done
"$BIN/pg_isready" -q -h "$SOCKET_DIR" -p "$PORT" || die "server on port $PORT is not accepting connections"

# psql variables (:'x' quotes a literal, :"x" an identifier) keep names and password safe
as_postgres "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PORT" -d postgres \
    -v role="$ROLE" -v password="$PASSWORD" -v db="$DB" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'role', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL

# prove the URL we print works: TCP on 127.0.0.1 with the password, as the tests will connect
PGPASSWORD=$PASSWORD "$BIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U "$ROLE" -d "$DB" -c 'SELECT 1' >/dev/null \
    || die "cannot connect to $DB on 127.0.0.1:$PORT as $ROLE with the password (check pg_hba.conf)"

urlencode() {
    if command -v python3 >/dev/null; then
        python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"
    else
        printf '%s\n' "$1"
    fi
}

log "ready: database $DB, role $ROLE, 127.0.0.1:$PORT"
printf 'postgresql+psycopg://%s:%s@127.0.0.1:%s/%s\n' "$(urlencode "$ROLE")" "$(urlencode "$PASSWORD")" "$PORT" "$DB"
