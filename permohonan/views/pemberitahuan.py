"""The requester's side of the written notice (UU 14/2008 Pasal 22 ayat (7)–(8)): the
notice and extension letters, and the files released with the notice."""

from __future__ import annotations

from django.http import FileResponse, Http404
from django.urls import reverse

from permohonan import akses, surat
from permohonan.models import Lampiran, PemberitahuanTertulis
from permohonan.views._pribadi import pribadi


@pribadi
def lampiran(request, nomor: str, pk: int):
    """A file released with the written notice, for the requester only."""
    permohonan = akses.permohonan_untuk_pemohon(request, nomor)
    berkas = Lampiran.objects.filter(pk=pk, pemberitahuan__permohonan=permohonan).first()
    if berkas is None:
        raise Http404
    return FileResponse(
        berkas.berkas.open("rb"),
        as_attachment=True,
        filename=berkas.berkas.name.rsplit("/", 1)[-1],
    )


@pribadi
def surat_pemberitahuan(request, nomor: str, pk: int):
    """The written notice as a printable letter, or as PDF with ?format=pdf (requester)."""
    permohonan = akses.permohonan_untuk_pemohon(request, nomor)
    pemberitahuan = (
        PemberitahuanTertulis.objects.select_related("uji_konsekuensi")
        .filter(permohonan=permohonan, pk=pk)
        .first()
    )
    if pemberitahuan is None:
        raise Http404
    pemberitahuan.permohonan = permohonan
    return surat.respons(
        request,
        "pemberitahuan",
        pemberitahuan,
        kembali_url=reverse("permohonan:status", args=[permohonan.nomor]),
    )


@pribadi
def surat_perpanjangan(request, nomor: str):
    """The written notice of an extension with its reasons (Pasal 22 ayat (8)), requester."""
    permohonan = akses.permohonan_untuk_pemohon(request, nomor)
    return surat.respons(
        request,
        "perpanjangan",
        permohonan,
        kembali_url=reverse("permohonan:status", args=[permohonan.nomor]),
    )
