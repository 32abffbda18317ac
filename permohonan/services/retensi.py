"""Identity documents kept only as long as needed (UU 27/2022 Pelindungan Data Pribadi;
DOMAIN.md §11): the record that a requester's identity was checked, and the deletion of
identity scans and powers of attorney once the retention period has run from the day the
request and every objection and dispute on it were closed.

The period is PERMOHONAN_RETENSI_IDENTITAS_BULAN (default 24 months, DOMAIN.md §11). What is
deleted: the file in private storage and the field that names it; what stays: who checked the
identity and when (Pemohon.identitas_diperiksa_*), when the documents were deleted, and an
IDENTITAS_DIHAPUS event in the request's history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from informasi.models import tambah_bulan
from permohonan import akses
from permohonan.models import Keberatan, Pemohon, Permohonan, Riwayat, Sengketa
from permohonan.services._umum import TransisiDitolak, catat

# Events that are not a step of the case: looking at a document, an internal note, the
# identity check or the deletion itself do not restart the retention period.
_BUKAN_LANGKAH = (
    Riwayat.Peristiwa.IDENTITAS_DILIHAT,
    Riwayat.Peristiwa.IDENTITAS_DIPERIKSA,
    Riwayat.Peristiwa.IDENTITAS_DIHAPUS,
    Riwayat.Peristiwa.CATATAN,
)


@transaction.atomic
def periksa_identitas(*, permohonan_id: int, oleh) -> Permohonan:
    """Record that `oleh` checked the requester's identity against the scan (UU 14/2008
    Pasal 22 ayat (1)–(2) needs the requester's identity; DOMAIN.md §11 keeps this record
    after the scan itself is deleted)."""
    permohonan = akses.permohonan_untuk_staf(oleh, permohonan_id, aksi="identitas", kunci=True)
    pemohon = Pemohon.objects.select_for_update().get(pk=permohonan.pemohon_id)
    if pemohon.identitas_diperiksa_pada is not None:
        raise TransisiDitolak(_("Identitas pemohon ini sudah dicatat sebagai diperiksa."))
    if not pemohon.berkas_identitas:
        raise TransisiDitolak(_("Pindaian identitas sudah dihapus; tidak ada yang diperiksa."))
    pemohon.identitas_diperiksa_pada = timezone.now()
    pemohon.identitas_diperiksa_oleh = oleh
    pemohon.save(update_fields=["identitas_diperiksa_pada", "identitas_diperiksa_oleh"])
    catat(
        Riwayat.Peristiwa.IDENTITAS_DIPERIKSA,
        permohonan=permohonan,
        oleh=oleh,
        untuk_pemohon=False,
    )
    permohonan.pemohon = pemohon
    return permohonan


def batas_retensi(sekarang: datetime) -> datetime:
    """Cases closed before this moment have passed the retention period."""
    hari_ini = sekarang.date()
    mundur = hari_ini - tambah_bulan(hari_ini, -settings.PERMOHONAN_RETENSI_IDENTITAS_BULAN)
    return sekarang - mundur


@dataclass
class DokumenKedaluwarsa:
    """One request whose identity documents are due for deletion: `dokumen` are codes
    ("identitas", "kuasa", "kuasa K-2026-00007") with the stored file names."""

    permohonan: Permohonan
    dokumen: dict[str, str] = field(default_factory=dict)


def _tertutup_sebelum(batas: datetime):
    """Requests closed before `batas` with every objection and dispute on them closed, and
    no step of the case since (an objection withdrawn, a dispute's last stage, an answer)."""
    keberatan_terbuka = Keberatan.objects.filter(permohonan=OuterRef("pk")).filter(
        Q(status__in=Keberatan.STATUS_TERBUKA) | Q(diputuskan_pada__gte=batas)
    )
    sengketa_berjalan = Sengketa.objects.filter(keberatan__permohonan=OuterRef("pk")).filter(
        ~Q(tahap=Sengketa.Tahap.SELESAI) | Q(diperbarui_pada__gte=batas)
    )
    langkah_baru = Riwayat.objects.filter(permohonan=OuterRef("pk"), waktu__gte=batas).exclude(
        peristiwa__in=_BUKAN_LANGKAH
    )
    return (
        Permohonan.objects.exclude(status__in=Permohonan.STATUS_TERBUKA)
        .filter(selesai_pada__lt=batas)
        .exclude(Exists(keberatan_terbuka))
        .exclude(Exists(sengketa_berjalan))
        .exclude(Exists(langkah_baru))
    )


def dokumen_kedaluwarsa(
    *, sekarang: datetime | None = None, permohonan_id: int | None = None
) -> list[DokumenKedaluwarsa]:
    """Every request (or only `permohonan_id`) with an identity document past its retention
    period: what the daily job deletes and `hapus_dokumen_identitas --dry-run` lists."""
    batas = batas_retensi(sekarang or timezone.now())
    selesai = _tertutup_sebelum(batas)
    punya_kuasa_keberatan = Keberatan.objects.filter(permohonan=OuterRef("pk")).exclude(
        surat_kuasa=""
    )
    kandidat = (
        selesai.filter(
            ~Q(pemohon__berkas_identitas="") | ~Q(surat_kuasa="") | Exists(punya_kuasa_keberatan)
        )
        .select_related("pemohon")
        .prefetch_related("keberatan")
        .order_by("selesai_pada", "pk")
    )
    if permohonan_id is not None:
        kandidat = kandidat.filter(pk=permohonan_id)
    hasil = []
    for permohonan in kandidat:
        item = DokumenKedaluwarsa(permohonan)
        pemohon = permohonan.pemohon
        # A requester record shared by another request still running keeps its scan.
        if (
            pemohon.berkas_identitas
            and not (
                Permohonan.objects.filter(pemohon=pemohon).exclude(pk__in=selesai.values("pk"))
            ).exists()
        ):
            item.dokumen["identitas"] = pemohon.berkas_identitas.name
        if permohonan.surat_kuasa:
            item.dokumen["kuasa"] = permohonan.surat_kuasa.name
        for keberatan in permohonan.keberatan.all():
            if keberatan.surat_kuasa:
                item.dokumen[f"kuasa {keberatan.nomor}"] = keberatan.surat_kuasa.name
        if item.dokumen:
            hasil.append(item)
    return hasil


def _hapus_berkas(berkas) -> None:
    """The file first, then the field: a failed delete leaves the reference (retried the next
    day), never an unreferenced file."""
    if berkas.name and berkas.storage.exists(berkas.name):
        berkas.storage.delete(berkas.name)
    berkas.name = ""


@transaction.atomic
def _hapus_satu(permohonan_id: int, sekarang: datetime) -> DokumenKedaluwarsa | None:
    permohonan = (
        _tertutup_sebelum(batas_retensi(sekarang))
        .select_for_update(of=("self",))
        .filter(pk=permohonan_id)
        .first()
    )
    if permohonan is None:  # reopened since the list was made
        return None
    daftar = dokumen_kedaluwarsa(sekarang=sekarang, permohonan_id=permohonan.pk)
    if not daftar:
        return None
    item = daftar[0]
    if "identitas" in item.dokumen:
        pemohon = Pemohon.objects.select_for_update().get(pk=permohonan.pemohon_id)
        _hapus_berkas(pemohon.berkas_identitas)
        pemohon.identitas_dihapus_pada = sekarang
        pemohon.save(update_fields=["berkas_identitas", "identitas_dihapus_pada"])
    if "kuasa" in item.dokumen:
        _hapus_berkas(permohonan.surat_kuasa)
        permohonan.save(update_fields=["surat_kuasa"])
    for keberatan in Keberatan.objects.select_for_update().filter(permohonan=permohonan):
        if f"kuasa {keberatan.nomor}" in item.dokumen:
            _hapus_berkas(keberatan.surat_kuasa)
            keberatan.save(update_fields=["surat_kuasa"])
    catat(
        Riwayat.Peristiwa.IDENTITAS_DIHAPUS,
        permohonan=permohonan,
        oleh=None,
        untuk_pemohon=False,
        waktu=sekarang,
        bulan=settings.PERMOHONAN_RETENSI_IDENTITAS_BULAN,
        dokumen=sorted(item.dokumen),
    )
    return item


def hapus_dokumen_kedaluwarsa(*, sekarang: datetime | None = None) -> list[DokumenKedaluwarsa]:
    """Delete every identity document past its retention period, one request per
    transaction (DOMAIN.md §11). Run daily by the worker (`permohonan.tasks`)."""
    sekarang = sekarang or timezone.now()
    dihapus = []
    for item in dokumen_kedaluwarsa(sekarang=sekarang):
        hasil = _hapus_satu(item.permohonan.pk, sekarang)
        if hasil is not None:
            dihapus.append(hasil)
    return dihapus
