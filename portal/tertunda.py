"""Counts gathered in the process and written together (views of stored pages).

A stored page is served with one cache read (portal/cache_halaman.py); counting its view
with a write of its own would double that cost, and every reader of a popular page would
wait on the same row's lock. So the views of stored pages are added up here and written in
one statement at most every PORTAL_HITUNGAN_TERTUNDA_DETIK seconds (by the request that
finds the time has come, and when the process exits). A process killed outright loses at
most those seconds of view counts — never anything else.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable

from django.conf import settings
from django.db import DatabaseError

logger = logging.getLogger(__name__)


class HitunganTertunda:
    def __init__(self, tulis: Callable[[Counter], None]):
        self._tulis = tulis
        self._kunci = threading.Lock()
        self._isi: Counter = Counter()
        self._sejak = time.monotonic()
        atexit.register(self.tulis_sekarang)

    def tambah(self, butir: Hashable) -> None:
        with self._kunci:
            self._isi[butir] += 1
            if time.monotonic() - self._sejak < settings.PORTAL_HITUNGAN_TERTUNDA_DETIK:
                return
            isi, self._isi, self._sejak = self._isi, Counter(), time.monotonic()
        self._tulis_aman(isi)

    def tulis_sekarang(self) -> None:
        with self._kunci:
            isi, self._isi, self._sejak = self._isi, Counter(), time.monotonic()
        self._tulis_aman(isi)

    def _tulis_aman(self, isi: Counter) -> None:
        if not isi:
            return
        try:
            self._tulis(isi)
        except DatabaseError:  # a count is not worth an error page
            logger.warning("%d view counts not written", sum(isi.values()), exc_info=True)
