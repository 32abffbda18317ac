"""State changes of requests, one function per legal act (STYLE.md).

Each runs in one transaction, checks that the change is allowed, saves with update_fields and
writes a Riwayat row. Nothing else assigns Permohonan.status.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from permohonan import kalender, surel
from permohonan.models import (
    Lampiran,
    NomorUrut,
    PemberitahuanTertulis,
    Pemohon,
    Permohonan,
    Riwayat,
)
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
    surel.permohonan_diterima(permohonan, token)
    return PermohonanDiterima(permohonan=permohonan, token=token)


class TransisiDitolak(Exception):
    """A change the rules do not allow; the message (Indonesian) is shown to the person."""


def _kunci(permohonan_id: int) -> Permohonan:
    return Permohonan.objects.select_for_update().get(pk=permohonan_id)


def _catat(permohonan, peristiwa, *, oleh, keterangan="", untuk_pemohon=True) -> Riwayat:
    return Riwayat.objects.create(
        permohonan=permohonan,
        pelaku=oleh,
        peristiwa=peristiwa,
        keterangan=keterangan,
        untuk_pemohon=untuk_pemohon,
    )


@transaction.atomic
def tugaskan_permohonan(*, permohonan_id: int, unit_kerja, petugas=None, oleh) -> Permohonan:
    """Assign a request to a unit (and officer); a new request is then being processed."""
    permohonan = _kunci(permohonan_id)
    if not permohonan.terbuka:
        raise TransisiDitolak(
            _("Permohonan yang sudah selesai atau dicabut tidak dapat ditugaskan lagi.")
        )
    permohonan.unit_kerja = unit_kerja
    permohonan.petugas = petugas
    if permohonan.status == Permohonan.Status.DITERIMA:
        permohonan.status = Permohonan.Status.DIPROSES
    permohonan.save(update_fields=["unit_kerja", "petugas", "status"])
    _catat(
        permohonan,
        Riwayat.Peristiwa.DITUGASKAN,
        oleh=oleh,
        keterangan=_("Diproses oleh %(unit)s.") % {"unit": unit_kerja.nama},
    )
    return permohonan


@transaction.atomic
def perpanjang_jangka_waktu(
    *, permohonan_id: int, alasan: str, oleh, hari_ini: date | None = None
) -> Permohonan:
    """Extend the deadline once by 7 working days with written reasons, only while the
    original deadline has not passed (UU 14/2008 Pasal 22 ayat (8); DOMAIN.md §4 rule 3)."""
    hari_ini = hari_ini or timezone.localdate()
    permohonan = _kunci(permohonan_id)
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
    libur = libur_aktif(permohonan.jatuh_tempo, permohonan.jatuh_tempo + _JENDELA_LIBUR)
    permohonan.jatuh_tempo_perpanjangan = kalender.jatuh_tempo_perpanjangan(
        permohonan.jatuh_tempo, libur
    )
    permohonan.alasan_perpanjangan = alasan.strip()
    permohonan.status = Permohonan.Status.DIPERPANJANG
    permohonan.save(update_fields=["jatuh_tempo_perpanjangan", "alasan_perpanjangan", "status"])
    _catat(
        permohonan,
        Riwayat.Peristiwa.DIPERPANJANG,
        oleh=oleh,
        keterangan=_("Diperpanjang sampai %(tanggal)s. Alasan: %(alasan)s")
        % {
            "tanggal": kalender.format_tanggal(permohonan.jatuh_tempo_perpanjangan),
            "alasan": permohonan.alasan_perpanjangan,
        },
    )
    surel.jangka_waktu_diperpanjang(permohonan)
    return permohonan


@transaction.atomic
def cabut_permohonan(*, permohonan_id: int, alasan: str, oleh) -> Permohonan:
    """Withdraw a request on the requester's behalf [P]."""
    permohonan = _kunci(permohonan_id)
    if not permohonan.terbuka:
        raise TransisiDitolak(_("Permohonan ini sudah selesai atau dicabut."))
    permohonan.status = Permohonan.Status.DICABUT
    permohonan.selesai_pada = timezone.now()
    permohonan.save(update_fields=["status", "selesai_pada"])
    _catat(permohonan, Riwayat.Peristiwa.DICABUT, oleh=oleh, keterangan=alasan.strip())
    return permohonan


