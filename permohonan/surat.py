"""The official letters (naskah dinas, DOMAIN.md §12), each declared once: its template, the
context it needs and its file name. The same declaration renders the printable HTML (public
pages and the admin) and the PDF (WeasyPrint, `permohonan.pdf`, built by the worker once per
version of the letter and served from private storage), and attaches it to e-mail.

| code | letter | legal source |
|---|---|---|
| `bukti` | receipt of a request (bukti permohonan) | UU 14/2008 Pasal 22 ayat (4) |
| `perpanjangan` | notice of extension, with its reasons | Pasal 22 ayat (8) |
| `pemberitahuan` | the written notice | Pasal 22 ayat (7) |
| `bukti_keberatan` | receipt of an objection | Pasal 35–36; Perki 1/2021 |
| `tanggapan_keberatan` | the Atasan PPID's written answer | Pasal 36 ayat (2) |
| `uji_konsekuensi` | the consequence-test sheet | Pasal 19; Perki 1/2021 Pasal 49 |
| `laporan_tahunan` | the annual service report | Perki 1/2021 Pasal 56 |
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation

from informasi.batas_laju import ip_klien, melebihi_batas
from permohonan import selectors
from permohonan.pdf import html_pdf, pdf_dari_html
from permohonan.penyimpanan import privat


@dataclass(frozen=True)
class Surat:
    kode: str
    template: str
    # The object the letter is about, by primary key, with what the template reads.
    ambil: Callable[[int], object]
    konteks: Callable[[object], dict]
    nama_berkas: Callable[[object], str]


def _permohonan(pk):
    from permohonan.models import Permohonan

    return Permohonan.objects.select_related("pemohon", "unit_kerja").get(pk=pk)


def _pemberitahuan(pk):
    from permohonan.models import PemberitahuanTertulis

    return PemberitahuanTertulis.objects.select_related(
        "permohonan__pemohon",
        "permohonan__unit_kerja",
        "uji_konsekuensi",
        "dikirim_oleh__petugas__unit_kerja",
    ).get(pk=pk)


def _keberatan(pk):
    from permohonan.models import Keberatan

    return Keberatan.objects.select_related("permohonan__pemohon", "permohonan__unit_kerja").get(
        pk=pk
    )


def _uji(pk):
    from permohonan.models import UjiKonsekuensi

    return UjiKonsekuensi.objects.select_related("unit_kerja", "permohonan").get(pk=pk)


def _laporan(pk):
    from permohonan.models import LaporanTahunan

    return LaporanTahunan.objects.select_related("unit_kerja").get(pk=pk)


def _konteks_laporan(laporan) -> dict:
    from permohonan.statistik import statistik_layanan

    unit = laporan.unit_kerja
    # The top unit's report covers the whole body (no small-cell suppression).
    statistik = statistik_layanan(tahun=laporan.tahun, unit=unit if unit.induk_id else None)
    return {"laporan": laporan, "unit": unit, "statistik": statistik, "tabel": statistik.tabel}


def unit_penerbit(user, bawaan):
    """The unit that issues a letter: the signing officer's own unit (its letterhead and
    numbering, DOMAIN.md §12), else `bawaan` (the unit the request is addressed to)."""
    petugas = getattr(user, "petugas", None) if user is not None else None
    return petugas.unit_kerja if petugas is not None else bawaan


def _konteks_bukti(permohonan) -> dict:
    return {
        "permohonan": permohonan,
        "unit": permohonan.unit_kerja,
        "penjelasan": selectors.penjelasan_permohonan(permohonan),
    }


def _konteks_perpanjangan(permohonan) -> dict:
    if not permohonan.jatuh_tempo_perpanjangan:
        raise Http404
    from permohonan.models import Riwayat

    # Dated and signed by the officer who decided the extension (Pasal 22 ayat (8)).
    riwayat = (
        permohonan.riwayat.filter(peristiwa=Riwayat.Peristiwa.DIPERPANJANG)
        .select_related("pelaku__petugas__unit_kerja")
        .first()
    )
    pelaku = riwayat.pelaku if riwayat else None
    petugas = getattr(pelaku, "petugas", None) if pelaku else None
    return {
        "permohonan": permohonan,
        "unit": unit_penerbit(pelaku, permohonan.unit_kerja),
        "penjelasan": selectors.penjelasan_perpanjangan(permohonan),
        "tanggal_surat": riwayat.waktu if riwayat else None,
        "penandatangan": {
            "nama": pelaku.get_full_name() or pelaku.get_username() if pelaku else "",
            "jabatan": petugas.jabatan if petugas else "",
            "nip": petugas.nip if petugas else "",
        },
    }


def _konteks_bukti_keberatan(keberatan) -> dict:
    return {
        "keberatan": keberatan,
        "permohonan": keberatan.permohonan,
        "unit": keberatan.permohonan.unit_kerja,
        "penjelasan": selectors.penjelasan_keberatan(keberatan),
    }


def _konteks_tanggapan(keberatan) -> dict:
    if not keberatan.diputuskan_pada:
        raise Http404
    return {
        "keberatan": keberatan,
        "permohonan": keberatan.permohonan,
        "unit": unit_penerbit(keberatan.diputuskan_oleh, keberatan.permohonan.unit_kerja),
    }


SURAT: dict[str, Surat] = {
    s.kode: s
    for s in (
        Surat(
            "bukti",
            "permohonan/surat/bukti.html",
            _permohonan,
            _konteks_bukti,
            lambda p: f"bukti-{p.nomor}.pdf",
        ),
        Surat(
            "perpanjangan",
            "permohonan/surat/perpanjangan.html",
            _permohonan,
            _konteks_perpanjangan,
            lambda p: f"perpanjangan-{p.nomor}.pdf",
        ),
        Surat(
            "pemberitahuan",
            "permohonan/surat/pemberitahuan.html",
            _pemberitahuan,
            lambda p: {
                "pemberitahuan": p,
                "permohonan": p.permohonan,
                "unit": unit_penerbit(p.dikirim_oleh, p.permohonan.unit_kerja),
            },
            lambda p: f"pemberitahuan-{p.permohonan.nomor}.pdf",
        ),
        Surat(
            "bukti_keberatan",
            "permohonan/surat/bukti_keberatan.html",
            _keberatan,
            _konteks_bukti_keberatan,
            lambda k: f"bukti-{k.nomor}.pdf",
        ),
        Surat(
            "tanggapan_keberatan",
            "permohonan/surat/tanggapan_keberatan.html",
            _keberatan,
            _konteks_tanggapan,
            lambda k: f"tanggapan-{k.nomor}.pdf",
        ),
        Surat(
            "uji_konsekuensi",
            "permohonan/surat/uji_konsekuensi.html",
            _uji,
            lambda u: {"uji": u, "unit": u.unit_kerja},
            lambda u: f"uji-konsekuensi-{u.pk}.pdf",
        ),
        Surat(
            "laporan_tahunan",
            "permohonan/surat/laporan_tahunan.html",
            _laporan,
            _konteks_laporan,
            lambda laporan: (
                f"laporan-layanan-informasi-{laporan.tahun}-{laporan.unit_kerja.slug}.pdf"
            ),
        ),
    )
}


# Codes of mail jobs queued before the registry existed.
_KODE_LAMA = {"keberatan": "tanggapan_keberatan"}

# A PDF is built once per version of its letter and kept in private storage (a letter may
# hold personal data): surat/<code>/<id>/<version>.pdf. The version is a hash of the HTML
# the PDF is made from, so whatever changes the printed text — the request, the decision,
# the unit's letterhead or logo, the body's profile, a template or a translation after an
# upgrade — makes a new version, and nothing that leaves the text alone rebuilds it. A
# last-change stamp would have to be kept on every row a letter reads (five models and the
# site profile) and would miss template changes. Rendering the HTML costs milliseconds;
# WeasyPrint costs up to seconds, so only the worker runs it (tasks.buat_pdf_surat).
_FOLDER = "surat"
# Seconds a browser is asked to wait before asking again for a PDF being built.
TUNGGU_DETIK = 10


def _html_dan_versi(surat: Surat, objek) -> tuple[str, str]:
    with translation.override("id"):
        html = html_pdf(surat.template, surat.konteks(objek))
    return html, hashlib.sha256(html.encode()).hexdigest()[:32]


def _path(kode: str, pk: int, versi: str) -> str:
    return f"{_FOLDER}/{kode}/{pk}/{versi}.pdf"


def siapkan_pdf(kode: str, pk: int) -> tuple[str, str] | None:
    """Build and store the current version of a letter's PDF unless it is stored already;
    delete its older versions. File name and storage path, or None when the letter does not
    exist (any more). For the worker only: this is where WeasyPrint runs."""
    surat = SURAT[_KODE_LAMA.get(kode, kode)]
    try:
        objek = surat.ambil(pk)
        html, versi = _html_dan_versi(surat, objek)
    except (ObjectDoesNotExist, Http404):
        return None
    path = _path(surat.kode, pk, versi)
    if not privat.exists(path):
        isi = pdf_dari_html(html)
        if not privat.exists(path):  # another worker may have finished it meanwhile
            privat.save(path, ContentFile(isi))
    folder = f"{_FOLDER}/{surat.kode}/{pk}"
    for nama in privat.listdir(folder)[1]:
        if f"{folder}/{nama}" != path:
            privat.delete(f"{folder}/{nama}")
    return surat.nama_berkas(objek), path


def pdf(kode: str, pk: int) -> tuple[str, bytes]:
    """File name and PDF of a letter, for e-mail (in the worker): the stored version, built
    first when missing."""
    siap = siapkan_pdf(kode, pk)
    if siap is None:
        raise ObjectDoesNotExist(f"{kode} {pk}")
    nama, path = siap
    with privat.open(path) as fh:
        return nama, fh.read()


def _minta_bangun(kode: str, pk: int) -> None:
    from procrastinate.exceptions import AlreadyEnqueued

    from permohonan.tasks import buat_pdf_surat

    kunci = f"surat-pdf:{kode}:{pk}"
    try:
        # One queued build per letter however many readers wait for it; the savepoint keeps
        # a refused duplicate from spoiling an enclosing transaction.
        with transaction.atomic():
            buat_pdf_surat.configure(lock=kunci, queueing_lock=kunci).defer(kode=kode, pk=pk)
    except AlreadyEnqueued:
        pass


def _kunci_klien(request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_staff:
        return f"staf:{user.pk}"  # staff of one office share an address
    return ip_klien(request)


def respons_pdf(request, kode: str, objek) -> HttpResponse:
    """The stored PDF of the letter's current version; if it is not built yet, the build is
    queued and a page asks to reload shortly (202, Retry-After) — WeasyPrint never runs in a
    web request. Rate limited per client (PERMOHONAN_BATAS_PDF_PER_JAM)."""
    if melebihi_batas(
        "surat-pdf",
        _kunci_klien(request),
        batas=settings.PERMOHONAN_BATAS_PDF_PER_JAM,
        detik=3600,
    ):
        response = render(request, "permohonan/pdf_dibatasi.html", status=429)
        response["Retry-After"] = "3600"
        return response
    surat = SURAT[kode]
    # Read afresh, as the worker will: the same data renders the same version.
    segar = surat.ambil(objek.pk)
    _html, versi = _html_dan_versi(surat, segar)
    path = _path(kode, objek.pk, versi)
    if privat.exists(path):
        response = FileResponse(privat.open(path), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{surat.nama_berkas(segar)}"'
        response["Cache-Control"] = "private, no-store"
        return response
    _minta_bangun(kode, objek.pk)
    response = render(
        request,
        "permohonan/pdf_disiapkan.html",
        {"cetak_url": request.path, "tunggu": TUNGGU_DETIK},
        status=202,
    )
    response["Retry-After"] = str(TUNGGU_DETIK)
    response["Cache-Control"] = "no-store"
    return response


def isi_html(request, kode: str, objek) -> str:
    """The letter itself (letterhead and text, without the page around it) for a preview
    inside another page, e.g. the written notice before it is sent; with css/surat.css."""
    surat = SURAT[kode]
    with translation.override("id"):
        return render_to_string(
            surat.template, {**surat.konteks(objek), "hanya_isi": True}, request=request
        )


def respons(request, kode: str, objek, *, kembali_url: str, tambahan: dict | None = None):
    """The letter about `objek` as a printable page, or its PDF with ?format=pdf
    (`respons_pdf`). The caller has checked that the person may read it (permohonan.akses);
    `tambahan` adds to what the printed page shows (e.g. the one-time tracking link on a
    receipt staff print) — never to the PDF, which is stored and must not keep a secret."""
    if request.GET.get("format") == "pdf":
        return respons_pdf(request, kode, objek)
    surat = SURAT[kode]
    context = {
        **surat.konteks(objek),
        **(tambahan or {}),
        "pdf_url": "?format=pdf",
        "kembali_url": kembali_url,
    }
    # An official letter is in Indonesian whatever language the reader chose for the site.
    with translation.override("id"):
        return render(request, surat.template, context)
