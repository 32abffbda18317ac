"""When the holiday table changes (a cuti bersama cancelled, an election day decreed), the
promised dates do not move by themselves (DOMAIN.md §4 rule 6): staff see which open
requests and objections would change (`selectors.jatuh_tempo_berubah`) and recompute each
one explicitly here, logged."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from permohonan import akses, kalender
from permohonan.models import Keberatan, Riwayat
from permohonan.selectors import foto_libur, jatuh_tempo_baru, libur_aktif
from permohonan.services._umum import TransisiDitolak, catat


@transaction.atomic
def hitung_ulang_jatuh_tempo(*, permohonan_id: int, oleh):
    """Recompute an open request's due date (and its extension) with today's holiday table."""
    permohonan = akses.permohonan_untuk_staf(oleh, permohonan_id, aksi="perpanjang", kunci=True)
    baru = jatuh_tempo_baru(permohonan)
    if baru is None:
        raise TransisiDitolak(_("Jatuh tempo permohonan ini tidak berubah."))
    lama = permohonan.batas_waktu
    permohonan.jatuh_tempo, permohonan.jatuh_tempo_perpanjangan = baru
    tiba = permohonan.unit_kerja.tanggal_lokal(permohonan.diterima_pada)
    permohonan.libur_dihitung = foto_libur(libur_aktif(tiba), tiba, permohonan.batas_waktu)
    permohonan.save(update_fields=["jatuh_tempo", "jatuh_tempo_perpanjangan", "libur_dihitung"])
    catat(
        Riwayat.Peristiwa.DIHITUNG_ULANG,
        permohonan=permohonan,
        oleh=oleh,
        lama=lama,
        baru=permohonan.batas_waktu,
    )
    return permohonan


@transaction.atomic
def hitung_ulang_jatuh_tempo_keberatan(*, keberatan_id: int, oleh) -> Keberatan:
    """Recompute an open objection's answer deadline with today's holiday table."""
    keberatan = akses.keberatan_untuk_staf(oleh, keberatan_id, aksi="catat", kunci=True)
    if not keberatan.terbuka:
        raise TransisiDitolak(_("Keberatan ini sudah ditanggapi atau dicabut."))
    tiba = keberatan.permohonan.unit_kerja.tanggal_lokal(keberatan.diterima_pada)
    libur = libur_aktif(tiba)
    baru = kalender.jatuh_tempo_tanggapan_keberatan(tiba, libur)
    if baru == keberatan.jatuh_tempo:
        raise TransisiDitolak(_("Jatuh tempo keberatan ini tidak berubah."))
    lama, keberatan.jatuh_tempo = keberatan.jatuh_tempo, baru
    keberatan.libur_dihitung = foto_libur(libur, tiba, baru)
    keberatan.save(update_fields=["jatuh_tempo", "libur_dihitung"])
    catat(Riwayat.Peristiwa.DIHITUNG_ULANG, keberatan=keberatan, oleh=oleh, lama=lama, baru=baru)
    return keberatan
