"""E-mail to requesters: what is sent when (DESIGN.md "Background work").

Each function is called by a service inside its transaction. The message is rendered now and
queued as a job; the worker delivers it only after the transaction commits, with retries, so a
mail server that is down never blocks or loses a request.
"""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from permohonan import kalender
from permohonan.tasks import kirim_surel


def _antrekan(kepada: str, subjek: str, template: str, context: dict, **opsi) -> None:
    if not kepada:
        return
    isi = render_to_string(
        template,
        {
            **context,
            "portal_url": settings.PORTAL_URL,
            "url_lacak": settings.PORTAL_URL + reverse("permohonan:lacak"),
        },
    )
    kirim_surel.defer(kepada=[kepada], subjek=subjek, isi=isi, **opsi)


def permohonan_diterima(permohonan, token: str) -> None:
    """The registration number, the deadline and the secret tracking link."""
    _antrekan(
        permohonan.pemohon.email,
        f"Permohonan informasi {permohonan.nomor} telah diterima",
        "permohonan/surel/diterima.txt",
        {
            "permohonan": permohonan,
            "jatuh_tempo": kalender.format_tanggal(permohonan.jatuh_tempo),
            "tautan": settings.PORTAL_URL
            + reverse("permohonan:lacak_tautan", args=[permohonan.nomor, token]),
        },
    )


def tautan_baru(permohonan, token: str) -> None:
    """A fresh secret tracking link, asked for on the tracking page (the old one is void)."""
    _antrekan(
        permohonan.pemohon.email,
        f"Tautan pelacakan baru untuk permohonan {permohonan.nomor}",
        "permohonan/surel/tautan_baru.txt",
        {
            "permohonan": permohonan,
            "tautan": settings.PORTAL_URL
            + reverse("permohonan:lacak_tautan", args=[permohonan.nomor, token]),
        },
    )


def jangka_waktu_diperpanjang(permohonan) -> None:
    """The extension and its reasons, which the requester must be told in writing
    (UU 14/2008 Pasal 22 ayat (8))."""
    _antrekan(
        permohonan.pemohon.email,
        f"Permohonan {permohonan.nomor}: jangka waktu diperpanjang",
        "permohonan/surel/diperpanjang.txt",
        {
            "permohonan": permohonan,
            "jatuh_tempo": kalender.format_tanggal(permohonan.jatuh_tempo_perpanjangan),
        },
    )


def pemberitahuan_dikirim(pemberitahuan) -> None:
    """The written notice (Pasal 22 ayat (7)), attached as PDF."""
    from permohonan.services.survei import survei_dibuka

    permohonan = pemberitahuan.permohonan
    _antrekan(
        permohonan.pemohon.email,
        f"Pemberitahuan tertulis atas permohonan {permohonan.nomor}",
        "permohonan/surel/pemberitahuan.txt",
        {
            "permohonan": permohonan,
            "pemberitahuan": pemberitahuan,
            # The satisfaction survey opens with the notice (PermenPAN-RB 14/2017); it is
            # reached like the status page, through the secret link or number + e-mail.
            "url_survei": settings.PORTAL_URL + reverse("survei:isi", args=[permohonan.nomor])
            if survei_dibuka(permohonan)
            else "",
        },
        surat=["pemberitahuan", pemberitahuan.pk],
    )


def keberatan_diterima(keberatan) -> None:
    """The objection's number and the Atasan PPID's answer deadline (Pasal 36 ayat (2))."""
    _antrekan(
        keberatan.permohonan.pemohon.email,
        f"Keberatan {keberatan.nomor} telah diterima",
        "permohonan/surel/keberatan_diterima.txt",
        {
            "keberatan": keberatan,
            "permohonan": keberatan.permohonan,
            "jatuh_tempo": kalender.format_tanggal(keberatan.jatuh_tempo),
        },
    )


def keberatan_ditanggapi(keberatan) -> None:
    """The Atasan PPID's written answer, attached as PDF, and the dispute window."""
    _antrekan(
        keberatan.permohonan.pemohon.email,
        f"Tanggapan atas keberatan {keberatan.nomor}",
        "permohonan/surel/keberatan_ditanggapi.txt",
        {"keberatan": keberatan, "permohonan": keberatan.permohonan},
        surat=["tanggapan_keberatan", keberatan.pk],
    )
