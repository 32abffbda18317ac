"""The event log (riwayat) of a request, its objections and consequence tests.

Each row stores what happened as data — an event code and a JSON context — and renders its
sentence when read, in the reader's language (like Froide's `foirequest/models/event.py`).
So the history is bilingual and can be queried by event ("every extension this year").
Rows are only ever added, by the services.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from permohonan.models.permohonan import Permohonan


def _tanggal(nilai: str) -> str:
    """An ISO date from the context, in the reader's language ("18 Maret 2026")."""
    return date_format(date.fromisoformat(nilai), "j F Y")


class Riwayat(models.Model):
    """Append-only log: who, when, which event, and the event's data."""

    class Peristiwa(models.TextChoices):
        DITERIMA = "diterima", _("Permohonan diterima")
        DITUGASKAN = "ditugaskan", _("Ditugaskan")
        DIPERPANJANG = "diperpanjang", _("Jangka waktu diperpanjang")
        PEMBERITAHUAN = "pemberitahuan", _("Pemberitahuan tertulis dikirim")
        DICABUT = "dicabut", _("Permohonan dicabut")
        CATATAN = "catatan", _("Catatan internal")
        IDENTITAS_DILIHAT = "identitas_dilihat", _("Pindaian identitas dilihat")
        IDENTITAS_DIPERIKSA = "identitas_diperiksa", _("Identitas pemohon diperiksa")
        IDENTITAS_DIHAPUS = "identitas_dihapus", _("Dokumen identitas dihapus")
        TAUTAN_DIPERBARUI = "tautan_diperbarui", _("Tautan pelacakan baru dikirim")
        KEBERATAN_DIAJUKAN = "keberatan_diajukan", _("Keberatan diajukan")
        KEBERATAN_DIPROSES = "keberatan_diproses", _("Keberatan diproses")
        KEBERATAN_DIPUTUSKAN = "keberatan_diputuskan", _("Tanggapan atas keberatan")
        KEBERATAN_DICABUT = "keberatan_dicabut", _("Keberatan dicabut")
        DIBUKA_KEMBALI = "dibuka_kembali", _("Permohonan diproses kembali")
        SENGKETA = "sengketa", _("Sengketa informasi")
        UJI_DITETAPKAN = "uji_ditetapkan", _("Uji konsekuensi ditetapkan")
        UJI_DICABUT = "uji_dicabut", _("Uji konsekuensi dicabut")
        UJI_BERAKHIR = "uji_berakhir", _("Pengecualian berakhir")
        DIHITUNG_ULANG = "dihitung_ulang", _("Jatuh tempo dihitung ulang")

    permohonan = models.ForeignKey(
        Permohonan,
        verbose_name=_("permohonan"),
        on_delete=models.CASCADE,
        related_name="riwayat",
        null=True,
        blank=True,
    )
    keberatan = models.ForeignKey(
        "Keberatan",
        verbose_name=_("keberatan"),
        on_delete=models.CASCADE,
        related_name="riwayat",
        null=True,
        blank=True,
    )
    uji_konsekuensi = models.ForeignKey(
        "UjiKonsekuensi",
        verbose_name=_("uji konsekuensi"),
        on_delete=models.CASCADE,
        related_name="riwayat",
        null=True,
        blank=True,
    )
    waktu = models.DateTimeField(_("waktu"), default=timezone.now)
    pelaku = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pelaku"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    peristiwa = models.CharField(_("peristiwa"), max_length=30, choices=Peristiwa.choices)
    # The event's facts (numbers, ISO dates, choice codes, text people typed); the sentence is
    # made from them when shown (`kalimat`).
    data = models.JSONField(_("data peristiwa"), default=dict, blank=True)
    untuk_pemohon = models.BooleanField(
        _("ditampilkan kepada pemohon"),
        default=False,
        help_text=_("Catatan internal tidak pernah ditampilkan kepada pemohon."),
    )

    class Meta:
        verbose_name = _("riwayat")
        verbose_name_plural = _("riwayat")
        ordering = ["waktu", "id"]
        indexes = [models.Index(fields=["peristiwa", "waktu"], name="riwayat_peristiwa_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(permohonan__isnull=False)
                | models.Q(uji_konsekuensi__isnull=False),
                name="riwayat_punya_objek",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.permohonan or self.uji_konsekuensi} — {self.get_peristiwa_display()}"

    @property
    def kalimat(self) -> str:
        """The event as a sentence in the active language ("" when there is nothing to add
        to the event's name)."""
        d = self.data or {}
        if "teks" in d:  # rows written before events were data: their sentence as it was
            return d["teks"]
        buat = _KALIMAT.get(self.peristiwa)
        return buat(d) if buat else ""


def _pilihan(model_path: str, field: str, kode: str) -> str:
    from django.apps import apps

    model = apps.get_model("permohonan", model_path)
    return str(dict(model._meta.get_field(field).flatchoices).get(kode, kode))


def _dengan_nomor(d: dict, kalimat: str) -> str:
    nomor = d.get("nomor_keberatan")
    if not nomor:
        return kalimat
    return f"{nomor}: {kalimat}" if kalimat else nomor


def _sengketa(d: dict) -> str:
    teks = f"{d['komisi']}: {_pilihan('Sengketa', 'tahap', d['tahap'])}"
    return teks + (f" ({d['nomor_register']})" if d.get("nomor_register") else "")


def _nama_dokumen() -> dict:
    return {
        "identitas": gettext("pindaian identitas"),
        "kuasa": gettext("surat kuasa"),
    }


class _NamaDokumen:
    """Names of deleted documents in the reader's language ("kuasa K-2026-00007" for an
    objection's power of attorney)."""

    def get(self, kode: str, default: str) -> str:
        if kode.startswith("kuasa "):
            return gettext("surat kuasa keberatan %(nomor)s") % {"nomor": kode.split(" ", 1)[1]}
        return _nama_dokumen().get(kode, default)


_NAMA_DOKUMEN = _NamaDokumen()

P = Riwayat.Peristiwa
_KALIMAT = {
    P.DITERIMA: lambda d: (
        gettext("Nomor pendaftaran %(nomor)s; jatuh tempo %(tanggal)s.")
        % {"nomor": d["nomor"], "tanggal": _tanggal(d["jatuh_tempo"])}
    ),
    P.DITUGASKAN: lambda d: gettext("Diproses oleh %(unit)s.") % {"unit": d["unit"]},
    P.DIPERPANJANG: lambda d: (
        gettext("Diperpanjang sampai %(tanggal)s. Alasan: %(alasan)s")
        % {"tanggal": _tanggal(d["jatuh_tempo"]), "alasan": d["alasan"]}
    ),
    P.PEMBERITAHUAN: lambda d: _pilihan("Permohonan", "hasil", d["hasil"]),
    P.DICABUT: lambda d: d.get("alasan", ""),
    P.CATATAN: lambda d: d.get("catatan", ""),
    P.IDENTITAS_DILIHAT: lambda d: {
        "identitas": "",
        "kuasa": gettext("surat kuasa"),
        "kuasa_keberatan": gettext("surat kuasa keberatan %(nomor)s")
        % {"nomor": d.get("nomor_keberatan", "")},
    }[d.get("dokumen", "identitas")],
    P.IDENTITAS_DIHAPUS: lambda d: (
        gettext("Masa retensi %(bulan)s bulan berakhir; dihapus: %(dokumen)s.")
        % {
            "bulan": d["bulan"],
            "dokumen": ", ".join(_NAMA_DOKUMEN.get(k, k) for k in d["dokumen"]),
        }
    ),
    P.KEBERATAN_DIAJUKAN: lambda d: _dengan_nomor(
        d,
        gettext("tanggapan atasan PPID paling lambat %(tanggal)s.")
        % {"tanggal": _tanggal(d["jatuh_tempo"])},
    ),
    P.KEBERATAN_DIPROSES: lambda d: _dengan_nomor(d, ""),
    P.KEBERATAN_DIPUTUSKAN: lambda d: _dengan_nomor(
        d, _pilihan("Keberatan", "keputusan", d["keputusan"])
    ),
    P.KEBERATAN_DICABUT: lambda d: _dengan_nomor(d, d.get("alasan", "")),
    P.DIBUKA_KEMBALI: lambda d: (
        gettext(
            "Keberatan %(nomor)s diterima: PPID memberikan informasinya paling lambat %(tanggal)s."
        )
        % {"nomor": d["nomor_keberatan"], "tanggal": _tanggal(d["jatuh_tempo"])}
    ),
    P.SENGKETA: _sengketa,
    P.UJI_DITETAPKAN: lambda d: gettext("Keputusan nomor %(nomor)s.") % {"nomor": d["nomor"]},
    P.UJI_DICABUT: lambda d: gettext("Alasan: %(alasan)s") % {"alasan": d["alasan"]},
    P.UJI_BERAKHIR: lambda d: (
        gettext("Informasi terbuka kembali sejak %(tanggal)s.")
        % {"tanggal": _tanggal(d["tanggal"])}
    ),
    P.DIHITUNG_ULANG: lambda d: _dengan_nomor(
        d,
        gettext("Hari libur berubah: jatuh tempo %(lama)s menjadi %(baru)s.")
        % {"lama": _tanggal(d["lama"]), "baru": _tanggal(d["baru"])},
    ),
}
del P
