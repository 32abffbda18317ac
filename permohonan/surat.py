"""The official letters (naskah dinas, DOMAIN.md §12), each declared once: its template, the
context it needs and its file name. The same declaration renders the printable HTML (public
pages and the admin) and the PDF (WeasyPrint, `permohonan.pdf`), and attaches it to e-mail.

| code | letter | legal source |
|---|---|---|
| `bukti` | receipt of a request (bukti permohonan) | UU 14/2008 Pasal 22 ayat (4) |
| `perpanjangan` | notice of extension, with its reasons | Pasal 22 ayat (8) |
| `pemberitahuan` | the written notice | Pasal 22 ayat (7) |
| `bukti_keberatan` | receipt of an objection | Pasal 35–36; Perki 1/2021 |
| `tanggapan_keberatan` | the Atasan PPID's written answer | Pasal 36 ayat (2) |
| `uji_konsekuensi` | the consequence-test sheet | Pasal 19; Perki 1/2021 Pasal 49 |
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation

from permohonan import selectors
from permohonan.pdf import buat_pdf, respons_pdf


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
    )
}


# Codes of mail jobs queued before the registry existed.
_KODE_LAMA = {"keberatan": "tanggapan_keberatan"}


def isi_html(request, kode: str, objek) -> str:
    """The letter itself (letterhead and text, without the page around it) for a preview
    inside another page, e.g. the written notice before it is sent; with css/surat.css."""
    surat = SURAT[kode]
    with translation.override("id"):
        return render_to_string(
            surat.template, {**surat.konteks(objek), "hanya_isi": True}, request=request
        )


def respons(request, kode: str, objek, *, kembali_url: str, tambahan: dict | None = None):
    """The letter about `objek` as a printable page, or its PDF with ?format=pdf. The caller
    has checked that the person may read it (permohonan.akses); `tambahan` adds to what the
    template shows (e.g. the one-time tracking link on a receipt staff print)."""
    surat = SURAT[kode]
    context = {
        **surat.konteks(objek),
        **(tambahan or {}),
        "pdf_url": "?format=pdf",
        "kembali_url": kembali_url,
    }
    # An official letter is in Indonesian whatever language the reader chose for the site.
    with translation.override("id"):
        if request.GET.get("format") == "pdf":
            return respons_pdf(request, surat.template, context, surat.nama_berkas(objek))
        return render(request, surat.template, context)


def pdf(kode: str, pk: int) -> tuple[str, bytes]:
    """File name and PDF of a letter, for e-mail (rendered by the worker)."""
    surat = SURAT[_KODE_LAMA.get(kode, kode)]
    objek = surat.ambil(pk)
    with translation.override("id"):
        return surat.nama_berkas(objek), buat_pdf(surat.template, surat.konteks(objek))
