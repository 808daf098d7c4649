# shellcheck shell=bash
# The flood, CPU and soak parts of make bench, sourced by bench/run.sh once
# gunicorn runs (port, base, article, measure and pids are set there).
# Each figure is printed next to its target (issue 13 in bench/README.md).

load_script="$root/bench/load.lua"

to_ms() { # a wrk latency (850.00us, 3.21ms, 1.20s) -> milliseconds
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
        printf "%.1f", n }'
}

# nginx with deploy/nginx/clinic-site.conf as shipped, on loopback ports and this
# run's paths (TLS with a throw-away certificate). One change for the bench: it
# takes the client's address from X-Forwarded-For when the request comes from
# loopback (set_real_ip_from), so wrk can play many clients, as nginx's own
# $remote_addr would be for real visitors. Sets nginx_base.
start_nginx() {
    local http_port https_port user=""
    http_port=$(free_port)
    https_port=$(free_port)
    chmod 755 "$run_dir"
    mkdir -p "$run_dir/tls" "$run_dir/acme" "$run_dir/media"
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
        -keyout "$run_dir/tls/privkey.pem" -out "$run_dir/tls/fullchain.pem" 2>/dev/null
    sed -e 's/listen \[::\]:80;//' -e 's/listen \[::\]:443 ssl http2;//' \
        -e "s/listen 80;/listen 127.0.0.1:$http_port;/" \
        -e "s/listen 443 ssl http2;/listen 127.0.0.1:$https_port ssl;/" \
        -e "s#server 127.0.0.1:8000;#server 127.0.0.1:$port;#" \
        -e "s#/etc/letsencrypt/live/clinic.example.org/#$run_dir/tls/#" \
        -e "s#/srv/clinic-site/deploy/#$root/deploy/#" \
        -e "s#/srv/clinic-site/media/#$run_dir/media/#" \
        -e "s#/var/cache/nginx/clinic-site#$run_dir/nginx-cache#" \
        -e "s#/var/www/html#$run_dir/acme#" \
        -e "s/clinic.example.org/localhost/g" \
        "$root/deploy/nginx/clinic-site.conf" >"$run_dir/clinic-site.conf"
    [ "$(id -u)" = 0 ] && user="user root;"
    cat >"$run_dir/nginx.conf" <<CONF
$user
daemon off;
worker_processes 2;
pid $run_dir/nginx.pid;
error_log $run_dir/nginx-error.log;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $run_dir/client_body;
    proxy_temp_path $run_dir/proxy;
    fastcgi_temp_path $run_dir/fastcgi;
    uwsgi_temp_path $run_dir/uwsgi;
    scgi_temp_path $run_dir/scgi;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    include $run_dir/clinic-site.conf;
}
CONF
    /usr/sbin/nginx -p "$run_dir" -e "$run_dir/nginx-error.log" -c "$run_dir/nginx.conf" &
    pids+=($!)
    nginx_base="https://127.0.0.1:$https_port"
    for _ in $(seq 50); do
        curl -skf -o /dev/null -H "Host: localhost" "$nginx_base/healthz/" && break
        sleep 0.2
    done
}

statuses() { # a wrk output with load.lua's status lines -> "200:N 429:M ..."
    awk '/^status / {printf "%s%s:%s", sep, $2, $3; sep=" "}' "$1"
}

# A cached article, alone, then while 16 connections flood search.
flood_rows() { # label base-url
    local label=$1 url=$2 alone_rps alone_p99 mode rps p50 p99 ratio p99ms verdict
    read -r alone_rps _ alone_p99 < <(measure "$url$article")
    printf "%-44s %9s %9s %9s %7s %s\n" "$label: article alone" "$alone_rps" "" "$(to_ms "$alone_p99") ms" "1.00" ""
    for mode in flood-one flood-many; do
        LOAD_MODE=$mode LOAD_ARTICLE=$article wrk -t1 -c16 -d"$((seconds + 2))s" --timeout 10s \
            -s "$load_script" "$url" >"$run_dir/flood.out" 2>&1 &
        local flood=$!
        sleep 1
        read -r rps p50 p99 < <(measure "$url$article")
        wait "$flood" || true
        ratio=$(awk -v a="$rps" -v b="$alone_rps" 'BEGIN {printf "%.2f", a / b}')
        p99ms=$(to_ms "$p99")
        verdict=$(awk -v r="$ratio" -v p="$p99ms" 'BEGIN {print (r >= 0.5 && p <= 250) ? "meets" : "MISSES"}')
        printf "%-44s %9s %9s %9s %7s %s (search: %s req/s; %s)\n" "$label: article, $mode" "$rps" \
            "$(to_ms "$p50") ms" "$p99ms ms" "$ratio" "$verdict" \
            "$(awk '/Requests\/sec/ {print $2}' "$run_dir/flood.out")" "$(statuses "$run_dir/flood.out")"
    done
}

