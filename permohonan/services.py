"""State changes of requests, one function per legal act (STYLE.md).

Each runs in one transaction, checks that the change is allowed, saves with update_fields and
writes a Riwayat row. Nothing else assigns Permohonan.status.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from permohonan import kalender
from permohonan.models import NomorUrut, Pemohon, Permohonan, Riwayat
from permohonan.selectors import libur_aktif

# Days off are loaded for this many days after arrival: enough for the 10 + 7 working days of
# Pasal 22 however many holidays fall in between.
_JENDELA_LIBUR = timedelta(days=120)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class PermohonanDiterima:
    permohonan: Permohonan
    token: str  # the secret tracking token: shown/sent once, stored only as a hash


@transaction.atomic
def terima_permohonan(
    *,
    pemohon: Pemohon,
    permohonan: Permohonan,
    kanal: str,
    diterima_pada: datetime | None = None,
    oleh=None,
) -> PermohonanDiterima:
    """Register a request: number, receipt date and due date (UU 14/2008 Pasal 22 ayat (4)
    and (7); DOMAIN.md §4). `permohonan` is unsaved and carries the form's fields.

    Staff registering a request that came in person, by letter or e-mail pass its real
    `diterima_pada`; the deadline follows that date.
    """
    diterima_pada = diterima_pada or timezone.now()
    tanggal_tiba = timezone.localtime(diterima_pada).date()
    libur = libur_aktif(tanggal_tiba, tanggal_tiba + _JENDELA_LIBUR)
    tanggal_terima = kalender.tanggal_terima(tanggal_tiba, libur)

    pemohon.save()
    token = secrets.token_urlsafe(32)
    permohonan.pemohon = pemohon
    permohonan.kanal = kanal
    permohonan.diterima_pada = diterima_pada
    permohonan.tanggal_terima = tanggal_terima
    permohonan.jatuh_tempo = kalender.jatuh_tempo_pemberitahuan(tanggal_tiba, libur)
    permohonan.nomor = NomorUrut.berikutnya("P", tanggal_terima.year)
    permohonan.token_hash = hash_token(token)
    permohonan.status = Permohonan.Status.DITERIMA
    permohonan.save()
    Riwayat.objects.create(
        permohonan=permohonan,
        pelaku=oleh,
        peristiwa=Riwayat.Peristiwa.DITERIMA,
        keterangan=f"Nomor pendaftaran {permohonan.nomor}; jatuh tempo "
        f"{kalender.format_tanggal(permohonan.jatuh_tempo)}.",
        untuk_pemohon=True,
    )
    return PermohonanDiterima(permohonan=permohonan, token=token)
