"""Registering and handling a request (UU 14/2008 Pasal 22; DOMAIN.md §3–4): register,
assign, extend, withdraw, internal notes, and the log of every look at an identity document
(UU 27/2022; DOMAIN.md §11)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from permohonan import akses, kalender, surel
from permohonan.models import NomorUrut, Pemohon, Permohonan, Riwayat
from permohonan.selectors import foto_libur, libur_aktif
from permohonan.services._umum import TransisiDitolak, catat, hash_token
from permohonan.surat import unit_penerbit


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

    `oleh` is None for the requester on the public form. Staff registering a request that
    came in person, by letter or e-mail pass themselves and its real `diterima_pada`; the
    deadline follows that date.
    """
    if oleh is not None:
        akses.periksa(oleh, akses.PERMOHONAN, "catat")
        akses.periksa_unit(oleh, permohonan.unit_kerja)
    diterima_pada = diterima_pada or timezone.now()
    # DOMAIN.md §4 rules 1 and 7: the date it arrived where the addressed unit is.
    tanggal_tiba = permohonan.unit_kerja.tanggal_lokal(diterima_pada)
    libur = libur_aktif(tanggal_tiba)
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
    permohonan.libur_dihitung = foto_libur(libur, tanggal_tiba, permohonan.jatuh_tempo)
    permohonan.status = Permohonan.Status.DITERIMA
    permohonan.save()
    catat(
        Riwayat.Peristiwa.DITERIMA,
        permohonan=permohonan,
        oleh=oleh,
        waktu=diterima_pada,  # the real arrival, also for paper typed in later
        nomor=permohonan.nomor,
        jatuh_tempo=permohonan.jatuh_tempo,
    )
    surel.permohonan_diterima(permohonan, token)
    return PermohonanDiterima(permohonan=permohonan, token=token)


@transaction.atomic
def tugaskan_permohonan(*, permohonan_id: int, unit_kerja, petugas=None, oleh) -> Permohonan:
    """Assign a request to a unit (and officer); a new request is then being processed."""
    permohonan = akses.permohonan_untuk_staf(oleh, permohonan_id, aksi="tugaskan", kunci=True)
    akses.periksa_unit(oleh, unit_kerja)
    if not permohonan.terbuka:
        raise TransisiDitolak(
            _("Permohonan yang sudah selesai atau dicabut tidak dapat ditugaskan lagi.")
        )
    permohonan.unit_kerja = unit_kerja
    permohonan.petugas = petugas
    if permohonan.status == Permohonan.Status.DITERIMA:
        permohonan.status = Permohonan.Status.DIPROSES
    permohonan.save(update_fields=["unit_kerja", "petugas", "status"])
    catat(
        Riwayat.Peristiwa.DITUGASKAN,
        permohonan=permohonan,
        oleh=oleh,
        unit=unit_kerja.nama,
        unit_id=unit_kerja.pk,
    )
    return permohonan


