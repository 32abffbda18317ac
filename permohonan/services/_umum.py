"""What every service of the request workflow shares: the rule-violation exception and the
event log writer."""

from __future__ import annotations

import hashlib

from permohonan.models import Riwayat


class TransisiDitolak(Exception):
    """A change the law or the workflow does not allow (a second extension, a late
    objection); the message (Indonesian) is shown to the person. Who may act is
    `permohonan.akses.AksesDitolak`."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def catat(
    peristiwa: str,
    *,
    oleh,
    permohonan=None,
    keberatan=None,
    uji_konsekuensi=None,
    untuk_pemohon: bool = True,
    waktu=None,
    **data,
) -> Riwayat:
    """Write one event. `data` holds its facts (dates as ISO strings, choice codes, what
    people typed); `Riwayat.kalimat` makes the sentence when it is read."""
    if keberatan is not None:
        permohonan = permohonan or keberatan.permohonan
        data.setdefault("nomor_keberatan", keberatan.nomor)
    riwayat = Riwayat(
        permohonan=permohonan,
        keberatan=keberatan,
        uji_konsekuensi=uji_konsekuensi,
        pelaku=oleh,
        peristiwa=peristiwa,
        data={k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in data.items()},
        untuk_pemohon=untuk_pemohon,
    )
    if waktu is not None:
        riwayat.waktu = waktu
    riwayat.save()
    return riwayat
