"""gunicorn settings, read from the project directory (deploy/clinic-site.service).

Run: .venv/bin/gunicorn   (nginx in front; see docs/deploy.md)
"""

import multiprocessing
import os

wsgi_app = "clinic_site.wsgi:application"
# Only nginx talks to gunicorn, on loopback.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two workers per core plus one, unless GUNICORN_WORKERS says otherwise.
workers = int(os.environ.get("GUNICORN_WORKERS") or multiprocessing.cpu_count() * 2 + 1)
# Threads in each worker: a slow request (a search run afresh) holds one thread,
# not the whole worker, so cached pages keep being served beside it; searches
# are also capped per process (SEARCH_CONCURRENCY), so they never take every
# thread. Threaded workers also keep connections from nginx alive.
worker_class = "gthread"
# Searches over the site's share wait for a turn in a thread, idle (at most
# SEARCH_WAITING, 16, a process: search.admission), so a flooding client waits
# instead of asking again at once; keep 8 threads or more beyond that, which
# keep serving pages meanwhile. An idle thread costs memory, not CPU.
threads = int(os.environ.get("GUNICORN_THREADS") or 24)
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
# Restart workers now and then so a slow leak cannot build up.
max_requests = 1000
max_requests_jitter = 100
# Logs go to stderr, which systemd keeps (journalctl -u clinic-site).
accesslog = "-"
errorlog = "-"
# No gunicornc control socket: it would be made in the home folder, which the
# systemd unit keeps read-only (gunicorn 25.1+; older versions ignore this).
control_socket_disable = True
