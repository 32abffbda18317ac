"""The background worker, started again whenever it exits (DESIGN.md "Background work").

procrastinate's worker replaces dead pool connections by itself, but it stops as soon as a
side task (its heartbeat every 10 s) meets a database that is away — e.g. while PostgreSQL
restarts. `make run` therefore runs the worker through this command, which starts it again
after 1, 2, 4 … 30 seconds until the database is back. Production runs the worker under
systemd with `Restart=always` instead (docs/deployment.md), which does the same.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

JEDA_MAKS = 30  # seconds between two starts while the database stays away
LAMA_SEHAT = 60  # a worker that ran this long counts as healthy: the next wait is 1 s again


class Command(BaseCommand):
    help = (
        "Run `manage.py procrastinate worker` and start it again whenever it exits, "
        "until this command is stopped (Ctrl-C or SIGTERM)."
    )

    def handle(self, *args, **options):
        perintah = [
            sys.executable,
            str(settings.BASE_DIR / "manage.py"),
            "procrastinate",
            "worker",
        ]
        berhenti = False
        anak: subprocess.Popen | None = None

        def hentikan(signum, frame):
            nonlocal berhenti
            berhenti = True
            if anak is not None and anak.poll() is None:
                anak.send_signal(signal.SIGTERM)  # the worker finishes its jobs, then exits

        signal.signal(signal.SIGTERM, hentikan)
        signal.signal(signal.SIGINT, hentikan)
        jeda = 1
        while not berhenti:
            mulai = time.monotonic()
            anak = subprocess.Popen(perintah)  # noqa: S603 (our own interpreter and manage.py)
            kode = anak.wait()
            if berhenti:
                break
            if time.monotonic() - mulai > LAMA_SEHAT:
                jeda = 1
            self.stderr.write(
                f"pekerja: the worker exited (code {kode}); starting it again in {jeda} s"
            )
            sampai = time.monotonic() + jeda
            while not berhenti and time.monotonic() < sampai:
                time.sleep(0.2)
            jeda = min(jeda * 2, JEDA_MAKS)
