"""Consequence tests (uji konsekuensi): setting one in force, revoking it, and the automatic
end of an exemption (UU 14/2008 Pasal 19–20; Perki 1/2021 Pasal 49; PKPU 22/2023
Pasal 24–26; DOMAIN.md §5)."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from permohonan import akses, kalender
from permohonan.models import Riwayat, UjiKonsekuensi
from permohonan.services._umum import TransisiDitolak, catat

# PP 61/2010: an exemption to protect law enforcement (Pasal 17 huruf a) lasts at most
# 30 years.
BATAS_TAHUN_PENEGAKAN_HUKUM = 30


def _tambah_tahun(tanggal: date, tahun: int) -> date:
    try:
        return tanggal.replace(year=tanggal.year + tahun)
    except ValueError:  # 29 February
        return tanggal.replace(year=tanggal.year + tahun, day=28)


# Every element of the lembar uji konsekuensi's decision (DOMAIN.md §5, "The record").
_UNSUR_KEPUTUSAN = (
    "nama_pemutus",
    "jabatan_pemutus",
    "nama_penyetuju",
    "jabatan_penyetuju",
    "nomor_keputusan",
    "tanggal_keputusan",
    "tempat",
)


@transaction.atomic
def tetapkan_uji_konsekuensi(*, uji_id: int, oleh) -> UjiKonsekuensi:
    """Set a consequence test in force. At KPU consequence tests are decided centrally by
    KPU RI's PPID (PKPU 22/2023 Pasal 24–26; DOMAIN.md §5): only PPID Utama may do this.
    The record must hold every element of the lembar uji konsekuensi."""
    uji = akses.uji_untuk_staf(oleh, uji_id, aksi="tetapkan", kunci=True)
    if uji.status != UjiKonsekuensi.Status.DRAF:
        raise TransisiDitolak(_("Hanya uji konsekuensi berstatus draf yang dapat ditetapkan."))
    kurang = [
        str(UjiKonsekuensi._meta.get_field(f).verbose_name)
        for f in _UNSUR_KEPUTUSAN
        if not getattr(uji, f)
    ]
    if uji.mengecualikan and not uji.pasal_17:
        kurang.append(str(UjiKonsekuensi._meta.get_field("pasal_17").verbose_name))
    if uji.mengecualikan and not (uji.berlaku_sampai or uji.berlaku_syarat.strip()):
        # Pasal 20: an exemption is not permanent — an end date or an end condition.
        kurang.append(_("jangka waktu pengecualian (tanggal berakhir atau syarat)"))
    if kurang:
        raise TransisiDitolak(_("Lengkapi dulu: %(kurang)s.") % {"kurang": ", ".join(kurang)})
    if uji.mengecualikan and "a" in uji.pasal_17:
        # PP 61/2010: a law-enforcement exemption (Pasal 17 huruf a) lasts at most 30 years.
        paling_lama = _tambah_tahun(uji.tanggal_keputusan, BATAS_TAHUN_PENEGAKAN_HUKUM)
        if uji.berlaku_sampai is None or uji.berlaku_sampai > paling_lama:
            raise TransisiDitolak(
                _(
                    "Pengecualian Pasal 17 huruf a paling lama 30 tahun (PP 61/2010): isi "
                    "tanggal berakhir paling lambat %(tanggal)s."
                )
                % {"tanggal": kalender.format_tanggal(paling_lama)}
            )
    uji.status = UjiKonsekuensi.Status.DITETAPKAN
    uji.ditetapkan_oleh = oleh
    uji.ditetapkan_pada = timezone.now()
    uji.save(update_fields=["status", "ditetapkan_oleh", "ditetapkan_pada"])
    catat(
        Riwayat.Peristiwa.UJI_DITETAPKAN,
        uji_konsekuensi=uji,
        permohonan=uji.permohonan,
        oleh=oleh,
        untuk_pemohon=False,
        nomor=uji.nomor_keputusan,
    )
    return uji


@transaction.atomic
def cabut_uji_konsekuensi(*, uji_id: int, alasan: str, oleh) -> UjiKonsekuensi:
    """Revoke a consequence test in force (e.g. after a Komisi Informasi ruling): the
    information is open again. PPID Utama only, with reasons."""
    uji = akses.uji_untuk_staf(oleh, uji_id, aksi="cabut", kunci=True)
    if uji.status != UjiKonsekuensi.Status.DITETAPKAN:
        raise TransisiDitolak(_("Hanya uji konsekuensi yang berlaku yang dapat dicabut."))
    if not alasan.strip():
        raise TransisiDitolak(_("Tuliskan alasan pencabutan."))
    uji.status = UjiKonsekuensi.Status.DICABUT
    uji.alasan_dicabut = alasan.strip()
    uji.selesai_pada = timezone.localdate()
    uji.save(update_fields=["status", "alasan_dicabut", "selesai_pada"])
    catat(
        Riwayat.Peristiwa.UJI_DICABUT,
        uji_konsekuensi=uji,
        permohonan=uji.permohonan,
        oleh=oleh,
        untuk_pemohon=False,
        alasan=uji.alasan_dicabut,
    )
    return uji


@transaction.atomic
def akhiri_uji_konsekuensi(*, hari_ini: date) -> int:
    """Mark the exemptions whose end date has come as berakhir: the information becomes
    public automatically when the exemption ends (DOMAIN.md §5, expiry). Run by the daily
    job (no person acts). Returns how many."""
    berakhir = list(
        UjiKonsekuensi.objects.select_for_update(skip_locked=True).filter(
            status=UjiKonsekuensi.Status.DITETAPKAN, berlaku_sampai__lte=hari_ini
        )
    )
    for uji in berakhir:
        uji.status = UjiKonsekuensi.Status.BERAKHIR
        uji.selesai_pada = uji.berlaku_sampai
        uji.save(update_fields=["status", "selesai_pada"])
        catat(
            Riwayat.Peristiwa.UJI_BERAKHIR,
            uji_konsekuensi=uji,
            permohonan=uji.permohonan,
            oleh=None,
            untuk_pemohon=False,
            tanggal=uji.berlaku_sampai,
        )
    return len(berakhir)
