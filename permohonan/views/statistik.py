"""The service in figures (DESIGN.md "Pages": `/statistik/`): charts, accessible tables and
the same figures as open data (CSV, JSON) with their definitions. Public, no personal data;
small requester cells are withheld (permohonan.statistik.BATAS_SEL_KECIL)."""

from __future__ import annotations

import json

from django.db.models import Min
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from informasi.ekspor import respons_csv
from informasi.models import UnitKerja
from permohonan import akses, surat
from permohonan.models import LaporanTahunan, Permohonan
from permohonan.selectors_ikm import ikm
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
    query string of the open-data links), `laporan_terbit` (published annual reports),
    `ikm` (selectors_ikm.HasilIkm)."""
    pilihan = _pilihan(request)
    hasil = statistik_layanan(tahun=pilihan["tahun"], unit=pilihan["unit"])
    # The published annual reports of the unit shown (the top unit's for the whole body).
    laporan_terbit = LaporanTahunan.objects.filter(status=LaporanTahunan.Status.TERBIT)
    laporan_terbit = (
        laporan_terbit.filter(unit_kerja=pilihan["unit"])
        if pilihan["unit"]
        else laporan_terbit.filter(unit_kerja__induk__isnull=True)
    )
    return render(
        request,
        "permohonan/statistik.html",
        {
            **pilihan,
            "statistik": hasil,
            "tabel": hasil.tabel,
            "parameter": _parameter(hasil),
            "laporan_terbit": laporan_terbit.select_related("unit_kerja").order_by("-tahun"),
            # The satisfaction index of the same year and unit (PermenPAN-RB 14/2017).
            "ikm": ikm(pilihan["tahun"], pilihan["unit"]),
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


def _ikm_json(h) -> dict:
    angka = lambda d: None if d is None else float(d)  # noqa: E731
    return {
        "responden": h.responden,
        "nilai_interval": angka(h.nilai_interval),
        "nilai": angka(h.nilai),
        "mutu": h.mutu,
        "mutu_label": h.mutu_label,
        "unsur": {u.field: {"nama": str(u.nama), "rerata": angka(u.rerata)} for u in h.unsur},
    }


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
        # The satisfaction index of the same year and unit (PermenPAN-RB 14/2017): the mean
        # of each element (1–4), the index on 1–4 and 25–100, its grade, the respondents.
        "ikm": _ikm_json(ikm(hasil.tahun, hasil.unit)),
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{_nama_berkas(hasil, "json")}"'
    return response


def laporan(request, tahun: int):
    """The annual service report of `tahun` (Perki 1/2021 Pasal 56) for `?unit=` (an
    office's slug; none: the top unit, i.e. the whole body) as a printable page, or its PDF
    with ?format=pdf (permohonan.surat, letter `laporan_tahunan`). Only a published report
    is public; a draft is a 404 except to the staff of its unit, who preview it."""
    slug = request.GET.get("unit", "")
    if not slug:
        unit = UnitKerja.objects.filter(induk__isnull=True).order_by("jalur").first()
    elif slug.isascii() and "\x00" not in slug:
        unit = UnitKerja.objects.kantor().filter(slug=slug).first()
    else:
        unit = None  # no unit has such a slug
    objek = (
        LaporanTahunan.objects.select_related("unit_kerja")
        .filter(tahun=tahun, unit_kerja=unit)
        .first()
        if unit is not None and 2000 <= tahun <= 2999
        else None
    )
    if objek is None:
        raise Http404
    if (
        not objek.terbit
        and not akses.laporan_terjangkau(request.user).filter(pk=objek.pk).exists()
    ):
        raise Http404
    kembali = reverse("statistik:statistik") + f"?tahun={objek.tahun}"
    if objek.unit_kerja.induk_id:
        kembali += f"&unit={objek.unit_kerja.slug}"
    return surat.respons(request, "laporan_tahunan", objek, kembali_url=kembali)
