#!/usr/bin/env bash
# Run a command with a private PostgreSQL and Redis, made for this run only:
#   scripts/with-test-services.sh COMMAND...
# Both listen on free loopback ports and keep their files in a new temporary
# directory, so several checkouts can test at once. The command sees
#   TEST_DATABASE_URL=postgres://clinic:PASSWORD@127.0.0.1:PORT/clinic
#   TEST_REDIS_URL=redis://127.0.0.1:PORT/0
# Both servers are stopped and the directory removed when the command ends,
# whether it passed, failed or was interrupted. Needs the Debian packages
# postgresql and redis-server (make test installs them).
set -euo pipefail

pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ ! -x "$pg_bin/initdb" ] || ! command -v redis-server >/dev/null; then
    echo "PostgreSQL or Redis is missing: apt-get install postgresql redis-server" >&2
    exit 1
fi

run_dir=$(mktemp -d "${TMPDIR:-/tmp}/clinic-test-services.XXXXXX")
chmod 711 "$run_dir"

# initdb refuses to run as root: the server then runs as the postgres user.
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_services() {
    if [ -f "$run_dir/pg/postmaster.pid" ]; then
        as_postgres "$pg_bin/pg_ctl" -D "$run_dir/pg" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ -f "$run_dir/redis.pid" ]; then
        kill "$(cat "$run_dir/redis.pid")" 2>/dev/null || true
    fi
    rm -rf "$run_dir"
}
trap stop_services EXIT
trap 'exit 130' INT TERM HUP

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
mkdir "$run_dir/pg" "$run_dir/socket"
printf '%s\n' "$password" >"$run_dir/pwfile"
if [ "$(id -u)" = 0 ]; then chown postgres "$run_dir/pg" "$run_dir/socket" "$run_dir/pwfile"; fi
as_postgres "$pg_bin/initdb" --pgdata="$run_dir/pg" --username=clinic --pwfile="$run_dir/pwfile" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$run_dir/initdb.log" 2>&1 ||
    { cat "$run_dir/initdb.log" >&2; exit 1; }

# A port can be taken between choosing and binding it: try a few.
for attempt in 1 2 3 4 5; do
    pg_port=$(free_port)
    if as_postgres "$pg_bin/pg_ctl" -D "$run_dir/pg" -l "$run_dir/pg/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $run_dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
        break
    fi
    [ "$attempt" = 5 ] && { cat "$run_dir/pg/server.log" >&2; exit 1; }
done
PGPASSWORD=$password "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U clinic clinic

for attempt in 1 2 3 4 5; do
    redis_port=$(free_port)
    redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes \
        --pidfile "$run_dir/redis.pid" --dir "$run_dir" --logfile "$run_dir/redis.log" \
        --save '' --appendonly no
    for _ in $(seq 50); do
        if redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG; then
            break 2
        fi
        sleep 0.1
    done
    [ "$attempt" = 5 ] && { cat "$run_dir/redis.log" >&2; exit 1; }
done

export TEST_DATABASE_URL="postgres://clinic:$password@127.0.0.1:$pg_port/clinic"
export TEST_REDIS_URL="redis://127.0.0.1:$redis_port/0"
echo "Test services: PostgreSQL on 127.0.0.1:$pg_port, Redis on 127.0.0.1:$redis_port"
"$@"
