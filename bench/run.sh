#!/usr/bin/env bash
# make bench: the production configuration (gunicorn + WhiteNoise, Redis page
# cache) with the demo content, on loopback, in a temporary directory.
# Prints requests/s, p50/p99 latency, queries and the throughput ratio to a
# static file of the same size served by the same server.
#   BENCH_SECONDS=5 BENCH_CONNECTIONS=8 BENCH_WORKERS=2 bench/run.sh
set -euo pipefail

# shellcheck source=bench/site.sh
source "$(dirname "$0")/site.sh"
# shellcheck source=bench/flood.sh
source "$(dirname "$0")/flood.sh"
seconds=${BENCH_SECONDS:-5}
connections=${BENCH_CONNECTIONS:-8}
workers=${BENCH_WORKERS:-2}

for tool in wrk redis-server redis-cli openssl /usr/sbin/nginx; do
    command -v "$tool" >/dev/null || { echo "bench needs $tool: apt-get install wrk redis-server nginx openssl" >&2; exit 1; }
done

make_run_dir bench
start_redis

prepare_demo_site
article=$("$py" manage.py shell -v 0 -c 'from articles.models import ArticlePage; print(ArticlePage.objects.live().order_by("path").first().url)')
paths=(/ "$article" /faqs/ /contact/ "/search/?q=ketamine")
"$py" bench/queries.py "${paths[@]}" >"$run_dir/queries.tsv"

# A static file as large as the article page, served by WhiteNoise in gunicorn.
article_bytes=$(awk -F'\t' -v p="$article" '$1 == p {print $2}' "$run_dir/queries.tsv")
"$py" -c "import sys; sys.stdout.write('x' * $article_bytes)" >"$run_dir/same-size.html"
cp "$run_dir/same-size.html" "$DJANGO_STATIC_ROOT/same-size.html"

# No worker restarts every 1000 requests (gunicorn.conf.py) while measuring.
start_gunicorn --workers "$workers" --max-requests 0 --access-logfile - >/dev/null 2>>"$run_dir/gunicorn.log"
gunicorn_pid=${pids[-1]}

measure() { # URL -> "requests/s p50 p99"
    wrk -t1 -c"$connections" -d"${seconds}s" --latency \
        -H "Host: localhost" -H "X-Forwarded-Proto: https" "$1" |
        awk '/Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2}
             END {printf "%s %s %s\n", rps, p50, p99}'
}

base="http://127.0.0.1:$port"
# Warm up: every page once (fills the page cache), then a second of load.
for path in "${paths[@]}"; do curl -s -o /dev/null -H "Host: localhost" -H "X-Forwarded-Proto: https" "$base$path"; done
wrk -t1 -c2 -d1s -H "Host: localhost" -H "X-Forwarded-Proto: https" "$base$article" >/dev/null

# Other processes may share the machine: each page is measured right after
# the static file, and its ratio is to that neighbouring static figure.
printf "\n%-34s %9s %9s %9s %8s %7s %10s %7s\n" "page" "req/s" "p50" "p99" "queries" "bytes" "static/s" "ratio"
row() { # label url queries bytes
    read -r static_rps _ _ < <(measure "$base/static/same-size.html")
    read -r rps p50 p99 < <(measure "$2")
    ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN {printf "%.2f", a / b}')
    printf "%-34s %9s %9s %9s %8s %7s %10s %7s\n" "$1" "$rps" "$p50" "$p99" "$3" "$4" "$static_rps" "$ratio"
}
while IFS=$'\t' read -r path bytes cached uncached; do
    case "$path" in
        /contact/) row "$path (cached, own CSRF token)" "$base$path" "$cached" "$bytes" ;;
        /search/*) row "$path (cached per query)" "$base$path" "$cached" "$bytes" ;;
        "$article")
            row "article (cached)" "$base$path" "$cached" "$bytes"
            row "article (uncached)" "$base$path?bench=1" "$uncached" "$bytes" ;;
        *) row "$path (cached)" "$base$path" "$cached" "$bytes" ;;
    esac
done <"$run_dir/queries.tsv"
read -r static_rps static_p50 static_p99 < <(measure "$base/static/same-size.html")
printf "%-34s %9s %9s %9s %8s %7s %10s %7s\n" "static file, same size as article" "$static_rps" "$static_p50" "$static_p99" "-" "$article_bytes" "$static_rps" "1.00"
echo
echo "gunicorn: $workers workers of $("$py" -c 'import runpy; print(runpy.run_path("gunicorn.conf.py")["threads"])') threads (gthread); wrk: 1 thread, $connections connections, ${seconds}s per row; page cache on Redis."
echo "Load average before the floods: $(cut -d' ' -f1-3 /proc/loadavg)."

echo
echo "Cached article while 16 connections search (targets: at least 0.50 of its throughput alone, p99 <= 250 ms)"
printf "%-44s %9s %9s %9s %7s\n" "" "req/s" "p50" "p99" "ratio"
flood_rows "gunicorn alone" "$base"
start_nginx
for path in "${paths[@]}"; do curl -sk -o /dev/null -H "Host: localhost" "$nginx_base$path"; done
flood_rows "behind nginx" "$nginx_base"
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)."

echo
echo "Worker CPU per request, one connection (gunicorn alone)"
cpu_rows
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)."

echo
echo "Soak through nginx (target: no socket error, no answer other than 2xx, Redis stopped for the middle third)"
soak
echo "Machine: $(nproc) CPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg)."
