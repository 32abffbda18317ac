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


def kunci_faset(kategori: str | None, data: dict) -> str:
    """The facet key of a filter state: its cleaned values only (no page, order or unknown
    parameter), the search words case-folded with their spacing collapsed, so
    "Anggaran  2024", "anggaran 2024" and "?q=anggaran+2024&x=1" share one row."""
    bagian = [kategori or ""]
    for nama in ("q", "kategori", "unit", "tahun", "format", "topik"):
        nilai = data.get(nama)
        if nilai in (None, ""):
            continue
        if nama == "q":
            nilai = " ".join(str(nilai).split()).casefold()
            if not nilai:
                continue
        elif nama == "tahun":
            nilai = int(nilai)
        bagian.append(f"{nama}={nilai}")
    return "&".join(bagian)


def hitung_faset(queryset: QuerySet[Informasi], kunci: str | None = None) -> Faset:
    """Facet counts of `queryset`; with `kunci` (kunci_faset of the filter state), kept in
    FasetTersimpan for INFORMASI_FASET_DETIK seconds. The table holds at most
    INFORMASI_FASET_MAKS rows: each write also deletes the expired rows and the oldest beyond
    the bound, so a flood of distinct searches cannot grow it."""
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
        tabel = FasetTersimpan._meta.db_table
        # One statement (bulk_create would wrap it in BEGIN/COMMIT). The DELETE sees the
        # table as it was before this INSERT, so it keeps room for the new row.
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                WITH baru AS (
                    INSERT INTO {tabel} (kunci, data, dibuat_pada) VALUES (%s, %s, %s)
                    ON CONFLICT (kunci) DO UPDATE
                    SET data = EXCLUDED.data, dibuat_pada = EXCLUDED.dibuat_pada
                    RETURNING kunci
                )
                DELETE FROM {tabel} WHERE kunci <> ALL (SELECT kunci FROM baru) AND (
                    dibuat_pada < %s OR kunci IN (
                        SELECT kunci FROM {tabel} ORDER BY dibuat_pada DESC, kunci
                        OFFSET %s
                    )
                )
                """,  # noqa: S608 - table name from the model, values are parameters
                [
                    kunci,
                    json.dumps(faset.sebagai_json()),
                    timezone.now(),
                    batas,
                    max(settings.INFORMASI_FASET_MAKS - 1, 0),
                ],
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
        # In WHERE only: as an annotation PostgreSQL also built the whole topic's rows
        # (a hashed subplan growing with the catalogue) for the SELECT list.
        .filter(Exists(sama_topik))
        .select_related("unit_kerja")
        .order_by("-diterbitkan_pada")[:batas]
    )
