#!/usr/bin/env bash
# make audit: Lighthouse 12 (mobile preset, system Chromium) on one page of each
# page type of the demo site, served by the production configuration (gunicorn +
# WhiteNoise) on loopback from a temporary directory. Prints the four scores.
set -euo pipefail

# shellcheck source=bench/site.sh
source "$(dirname "$0")/site.sh"
lighthouse="$root/node_modules/.bin/lighthouse"
export CHROME_PATH=${CHROME_PATH:-${CHROMIUM_PATH:-/usr/bin/chromium}}

make_run_dir audit

prepare_demo_site
# The first live page of each page type, then search with results.
"$py" manage.py shell -v 0 -c '
from wagtail.models import Page
seen = {}
for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
    seen.setdefault(type(page).__name__, page.url)
for name, url in seen.items():
    print(f"{name}\t{url}")
print("SearchPage with results\t/search/?q=ketamine")
' >"$run_dir/pages.tsv"

start_gunicorn --workers 2 >"$run_dir/access.log" 2>&1

printf "\n%-30s %-36s %5s %5s %5s %5s\n" "page type" "address" "perf" "a11y" "best" "seo"
while IFS=$'\t' read -r name path; do
    report="$run_dir/report.json"
    # A busy machine sometimes loses the trace (NO_NAVSTART): one more try.
    for attempt in 1 2; do
        if "$lighthouse" "http://127.0.0.1:$port$path" --quiet --output=json --output-path="$report" \
            --only-categories=performance,accessibility,best-practices,seo \
            --extra-headers='{"X-Forwarded-Proto": "https"}' \
            --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$run_dir/lighthouse.log"; then
            break
        elif [ "$attempt" = 2 ]; then
            echo "Lighthouse failed on $path:"; tail -5 "$run_dir/lighthouse.log"; exit 1
        fi
    done
    "$py" - "$report" "$name" "$path" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = [report["categories"][c]["score"] for c in ("performance", "accessibility", "best-practices", "seo")]
cells = ["-" if s is None else str(round(s * 100)) for s in scores]
print(f"{sys.argv[2]:<30} {sys.argv[3]:<36} " + " ".join(f"{c:>5}" for c in cells))
# What cost points outside performance (whose figures vary from run to run).
failed = [
    f"    {category}: {audit['id']} ({audit['title']})"
    for category in ("accessibility", "best-practices", "seo")
    for ref in report["categories"][category]["auditRefs"]
    if (audit := report["audits"][ref["id"]])["score"] is not None
    and audit["score"] < 1
    and ref["weight"] > 0
]
if failed:
    print("\n".join(failed))
PY
done <"$run_dir/pages.tsv"
echo
echo "Lighthouse $("$lighthouse" --version), mobile preset (simulated slow 4G, mid-range phone), $CHROME_PATH."
