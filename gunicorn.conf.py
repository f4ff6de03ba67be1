"""gunicorn settings for an app server, read from the environment (docs/deploy.md).

It lives at the top of the project because gunicorn reads ``./gunicorn.conf.py`` from
its working directory by itself: ``cd /srv/portal && gunicorn`` needs no flags, and the
file sits beside ``manage.py`` where operators look for it. It is not a Django module,
so it stays out of ``portal/``.
"""

import multiprocessing
import os
import sys


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, str(default)))


wsgi_app = "portal.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")

# Threads share a process's memory; processes use the cores. Each thread can hold one
# database connection (DATABASE_CONN_MAX_AGE): workers x threads x app servers must stay
# below PostgreSQL's max_connections (or go through PgBouncer).
worker_class = "gthread"
workers = _int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
threads = _int("GUNICORN_THREADS", 4)

# Threads of a worker take turns on the GIL: a thread back from a socket, a file or the
# database gets it only when the running thread lets go, after at most the switch
# interval (Python's default: 5 ms). A cached page served while another thread of the
# same worker renders makes several such waits; 1 ms keeps them short, and a thread
# that renders loses a few microseconds per switch.
switch_interval_ms = float(os.environ.get("GUNICORN_SWITCH_INTERVAL_MS", "1"))


def post_worker_init(worker):
    sys.setswitchinterval(switch_interval_ms / 1000)


# A request taking longer than this is killed (the proxy should give up a little later).
timeout = _int("GUNICORN_TIMEOUT", 30)
# On SIGTERM or a reload (SIGHUP), workers finish the requests in hand for this long.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Keep-alive with the proxy on the same network.
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Workers are replaced after this many requests (with jitter, not all at once), which
# bounds slow memory growth; 0 turns it off. A new worker loads Django again (1–2 s of a
# core) and starts with an empty local-memory cache: at 1,000, three workers serving 50
# requests a second were each replaced every minute, and every page slowed down while
# they started (bench/load.py, docs/performance.md).
max_requests = _int("GUNICORN_MAX_REQUESTS", 10000)
max_requests_jitter = max_requests // 10

# X-Forwarded-Proto/-For are believed only from our reverse proxies: the same addresses
# the portal trusts for login throttling (TRUSTED_PROXY_IPS).
forwarded_allow_ips = os.environ.get("TRUSTED_PROXY_IPS", "").strip() or "127.0.0.1"

# Access and error logs to standard output/error, collected by journald; rotate them
# after 30 days, as the privacy notice says.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