@transaction.atomic
def perpanjang_jangka_waktu(
    *, permohonan_id: int, alasan: str, oleh, hari_ini: date | None = None
) -> Permohonan:
    """Extend the deadline once by 7 working days with written reasons, only while the
    original deadline has not passed (UU 14/2008 Pasal 22 ayat (8); DOMAIN.md §4 rule 3)."""
    permohonan = akses.permohonan_untuk_staf(oleh, permohonan_id, aksi="perpanjang", kunci=True)
    hari_ini = hari_ini or permohonan.hari_ini()
    if not permohonan.terbuka:
        raise TransisiDitolak(
            _("Permohonan yang sudah selesai atau dicabut tidak dapat diperpanjang.")
        )
    if permohonan.jatuh_tempo_perpanjangan:
        raise TransisiDitolak(
            _("Jangka waktu hanya dapat diperpanjang satu kali (UU 14/2008 Pasal 22 ayat 8).")
        )
    if hari_ini > permohonan.jatuh_tempo:
        raise TransisiDitolak(
            _("Jangka waktu sudah lewat (%(tanggal)s); perpanjangan hanya sebelum itu.")
            % {"tanggal": kalender.format_tanggal(permohonan.jatuh_tempo)}
        )
    if not alasan.strip():
        raise TransisiDitolak(
            _("Tuliskan alasan perpanjangan; alasan ini ditampilkan kepada pemohon.")
        )
    libur = libur_aktif(permohonan.jatuh_tempo)
    permohonan.jatuh_tempo_perpanjangan = kalender.jatuh_tempo_perpanjangan(
        permohonan.jatuh_tempo, libur
    )
    permohonan.libur_dihitung = foto_libur(
        libur,
        permohonan.jatuh_tempo,
        permohonan.jatuh_tempo_perpanjangan,
        lama=permohonan.libur_dihitung,
    )
    permohonan.alasan_perpanjangan = alasan.strip()
    permohonan.nomor_surat_perpanjangan = NomorUrut.nomor_surat(
        unit_penerbit(oleh, permohonan.unit_kerja), hari_ini
    )
    permohonan.status = Permohonan.Status.DIPERPANJANG
    permohonan.save(
        update_fields=[
            "jatuh_tempo_perpanjangan",
            "alasan_perpanjangan",
            "nomor_surat_perpanjangan",
            "libur_dihitung",
            "status",
        ]
    )
    catat(
        Riwayat.Peristiwa.DIPERPANJANG,
        permohonan=permohonan,
        oleh=oleh,
        jatuh_tempo=permohonan.jatuh_tempo_perpanjangan,
        alasan=permohonan.alasan_perpanjangan,
    )
    surel.jangka_waktu_diperpanjang(permohonan)
    return permohonan


@transaction.atomic
def cabut_permohonan(*, permohonan_id: int, alasan: str, oleh) -> Permohonan:
    """Withdraw a request on the requester's behalf [P]."""
    permohonan = akses.permohonan_untuk_staf(oleh, permohonan_id, aksi="cabut", kunci=True)
    if not permohonan.terbuka:
        raise TransisiDitolak(_("Permohonan ini sudah selesai atau dicabut."))
    permohonan.status = Permohonan.Status.DICABUT
    permohonan.selesai_pada = timezone.now()
    permohonan.save(update_fields=["status", "selesai_pada"])
    catat(Riwayat.Peristiwa.DICABUT, permohonan=permohonan, oleh=oleh, alasan=alasan.strip())
    return permohonan


@transaction.atomic
def perbarui_tautan_pelacakan(*, permohonan: Permohonan) -> Permohonan:
    """A new secret tracking link for a requester who proved themselves by number + e-mail:
    the old link stops working at once, the new one goes only to the e-mail address on
    record (never shown on a page, so knowing number + e-mail is not enough to get it).
    Browsers that followed the request with the old link must prove themselves again
    (permohonan.akses)."""
    permohonan = (
        Permohonan.objects.select_for_update().select_related("pemohon").get(pk=permohonan.pk)
    )
    token = secrets.token_urlsafe(32)
    permohonan.token_hash = hash_token(token)
    permohonan.save(update_fields=["token_hash"])
    catat(Riwayat.Peristiwa.TAUTAN_DIPERBARUI, permohonan=permohonan, oleh=None)
    surel.tautan_baru(permohonan, token)
    return permohonan


def catat_catatan_internal(*, permohonan_id: int, catatan: str, oleh) -> Riwayat:
    """A note for staff only; never shown to the requester."""
    permohonan = akses.permohonan_untuk_staf(oleh, permohonan_id, aksi="catatan")
    if not catatan.strip():
        raise TransisiDitolak(_("Catatan kosong."))
    return catat(
        Riwayat.Peristiwa.CATATAN,
        permohonan=permohonan,
        oleh=oleh,
        untuk_pemohon=False,
        catatan=catatan.strip(),
    )


def catat_identitas_dilihat(
    *, permohonan: Permohonan, oleh, dokumen: str = "identitas", keberatan=None
) -> Riwayat:
    """Every view of an identity document is logged (DOMAIN.md §11): `dokumen` is
    "identitas" (the scan), "kuasa" (the request's power of attorney) or "kuasa_keberatan"
    (an objection's, with `keberatan`). The caller fetched the file through permohonan.akses."""
    return catat(
        Riwayat.Peristiwa.IDENTITAS_DILIHAT,
        permohonan=permohonan,
        keberatan=keberatan,
        oleh=oleh,
        untuk_pemohon=False,
        dokumen=dokumen,
    )
