"""The service figures kept as counters (issue 15), maintained by PostgreSQL triggers in the
transaction that writes the request: /statistik/, the home page and the register read a
few rows per unit instead of every request of the year."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class RekapLayanan(models.Model):
    """Every figure of `/statistik/` about requests, kept as counters (issue 15): how many
    requests of `tahun` (by `tanggal_terima`) addressed to `unit_kerja` fall in each
    (`dimensi`, `nilai`) — a month, a channel, a kind of requester, a result, answered on time
    or late, withdrawn, open with its deadline (`terbuka` and the date: late or running is
    decided when read, against that day in the unit's time zone), the pair of dates from
    receipt to the first notice (`lama`: working days are counted when read, with the
    holidays of then). The definitions are those of `permohonan.statistik` (UU 14/2008
    Pasal 22; DOMAIN.md §4 rules 7–8), in SQL: `permohonan_rekap_kunci()` of migration 0021.

    Written only by that migration's triggers — on every insert, update and delete of a
    request, on a change of a requester's kind and of a unit's time zone — never by Python
    code; `permohonan_rekap_hitung_ulang()` rebuilds it from the requests.
    """

    tahun = models.PositiveSmallIntegerField(_("tahun"))
    unit_kerja = models.ForeignKey(
        "informasi.UnitKerja",
        verbose_name=_("unit kerja"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    dimensi = models.CharField(_("dimensi"), max_length=30)
    nilai = models.CharField(_("nilai"), max_length=40, blank=True)
    jumlah = models.IntegerField(_("jumlah permohonan"), default=0)

    class Meta:
        verbose_name = _("rekap layanan")
        verbose_name_plural = _("rekap layanan")
        constraints = [
            # Read by year and dimension (permohonan.statistik._angka_permohonan).
            models.UniqueConstraint(
                fields=["tahun", "dimensi", "unit_kerja", "nilai"], name="rekaplayanan_unik"
            ),
        ]
        # The register's count over every year (permohonan.views.permohonan._jumlah).
        indexes = [models.Index(fields=["dimensi", "tahun"], name="rekaplayanan_dimensi_idx")]

    def __str__(self) -> str:
        return f"{self.tahun} {self.unit_kerja_id} {self.dimensi}={self.nilai}: {self.jumlah}"