def catat_catatan_internal(*, permohonan_id: int, catatan: str, oleh) -> Riwayat:
    """A note for staff only; never shown to the requester."""
    if not catatan.strip():
        raise TransisiDitolak(_("Catatan kosong."))
    permohonan = Permohonan.objects.get(pk=permohonan_id)
    return _catat(
        permohonan,
        Riwayat.Peristiwa.CATATAN,
        oleh=oleh,
        keterangan=catatan.strip(),
        untuk_pemohon=False,
    )


def catat_identitas_dilihat(*, permohonan: Permohonan, oleh, dokumen: str = "") -> None:
    """Every view of an identity document is logged (DOMAIN.md §11); `dokumen` names it
    when it is not the identity scan (e.g. the power of attorney)."""
    _catat(
        permohonan,
        Riwayat.Peristiwa.IDENTITAS_DILIHAT,
        oleh=oleh,
        keterangan=dokumen,
        untuk_pemohon=False,
    )


@transaction.atomic
def kirim_pemberitahuan(
    *,
    permohonan_id: int,
    pemberitahuan: PemberitahuanTertulis,
    lampiran: list[tuple[str, object]] = (),
    informasi_terkait=(),
    oleh,
) -> PemberitahuanTertulis:
    """Send the written notice (UU 14/2008 Pasal 22 ayat (7)) and close the request.

    `pemberitahuan` is unsaved and carries the decision; `lampiran` are (title, file) pairs of
    released files. Refuses a notice that lacks what the article requires for its outcome.
    """
    permohonan = _kunci(permohonan_id)
    if not permohonan.terbuka:
        raise TransisiDitolak(
            _("Permohonan ini sudah selesai atau dicabut; pemberitahuan tidak dapat dikirim.")
        )
    H = Permohonan.Hasil
    hasil = pemberitahuan.hasil
    if hasil == H.DITOLAK and not (pemberitahuan.pasal_17 and pemberitahuan.alasan.strip()):
        # Pasal 22 ayat (7) huruf c: a refusal states its Pasal 17 ground(s).
        raise TransisiDitolak(
            _("Penolakan wajib menyebut huruf Pasal 17 yang menjadi dasar dan alasannya.")
        )
    if hasil == H.DIKABULKAN_SEBAGIAN and not pemberitahuan.bagian_dihitamkan.strip():
        # Pasal 22 ayat (7) huruf e: the blacked-out parts and why.
        raise TransisiDitolak(
            _("Sebutkan bagian yang dihitamkan dan alasannya (Pasal 22 ayat 7 huruf e).")
        )
    if hasil in (H.DIKABULKAN_SELURUHNYA, H.DIKABULKAN_SEBAGIAN) and not (
        pemberitahuan.informasi_diberikan.strip() and pemberitahuan.bentuk
    ):
        # Pasal 22 ayat (7) huruf d and f: what is provided, and in what form.
        raise TransisiDitolak(
            _("Sebutkan informasi yang diberikan dan bentuknya (Pasal 22 ayat 7 huruf d, f).")
        )
    pemberitahuan.dikuasai = hasil != H.TIDAK_DIKUASAI
    pemberitahuan.permohonan = permohonan
    pemberitahuan.dikirim_oleh = oleh
    pemberitahuan.dikirim_pada = timezone.now()
    pemberitahuan.save()
    pemberitahuan.informasi_terkait.set(informasi_terkait)
    for judul, berkas in lampiran:
        Lampiran.objects.create(
            pemberitahuan=pemberitahuan,
            judul=judul,
            berkas=berkas,
            ukuran=berkas.size,
            tipe_mime=getattr(berkas, "content_type", "") or "",
        )
    permohonan.status = Permohonan.Status.SELESAI
    permohonan.hasil = hasil
    permohonan.selesai_pada = pemberitahuan.dikirim_pada
    permohonan.save(update_fields=["status", "hasil", "selesai_pada"])
    _catat(
        permohonan,
        Riwayat.Peristiwa.PEMBERITAHUAN,
        oleh=oleh,
        keterangan=pemberitahuan.get_hasil_display(),
    )
    surel.pemberitahuan_dikirim(pemberitahuan)
    return pemberitahuan
