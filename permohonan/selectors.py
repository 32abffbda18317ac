"""Reads for the request workflow."""

from __future__ import annotations

import re
from datetime import date

from django.conf import settings

from informasi.models import Informasi
from informasi.pencarian import cari
from permohonan.kalender import Libur
from permohonan.models import HariLibur


def libur_aktif(dari: date, sampai: date) -> Libur:
    """The days off between two dates, for permohonan.kalender.

    Cuti bersama count as days off unless PERMOHONAN_CUTI_BERSAMA_LIBUR is false
    (DOMAIN.md §4: interpretation, default skip).
    """
    queryset = HariLibur.objects.filter(aktif=True, tanggal__range=(dari, sampai))
    if not settings.PERMOHONAN_CUTI_BERSAMA_LIBUR:
        queryset = queryset.exclude(jenis=HariLibur.Jenis.CUTI_BERSAMA)
    return dict(queryset.values_list("tanggal", "nama"))


def saran_informasi(rincian: str, batas: int = 5) -> list[Informasi]:
    """Published catalogue entries matching any of the request's significant words."""
    kata = [k for k in re.findall(r"\w+", rincian.lower()) if len(k) > 3][:12]
    if not kata:
        return []
    return list(
        cari(Informasi.objects.publik(), " or ".join(kata))
        .select_related("unit_kerja")
        .order_by("-peringkat")[:batas]
    )


def angka_layanan(tahun: int) -> dict:
    """Headline service figures of a year, in one query: requests registered, answered, and
    the share answered within the deadline in force (UU 14/2008 Pasal 22 ayat (7)–(8))."""
    from django.db.models import Count, F, Q
    from django.db.models.functions import Coalesce, TruncDate

    from permohonan.models import Permohonan

    selesai = Q(status=Permohonan.Status.SELESAI)
    angka = (
        Permohonan.objects.filter(tanggal_terima__year=tahun)
        .annotate(
            tanggal_selesai=TruncDate("selesai_pada"),
            batas=Coalesce("jatuh_tempo_pelaksanaan", "jatuh_tempo_perpanjangan", "jatuh_tempo"),
        )
        .aggregate(
            jumlah=Count("id"),
            selesai=Count("id", filter=selesai),
            tepat_waktu=Count("id", filter=selesai & Q(tanggal_selesai__lte=F("batas"))),
        )
    )
    angka["tahun"] = tahun
    angka["persen_tepat_waktu"] = (
        round(100 * angka["tepat_waktu"] / angka["selesai"]) if angka["selesai"] else None
    )
    return angka
