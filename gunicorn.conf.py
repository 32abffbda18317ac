"""gunicorn settings for production: `gunicorn portal.wsgi` (picked up from this folder).

Every value can be overridden with GUNICORN_* environment variables or gunicorn's own flags.
"""

import multiprocessing
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
# Production unless told otherwise: settings then insist on a real DJANGO_SECRET_KEY.
os.environ.setdefault("DJANGO_DEBUG", "false")

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

# The access log never holds a requester's secret tracking token (portal/log_samar.py):
# the request line, path, query and Referer are masked before the line is written.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gunicorn.glogging import Logger  # noqa: E402

from portal.log_samar import samarkan  # noqa: E402


class LoggerSamar(Logger):
    def atoms(self, resp, req, environ, request_time):
        return {
            kunci: samarkan(nilai) if isinstance(nilai, str) else nilai
            for kunci, nilai in super().atoms(resp, req, environ, request_time).items()
        }


logger_class = LoggerSamar
