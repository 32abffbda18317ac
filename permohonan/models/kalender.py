"""The days off that working-day deadlines skip (DOMAIN.md §4; Perpres 21/2023 and the
yearly SKB on cuti bersama)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class HariLibur(models.Model):
    """A day off that deadlines skip: national holiday, cuti bersama or a decreed day.

    Seeded from the `holidays` package (`manage.py perbarui_hari_libur`); staff add decreed
    days (e.g. an election day) and switch days off, since the SKB on cuti bersama can change
    mid-year (DOMAIN.md §4).
    """

    class Jenis(models.TextChoices):
        LIBUR_NASIONAL = "libur_nasional", _("Libur nasional")
        CUTI_BERSAMA = "cuti_bersama", _("Cuti bersama")
        LAINNYA = "lainnya", _("Lainnya (ditetapkan khusus)")

    class Sumber(models.TextChoices):
        PUSTAKA = "pustaka", _("Pustaka holidays")
        PETUGAS = "petugas", _("Ditambahkan petugas")

    tanggal = models.DateField(_("tanggal"), unique=True)
    nama = models.CharField(_("nama"), max_length=200)
    jenis = models.CharField(_("jenis"), max_length=20, choices=Jenis.choices)
    sumber = models.CharField(
        _("sumber"), max_length=10, choices=Sumber.choices, default=Sumber.PETUGAS, editable=False
    )
    aktif = models.BooleanField(
        _("aktif"),
        default=True,
        help_text=_("Matikan bila hari ini ternyata hari kerja (mis. cuti bersama dibatalkan)."),
    )
    dasar_hukum = models.CharField(
        _("dasar penetapan"),
        max_length=200,
        blank=True,
        help_text=_("mis. Keppres atau SKB yang menetapkan hari libur ini."),
    )

    class Meta:
        verbose_name = _("hari libur")
        verbose_name_plural = _("hari libur")
        ordering = ["tanggal"]

    def __str__(self) -> str:
        return f"{self.tanggal:%d-%m-%Y} {self.nama}"
