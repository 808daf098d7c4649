# shellcheck shell=bash
# The set-up that bench/run.sh (make bench) and bench/audit.sh (make audit)
# share, sourced by both after `set -euo pipefail`:
#   source "$(dirname "$0")/site.sh"
# It sets root (the project) and py (its Python); the functions below make the
# temporary run directory, start Redis and gunicorn on free loopback ports and
# prepare the demo site with the production settings (bench/settings.py).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
py="$root/.venv/bin/python"

make_run_dir() { # NAME -> run_dir, a fresh directory removed at exit with every process started here
    run_dir=$(mktemp -d "${TMPDIR:-/tmp}/clinic-$1.XXXXXX")
    pids=()
    trap cleanup EXIT INT TERM
}

cleanup() {
    # The server first, then Redis, so no worker sees Redis gone.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[$i]}" 2>/dev/null || true
        wait "${pids[$i]}" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$run_dir"
}

free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_redis() { # a private Redis in run_dir, kept in memory only; exports REDIS_URL once it answers
    local redis_port
    redis_port=$(free_port)
    redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no \
        --dir "$run_dir" --daemonize no >"$run_dir/redis.log" 2>&1 &
    pids+=($!)
    "$py" - "$redis_port" <<'PY'
import socket, sys, time
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close()
        break
    except OSError:
        time.sleep(0.05)
else:
    sys.exit("redis-server did not start")
PY
    export REDIS_URL="redis://127.0.0.1:$redis_port/0"
}

# Exports the production-like environment, moves to the project directory
# (manage.py, bench/queries.py and gunicorn.conf.py are found from there), and
# fills run_dir with a database holding the demo content and the static files.
prepare_demo_site() {
    export DJANGO_SETTINGS_MODULE=bench.settings
    DJANGO_SECRET_KEY=$("$py" -c 'import secrets; print(secrets.token_urlsafe(50))')
    export DJANGO_SECRET_KEY
    export DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1
    export DATABASE_URL="sqlite:///$run_dir/db.sqlite3"
    export DJANGO_STATIC_ROOT="$run_dir/static"
    export DJANGO_MEDIA_ROOT="$run_dir/media"
    # As behind nginx, which says the visitor used HTTPS: every client here
    # sends X-Forwarded-Proto: https (wrk and curl in bench, Lighthouse in audit).
    export TRUSTED_PROXY_COUNT=1

    cd "$root" || exit
    echo "Preparing the demo site in $run_dir ..."
    "$py" manage.py migrate --no-input -v 0
    "$py" manage.py load_demo_content >/dev/null
    "$py" manage.py collectstatic --no-input -v 0
}

# Starts gunicorn (gunicorn.conf.py, plus the options given) on a free
# loopback port, sets port and waits up to ten seconds for /healthz/.
# Its error log is run_dir/gunicorn.log; where its output goes is up to the
# caller's redirections (start_gunicorn --workers 2 >/dev/null).
start_gunicorn() {
    port=$(free_port)
    "$root/.venv/bin/gunicorn" clinic_site.wsgi --bind "127.0.0.1:$port" \
        --error-logfile "$run_dir/gunicorn.log" "$@" &
    pids+=($!)
    for _ in $(seq 50); do
        curl -sf -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:$port/healthz/" && break
        sleep 0.2
    done
}
