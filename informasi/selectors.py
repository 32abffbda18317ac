"""Reads of the catalogue that take more than one line: facet counts, related entries."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from informasi.models import FasetTersimpan, Informasi, UnitKerja

_SQL_FASET = """
WITH dasar AS ({dasar})
SELECT 'kategori', kategori, count(*) FROM dasar GROUP BY kategori
UNION ALL SELECT 'tahun', tahun::text, count(*) FROM dasar GROUP BY tahun
UNION ALL SELECT 'unit', unit_kerja_id::text, count(*) FROM dasar GROUP BY unit_kerja_id
UNION ALL SELECT 'format', d.format, count(DISTINCT d.informasi_id)
    FROM informasi_dokumen d JOIN dasar ON d.informasi_id = dasar.id
    WHERE d.digantikan_oleh_id IS NULL GROUP BY d.format
UNION ALL SELECT 'topik', it.topik_id::text, count(*)
    FROM informasi_informasi_topik it JOIN dasar ON it.informasi_id = dasar.id
    GROUP BY it.topik_id
"""


@dataclass
class Faset:
    """Counts of the filtered entries by each facet value, from one SQL query."""

    kategori: Counter = field(default_factory=Counter)
    tahun: Counter = field(default_factory=Counter)
    unit: Counter = field(default_factory=Counter)
    format: Counter = field(default_factory=Counter)
    topik: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.kategori.values())

    def sebagai_json(self) -> dict[str, dict[str, int]]:
        return {f.name: dict(getattr(self, f.name)) for f in fields(self)}


def hitung_faset(queryset: QuerySet[Informasi], kunci: str | None = None) -> Faset:
    """Facet counts of `queryset`; with `kunci` (the filter state), kept in FasetTersimpan
    for INFORMASI_FASET_DETIK seconds."""
    if kunci is not None:
        kunci = hashlib.sha256(kunci.encode()).hexdigest()
        batas = timezone.now() - timedelta(seconds=settings.INFORMASI_FASET_DETIK)
        tersimpan = (
            FasetTersimpan.objects.filter(kunci=kunci, dibuat_pada__gte=batas)
            .values_list("data", flat=True)
            .first()
        )
        if tersimpan is not None:
            return Faset(**{nama: Counter(nilai) for nama, nilai in tersimpan.items()})
    faset = _hitung_faset(queryset)
    if kunci is not None:
        # One statement (bulk_create would wrap it in BEGIN/COMMIT).
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {FasetTersimpan._meta.db_table} (kunci, data, dibuat_pada) "  # noqa: S608
                "VALUES (%s, %s, %s) ON CONFLICT (kunci) DO UPDATE "
                "SET data = EXCLUDED.data, dibuat_pada = EXCLUDED.dibuat_pada",
                [kunci, json.dumps(faset.sebagai_json()), timezone.now()],
            )
    return faset


def _hitung_faset(queryset: QuerySet[Informasi]) -> Faset:
    dasar = queryset.order_by().values("id", "kategori", "tahun", "unit_kerja_id")
    faset = Faset()
    try:
        sql, params = dasar.query.sql_with_params()
    except EmptyResultSet:  # queryset.none(): nothing to count
        return faset
    with connection.cursor() as cursor:
        cursor.execute(_SQL_FASET.format(dasar=sql), params)
        for nama, nilai, jumlah in cursor.fetchall():
            getattr(faset, nama)[nilai] = jumlah
    return faset


def lupakan_faset() -> None:
    """Drop every stored facet count (the catalogue changed)."""
    FasetTersimpan.objects.all().delete()


def pohon_unit_dengan_jumlah(units: list[UnitKerja], per_unit: Counter) -> list[tuple]:
    """(unit, count including sub-units) for every unit with entries, in tree order."""
    jumlah: Counter = Counter()
    per_id = {u.pk: u for u in units}
    for unit_id, n in per_unit.items():
        unit = per_id.get(int(unit_id))
        if unit is not None:
            # The path lists the unit and all its ancestors: "/00000001/00000006/".
            for leluhur_id in unit.jalur.strip("/").split("/"):
                jumlah[int(leluhur_id)] += n
    return [(u, jumlah[u.pk]) for u in units if jumlah[u.pk]]


def informasi_terkait(informasi: Informasi, batas: int = 4) -> QuerySet[Informasi]:
    """Published entries sharing a topic with `informasi`, else from the same unit."""
    sama_topik = Informasi.topik.through.objects.filter(
        informasi_id=OuterRef("pk"),
        topik_id__in=Informasi.topik.through.objects.filter(informasi_id=informasi.pk).values(
            "topik_id"
        ),
    )
    return (
        Informasi.objects.publik()
        .exclude(pk=informasi.pk)
        .annotate(sama_topik=Exists(sama_topik))
        .filter(sama_topik=True)
        .select_related("unit_kerja")
        .order_by("-diterbitkan_pada")[:batas]
    )
