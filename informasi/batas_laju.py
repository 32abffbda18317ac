"""Rate limits of the public forms and counters (spam protection without a third-party
service), shared by every app.

Counters live in the shared cache (database by default), so every app server sees them.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache


def ip_klien(request) -> str:
    """The client's address; behind a trusted proxy, the last X-Forwarded-For hop."""
    if settings.DJANGO_BEHIND_PROXY:
        diteruskan = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if diteruskan:
            return diteruskan.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def melebihi_batas(jenis: str, kunci: str, *, batas: int, detik: int) -> bool:
    """Count one use of `kunci` for `jenis`; True once more than `batas` uses in `detik`."""
    nama = "batas:" + hashlib.sha256(f"{jenis}:{kunci}".encode()).hexdigest()
    if cache.add(nama, 1, timeout=detik):
        return batas < 1
    try:
        jumlah = cache.incr(nama)
    except ValueError:  # expired between add() and incr()
        cache.set(nama, 1, timeout=detik)
        jumlah = 1
    return jumlah > batas
