"""The annual public-information service report (Laporan Layanan Informasi Publik, Perki
1/2021 Pasal 56; DOMAIN.md §8): its figures come from `permohonan.statistik`, its
narrative is written by staff; due within 3 months after the year ends, and public."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class LaporanTahunan(models.Model):
    """One unit's report for one year. Published only through
    `permohonan.services.terbitkan_laporan`, which also lists it in the catalogue."""

    class Status(models.TextChoices):
        DRAF = "draf", _("Draf")
        TERBIT = "terbit", _("Terbit")

    tahun = models.PositiveSmallIntegerField(_("tahun"))
    unit_kerja = models.ForeignKey(
        "informasi.UnitKerja",
        verbose_name=_("unit kerja"),
        on_delete=models.PROTECT,
        related_name="laporan_tahunan",
        help_text=_("Angka laporan mencakup unit ini dan unit di bawahnya."),
    )
    kebijakan_umum = models.TextField(
        _("gambaran umum kebijakan layanan informasi publik"), blank=True
    )
    sarana = models.TextField(_("sarana dan prasarana layanan"), blank=True)
    sdm = models.TextField(_("sumber daya manusia yang menangani layanan"), blank=True)
    anggaran = models.TextField(_("anggaran layanan informasi dan penggunaannya"), blank=True)
    kendala = models.TextField(_("kendala dalam pelaksanaan layanan"), blank=True)
    rekomendasi = models.TextField(_("rekomendasi dan rencana tindak lanjut"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAF, editable=False
    )
    diterbitkan_pada = models.DateTimeField(
        _("diterbitkan pada"), null=True, blank=True, editable=False
    )
    diterbitkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diterbitkan oleh"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    # The catalogue entry (berkala) the report is listed under once published.
    informasi = models.ForeignKey(
        "informasi.Informasi",
        verbose_name=_("entri Daftar Informasi Publik"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)
    diperbarui_pada = models.DateTimeField(_("diperbarui pada"), auto_now=True)

    class Meta:
        verbose_name = _("laporan tahunan layanan informasi")
        verbose_name_plural = _("laporan tahunan layanan informasi")
        ordering = ["-tahun", "unit_kerja__jalur"]
        constraints = [
            models.UniqueConstraint(
                fields=["tahun", "unit_kerja"], name="laporan_tahun_unit_unik"
            ),
            models.CheckConstraint(
                condition=models.Q(tahun__gte=2000, tahun__lte=2999), name="laporan_tahun_wajar"
            ),
        ]

    def __str__(self) -> str:
        return f"Laporan Layanan Informasi Publik {self.tahun} — {self.unit_kerja}"

    def get_absolute_url(self) -> str:
        url = reverse("statistik:laporan", kwargs={"tahun": self.tahun})
        return url if self.unit_kerja.induk_id is None else f"{url}?unit={self.unit_kerja.slug}"

    @property
    def terbit(self) -> bool:
        return self.status == self.Status.TERBIT

    @staticmethod
    def batas_terbit(tahun: int) -> date:
        """Due within 3 months after the budget year ends (Perki 1/2021 Pasal 56)."""
        return date(tahun + 1, 3, 31)
