"""The service in figures (DESIGN.md "Pages": `/statistik/`): charts, accessible tables and
the same figures as open data (CSV, JSON) with their definitions. Public, no personal data;
small requester cells are withheld (permohonan.statistik.BATAS_SEL_KECIL)."""

from __future__ import annotations

import json

from django.db.models import Min
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from informasi.ekspor import respons_csv
from informasi.models import UnitKerja
from permohonan.models import Permohonan
from permohonan.statistik import Statistik, statistik_layanan


def _pilihan(request) -> dict:
    """The year and unit asked for in the GET parameters; anything that is not one of the
    choices (a year with no requests, an unknown unit, NUL, a huge number) falls back to the
    default — this year, the whole body — instead of an error."""
    ini = timezone.localdate().year
    tertua = Permohonan.objects.aggregate(t=Min("tanggal_terima"))["t"]
    daftar_tahun = list(range(ini, min(tertua.year, ini) - 1 if tertua else ini - 1, -1))
    units = list(UnitKerja.objects.kantor().only("nama", "slug", "jalur", "induk_id"))
    tahun = request.GET.get("tahun", "")
    tahun = int(tahun) if tahun.isascii() and tahun.isdigit() else ini
    if tahun not in daftar_tahun:
        tahun = ini
    slug = request.GET.get("unit", "")
    unit = next((u for u in units if u.slug == slug), None)
    return {"tahun": tahun, "unit": unit, "daftar_tahun": daftar_tahun, "units": units}


def _parameter(statistik: Statistik) -> str:
    q = f"tahun={statistik.tahun}"
    return q + (f"&unit={statistik.unit.slug}" if statistik.unit else "")


def statistik(request):
    """Template `permohonan/statistik.html`; context: `statistik` (permohonan.statistik
    .Statistik), `tabel` (its figures by key), `daftar_tahun`, `units`, `parameter` (the
    query string of the open-data links)."""
    pilihan = _pilihan(request)
    hasil = statistik_layanan(tahun=pilihan["tahun"], unit=pilihan["unit"])
    return render(
        request,
        "permohonan/statistik.html",
        {
            **pilihan,
            "statistik": hasil,
            "tabel": hasil.tabel,
            "parameter": _parameter(hasil),
        },
    )


def _nama_berkas(statistik: Statistik, akhiran: str) -> str:
    unit = statistik.unit.slug if statistik.unit else "semua-unit"
    return f"statistik-layanan-{statistik.tahun}-{unit}.{akhiran}"


KOLOM_CSV = [
    "tahun",
    "unit",
    "angka",
    "kode",
    "label",
    "nilai",
    "disembunyikan",
    "judul",
    "definisi",
]


def data_csv(request):
    """Every figure of the page as CSV, one row per cell: a withheld small cell has an empty
    `nilai` and `disembunyikan` = 1."""
    hasil = statistik_layanan(
        **{k: v for k, v in _pilihan(request).items() if k in ("tahun", "unit")}
    )
    unit = hasil.unit.slug if hasil.unit else ""
    baris = [
        [
            hasil.tahun,
            unit,
            t.kunci,
            b.kode,
            b.label,
            "" if b.nilai is None else b.nilai,
            int(b.disembunyikan),
            str(t.judul),
            str(t.definisi),
        ]
        for t in hasil.tabel.values()
        for b in t.baris
    ]
    return respons_csv(_nama_berkas(hasil, "csv"), KOLOM_CSV, baris)


def data_json(request):
    """Every figure of the page as JSON, with each figure's title and definition; a
    withheld small cell is `"nilai": null, "disembunyikan": true`."""
    hasil = statistik_layanan(
        **{k: v for k, v in _pilihan(request).items() if k in ("tahun", "unit")}
    )
    data = {
        "tahun": hasil.tahun,
        "unit": hasil.unit.slug if hasil.unit else None,
        "unit_nama": hasil.unit.nama if hasil.unit else None,
        "ringkasan": hasil.ringkasan,
        "angka": {
            t.kunci: {
                "judul": str(t.judul),
                "definisi": str(t.definisi),
                "satuan": str(t.satuan),
                "baris": [
                    {
                        "kode": b.kode,
                        "label": b.label,
                        "nilai": b.nilai,
                        "disembunyikan": b.disembunyikan,
                    }
                    for b in t.baris
                ],
            }
            for t in hasil.tabel.values()
        },
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{_nama_berkas(hasil, "json")}"'
    return response
