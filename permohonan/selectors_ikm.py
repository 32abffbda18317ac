"""The Indeks Kepuasan Masyarakat (IKM) of PermenPAN-RB 14/2017 (DOMAIN.md §10): the pure
formula, and the reads of the survey answers and of what staff published.

The formula (PermenPAN-RB 14/2017 Lampiran Bab IV, "Metode Pengolahan Data"): the mean score
(nilai rata-rata, NRR) of each of the nine elements over the respondents, each weighted
equally — 1/9 (the regulation's tables round it to 0.111; the exact fraction is used here, so
nine answers of 4 give exactly 4.00 → 100) — summed to the index on the 1–4 scale (nilai
interval), × 25 to the 25–100 scale (nilai interval konversi), and the quality grade of its
band (mutu pelayanan).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from permohonan.models import UNSUR, MasukanKonsultasi, Survei

BOBOT = Fraction(1, len(UNSUR))  # 1/9: every element weighs the same
KONVERSI = 25  # 1–4 → 25–100

# Quality grades on the 25–100 scale (PermenPAN-RB 14/2017 Lampiran, tabel "Nilai Persepsi,
# Interval IKM, Interval Konversi IKM, Mutu Pelayanan dan Kinerja Unit Pelayanan"): the lower
# bound of each band, best first. The value is compared rounded to two decimals, as the bands
# are written.
MUTU: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal("88.31"), "A", _("Sangat baik")),
    (Decimal("76.61"), "B", _("Baik")),
    (Decimal("65.00"), "C", _("Kurang baik")),
    (Decimal("25.00"), "D", _("Tidak baik")),
)


@dataclass(frozen=True)
class RerataUnsur:
    field: str
    nama: str
    rerata: Decimal  # NRR on the 1–4 scale, two decimals for display


@dataclass(frozen=True)
class HasilIkm:
    responden: int
    unsur: tuple[RerataUnsur, ...]
    # None when nobody answered: no index at all, rather than a meaningless 0.
    nilai_interval: Decimal | None  # 1–4, four decimals
    nilai: Decimal | None  # 25–100, two decimals
    mutu: str | None  # A–D
    mutu_label: str | None


def _bulat(nilai: Fraction, tempat: str) -> Decimal:
    return (Decimal(nilai.numerator) / Decimal(nilai.denominator)).quantize(
        Decimal(tempat), rounding=ROUND_HALF_UP
    )


def mutu(nilai: Decimal) -> tuple[str, str]:
    """The grade and its label of an IKM on the 25–100 scale."""
    nilai = nilai.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    for batas, kode, label in MUTU:
        if nilai >= batas:
            return kode, str(label)
    return MUTU[-1][1], str(MUTU[-1][2])


def hitung_ikm(jumlah: dict[str, int], responden: int) -> HasilIkm:
    """The IKM from the sum of the scores of each element (`jumlah`, by field) over
    `responden` respondents. Pure: exact fractions, rounded only for the result."""
    if responden <= 0:
        nol = tuple(RerataUnsur(u.field, str(u.nama), Decimal("0.00")) for u in UNSUR)
        return HasilIkm(0, nol, None, None, None, None)
    rerata = {u.field: Fraction(jumlah[u.field], responden) for u in UNSUR}
    interval = sum((nrr * BOBOT for nrr in rerata.values()), Fraction(0))
    nilai = _bulat(interval * KONVERSI, "0.01")
    kode, label = mutu(nilai)
    return HasilIkm(
        responden=responden,
        unsur=tuple(
            RerataUnsur(u.field, str(u.nama), _bulat(rerata[u.field], "0.01")) for u in UNSUR
        ),
        nilai_interval=_bulat(interval, "0.0001"),
        nilai=nilai,
        mutu=kode,
        mutu_label=label,
    )


def _saring(queryset, tahun: int, unit, field_unit: str, field_waktu: str):
    from informasi.models import UnitKerja

    queryset = queryset.filter(**{f"{field_waktu}__year": tahun})
    if unit is not None:
        queryset = queryset.filter(**{f"{field_unit}__in": UnitKerja.objects.subtree(unit)})
    return queryset


def ikm(tahun: int, unit=None) -> HasilIkm:
    """The IKM of the surveys filled in `tahun` on requests of `unit` and its sub-units (the
    whole body when None): per-element means, index, grade and respondents — one query."""
    queryset = _saring(Survei.objects.all(), tahun, unit, "permohonan__unit_kerja", "diisi_pada")
    hasil = queryset.aggregate(
        responden=Count("pk"), **{f"s_{u.field}": Sum(u.field) for u in UNSUR}
    )
    return hitung_ikm({u.field: hasil[f"s_{u.field}"] or 0 for u in UNSUR}, hasil["responden"])


def saran_terbit(tahun: int, unit=None, *, batas: int = 20) -> list[str]:
    """The suggestions staff published (their rewritten text only, nothing else of the
    answer), newest first."""
    queryset = _saring(
        Survei.objects.filter(saran_ditampilkan=True).exclude(saran_terbit=""),
        tahun,
        unit,
        "permohonan__unit_kerja",
        "diisi_pada",
    )
    return list(queryset.order_by("-diisi_pada").values_list("saran_terbit", flat=True)[:batas])


def masukan_terbit(topik, *, batas: int = 50) -> list[str]:
    """The feedback on `topik` staff published: their rewritten text, no name."""
    return list(
        MasukanKonsultasi.objects.filter(Q(topik=topik) & Q(ditampilkan=True))
        .exclude(isi_terbit="")
        .order_by("-dikirim_pada")
        .values_list("isi_terbit", flat=True)[:batas]
    )