worker_cpu_ticks() { # CPU ticks (user + system) used so far by gunicorn's workers
    local total=0 pid fields
    for pid in $(pgrep -P "$gunicorn_pid"); do
        fields=$(sed 's/.*) //' "/proc/$pid/stat")
        total=$((total + $(echo "$fields" | awk '{print $12 + $13}')))
    done
    echo "$total"
}

cpu_per_request() { # mode|static url -> milliseconds of worker CPU per request
    local before after requests script=()
    [ "$1" != static ] && script=(-s "$load_script")
    before=$(worker_cpu_ticks)
    LOAD_MODE=$1 LOAD_ARTICLE=$article wrk -t1 -c1 -d4s "${script[@]}" \
        -H "Host: localhost" -H "X-Forwarded-Proto: https" "$2" >"$run_dir/cpu.out"
    after=$(worker_cpu_ticks)
    requests=$(awk '/requests in/ {print $1}' "$run_dir/cpu.out")
    awk -v t="$((after - before))" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
        'BEGIN {printf "%.3f", t * 1000 / hz / n}'
}

cpu_rows() {
    local static article_ms search_ms
    static=$(cpu_per_request static "$base/static/same-size.html")
    article_ms=$(cpu_per_request uncached "$base")
    search_ms=$(cpu_per_request new-search "$base")
    printf "%-44s %9s ms\n" "static file, same size as article" "$static"
    awk -v a="$article_ms" -v s="$static" 'BEGIN {r = a / s; printf "%-44s %9s ms %7.1fx  target <= 20x: %s\n",
        "article, uncached", a, r, (r <= 20 ? "meets" : "MISSES")}'
    awk -v a="$search_ms" -v s="$static" 'BEGIN {r = a / s; printf "%-44s %9s ms %7.1fx  target <= 30x: %s\n",
        "search, a new query", a, r, (r <= 30 ? "meets" : "MISSES")}'
}

# 200 connections for SOAK_SECONDS against nginx + gunicorn, every page type;
# Redis is stopped for the middle third and started again.
soak() {
    local soak_seconds=${SOAK_SECONDS:-60} redis_port=${REDIS_URL##*:}
    redis_port=${redis_port%%/*}
    (
        sleep "$((soak_seconds / 3))"
        redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
        echo "    Redis stopped at $((soak_seconds / 3)) s" >&2
        sleep "$((soak_seconds / 3))"
        redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no \
            --dir "$run_dir" --daemonize yes --pidfile "$run_dir/redis2.pid" \
            --logfile "$run_dir/redis2.log"
        echo "    Redis started again at $((2 * soak_seconds / 3)) s" >&2
    ) &
    local restarter=$!
    LOAD_MODE=soak LOAD_ARTICLE=$article wrk -t2 -c200 -d"${soak_seconds}s" --timeout 10s \
        -s "$load_script" "$nginx_base" >"$run_dir/soak.out" 2>&1 || true
    wait "$restarter" || true
    local rps errors non2xx fivexx
    rps=$(awk '/Requests\/sec/ {print $2}' "$run_dir/soak.out")
    errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$run_dir/soak.out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$run_dir/soak.out")
    fivexx=$(awk '/^status 5/ {n += $3} END {print n + 0}' "$run_dir/soak.out")
    { grep -E "Socket errors|Non-2xx" "$run_dir/soak.out" || true; } | sed 's/^ */    wrk: /'
    printf "soak: %s s, 200 connections, %s req/s, socket errors %s, non-2xx %s, 5xx %s (%s): %s\n" \
        "$soak_seconds" "$rps" "${errors:-0}" "${non2xx:-0}" "$fivexx" "$(statuses "$run_dir/soak.out")" \
        "$([ "${errors:-0}" = 0 ] && [ "${non2xx:-0}" = 0 ] && echo "meets 0 errors" || echo "MISSES 0 errors")"
    if [ -f "$run_dir/redis2.pid" ]; then kill "$(cat "$run_dir/redis2.pid")" 2>/dev/null || true; fi
}
