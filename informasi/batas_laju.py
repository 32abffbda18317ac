"""Rate limits of the public forms and counters (spam protection without a third-party
service), and quotas (bytes of kept uploads), shared by every app.

Counters are rows of `PenghitungLaju` in the database, so every app server sees them, each
counted by one atomic statement: under PostgreSQL's `INSERT … ON CONFLICT DO UPDATE` two
parallel requests on one key are serialised on its row, so exactly `batas` uses pass. (The
cache's add() + incr() was not atomic: 15–16 of 50 parallel submissions passed a limit of 10.)
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import connection
from django.db.models import F
from django.utils import timezone

from informasi.models import PenghitungLaju

# A window that has ended starts again at this use; one still open adds to its count.
# (The table is informasi.PenghitungLaju's.)
_TAMBAH = """
INSERT INTO informasi_penghitung_laju AS p (kunci, jumlah, berakhir_pada)
VALUES (%(kunci)s, %(tambah)s, now() + make_interval(secs => %(detik)s))
ON CONFLICT (kunci) DO UPDATE SET
    jumlah = CASE WHEN p.berakhir_pada <= now() THEN EXCLUDED.jumlah
                  ELSE p.jumlah + EXCLUDED.jumlah END,
    berakhir_pada = CASE WHEN p.berakhir_pada <= now() THEN EXCLUDED.berakhir_pada
                         ELSE p.berakhir_pada END
RETURNING jumlah
"""
# A quota only takes what still fits: otherwise the row is left alone and nothing returned.
_TAMBAH_JIKA_MUAT = _TAMBAH.replace(
    "RETURNING",
    "WHERE p.berakhir_pada <= now() OR p.jumlah + EXCLUDED.jumlah <= %(batas)s\nRETURNING",
)


def ip_klien(request) -> str:
    """The client's address; behind a trusted proxy, the last X-Forwarded-For hop."""
    if settings.DJANGO_BEHIND_PROXY:
        diteruskan = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if diteruskan:
            return diteruskan.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _kunci(jenis: str, kunci: str) -> str:
    # Hashed: the table keeps no addresses or e-mail addresses (UU 27/2022).
    return hashlib.sha256(f"{jenis}:{kunci}".encode()).hexdigest()


def melebihi_batas(jenis: str, kunci: str, *, batas: int, detik: int) -> bool:
    """Count one use of `kunci` for `jenis`; True once more than `batas` uses in `detik`."""
    with connection.cursor() as cursor:
        cursor.execute(_TAMBAH, {"kunci": _kunci(jenis, kunci), "tambah": 1, "detik": detik})
        (jumlah,) = cursor.fetchone()
    return jumlah > batas


def pakai_kuota(jenis: str, kunci: str, *, jumlah: int, batas: int, detik: int) -> bool:
    """Take `jumlah` (e.g. bytes) from the quota of `kunci` for `jenis`, at most `batas` in
    `detik`: True if it fitted and was counted, False (nothing counted) otherwise."""
    if jumlah > batas:
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            _TAMBAH_JIKA_MUAT,
            {"kunci": _kunci(jenis, kunci), "tambah": jumlah, "detik": detik, "batas": batas},
        )
        return cursor.fetchone() is not None


def kembalikan_kuota(jenis: str, kunci: str, *, jumlah: int) -> None:
    """Give back what `pakai_kuota` took (a second quota of the same use refused it)."""
    PenghitungLaju.objects.filter(kunci=_kunci(jenis, kunci)).update(jumlah=F("jumlah") - jumlah)


def hapus_kedaluwarsa() -> int:
    """Delete the counters whose window has ended (the daily clean-up)."""
    return PenghitungLaju.objects.filter(berakhir_pada__lte=timezone.now()).delete()[0]
